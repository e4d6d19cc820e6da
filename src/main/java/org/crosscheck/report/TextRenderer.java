package org.crosscheck.report;

import java.io.IOException;
import java.util.Map;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;

/** Plain text for a terminal: one finding a paragraph, in the report's order, then a summary line. */
public final class TextRenderer implements Renderer {
    private final boolean color;

    /** @param color whether to colour severities (only for a terminal, and never under NO_COLOR) */
    public TextRenderer(boolean color) {
        this.color = color;
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        Map<String, String> paths = report.pathsById();
        for (Finding f : report.findings()) {
            Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            String where = first != null
                    ? paths.getOrDefault(first.document(), first.document()) + ":" + first.line() + ":" + first.column()
                    : paths.getOrDefault(f.documents().get(0), f.documents().get(0));
            out.append(Safe.terminal(where)).append(": ").append(severity(f.severity()))
                    .append(" [").append(f.rule()).append(']');
            if (f.status() != Finding.Status.NEW) {
                out.append(" (").append(f.status().word()).append(": ").append(Safe.terminal(f.statusReason())).append(')');
            }
            out.append(' ').append(Safe.terminal(f.message())).append('\n');
            for (Evidence e : f.evidence()) {
                out.append("    ").append(Safe.terminal(e.document())).append(' ').append(String.valueOf(e.line()))
                        .append(':').append(String.valueOf(e.column())).append("  \"")
                        .append(Safe.terminal(e.text())).append("\" = ").append(Safe.terminal(e.value())).append('\n');
            }
            out.append("    why ").append(f.severity().word()).append(": ")
                    .append(Safe.terminal(f.severityReason())).append('\n');
        }
        for (InputError e : report.errors()) {
            out.append(Safe.terminal(e.path())).append(": could not be processed: ")
                    .append(Safe.terminal(e.message())).append('\n');
        }
        Report.Summary s = report.summary();
        out.append(plural(s.documents(), "document")).append(", ").append(plural(s.claims(), "claim"))
                .append(", ").append(plural(report.findings().size(), "finding")).append(": ")
                .append(plural(s.findings().get("error"), "error")).append(", ")
                .append(plural(s.findings().get("warning"), "warning")).append(", ")
                .append(plural(s.findings().get("note"), "note"));
        if (!report.errors().isEmpty()) {
            out.append("; ").append(plural(report.errors().size(), "input")).append(" could not be processed");
        }
        out.append('\n');
    }

    private String severity(Severity s) {
        if (!color) {
            return s.word();
        }
        String code = switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case NOTE -> "36";
        };
        return "\u001b[" + code + "m" + s.word() + "\u001b[0m";
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
