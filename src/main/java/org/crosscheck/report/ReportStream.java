package org.crosscheck.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;

/**
 * A report whose long lists are read as they are written: documents, stories, events and findings
 * each come as one pass over a source (a store's cursors, or a {@link Report}'s lists), so that a
 * renderer never needs them all in memory at once. The JSON, text, GitHub, Markdown and SARIF
 * renderers write from one; a {@link Report} is one too ({@link #of}), so the report in memory and
 * the report streamed from a store are written by the same code.
 */
public interface ReportStream {

    /** Takes the items of a pass, one at a time, in report order. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T item) throws IOException;
    }

    int formatVersion();

    Report.Tool tool();

    /** Every document, sorted by id. */
    void documents(Sink<Report.DocumentEntry> sink) throws IOException;

    /** Every story, in report order. */
    void stories(Sink<Report.StoryEntry> sink) throws IOException;

    /** Every event, in report order. */
    void events(Sink<Report.EventEntry> sink) throws IOException;

    /** Every finding, in report order ({@code Findings.ORDER}), with its status. */
    void findings(Sink<Finding> sink) throws IOException;

    List<InputError> errors();

    List<Report.RuleEntry> rules();

    /**
     * The counts. A stream counts its findings on the way, so this is asked after a whole pass
     * of {@link #findings} (as every renderer writes the summary after the findings).
     */
    Report.Summary summary();

    /** How many findings the last whole pass of {@link #findings} gave (all of them). */
    int findingCount();

    /** The path of the document {@code id}, or {@code id} itself when the report has no such document. */
    String pathOf(String id);

    /** The outlet of the document {@code id}, for the source column of value tables; null when it names none. */
    String outletOf(String id);

    /** A report in memory as a stream: its lists, as they are. */
    static ReportStream of(Report report) {
        return new ReportStream() {
            private Map<String, String> paths;
            private Map<String, String> outlets;

            @Override
            public int formatVersion() {
                return report.formatVersion();
            }

            @Override
            public Report.Tool tool() {
                return report.tool();
            }

            @Override
            public void documents(Sink<Report.DocumentEntry> sink) throws IOException {
                for (Report.DocumentEntry d : report.documents()) {
                    sink.accept(d);
                }
            }

            @Override
            public void stories(Sink<Report.StoryEntry> sink) throws IOException {
                for (Report.StoryEntry s : report.stories()) {
                    sink.accept(s);
                }
            }

            @Override
            public void events(Sink<Report.EventEntry> sink) throws IOException {
                for (Report.EventEntry e : report.events()) {
                    sink.accept(e);
                }
            }

            @Override
            public void findings(Sink<Finding> sink) throws IOException {
                for (Finding f : report.findings()) {
                    sink.accept(f);
                }
            }

            @Override
            public List<InputError> errors() {
                return report.errors();
            }

            @Override
            public List<Report.RuleEntry> rules() {
                return report.rules();
            }

            @Override
            public Report.Summary summary() {
                return report.summary();
            }

            @Override
            public int findingCount() {
                return report.findings().size();
            }

            @Override
            public String pathOf(String id) {
                if (paths == null) {
                    paths = report.pathsById();
                }
                return paths.getOrDefault(id, id);
            }

            @Override
            public String outletOf(String id) {
                if (outlets == null) {
                    outlets = ValueTable.outlets(report);
                }
                return outlets.get(id);
            }
        };
    }

    /**
     * This stream with each finding's status re-marked by {@code marker} (a baseline, suppressions)
     * as it passes, and the summary's new findings counted again, as {@link Report#withFindings}
     * counts them. {@code marker} takes and gives a list of one finding.
     */
    default ReportStream marked(UnaryOperator<List<Finding>> marker) {
        return new Forwarding(this) {
            private final Map<String, Integer> fresh = new LinkedHashMap<>();

            @Override
            public void findings(Sink<Finding> sink) throws IOException {
                fresh.clear();
                inner.findings(f -> {
                    Finding m = marker.apply(List.of(f)).get(0);
                    if (m.status() == Finding.Status.NEW) {
                        fresh.merge(m.severity().word(), 1, Integer::sum);
                    }
                    sink.accept(m);
                });
            }

            @Override
            public Report.Summary summary() {
                Report.Summary s = inner.summary();
                // As Report.withFindings counts them: every key of the findings' counts, then the new ones'.
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String k : s.findings().keySet()) {
                    counts.put(k, 0);
                }
                fresh.forEach((k, n) -> counts.merge(k, n, Integer::sum));
                return new Report.Summary(s.documents(), s.claims(), s.findings(), counts);
            }
        };
    }

    /**
     * A stream that gives everything another stream gives; a subclass overrides only what it
     * changes (the marked stream above, a test's stream that counts its passes).
     */
    abstract class Forwarding implements ReportStream {
        protected final ReportStream inner;

        protected Forwarding(ReportStream inner) {
            this.inner = inner;
        }

        @Override
        public int formatVersion() {
            return inner.formatVersion();
        }

        @Override
        public Report.Tool tool() {
            return inner.tool();
        }

        @Override
        public void documents(Sink<Report.DocumentEntry> sink) throws IOException {
            inner.documents(sink);
        }

        @Override
        public void stories(Sink<Report.StoryEntry> sink) throws IOException {
            inner.stories(sink);
        }

        @Override
        public void events(Sink<Report.EventEntry> sink) throws IOException {
            inner.events(sink);
        }

        @Override
        public void findings(Sink<Finding> sink) throws IOException {
            inner.findings(sink);
        }

        @Override
        public List<InputError> errors() {
            return inner.errors();
        }

        @Override
        public List<Report.RuleEntry> rules() {
            return inner.rules();
        }

        @Override
        public Report.Summary summary() {
            return inner.summary();
        }

        @Override
        public int findingCount() {
            return inner.findingCount();
        }

        @Override
        public String pathOf(String id) {
            return inner.pathOf(id);
        }

        @Override
        public String outletOf(String id) {
            return inner.outletOf(id);
        }
    }
}
