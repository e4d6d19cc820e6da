package org.crosscheck.review;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.crosscheck.findings.Severity;
import org.crosscheck.store.Decisions;

/**
 * The queue's filters, as {@code GET /api/findings} takes them from its query string and a bulk
 * decision from its {@code filter} object: each is exact, and absent or empty means any.
 * {@code source} is an outlet (any of the finding's documents, case ignored), {@code document} a
 * document id the finding involves, {@code assignee} the finding's current assignee, and
 * {@code q} words searched, case ignored, in the message, the rule, the story, the documents,
 * the outlets, the evidence and the latest decision.
 */
record QueueFilter(String status, String severity, String rule, String story, String source, String document, String assignee,
                   String q) {

    /** The names of the filters, as the query string and the bulk {@code filter} object spell them. */
    static final List<String> NAMES = List.of("status", "severity", "rule", "story", "source", "document", "assignee", "q");

    static final QueueFilter ANY = new QueueFilter(null, null, null, null, null, null, null, null);

    QueueFilter {
        status = blankIsNull(status);
        severity = blankIsNull(severity);
        rule = blankIsNull(rule);
        story = blankIsNull(story);
        source = blankIsNull(source);
        document = blankIsNull(document);
        assignee = blankIsNull(assignee);
        q = blankIsNull(q);
        if (status != null && !Decisions.STATUSES.contains(status)) {
            throw ApiError.badRequest("unknown status '" + status + "'; expected one of " + Decisions.STATUSES);
        }
        if (severity != null && Severity.parse(severity) == null) {
            throw ApiError.badRequest("unknown severity '" + severity + "'; expected error, warning or note");
        }
    }

    /** The filters from named parameters (a query string's, or a JSON object's). */
    static QueueFilter of(Function<String, String> param) {
        return new QueueFilter(param.apply("status"), param.apply("severity"), param.apply("rule"), param.apply("story"),
                param.apply("source"), param.apply("document"), param.apply("assignee"), param.apply("q"));
    }

    /** Whether {@code item} passes every filter, the status one only when {@code withStatus}. */
    boolean matches(Queue.Item item, boolean withStatus) {
        if (withStatus && status != null && !status.equals(item.status())) {
            return false;
        }
        if (severity != null && Severity.parse(severity) != item.finding().severity()) {
            return false;
        }
        if (rule != null && !rule.equals(item.finding().rule())) {
            return false;
        }
        if (story != null && !story.equals(item.finding().story())) {
            return false;
        }
        if (source != null && item.outlets().stream().noneMatch(source::equalsIgnoreCase)) {
            return false;
        }
        if (document != null && !item.finding().documents().contains(document)) {
            return false;
        }
        if (assignee != null && !assignee.equals(item.assignee())) {
            return false;
        }
        return q == null || item.searchText().contains(q.toLowerCase(Locale.ROOT));
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
