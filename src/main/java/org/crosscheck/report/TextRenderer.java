package org.crosscheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;

/**
 * Plain text for a terminal: one finding a paragraph, in the report's order, with its values side
 * by side in a small aligned table, then a summary line.
 */
public final class TextRenderer implements StreamRenderer {
    private final boolean color;

    /** @param color whether to colour severities (only for a terminal, and never under NO_COLOR) */
    public TextRenderer(boolean color) {
        this.color = color;
    }

    @Override
    public void render(ReportStream report, Appendable out) throws IOException {
        report.findings(f -> {
            Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            String where = first != null
                    ? report.pathOf(first.document()) + ":" + first.line() + ":" + first.column()
                    : report.pathOf(f.documents().get(0));
            out.append(Safe.terminal(where)).append(": ").append(severity(f.severity()))
                    .append(" [").append(f.rule()).append(']');
            if (f.status() != Finding.Status.NEW) {
                out.append(" (").append(f.status().word()).append(": ").append(Safe.terminal(f.statusReason())).append(')');
            }
            out.append(' ').append(Safe.terminal(f.message())).append('\n');
            table(out, ValueTable.rows(f, report::outletOf));
            out.append("    why ").append(f.severity().word()).append(": ")
                    .append(Safe.terminal(f.severityReason())).append('\n');
        });
        for (InputError e : report.errors()) {
            out.append(Safe.terminal(e.path())).append(": could not be processed: ")
                    .append(Safe.terminal(e.message())).append('\n');
        }
        Report.Summary s = report.summary();
        out.append(plural(s.documents(), "document")).append(", ").append(plural(s.claims(), "claim"))
                .append(", ").append(plural(report.findingCount(), "finding")).append(": ")
                .append(plural(s.findings().get("error"), "error")).append(", ")
                .append(plural(s.findings().get("warning"), "warning")).append(", ")
                .append(plural(s.findings().get("note"), "note"));
        if (!report.errors().isEmpty()) {
            out.append("; ").append(plural(report.errors().size(), "input")).append(" could not be processed");
        }
        out.append('\n');
    }

    /** Widest a column is padded to; a longer cell pushes the rest of its row along. */
    private static final int COLUMN = 60;

    /** The values side by side, columns aligned: source, at, value, as written. */
    private static void table(Appendable out, List<ValueTable.Row> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(ValueTable.HEADINGS);
        for (ValueTable.Row r : rows) {
            lines.add(List.of(Safe.terminal(r.source()), r.at(), Safe.terminal(r.value()),
                    "\"" + Safe.terminal(r.written()) + "\""));
        }
        int[] width = new int[ValueTable.HEADINGS.size() - 1];
        for (List<String> line : lines) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], Math.min(COLUMN, line.get(c).length()));
            }
        }
        for (List<String> line : lines) {
            StringBuilder sb = new StringBuilder("    ");
            for (int c = 0; c < width.length; c++) {
                sb.append(line.get(c)).append(" ".repeat(Math.max(0, width[c] - line.get(c).length()) + 2));
            }
            sb.append(line.get(width.length));
            out.append(sb).append('\n');
        }
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
