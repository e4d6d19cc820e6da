package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Figures at the very end of a text, whatever the number of words before them. */
class QuantityParserEdgeTest {

    @Test
    void aHyphenEndingTheTextAfterAFigureIsReadAtEveryLength() {
        // The reader's word arrays grow by doubling: one of these lengths ends the text on the
        // arrays' last word, where a hyphen after a figure once read past them.
        for (int words = 0; words < 300; words++) {
            String text = "x ".repeat(words) + "5 million-";
            assertEquals(1, QuantityParser.find(text, 0, text.length()).size(), text);
        }
    }

    @Test
    void aQuantityStillStartsAtACapitalisedWordOrASignWhereOtherWordsArePassedOver() {
        String text = "Seven rescuers, Dozens of helpers, Magnitude 5.2 and e 40 in Boston cost $30.";
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (QuantityMatch q : QuantityParser.find(text, 0, text.length())) {
            values.add(q.value());
        }
        assertEquals(java.util.List.of(7.0, 24.0, 5.2, 40.0, 30.0), values, text);
    }
}
