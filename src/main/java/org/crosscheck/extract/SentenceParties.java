package org.crosscheck.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.claims.OtherParty;

/**
 * The other parties ({@link OtherParty#in}) that the first reading of a document found in the
 * sentences holding its dates, by where each sentence starts, none found kept as well. They depend
 * on the text only, not on the date the document is read against, so reading an undated article
 * again against its event's date ({@link Extractor#reanchored}) takes them from here instead of
 * reading those sentences again; only a sentence this reading did not read is read afresh. They are
 * taken only for a document of the same text.
 */
final class SentenceParties {
    private final String text;
    private final Map<Integer, OtherParty.Found> bySentence;

    /**
     * @param text       the document's text the sentences are in
     * @param bySentence each sentence read, by its start, with the party found in it, or null for none
     */
    SentenceParties(String text, Map<Integer, OtherParty.Found> bySentence) {
        this.text = text;
        this.bySentence = Collections.unmodifiableMap(new HashMap<>(bySentence));
    }

    /** Whether these are the parties of {@code text}'s sentences. */
    boolean of(String text) {
        return this.text.equals(text);
    }

    /** Whether the sentence starting at {@code start} was read. */
    boolean read(int start) {
        return bySentence.containsKey(start);
    }

    /** The party found in the sentence starting at {@code start}, or null when none was (or it was not read: see {@link #read}). */
    OtherParty.Found party(int start) {
        return bySentence.get(start);
    }

    /** How many sentences were read. */
    int size() {
        return bySentence.size();
    }
}
