package org.crosscheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * A finding's values side by side, one row a piece of evidence: the source (document id and
 * outlet), where (line:column), the normalized value (with a figure's as-of date), and the words
 * as written. The text, Markdown and HTML reports and the review app render it each in their own way.
 */
public final class ValueTable {

    public static final List<String> HEADINGS = List.of("source", "at", "value", "as written");

    /** One row; {@code outlet} is null when the document names none. */
    public record Row(String document, String outlet, Evidence evidence) {

        public String source() {
            return outlet == null ? document : document + " (" + outlet + ")";
        }

        public String at() {
            return evidence.line() + ":" + evidence.column();
        }

        public String value() {
            return (evidence.value() == null ? "" : evidence.value())
                    + (evidence.asOf() == null ? "" : ", as of " + evidence.asOf());
        }

        public String written() {
            return evidence.text();
        }
    }

    private ValueTable() {
    }

    /** Each document's outlet by its id, for the source column. */
    public static Map<String, String> outlets(Report report) {
        Map<String, String> out = new HashMap<>();
        for (Report.DocumentEntry d : report.documents()) {
            if (d.source() != null) {
                out.put(d.id(), d.source());
            }
        }
        return out;
    }

    public static List<Row> rows(Finding f, Map<String, String> outlets) {
        return rows(f, outlets::get);
    }

    /** The rows of {@code f}, each source's outlet by {@code outletOf} (null: none). */
    public static List<Row> rows(Finding f, java.util.function.Function<String, String> outletOf) {
        List<Row> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            out.add(new Row(e.document(), outletOf.apply(e.document()), e));
        }
        return out;
    }
}
