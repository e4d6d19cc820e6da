package org.crosscheck.findings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Severity says what the editor should do about a finding. */
public enum Severity {
    /** The sources cannot both be right: correct or annotate before publishing. */
    ERROR("the sources cannot both be right; correct or annotate before publishing"),
    /** Likely inconsistent: check it. */
    WARNING("likely inconsistent; check it"),
    /** Unusual: worth a look. */
    NOTE("unusual; worth a look");

    private final String action;

    Severity(String action) {
        this.action = action;
    }

    /** What the reader should do, in words. */
    public String action() {
        return action;
    }

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "error", "warning" or "note"; null for anything else. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        for (Severity v : values()) {
            if (v.word().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }

    /** True when this is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
