package org.crosscheck.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
public record Figures(List<Sentence> sentences, List<List<TollWords.Toll>> tolls, List<Days> days,
                      Map<QuantityMatch, Reading> readings) {
    /**
     * @param sentences the sentences holding a figure or a game clock
     * @param tolls     for each content block, its tolls told without a figure ({@link TollWords#find}); none for a headline
     * @param days      the sentences holding a running happening's day count ({@link OngoingDays#find}), in text order
     * @param readings  what a reading of these figures found for each figure (by identity) that does not depend on
     *                  the date ({@link Reading}), for a reading against another date to take; empty when none was kept
     */
    public Figures {
        sentences = List.copyOf(sentences);
        tolls = tolls.stream().map(List::copyOf).toList();
        days = List.copyOf(days);
        readings = readings == null || readings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new IdentityHashMap<>(readings));
    }

    /** The figures with no reading kept. */
    public Figures(List<Sentence> sentences, List<List<TollWords.Toll>> tolls, List<Days> days) {
        this(sentences, tolls, days, null);
    }

    /** These figures with {@code kept} as the readings of their figures. */
    Figures withReadings(Map<QuantityMatch, Reading> kept) {
        return new Figures(sentences, tolls, days, kept);
    }

    /** The date-free reading kept for {@code q} (this object, not an equal one), or null. */
    Reading reading(QuantityMatch q) {
        return readings.get(q);
    }

    /** Equal when the figures are: the readings kept are a memo of them, left out as {@link ExtractedDocument} leaves out its parties. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && sentences.equals(f.sentences) && tolls.equals(f.tolls) && days.equals(f.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sentences, tolls, days);
    }

    /**
     * What one figure's reading found that depends on the text alone, never on the date it is read
     * against: its {measure, subject, counted} as read from its words, its list, its clause and what
     * it rode in, before a place ({@code scope}) is added; the reading past its usual words, or
     * null; and its clause's act and owner over the figure's own words ({@link FigureClause#of}).
     */
    record Reading(String[] measure, CountedPhrases.Reread reread, FigureClause.Tie tie) {
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
