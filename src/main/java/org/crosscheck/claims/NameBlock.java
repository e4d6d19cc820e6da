package org.crosscheck.claims;

/**
 * One key a {@link NameClaim} word meets its variants under ({@link NameClaim#blocks()}): the
 * name-variant rule joins two words on a shared key, and each word has a few (its spelling key
 * and that key with one letter left out), so no pair of names is compared unless they share one.
 * Not a claim: it carries the word's document and house-style spelling to find it again.
 */
public record NameBlock(String key, String document, String folded) {
}
