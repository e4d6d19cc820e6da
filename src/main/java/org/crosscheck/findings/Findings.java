package org.crosscheck.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ordering, de-duplication and fingerprints of findings. */
public final class Findings {

    /**
     * Most serious first, then by rule, story, documents, first evidence and fingerprint; last the
     * pairs a finding joins, so that which of two findings with one fingerprint is kept never
     * depends on the order they came in.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.story() == null ? "" : f.story())
            .thenComparing(f -> String.join("\u0000", f.documents()))
            .thenComparingInt(f -> f.evidence().isEmpty() ? -1 : f.evidence().get(0).start())
            .thenComparing(Finding::fingerprint)
            .thenComparing(f -> String.join("\u0000", f.joined()));

    /** Between two findings of one fingerprint, the one kept whatever the order they came in. */
    private static final Comparator<Finding> KEPT = ORDER
            .thenComparing(Finding::message)
            .thenComparing(Finding::severityReason, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.joined() == null ? "" : String.join("\u0000", f.joined()));

    private Findings() {
    }

    /** One finding per fingerprint, in {@link #ORDER}. */
    public static List<Finding> sorted(Collection<Finding> findings) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : findings) {
            unique.merge(f.fingerprint(), f, (a, b) -> KEPT.compare(a, b) <= 0 ? a : b);
        }
        List<Finding> out = new ArrayList<>(unique.values());
        out.sort(ORDER);
        return out;
    }

    /** sha256 over the rule id and the sorted claim keys, in hex. */
    public static String fingerprint(String rule, Collection<String> claimKeys) {
        List<String> keys = new ArrayList<>(claimKeys);
        keys.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(rule.getBytes(StandardCharsets.UTF_8));
            for (String k : keys) {
                sha.update((byte) 0);
                sha.update(k.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
