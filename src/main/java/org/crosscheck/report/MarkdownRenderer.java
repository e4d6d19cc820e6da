package org.crosscheck.report;

import java.io.IOException;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;

/**
 * Markdown for people: a summary, a table of findings, then each finding with its values side by
 * side in a table (source, where, value, the words as written).
 * All article text is escaped, so it can form no link, emphasis, HTML or table break. The output
 * is bounded (GitHub keeps at most 1 MiB of a step summary): past the bound, findings are left
 * out and a last line says how many. Written as the report is read ({@link StreamRenderer}), so a
 * whole store's report takes the memory of the bounded output, not of its findings.
 */
public final class MarkdownRenderer implements StreamRenderer {

    /** GitHub's limit for one step summary, less room for the closing line. */
    public static final int DEFAULT_LIMIT = 1_000_000;

    private final int limit;

    public MarkdownRenderer() {
        this(DEFAULT_LIMIT);
    }

    /** @param limit the most characters to write */
    public MarkdownRenderer(int limit) {
        this.limit = limit;
    }

    /**
     * Three passes over the findings: one to count them (the summary comes first), one for the
     * table and one for the details; the output itself is bounded, so it is built in memory and
     * written at the end.
     */
    @Override
    public void render(ReportStream report, Appendable sink) throws IOException {
        StringBuilder out = new StringBuilder();
        render(report, out, limit);
        sink.append(out);
    }

    private static void render(ReportStream report, StringBuilder out, int limit) throws IOException {
        report.findings(f -> { });
        int total = report.findingCount();
        Report.Summary s = report.summary();
        out.append("# crosscheck report\n\n");
        out.append(TextRenderer.plural(s.documents(), "document")).append(", ")
                .append(TextRenderer.plural(s.claims(), "claim")).append(": **")
                .append(TextRenderer.plural(s.findings().get("error"), "error")).append("**, ")
                .append(TextRenderer.plural(s.findings().get("warning"), "warning")).append(", ")
                .append(TextRenderer.plural(s.findings().get("note"), "note")).append(".\n\n");
        if (total == 0) {
            out.append("No findings.\n");
        } else {
            out.append("| # | Severity | Rule | Documents | Message |\n|---|---|---|---|---|\n");
            int budget = limit / 2;
            // n: the number of the next finding; stopped: a line said how many more are left out.
            int[] n = {1};
            boolean[] stopped = {false};
            report.findings(f -> {
                if (stopped[0]) {
                    return;
                }
                if (out.length() > budget) {
                    out.append("\n").append(total - n[0] + 1)
                            .append(" more findings are not listed here; the full report has them.\n");
                    stopped[0] = true;
                    return;
                }
                out.append("| ").append(String.valueOf(n[0]++)).append(" | ").append(f.severity().word())
                        .append(" | `").append(f.rule()).append("` | ")
                        .append(Safe.markdown(String.join(", ", f.documents()))).append(" | ")
                        .append(Safe.markdown(f.message())).append(" |\n");
            });
            if (stopped[0]) {
                return;
            }
            out.append("\n## Findings\n");
            n[0] = 1;
            report.findings(f -> {
                if (stopped[0]) {
                    return;
                }
                if (out.length() > limit - 4096) {
                    out.append("\n").append(total - n[0] + 1)
                            .append(" more findings are not shown in detail; the full report has them.\n");
                    stopped[0] = true;
                    return;
                }
                details(out, f, n[0]++, report);
            });
            if (stopped[0]) {
                return;
            }
        }
        if (!report.errors().isEmpty()) {
            out.append("\n## Inputs that could not be processed\n\n");
            int listed = 0;
            for (InputError e : report.errors()) {
                if (out.length() > limit - 1024) {
                    out.append("\n").append(report.errors().size() - listed).append(" more inputs are not listed here.\n");
                    break;
                }
                out.append("- ").append(Safe.markdown(e.path())).append(": ").append(Safe.markdown(e.message()))
                        .append('\n');
                listed++;
            }
        }
    }

    /** One finding in detail: heading, message, its values side by side, why its severity. */
    private static void details(StringBuilder out, Finding f, int n, ReportStream report) {
        out.append("\n### ").append(String.valueOf(n)).append(". ").append(f.severity().word())
                .append(": `").append(f.rule()).append("`");
        if (f.status() != Finding.Status.NEW) {
            out.append(" (").append(f.status().word()).append(": ").append(Safe.markdown(f.statusReason())).append(")");
        }
        out.append("\n\n").append(Safe.markdown(f.message())).append("\n\n");
        if (!f.evidence().isEmpty()) {
            out.append("| Source | At | Value | As written |\n|---|---|---|---|\n");
            for (ValueTable.Row r : ValueTable.rows(f, report::outletOf)) {
                out.append("| ").append(Safe.markdown(r.source())).append(" | ").append(r.at()).append(" | ")
                        .append(Safe.markdown(r.value())).append(" | \u201c").append(Safe.markdown(r.written()))
                        .append("\u201d |\n");
            }
        }
        out.append(f.evidence().isEmpty() ? "" : "\n").append("*Why ").append(f.severity().word())
                .append(":* ").append(Safe.markdown(f.severityReason())).append("\n");
    }
}
