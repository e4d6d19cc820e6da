package org.crosscheck.findings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.TreeSet;

/**
 * The fingerprints of findings already known, so CI gates only on what is new. Written by
 * {@code crosscheck baseline}, read by {@code check --baseline}.
 */
@JsonPropertyOrder({"formatVersion", "fingerprints"})
public record Baseline(int formatVersion, List<String> fingerprints) {

    public static final int FORMAT_VERSION = 1;

    public Baseline {
        fingerprints = List.copyOf(new TreeSet<>(fingerprints));
    }

    public static Baseline of(List<Finding> findings) {
        return new Baseline(FORMAT_VERSION, findings.stream().map(Finding::fingerprint).toList());
    }
}
