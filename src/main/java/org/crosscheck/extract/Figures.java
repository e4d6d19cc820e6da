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
 * figure or a game clock are kept. So are the tolls told without a figure and the day counts of
 * running happenings, which do not depend on the date either.
 */
public record Figures(List<Sentence> sentences, List<List<TollWords.Toll>> tolls, List<Days> days) {
    /**
     * @param sentences the sentences holding a figure or a game clock
     * @param tolls     for each content block, its tolls told without a figure ({@link TollWords#find}); none for a headline
     * @param days      the sentences holding a running happening's day count ({@link OngoingDays#find}), in text order
     */
    public Figures {
        sentences = List.copyOf(sentences);
        tolls = tolls.stream().map(List::copyOf).toList();
        days = List.copyOf(days);
    }

    /** One sentence's day counts: the index of its block, where it starts and ends, and its counts, left to right. */
    record Days(int block, int start, int end, List<OngoingDays.Count> counts) {
        Days {
            counts = List.copyOf(counts);
        }
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
