package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.text.QuantityMatch;

/**
 * The figures of a document's content as the quantity parser reads them, sentence by sentence in
 * the order {@link QuantityExtractor} reads them (the body's blocks, then the headline's), with
 * what does not depend on the date the document is read against: who gives each sentence's figures
 * and whether one of them counts several happenings. An article without a timestamp is read again
 * against its event's date ({@link Extractor#reanchored}); its figures are the same whatever the
 * date, so they are kept with its reading instead of being parsed again. Only sentences holding a
 * figure or a game clock are kept.
 */
public record Figures(List<Sentence> sentences) {
    public Figures {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence's figures.
     *
     * @param block             the index in the document's content blocks of the block it is in
     * @param start             where the sentence starts in the document's text
     * @param end               where it ends
     * @param found             its figures, left to right ({@code QuantityParser.find})
     * @param clocks            its game clocks, left to right ({@link GameClocks#find})
     * @param who               who gives its figures, as written, or null (also when it is too long to say)
     * @param whoNormal         the same, normalized, or null
     * @param severalHappenings whether one of its figures counts several happenings ("in their five operations")
     */
    record Sentence(int block, int start, int end, List<QuantityMatch> found, List<GameClocks.Clock> clocks, String who,
                    String whoNormal, boolean severalHappenings) {
        Sentence {
            found = List.copyOf(found);
            clocks = List.copyOf(clocks);
        }
    }
}
