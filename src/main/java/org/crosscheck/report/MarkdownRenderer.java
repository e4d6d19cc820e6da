package org.crosscheck.report;

import java.io.IOException;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * Markdown for people: a summary, a table of findings, then each finding with its evidence.
 * All article text is escaped, so it can form no link, emphasis, HTML or table break.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void render(Report report, Appendable out) throws IOException {
        Report.Summary s = report.summary();
        out.append("# crosscheck report\n\n");
        out.append(TextRenderer.plural(s.documents(), "document")).append(", ")
                .append(TextRenderer.plural(s.claims(), "claim")).append(": **")
                .append(TextRenderer.plural(s.findings().get("error"), "error")).append("**, ")
                .append(TextRenderer.plural(s.findings().get("warning"), "warning")).append(", ")
                .append(TextRenderer.plural(s.findings().get("note"), "note")).append(".\n\n");
        if (report.findings().isEmpty()) {
            out.append("No findings.\n");
        } else {
            out.append("| # | Severity | Rule | Documents | Message |\n|---|---|---|---|---|\n");
            int n = 1;
            for (Finding f : report.findings()) {
                out.append("| ").append(String.valueOf(n++)).append(" | ").append(f.severity().word())
                        .append(" | `").append(f.rule()).append("` | ")
                        .append(Safe.markdown(String.join(", ", f.documents()))).append(" | ")
                        .append(Safe.markdown(f.message())).append(" |\n");
            }
            out.append("\n## Findings\n");
            n = 1;
            for (Finding f : report.findings()) {
                out.append("\n### ").append(String.valueOf(n++)).append(". ").append(f.severity().word())
                        .append(": `").append(f.rule()).append("`");
                if (f.status() != Finding.Status.NEW) {
                    out.append(" (").append(f.status().word()).append(": ").append(Safe.markdown(f.statusReason())).append(")");
                }
                out.append("\n\n").append(Safe.markdown(f.message())).append("\n\n");
                for (Evidence e : f.evidence()) {
                    out.append("- ").append(Safe.markdown(e.document())).append(", line ")
                            .append(String.valueOf(e.line())).append(", column ").append(String.valueOf(e.column()))
                            .append(": \u201c").append(Safe.markdown(e.text())).append("\u201d \u2192 ")
                            .append(Safe.markdown(e.value())).append('\n');
                }
                out.append(f.evidence().isEmpty() ? "" : "\n").append("*Why ").append(f.severity().word())
                        .append(":* ").append(Safe.markdown(f.severityReason())).append("\n");
            }
        }
        if (!report.errors().isEmpty()) {
            out.append("\n## Inputs that could not be processed\n\n");
            for (InputError e : report.errors()) {
                out.append("- ").append(Safe.markdown(e.path())).append(": ").append(Safe.markdown(e.message()))
                        .append('\n');
            }
        }
    }
}
