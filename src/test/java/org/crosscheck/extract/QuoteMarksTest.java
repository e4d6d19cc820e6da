package org.crosscheck.extract;

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
}
