package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "N or M unit": one hedged range of the unit, not a figure N measured "or". Sentences of my own. */
class QuantityOrRangeTest {

    private static QuantityMatch only(String text) {
        List<QuantityMatch> found = QuantityParser.find(text, 0, text.length());
        assertEquals(1, found.size(), text + ": " + found);
        return found.get(0);
    }

    @Test
    void twoNumbersJoinedByOrAreOneRange() {
        String s = "The well ran dry seven or eight years ago.";
        QuantityMatch m = only(s);
        assertEquals(7.0, m.low());
        assertEquals(8.0, m.high());
        assertEquals("seven or eight", s.substring(m.start(), m.end()));
        assertEquals("years", m.after().get(0));
        QuantityMatch digits = only("Some 30 or 40 hikers waited at the gate.");
        assertEquals(30.0, digits.low());
        assertEquals(40.0, digits.high());
        assertEquals("hikers", digits.after().get(0));
    }

    @Test
    void orBeforeNoLargerNumberIsNoRange() {
        QuantityMatch more = only("Each of the 12 or more boats was searched.");
        assertEquals(12.0, more.low());
        assertEquals(12.0, more.high());
        List<QuantityMatch> down = QuantityParser.find("Ward 9 or 4 will vote first.", 0, 27);
        assertEquals(9.0, down.get(0).high(), "a smaller number after or is no range: " + down);
    }
}
