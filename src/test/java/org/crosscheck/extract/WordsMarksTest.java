package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Marks are one-character tokens whatever the character (an ASCII mark's text is made once and
 * shared), and a stretch of any length, none or the wrong way round reads as before.
 */
class WordsMarksTest {

    @Test
    void marksOfEveryKindAreOneCharacterTokens() {
        String text = "Aceh (U.S.) \u2014 \u0080\u007f 40%; \u00bfs\u00ed? \u20ac5";
        List<Words.Word> words = Words.of(text, 0, text.length());
        StringBuilder marks = new StringBuilder();
        for (Words.Word w : words) {
            if (!w.word()) {
                assertEquals(1, w.text().length(), w.toString());
                assertEquals(String.valueOf(text.charAt(w.start())), w.text());
                assertEquals(w.text(), w.lower());
                assertEquals(w.start() + 1, w.end());
                marks.append(w.text());
            }
        }
        assertEquals("()\u2014\u0080\u007f%;\u00bf?\u20ac", marks.toString());
        assertEquals(List.of("Aceh", "U.S.", "40", "s\u00ed", "5"),
                words.stream().filter(Words.Word::word).map(Words.Word::text).toList());
    }

    @Test
    void anAsciiMarksTextIsShared() {
        String text = "one, two, three.";
        List<Words.Word> words = Words.of(text, 0, text.length());
        assertSame(words.get(1).text(), words.get(3).text());
        assertEquals(",", words.get(1).text());
        assertSame(words.get(1).text(), Words.of("four,", 0, 5).get(1).text());
    }

    @Test
    void stretchesOfEveryLength() {
        String text = "A long sentence, with several words and marks, runs on: it has more tokens than one in five characters!";
        assertTrue(Words.of(text, 5, 5).isEmpty());
        assertTrue(Words.of(text, 30, 2).isEmpty());
        assertEquals(23, Words.of(text, 0, text.length()).size());
        List<Words.Word> some = Words.of("a,b,c,d,e,f,g,h,i,j,k,l", 0, 23);
        assertEquals(23, some.size());
        assertFalse(some.get(1).word());
    }
}
