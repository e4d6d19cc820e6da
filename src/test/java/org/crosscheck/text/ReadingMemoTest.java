package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document's paragraphs are tokenized and split into sentences once per thread however many
 * readers ask: the same range of the same text gives the same reading, another text or a text
 * that can change (a StringBuilder) a new one.
 */
class ReadingMemoTest {

    @Test
    void aRangeOfOneTextIsTokenizedOnce() {
        String text = "The ferry sank on Tuesday.\nAll 40 were saved.";
        Tokens first = Tokens.of(text, 0, 26);
        assertSame(first, Tokens.of(text, 0, 26));
        assertNotSame(first, Tokens.of(text, 27, text.length()));
        assertSame(first, Tokens.of(text, 0, 26));
        String other = new String(text.toCharArray());
        assertNotSame(first, Tokens.of(other, 0, 26));
        StringBuilder changing = new StringBuilder(text);
        assertNotSame(Tokens.of(changing, 0, 26), Tokens.of(changing, 0, 26));
    }

    @Test
    void whiteSpaceKnowsItsLineBreaks() {
        String text = "one two\nthree\r\nfour";
        Tokens t = Tokens.of(text, 0, text.length());
        assertEquals(false, t.hasNewline(1));
        assertEquals(true, t.hasNewline(3));
        assertEquals(true, t.hasNewline(5));
        assertEquals(false, t.hasNewline(0));
        assertEquals(2, t.skipSpace(1));
        assertEquals(3, t.skipSpace(3));
        assertEquals(5, t.skipSpace(5));
    }

    @Test
    void aParagraphIsSplitOnceAndTheSplitIsReadOnly() {
        String text = "He left. She stayed.";
        List<int[]> first = Sentences.split(text, 0, text.length());
        assertSame(first, Sentences.split(text, 0, text.length()));
        assertEquals(2, first.size());
        assertThrows(UnsupportedOperationException.class, () -> first.add(new int[] {0, 1}));
        StringBuilder changing = new StringBuilder(text);
        List<int[]> before = Sentences.split(changing, 0, changing.length());
        changing.replace(7, 9, "; ");
        assertEquals(2, before.size());
        assertEquals(1, Sentences.split(changing, 0, changing.length()).size());
    }
}
