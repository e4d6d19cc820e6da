package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.junit.jupiter.api.Test;

/** Quote marks that run over paragraphs, and marks typed the wrong way round. */
class QuoteMarksTest {

    /** Each line a paragraph. */
    private static List<Block> paragraphs(String text) {
        List<Block> out = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            out.add(new Block(new Span(start, start + line.length()), Block.Kind.BODY, null));
            start += line.length() + 1;
        }
        return out;
    }

    @Test
    void aQuoteClosesInALaterParagraphBeforeAnyMarkOpens() {
        String text = "`` I felt fine.\nIt was fun, '' she said.";
        assertTrue(QuoteExtractor.closesLater(text, paragraphs(text), 1, 3));
        String curly = "\u201cI felt fine.\nIt was fun,\u201d she said.";
        assertTrue(QuoteExtractor.closesLater(curly, paragraphs(curly), 1, 1));
        String straight = "\"I felt fine.\nIt was fun, \" she said.";
        assertTrue(QuoteExtractor.closesLater(straight, paragraphs(straight), 1, 1));
        String atEnd = "\"I felt fine.\nIt was fun.\"";
        assertTrue(QuoteExtractor.closesLater(atEnd, paragraphs(atEnd), 1, 1));
    }

    @Test
    void aMarkThatOpensFirstOrNoMarkAtAllEndsTheQuoteWithItsParagraph() {
        String opens = "\"I felt fine.\nShe left.\n\"Then I ran,\" she said.";
        assertFalse(QuoteExtractor.closesLater(opens, paragraphs(opens), 1, 1));
        String wire = "`` I felt fine.\nShe left.\n`` Then I ran, '' she said.";
        assertFalse(QuoteExtractor.closesLater(wire, paragraphs(wire), 1, 3));
        String none = "`` I felt fine.\nShe left.\nThen she ran.";
        assertFalse(QuoteExtractor.closesLater(none, paragraphs(none), 1, 3));
        StringBuilder far = new StringBuilder("`` I felt fine.");
        for (int i = 0; i < QuoteExtractor.RUN_ON; i++) {
            far.append("\nShe left.");
        }
        far.append("\nIt was fun, '' she said.");
        assertFalse(QuoteExtractor.closesLater(far.toString(), paragraphs(far.toString()), 1, 3));
        String longer = "`` I felt fine.\n" + "x".repeat(QuoteExtractor.MAX_QUOTE) + " '' she said.";
        assertFalse(QuoteExtractor.closesLater(longer, paragraphs(longer), 1, 3));
    }

    @Test
    void anOpeningMarkAfterACommaBeforeAVerbInLowerCaseCloses() {
        String text = "`` We made the call, `` said Ostrow.";
        int at = text.indexOf("`` said");
        assertTrue(QuoteExtractor.mistypedClose(text, at, text.length()));
        String spaced = "`` We made the call,``  said Ostrow.";
        assertTrue(QuoteExtractor.mistypedClose(spaced, spaced.indexOf("``  said"), spaced.length()));
        String capital = "`` We made the call, `` Ostrow said.";
        assertFalse(QuoteExtractor.mistypedClose(capital, capital.indexOf("`` Ostrow"), capital.length()));
        String stop = "`` We made the call. `` said Ostrow.";
        assertFalse(QuoteExtractor.mistypedClose(stop, stop.indexOf("`` said"), stop.length()));
        String closing = "`` We made the call, '' said Ostrow.";
        assertFalse(QuoteExtractor.mistypedClose(closing, closing.indexOf("'' said"), closing.length()));
        String single = "`` We made the call, ` said Ostrow.";
        assertFalse(QuoteExtractor.mistypedClose(single, single.indexOf("` said"), single.length()));
        String last = "`` We made the call, ``";
        assertFalse(QuoteExtractor.mistypedClose(last, last.length() - 2, last.length()));
        assertFalse(QuoteExtractor.mistypedClose("``said", 0, 6));
    }

    @Test
    void aClosingMarkThatStartsAParagraphAndClosesLaterInItOpens() {
        String text = "''The lake is shallow, '' he said.";
        assertTrue(QuoteExtractor.closeOpensParagraph(text, 0, 0, text.length()));
        String indented = "  ''The lake is shallow, '' he said.";
        assertTrue(QuoteExtractor.closeOpensParagraph(indented, 0, 2, indented.length()));
        String inside = "He said ''The lake is shallow, '' again.";
        assertFalse(QuoteExtractor.closeOpensParagraph(inside, 0, inside.indexOf("''"), inside.length()));
        String unclosed = "''The lake is shallow, he said.";
        assertFalse(QuoteExtractor.closeOpensParagraph(unclosed, 0, 0, unclosed.length()));
        String spaced = "'' The lake is shallow, '' he said.";
        assertFalse(QuoteExtractor.closeOpensParagraph(spaced, 0, 0, spaced.length()));
        String apostrophe = "'The lake is shallow, '' he said.";
        assertFalse(QuoteExtractor.closeOpensParagraph(apostrophe, 0, 0, apostrophe.length()));
        String beyond = "''The lake\nis shallow, '' he said.";
        assertFalse(QuoteExtractor.closeOpensParagraph(beyond, 0, 0, beyond.indexOf('\n')));
        assertFalse(QuoteExtractor.closeOpensParagraph("''", 0, 0, 2));
    }

    @Test
    void participlesOfSpeech() {
        assertTrue(QuoteExtractor.participle("saying"));
        assertTrue(QuoteExtractor.participle("stating"));
        assertFalse(QuoteExtractor.participle("said"));
        assertFalse(QuoteExtractor.participle(null));
    }
    @Test
    void aStraightMarkBetweenTwoLettersOpensWhenAnotherFollowsInItsParagraph() {
        String glued = "They counted\"at least 40 boats, \" and left.";
        assertTrue(QuoteExtractor.gluedOpening(glued, glued.indexOf('"')));
        assertFalse(QuoteExtractor.gluedOpening(glued, glued.lastIndexOf('"')), "a space before the next word");
        String alone = "They counted\"at least 40 boats.\nThen \"more\" came.";
        assertFalse(QuoteExtractor.gluedOpening(alone, alone.indexOf('"')), "no mark after it in its paragraph");
        String digits = "He is 5'10\"tall and \"fast\".";
        assertFalse(QuoteExtractor.gluedOpening(digits, digits.indexOf('"')), "a digit before it");
        assertFalse(QuoteExtractor.gluedOpening("\"a\"", 0));
        assertFalse(QuoteExtractor.gluedOpening("ab\"", 2));
        assertFalse(QuoteExtractor.gluedOpening("ab\"1 \"", 2), "a digit after it");
    }
    @Test
    void aSingleMarkOpensBeforeACapitalOrALeftMarkBeforeALetter() {
        assertEquals(1, QuoteExtractor.singleOpeningAt("'We stay,' she said.", 0, 0, 20));
        assertEquals(1, QuoteExtractor.singleOpeningAt("She said: 'We stay.'", 0, 10, 20));
        assertEquals(1, QuoteExtractor.singleOpeningAt("(\u2018we stay\u2019)", 0, 1, 10));
        assertEquals(1, QuoteExtractor.singleOpeningAt("x \u20189 days\u2019", 0, 2, 10));
        assertEquals(0, QuoteExtractor.singleOpeningAt("xy\u2018a", 0, 2, 4), "a letter before a left mark");
        assertEquals(0, QuoteExtractor.singleOpeningAt("I 've done it", 0, 2, 13), "an apostrophe before a small letter");
        assertEquals(0, QuoteExtractor.singleOpeningAt("OSCAR 'S DARK CLOUD", 0, 6, 19), "a clitic split from its word");
        assertEquals(0, QuoteExtractor.singleOpeningAt("I 'M here", 0, 2, 9));
        assertEquals(0, QuoteExtractor.singleOpeningAt("rock'N roll", 0, 4, 11), "a letter before a straight mark");
        assertEquals(0, QuoteExtractor.singleOpeningAt("x '", 0, 2, 3), "nothing after it");
        assertEquals(0, QuoteExtractor.singleOpeningAt("x \"We", 0, 2, 5), "a double mark");
        assertEquals(1, QuoteExtractor.singleOpeningAt("x\u2014'We", 0, 2, 5));
        assertEquals(1, QuoteExtractor.singleOpeningAt("x['We", 0, 2, 5));
        assertTrue(QuoteExtractor.clitic("S DARK", 0, 6));
        assertTrue(QuoteExtractor.clitic("ll", 0, 2));
        assertFalse(QuoteExtractor.clitic("Sunday", 0, 6));
    }

    @Test
    void aSingleMarkClosesAfterPunctuationOrAShortTitle() {
        String said = "'We stay,' she said.";
        assertTrue(QuoteExtractor.singleClosingAt(said, 1, said.indexOf(",'") + 1, said.length()));
        String spaced = "'We stay, ' she said.";
        assertTrue(QuoteExtractor.singleClosingAt(spaced, 1, spaced.indexOf(", '") + 2, spaced.length()));
        String title = "the 'Long Night ' and";
        assertTrue(QuoteExtractor.singleClosingAt(title, 5, title.indexOf(" ' ") + 1, title.length()));
        String plural = "'We love the young players' club and the old one,' he said.";
        assertFalse(QuoteExtractor.singleClosingAt(plural, 1, plural.indexOf("s' ") + 1, plural.length()),
                "a plural's apostrophe in a longer quote");
        assertTrue(QuoteExtractor.singleClosingAt(plural, 1, plural.indexOf(",'") + 1, plural.length()));
        String word = "'We can't stay.'";
        assertFalse(QuoteExtractor.singleClosingAt(word, 1, word.indexOf("n't") + 1, word.length()), "inside a word");
        assertTrue(QuoteExtractor.singleClosingAt(word, 1, word.length() - 1, word.length()));
        String curly = "\u2018We stay,\u2019 she said.";
        assertTrue(QuoteExtractor.singleClosingAt(curly, 1, curly.indexOf('\u2019'), curly.length()));
        assertFalse(QuoteExtractor.singleClosingAt("'x", 1, 0, 2), "before the quote");
        assertFalse(QuoteExtractor.singleClosingAt("'We stay,\" she", 1, 9, 14), "a double mark");
        String five = "'one two three four five' six";
        assertFalse(QuoteExtractor.singleClosingAt(five, 1, five.indexOf("' "), five.length()), "five words after a letter");
        String four = "'one two three four' six";
        assertTrue(QuoteExtractor.singleClosingAt(four, 1, four.indexOf("' "), four.length()));
    }

    @Test
    void aStraightDoubleMarkAfterPunctuationClosesWhatASingleOneOpened() {
        String mixed = "'I cannot say, \" he told reporters.";
        int at = mixed.indexOf('"');
        assertTrue(QuoteExtractor.mixedClose(mixed, 0, 1, at, mixed.length()));
        String nested = "'He said \"go, \" and left.";
        assertFalse(QuoteExtractor.mixedClose(nested, 0, 1, nested.lastIndexOf('"'), nested.length()), "closes a nested quote");
        String curly = "\u2018I cannot say, \" he";
        assertFalse(QuoteExtractor.mixedClose(curly, 0, 1, curly.indexOf('"'), curly.length()), "a left single mark");
        String noStop = "'I cannot say \" he";
        assertFalse(QuoteExtractor.mixedClose(noStop, 0, 1, noStop.indexOf('"'), noStop.length()));
        String glued = "'I cannot say,\"he";
        assertFalse(QuoteExtractor.mixedClose(glued, 0, 1, glued.indexOf('"'), glued.length()), "a letter after it");
        String atEnd = "'I cannot say.\"";
        assertTrue(QuoteExtractor.mixedClose(atEnd, 0, 1, atEnd.length() - 1, atEnd.length()));
        assertFalse(QuoteExtractor.mixedClose("'x, '", 0, 1, 4, 5), "a single mark");
    }

    @Test
    void aSingleQuoteRunsOnWhenAParagraphLaterClosesItAfterPunctuation() {
        String text = "'I have never seen it.\nIt took the bridge, ' she said.";
        assertTrue(QuoteExtractor.singleClosesLater(text, paragraphs(text), 1, 1));
        String opens = "'I have never seen it.\n'Then we ran, ' she said.";
        assertFalse(QuoteExtractor.singleClosesLater(opens, paragraphs(opens), 1, 1), "a single mark opens first");
        String apostrophe = "'I have never seen it.\nThe players' club.";
        assertFalse(QuoteExtractor.singleClosesLater(apostrophe, paragraphs(apostrophe), 1, 1));
        String word = "'I have never seen it.\nIt isn't.";
        assertFalse(QuoteExtractor.singleClosesLater(word, paragraphs(word), 1, 1));
        String leading = "'I have never seen it.\n' we ran.";
        assertFalse(QuoteExtractor.singleClosesLater(leading, paragraphs(leading), 1, 1), "nothing before it in its paragraph");
    }
}
