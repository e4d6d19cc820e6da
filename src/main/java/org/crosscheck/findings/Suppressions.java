package org.crosscheck.findings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-edited list of findings an editor has decided on. Each entry names a finding by its
 * fingerprint, or by rule and document, gives the reason (required) and may expire, after which
 * the finding counts as new again.
 */
public record Suppressions(List<Entry> suppressions) {

    @JsonPropertyOrder({"fingerprint", "rule", "document", "reason", "expires"})
    public record Entry(String fingerprint, String rule, String document, String reason, String expires) {

        boolean matches(Finding f) {
            if (fingerprint != null) {
                return fingerprint.equals(f.fingerprint());
            }
            return rule != null && rule.equals(f.rule()) && (document == null || f.documents().contains(document));
        }

        boolean expiredOn(LocalDate today) {
            return expires != null && LocalDate.parse(expires).isBefore(today);
        }
    }

    public Suppressions {
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /** What is wrong with the file, one line each; empty when every entry is usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < suppressions.size(); i++) {
            Entry e = suppressions.get(i);
            String where = "suppression " + (i + 1);
            if (e.reason() == null || e.reason().isBlank()) {
                out.add(where + ": every suppression needs a reason");
            }
            if (e.fingerprint() == null && e.rule() == null) {
                out.add(where + ": name a fingerprint, or a rule (and optionally a document)");
            }
            if (e.expires() != null) {
                try {
                    LocalDate.parse(e.expires());
                } catch (java.time.format.DateTimeParseException ex) {
                    out.add(where + ": expires must be an ISO date such as 2026-12-31, got \"" + e.expires() + "\"");
                }
            }
        }
        return out;
    }

    /**
     * Marks the findings in the baseline {@code baseline}, and those a live suppression names
     * {@code suppressed} with its reason. A suppression wins over a baseline. A finding that
     * joins pairs is in the baseline when its own fingerprint is, or every pair's is (a baseline
     * written before pairs were joined); a pair the baseline lacks is news, so it is new.
     */
    public static List<Finding> apply(List<Finding> findings, Baseline baseline, String baselineName,
                                      Suppressions suppressions, LocalDate today) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.status() == Finding.Status.SUPPRESSED) {
                // Dismissed already (by an editor's decision in a store): that stands.
                out.add(f);
                continue;
            }
            Finding marked = f;
            if (baseline != null && baseline.fingerprints().contains(f.fingerprint())) {
                marked = f.withStatus(Finding.Status.BASELINE, "in the baseline " + baselineName);
            } else if (baseline != null && !f.joined().isEmpty() && baseline.fingerprints().containsAll(f.joined())) {
                marked = f.withStatus(Finding.Status.BASELINE, "in the baseline " + baselineName
                        + ", each of the " + f.joined().size() + " pairs it joins");
            }
            if (suppressions != null) {
                for (Entry e : suppressions.suppressions()) {
                    if (e.matches(f) && !e.expiredOn(today)) {
                        marked = f.withStatus(Finding.Status.SUPPRESSED,
                                e.reason() + (e.expires() == null ? "" : " (until " + e.expires() + ")"));
                        break;
                    }
                }
            }
            out.add(marked);
        }
        return out;
    }
}
