package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.junit.jupiter.api.Test;

/** A quote left open runs on past unmarked sentences to the paragraph its run-on mark opens. */
class QuoteRunOnTest {

    /** The text's lines as body blocks. */
    private static List<Block> lines(String text) {
        List<Block> out = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            out.add(new Block(new Span(at, at + line.length()), Block.Kind.BODY, "test"));
            at += line.length() + 1;
        }
        return out;
    }

    private static boolean runsOn(String text, int unmarked) {
        return QuoteExtractor.runsOnPastUnmarked(text, lines(text), 1, 1, unmarked);
    }

    @Test
    void pastOneOrTwoUnmarkedSentencesToARunOnMark() {
        assertTrue(runsOn("\"We stay.\nWe rebuild.\n\"We start on Monday.\"", 2));
        assertTrue(runsOn("\"We stay.\nWe rebuild.\nWe wait?\n\"We start on Monday.\"", 2));
        assertFalse(runsOn("\"We stay.\nWe rebuild.\nWe wait!\nWe hope.\n\"We start on Monday.\"", 2), "three unmarked");
        assertFalse(runsOn("\"We stay.\nWe rebuild.\nWe wait.\n\"We start on Monday.\"", 1), "two, one allowed");
        assertFalse(runsOn("\"We stay.\n\"We start on Monday.\"", 0), "the next paragraph is the ordinary run-on case");
        assertFalse(runsOn("\"We stay.\nFlood warnings stay in force\n\"We start on Monday.\"", 2), "a headline");
        assertFalse(runsOn("\"We stay.\nThe mayor said \"no\" twice.\n\"We start on Monday.\"", 2), "a mark in between");
        assertFalse(runsOn("\"We stay.\nWe rebuild.\n\"We start on Monday,\" she said.", 2), "a quote attributed on its own");
        assertFalse(runsOn("\"We stay.\nWe rebuild.", 2), "the text ends");
    }

    @Test
    void theQuoteIsBoundedInLength() {
        String longLine = "We rebuild " + "the bridge ".repeat(400) + ".";
        assertFalse(runsOn("\"We stay.\n" + longLine + "\n\"We start on Monday.\"", 2));
    }

    @Test
    void marksAndStops() {
        for (String mark : List.of("\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "``", "''")) {
            assertTrue(QuoteExtractor.hasDoubleMark("a " + mark + " b", 0, 5 + mark.length()), mark);
        }
        assertFalse(QuoteExtractor.hasDoubleMark("it's a 'test'", 0, 13));
        assertFalse(QuoteExtractor.hasDoubleMark("a`b", 0, 3));
        assertFalse(QuoteExtractor.hasDoubleMark("ab \"", 0, 3), "outside the range");
        assertTrue(QuoteExtractor.endsSentence("We stay.  ", 0, 10));
        assertTrue(QuoteExtractor.endsSentence("Why?", 0, 4));
        assertFalse(QuoteExtractor.endsSentence("We stay", 0, 7));
        assertFalse(QuoteExtractor.endsSentence("   ", 0, 3));
        assertFalse(QuoteExtractor.endsSentence(".ab", 1, 3));
        assertTrue(QuoteExtractor.closedAndAttributed("We start,\" she said.", 0, 20));
        assertFalse(QuoteExtractor.closedAndAttributed("We start.\"", 0, 10));
        assertFalse(QuoteExtractor.closedAndAttributed("We start. \" ", 0, 12));
        assertFalse(QuoteExtractor.closedAndAttributed("We start on Monday", 0, 18));
    }
}
