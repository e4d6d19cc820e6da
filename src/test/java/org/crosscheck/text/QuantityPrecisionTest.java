package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.claims.Interval;
import org.junit.jupiter.api.Test;

/** A figure's interval is read in decimal, at one decimal finer than the figure: no binary noise. */
class QuantityPrecisionTest {

    private static String interval(String text) {
        List<QuantityMatch> found = QuantityParser.find(text, 0, text.length());
        assertEquals(1, found.size(), text + ": " + found);
        QuantityMatch m = found.get(0);
        return new Interval(m.low(), m.lowOpen(), m.high(), m.highOpen()).toString();
    }

    @Test
    void decimalsKeepTheirOwnDigits() {
        assertEquals("[6.05, 6.15)", interval("a quake of magnitude 6.1 struck"));
        assertEquals("[5.85, 5.95)", interval("a magnitude-5.9 quake hit"));
        assertEquals("[4.35, 4.45)", interval("a quake measuring 4.4 struck"));
        assertEquals("[5.49, 6.71]", interval("a quake of magnitude around 6.1 struck"));
        assertEquals("[4050000, 4500000)", interval("nearly 4.5 million people voted"));
        assertEquals("[2250000, 2350000)", interval("2.3 million people voted"));
        assertEquals("[3450000000, 3550000000)", interval("the fund raised \u20ac3.5bn"));
        assertEquals("[38.7, 47.3]", interval("around 43 people died"));
        assertEquals("[63000, 77000]", interval("around 70,000 troops"));
        assertEquals("(80000, \u221e)", interval("more than 80,000 troops"));
    }

    @Test
    void aRoundFigureStandsForTheValuesThatRoundToIt() {
        // Halves round up: 70 is [65, 75), 80 is [75, 85); the two share no value.
        assertEquals("[65, 75)", interval("70 people were injured"));
        assertEquals("[75, 85)", interval("80 people were injured"));
        assertEquals("[43, 43]", interval("43 people died"), "an exact figure is a point");
        assertEquals("[63000, 77000]", interval("around 70,000 troops"), "a hedge keeps both ends");
    }

    @Test
    void roundsOneDecimalFinerThanTheFigure() {
        assertEquals(6.15, QuantityParser.rounded(6.1499999999999995, 0.1));
        assertEquals(38.7, QuantityParser.rounded(38.699999999999996, 1));
        assertEquals(2300000.0, QuantityParser.rounded(2299999.9999999995, 100000));
        assertEquals(0.125, QuantityParser.rounded(0.12500000000000003, 0.01));
        assertEquals(Double.POSITIVE_INFINITY, QuantityParser.rounded(Double.POSITIVE_INFINITY, 1));
    }

    @Provide
    Arbitrary<String> hedges() {
        return Arbitraries.of("", "about ", "around ", "nearly ", "more than ", "at least ", "up to ", "less than ");
    }

    /** Whatever the hedge and the decimals, no bound shows more than one digit beyond the figure's. */
    @Property(tries = 300)
    void noBoundHasMoreDigitsThanItsFigureAllows(@ForAll("hedges") String hedge,
                                                 @ForAll @IntRange(min = 1, max = 99_999) int digits,
                                                 @ForAll @IntRange(min = 0, max = 3) int decimals,
                                                 @ForAll boolean magnitude) {
        String number = BigDecimal.valueOf(digits, decimals).toPlainString();
        String text = magnitude ? "a quake of magnitude " + hedge + number + " struck" : hedge + number + " people died";
        List<QuantityMatch> found = QuantityParser.find(text, 0, text.length());
        if (found.isEmpty()) {
            return;
        }
        QuantityMatch m = found.get(0);
        int allowed = Math.max(decimals, magnitude ? 1 : 0) + 1;
        for (double bound : new double[] {m.low(), m.high()}) {
            if (Double.isFinite(bound)) {
                assertTrue(BigDecimal.valueOf(bound).stripTrailingZeros().scale() <= allowed,
                        text + " gives the bound " + bound);
            }
        }
    }
}
