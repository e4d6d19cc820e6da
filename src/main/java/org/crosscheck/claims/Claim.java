package org.crosscheck.claims;

/**
 * Something a document asserts. It is a claim because it may be false: finding out is the rules'
 * job. Every claim carries its evidence, a span into its document's text, and a normalized value
 * that rules compare.
 */
public sealed interface Claim permits TimestampClaim, WeekdayClaim, DateClaim, QuantityClaim, EventClaim, PlaceClaim,
        QuoteClaim, QuotePassage, RoleClaim, NameClaim, AttributeClaim, ListedName {

    /** The kind of claim, one word: "timestamp", "weekday". */
    String kind();

    /** The id of the document that makes the claim. */
    String document();

    /** Where the claim is written: {@code [start, end)}, 0-based, in the document's text. */
    Span span();

    /** The words as written. */
    String text();

    /** The normalized value, as an editor would read it. */
    String value();

    /**
     * What is claimed, normalized and without offsets, so it survives edits elsewhere in the
     * document. Fingerprints of findings are built from these keys.
     */
    String key();
}
