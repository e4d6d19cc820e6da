package org.crosscheck.claims;

/**
 * One key a {@link QuotePassage} meets other sentences under ({@link QuotePassage#blocks()}): three
 * content words in a row, as stems. The quote-variant rule compares a sentence whose speaker one
 * source does not name only with sentences that share such a run, never with every quote of a
 * story. Not a claim: it carries the passage's document and span to find it again.
 */
public record QuoteBlock(String key, String document, Span span) {
}
