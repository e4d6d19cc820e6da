package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sentence's tokens read {@link Tokens#within} its paragraph's are those tokenizing the sentence
 * alone gives, accessor for accessor, whatever the sentence's bounds cut (a word, a number, white
 * space with line breaks); its words in lower case are the paragraph's own strings.
 */
class TokensWithinTest {

    /** Characters of every kind: letters (one outside ASCII), digits, white space with both line breaks, marks. */
    private static final String ALPHABET = "aaaBbcZ\u00e9\u00c9011299    \n\r\t\u00a0.,-:'$\u2019";

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            // Runs, so that tokens are longer than one character.
            for (int n = 1 + random.nextInt(4); n > 0 && b.length() < length; n--) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every accessor of {@code within} against a tokenizing of the same range alone. */
    private static void assertSameTokens(Tokens alone, Tokens within, String text, int from, int to) {
        String where = "[" + from + ", " + to + ") of \"" + text + "\"";
        assertEquals(alone.size(), within.size(), where);
        for (int i = -2; i < alone.size() + 2; i++) {
            assertEquals(alone.type(i), within.type(i), where + " type " + i);
            assertEquals(alone.lower(i), within.lower(i), where + " lower " + i);
            assertEquals(alone.hasNewline(i), within.hasNewline(i), where + " newline " + i);
            assertEquals(alone.isChar(i, '.'), within.isChar(i, '.'), where);
            assertEquals(alone.isPunctIn(i, ",-"), within.isPunctIn(i, ",-"), where);
            if (i >= 0 && i < alone.size()) {
                assertEquals(alone.start(i), within.start(i), where + " start " + i);
                assertEquals(alone.end(i), within.end(i), where + " end " + i);
                assertEquals(alone.length(i), within.length(i), where);
                assertEquals(alone.str(i), within.str(i), where);
                assertTrue(within.is(i, alone.str(i)), where);
                assertEquals(alone.is(i, "aa"), within.is(i, "aa"), where);
                assertEquals(alone.is(i, "Bb"), within.is(i, "Bb"), where);
                assertEquals(alone.skipSpace(i), within.skipSpace(i), where + " skip " + i);
                if (alone.type(i) == Tokens.NUM) {
                    assertEquals(alone.num(i), within.num(i), where);
                }
            }
        }
        assertEquals(alone.skipSpace(alone.size()), within.skipSpace(within.size()), where);
        for (int offset = from - 1; offset <= to + 1; offset++) {
            assertEquals(alone.firstAtOrAfter(offset), within.firstAtOrAfter(offset), where + " at " + offset);
        }
    }

    @Test
    void aRangeWithinAParagraphReadsAsItsOwnTokenizing() {
        Random random = new Random(15);
        for (int round = 0; round < 400; round++) {
            String text = randomText(random, 5 + random.nextInt(60));
            int pf = random.nextInt(3);
            int pt = text.length() - random.nextInt(3);
            Tokens.of(text, pf, pt);
            for (int k = 0; k < 8; k++) {
                int from = pf + random.nextInt(pt - pf + 1);
                int to = from + random.nextInt(pt - from + 1);
                assertSameTokens(new Tokens(text, from, to), Tokens.within(text, from, to), text, from, to);
            }
        }
    }

    @Test
    void cutsAtEveryPlaceOfOneSentence() {
        String text = "Some 1,200 people\r\n  fled  Aceh.\nThe  RAIN fell.";
        Tokens.of(text, 0, text.length());
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertSameTokens(new Tokens(text, from, to), Tokens.within(text, from, to), text, from, to);
            }
        }
    }

    @Test
    void aWholeTokensWordsAreTheParagraphsOwnStrings() {
        String text = "The ferry sank on Tuesday. All 40 were saved.";
        Tokens paragraph = Tokens.of(text, 0, text.length());
        Tokens sentence = Tokens.within(text, 27, text.length());
        assertEquals("all", sentence.lower(0));
        int at = paragraph.firstAtOrAfter(27);
        assertSame(paragraph.lower(at), sentence.lower(0));
        assertSame(paragraph.lower(at + 4), sentence.lower(4));
        // A word cut by the range is its own.
        Tokens cut = Tokens.within(text, 4, 7);
        assertEquals("fer", cut.lower(0));
        assertEquals(1, cut.size());
    }

    @Test
    void aRangeNoReadingHoldsIsTokenizedAlone() {
        String text = "One two. Three four.";
        Tokens.of(text, 0, 8);
        // Not held by [0, 8): reaches past it.
        Tokens across = Tokens.within(text, 4, 14);
        assertSameTokens(new Tokens(text, 4, 14), across, text, 4, 14);
        // Another text, equal but not the same string, and a text that can change.
        String other = new String(text.toCharArray());
        assertSameTokens(new Tokens(other, 0, 3), Tokens.within(other, 0, 3), other, 0, 3);
        StringBuilder changing = new StringBuilder(text);
        assertSameTokens(new Tokens(changing, 0, 3), Tokens.within(changing, 0, 3), text, 0, 3);
        // A range the wrong way round holds no token, as tokenizing it alone.
        assertEquals(0, Tokens.within(text, 5, 2).size());
    }

    @Test
    void aSentenceIsFoundInAnyOfTheTextsParagraphs() {
        String text = "First one here. Two more.\nSecond has 3 and 4.";
        int second = text.indexOf('\n') + 1;
        Tokens.of(text, 0, second - 1);
        Tokens.of(text, second, text.length());
        Tokens.within(text, 0, 15);
        Tokens inSecond = Tokens.within(text, second, text.length() - 1);
        assertSameTokens(new Tokens(text, second, text.length() - 1), inSecond, text, second, text.length() - 1);
        Tokens inFirst = Tokens.within(text, 16, 25);
        assertSameTokens(new Tokens(text, 16, 25), inFirst, text, 16, 25);
        assertSame(Tokens.of(text, 0, second - 1).lower(Tokens.of(text, 0, second - 1).firstAtOrAfter(16)), inFirst.lower(0));
    }

    @Test
    void theQuantityParserReadsASentenceAloneAndWithinItsParagraphAlike() {
        String text = "Some 1,200 people fled; at least 43 were killed. Police put the toll at 50 to 70 on 4 May.";
        List<QuantityMatch> alone = QuantityParser.find(new StringBuilder(text), 0, 48);
        Tokens.of(text, 0, text.length());
        assertEquals(alone, QuantityParser.find(text, 0, 48));
        assertEquals(QuantityParser.find(new StringBuilder(text), 49, text.length()), QuantityParser.find(text, 49, text.length()));
        assertEquals(List.of(1200.0, 43.0), alone.stream().map(QuantityMatch::value).toList());
    }
}
