package org.crosscheck.claims;

import java.util.List;

/**
 * Two sentences of two sources that {@link QuoteRun#besideAnchors} aligns: {@code a} from the first
 * run. Not a claim. A rule binds each sentence from a one-element list ({@link #first()},
 * {@link #second()}): Drools' executable model does not compile a pattern of a fact type bound from
 * a single object that another {@code from} bound.
 */
public record QuotePair(QuotePassage a, QuotePassage b) {

    public List<QuotePassage> first() {
        return List.of(a);
    }

    public List<QuotePassage> second() {
        return List.of(b);
    }
}
