package org.crosscheck.findings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What a rule reports: which rule, how serious and why, the message for the editor, the
 * documents involved and the evidence from each. The fingerprint identifies the finding across
 * runs: it is built from the rule id and the claims' normalized keys, never from offsets.
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
        Status status) {

    public Finding {
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
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
