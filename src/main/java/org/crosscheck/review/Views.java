package org.crosscheck.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.crosscheck.store.Decisions;

/** The JSON the review API answers with, one record a shape. */
final class Views {

    private Views() {
    }

    /**
     * A finding in the queue: what it is, where it stands in review ({@code status}, one of the
     * contract's statuses; {@code reopened} when a decision lapsed because the evidence changed),
     * what CI makes of it ({@code ci}: new or suppressed), and who has it.
     */
    record Summary(String fingerprint, String rule, String severity, String message, String story, String storyLabel,
                   List<String> documents, List<String> sources, String status, boolean reopened, String ci,
                   String assignee, String decidedBy, String decidedAt) {
    }

    /**
     * One finding in full, as the HTML report shows it: the reason for its severity, the value
     * table, each source's evidence in its line, the quote diffs, the rule's page ({@code about}),
     * and the history. The summary's fields come first, at the top level.
     */
    record Detail(@JsonUnwrapped Summary summary, String severityReason, String ciReason, List<TableRow> table,
                  List<Source> evidence, List<DocumentInfo> documentsInfo, List<List<DiffPiece>> diffs, Rule about,
                  List<HistoryEntry> history) {
    }

    /** A row of the value table. */
    record TableRow(String source, String document, String outlet, String at, String value, String written) {
    }

    /** A source's evidence: the document, and the words in their line. */
    record Source(String document, String outlet, String title, String published, int line, int column, String before,
                  String text, String after) {
    }

    /** A document a finding involves. */
    record DocumentInfo(String id, String outlet, String title, String published) {
    }

    /** A piece of a quote diff: kind is keep, removed or added. */
    record DiffPiece(String kind, String text) {
    }

    /** The rule that reported a finding, with its explanation page (Markdown). */
    record Rule(String id, String summary, String explanation) {
    }

    /** One decision of a finding's log. */
    record HistoryEntry(long id, String fingerprint, String at, String reviewer, String from, String to, String reason,
                        String comment, String assignee) {
        static HistoryEntry of(Decisions.Decision d) {
            return new HistoryEntry(d.id(), d.fingerprint(), d.at(), d.reviewer(), d.from(), d.to(), d.reason(), d.comment(),
                    d.assignee());
        }
    }

    /** A story, for the filter. */
    record StoryOption(String id, String label) {
    }

    /** What the filters may choose from: every value among the standing findings. */
    record Options(List<String> statuses, List<String> reasons, List<String> severities, List<String> rules,
                   List<StoryOption> stories, List<String> sources, List<String> documents, List<String> assignees) {
    }

    /**
     * The answer to {@code GET /api/findings}: {@code total} standing findings, {@code matched}
     * by the filters, the counts per status of those that match every filter but the status, the
     * findings matched, and the filters' options.
     */
    record Listing(int total, int matched, Map<String, Integer> counts, List<Summary> findings, Options options) {
    }

    /** The answer to a decision: the decision logged, and where the finding stands now. */
    record Decided(HistoryEntry decision, Summary finding) {
    }

    /** The answer to a bulk decision: how many were decided, and each decision logged. */
    record BulkDecided(int decided, List<HistoryEntry> decisions) {
    }

    /** What a refused request gets: the HTTP status and why. */
    record Error(int status, String error) {
    }
}
