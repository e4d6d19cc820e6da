package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** One person hurt told beside a toll of the dead, without a figure: "two killed and another wounded". */
class OneMoreHurtTest {

    /** The words the reader finds after the toll's figure ("two" in each sentence), or null. */
    private static String after(String sentence) {
        int from = sentence.indexOf("two") + 3;
        Span s = OneMoreHurt.after(sentence, from, sentence.length());
        return s == null ? null : s.of(sentence);
    }

    @Test
    void theWordsOfOneMoreBesideAnInjuryWord() {
        assertEquals("another wounded", after("Officers report that two men were killed and another wounded."));
        assertEquals("wounding a third", after("The gunman killed two workers, wounding a third."));
        assertEquals("another man was injured", after("It killed two and another man was injured."));
        assertEquals("and another injured".substring(4), after("It killed two and another injured."));
        assertNull(after("It killed two and another was hurt."), "only the injury words of count-verbs.txt");
    }

    @Test
    void notAFigureAMannerAnotherClauseOrFarAway() {
        assertNull(after("Two were killed and another 20 wounded."), "the figure reader reads that one");
        assertNull(after("It killed two and critically injured a third."), "a word of manner: a part of the injured");
        assertNull(after("It killed two; another was wounded last year."));
        assertNull(after("It killed two people who had come to the plant for the night shift and another wounded."), "too far");
        assertNull(after("It killed two and another of the guards was wounded."));
        assertNull(after("It killed two and another attack followed."));
        assertNull(after("It killed two and wounding others."));
    }
}
