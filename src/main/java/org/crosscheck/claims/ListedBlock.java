package org.crosscheck.claims;

/**
 * One key a {@link ListedName} meets the listed words one letter from it under
 * ({@link ListedName#blocks()}), so the rule joins two listed words on a shared key instead of
 * comparing every pair. Not a claim. Since the twenty-ninth session.
 */
public record ListedBlock(String key, String document, String folded) {
}
