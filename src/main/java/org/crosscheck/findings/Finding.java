package org.crosscheck.findings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What a rule reports: which rule, how serious and why, the message for the editor, the
 * documents involved and the evidence from each. The fingerprint identifies the finding across
 * runs: it is built from the rule id and the claims' normalized keys, never from offsets.
 * {@code statusReason} says why a finding is not new: the baseline it is in, or the reason given
 * for its suppression.
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
        String statusReason) {

    public Finding {
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
    }

    public Finding withStatus(Status newStatus, String reason) {
        return new Finding(fingerprint, rule, severity, severityReason, message, story, documents, evidence, newStatus, reason);
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
