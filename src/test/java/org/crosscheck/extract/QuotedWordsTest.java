package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a sentence stand inside quote marks (an alias or a title, not a second person). */
class QuotedWordsTest {

    private static boolean quoted(String sentence, String word) {
        List<Words.Word> ws = Words.of(sentence, 0, sentence.length());
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).text().equals(word)) {
                return AttributeExtractor.quoted(sentence, ws, i);
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void wordsInsideQuoteMarksOfAnyKind() {
        assertTrue(quoted("There, Marsh, also known as `` Crazy Ice, '' was arrested.", "Crazy"));
        assertTrue(quoted("There, Marsh, also known as `` Crazy Ice, '' was arrested.", "Ice"));
        assertTrue(quoted("Marsh, known as \u201cCrazy Ice\u201d, was arrested.", "Ice"));
        assertTrue(quoted("Marsh, known as \"Crazy Ice\", was arrested.", "Crazy"));
    }

    @Test
    void notOutsideNorAcrossASentenceNorAnApostrophe() {
        assertFalse(quoted("Marsh met Dana Roe at the bar.", "Dana"));
        assertFalse(quoted("\"We stay,\" said Marsh. Then Dana Roe left.", "Dana"), "a full stop between");
        assertFalse(quoted("Marsh said \"no\" and Dana Roe left.", "Dana"), "after a closing mark");
        assertFalse(quoted("Marsh's friend Dana Roe's car left.", "Dana"), "an apostrophe is no quote mark");
        assertFalse(quoted("Marsh said `` Dana Roe left. Then", "Roe"), "never closed in its sentence");
        assertFalse(quoted("`` Dana Roe left `` again", "Roe"), "another opening mark before any closing one");
        assertFalse(quoted("Marsh said `` Crazy Ice", "Crazy"), "the text ends before any closing mark");
        assertFalse(quoted("Marsh, known as \u201cCrazy Ice, was arrested. Roe\u201d left", "Ice"), "closed only past the full stop");
        assertTrue(quoted("Marsh, known as `` Crazy Ice '' in Orvale, was arrested.", "Ice"), "the wire's two closing marks");
        assertFalse(quoted("Marsh, known as `` Crazy Ice ' in Orvale, was arrested.", "Ice"), "one straight mark is an apostrophe");
    }
}
