package org.crosscheck.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.crosscheck.store.Decisions;

/**
 * A decision as a request states it, checked: {@code status} (required, one of the contract's),
 * {@code reason} (optional, one of the fixed reasons), {@code comment} (optional), {@code reviewer}
 * (required), and {@code assignee}: absent keeps the finding's current assignee, null or empty
 * clears it. A bulk decision adds either {@code fingerprints} (a list) or {@code filter} (an
 * object with the queue's filters). Unknown fields and wrong types are refused with a message.
 */
record DecisionInput(String status, String reason, String comment, String reviewer, String assignee, boolean keepAssignee,
                     List<String> fingerprints, QueueFilter filter) {

    static final int MAX_TEXT = 200;
    static final int MAX_COMMENT = 4000;
    static final int MAX_FINGERPRINTS = 5000;
    private static final Set<String> ONE = Set.of("status", "reason", "comment", "reviewer", "assignee");
    private static final Set<String> BULK = Set.of("status", "reason", "comment", "reviewer", "assignee", "fingerprints", "filter");

    /** A decision on one finding ({@code POST /api/findings/{fingerprint}/decision}). */
    static DecisionInput one(JsonNode body) {
        return parse(body, false);
    }

    /** A decision on many ({@code POST /api/decisions}). */
    static DecisionInput bulk(JsonNode body) {
        return parse(body, true);
    }

    private static DecisionInput parse(JsonNode body, boolean bulk) {
        Set<String> allowed = bulk ? BULK : ONE;
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown field '" + name + "'; expected " + String.join(", ", sorted(allowed)));
            }
        }
        String status = text(body, "status", MAX_TEXT);
        if (status == null) {
            throw ApiError.badRequest("status is required; one of " + Decisions.STATUSES);
        }
        if (!Decisions.STATUSES.contains(status)) {
            throw ApiError.badRequest("unknown status '" + status + "'; expected one of " + Decisions.STATUSES);
        }
        String reason = text(body, "reason", MAX_TEXT);
        if (reason != null && reason.isEmpty()) {
            reason = null;
        }
        if (reason != null && !Decisions.REASONS.contains(reason)) {
            throw ApiError.badRequest("unknown reason '" + reason + "'; expected one of " + Decisions.REASONS);
        }
        String comment = text(body, "comment", MAX_COMMENT);
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
        String reviewer = text(body, "reviewer", MAX_TEXT);
        if (reviewer == null || reviewer.isBlank()) {
            throw ApiError.badRequest("reviewer is required: who decides");
        }
        boolean keep = !body.has("assignee");
        String assignee = text(body, "assignee", MAX_TEXT);
        if (assignee != null && assignee.isBlank()) {
            assignee = null;
        }
        List<String> fingerprints = null;
        QueueFilter filter = null;
        if (bulk) {
            if (body.has("fingerprints") == body.has("filter")) {
                throw ApiError.badRequest("a bulk decision needs either fingerprints (a list) or filter (an object), not both");
            }
            if (body.has("fingerprints")) {
                fingerprints = fingerprints(body.get("fingerprints"));
            } else {
                filter = filter(body.get("filter"));
            }
        }
        return new DecisionInput(status, reason, comment, reviewer.strip(), assignee == null ? null : assignee.strip(), keep,
                fingerprints, filter);
    }

    /** The request for one finding. */
    Decisions.Request request(String fingerprint) {
        return new Decisions.Request(fingerprint, status, reason, comment, reviewer, assignee, keepAssignee);
    }

    private static String text(JsonNode body, String name, int max) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest(name + " must be a string");
        }
        if (v.asText().length() > max) {
            throw ApiError.badRequest(name + " is longer than " + max + " characters");
        }
        return v.asText();
    }

    private static List<String> fingerprints(JsonNode v) {
        if (!v.isArray()) {
            throw ApiError.badRequest("fingerprints must be a list of strings");
        }
        if (v.isEmpty()) {
            throw ApiError.badRequest("fingerprints is empty: name the findings to decide");
        }
        if (v.size() > MAX_FINGERPRINTS) {
            throw ApiError.badRequest("at most " + MAX_FINGERPRINTS + " fingerprints at once; use a filter for more");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode f : v) {
            if (!f.isTextual() || f.asText().isBlank()) {
                throw ApiError.badRequest("fingerprints must be a list of strings");
            }
            out.add(f.asText());
        }
        return out;
    }

    private static QueueFilter filter(JsonNode v) {
        if (!v.isObject()) {
            throw ApiError.badRequest("filter must be an object with any of " + QueueFilter.NAMES);
        }
        for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!QueueFilter.NAMES.contains(name)) {
                throw ApiError.badRequest("unknown filter '" + name + "'; expected any of " + QueueFilter.NAMES);
            }
            if (!v.get(name).isTextual() && !v.get(name).isNull()) {
                throw ApiError.badRequest("filter " + name + " must be a string");
            }
        }
        return QueueFilter.of(name -> v.hasNonNull(name) ? v.get(name).asText() : null);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
