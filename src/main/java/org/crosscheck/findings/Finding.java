package org.crosscheck.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What a rule reports: which rule, how serious and why, the message for the editor, the
 * documents involved and the evidence from each. The fingerprint identifies the finding across
 * runs: it is built from the rule id and the claims' normalized keys, never from offsets.
 * {@code statusReason} says why a finding is not new: the baseline it is in, or the reason given
 * for its suppression. A finding that joins several pairwise findings of one disagreement lists
 * their fingerprints in {@code joined} (sorted; empty, and left out of JSON, otherwise), so a
 * baseline written when each pair was its own finding still knows it.
 */
public record Finding(
        String fingerprint,
        String rule,
        Severity severity,
        String severityReason,
        String message,
        String story,
        List<String> documents,
        List<Evidence> evidence,
        Status status,
        String statusReason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> joined) {

    public Finding {
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
        joined = joined == null ? List.of() : List.copyOf(joined);
    }

    /** A finding that joins no others. */
    public Finding(String fingerprint, String rule, Severity severity, String severityReason, String message,
                   String story, List<String> documents, List<Evidence> evidence, Status status, String statusReason) {
        this(fingerprint, rule, severity, severityReason, message, story, documents, evidence, status, statusReason,
                List.of());
    }

    public Finding withStatus(Status newStatus, String reason) {
        return new Finding(fingerprint, rule, severity, severityReason, message, story, documents, evidence, newStatus,
                reason, joined);
    }

    /** Whether a finding is new, known from a baseline, or suppressed by hand. */
    public enum Status {
        NEW, BASELINE, SUPPRESSED;

        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
