package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;

/** Interval arithmetic for hedged figures, and how hedges widen or bound a written number. */
class IntervalProperties {

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<Double> bound = Arbitraries.oneOf(Arbitraries.integers().between(-50, 50).map(Integer::doubleValue),
                Arbitraries.just(Double.POSITIVE_INFINITY), Arbitraries.just(Double.NEGATIVE_INFINITY));
        return Combinators.combine(bound, bound, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((a, b, lo, hi) -> new Interval(Math.min(a, b), lo && Math.min(a, b) < Math.max(a, b),
                        Math.max(a, b), hi && Math.min(a, b) < Math.max(a, b)));
    }

    @Property
    void overlapIsSymmetric(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        assertEquals(a.overlaps(b), b.overlaps(a));
    }

    @Property
    void aSharedNumberMeansOverlap(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b,
                                   @ForAll @IntRange(min = -50, max = 50) int v) {
        if (a.contains(v) && b.contains(v)) {
            assertTrue(a.overlaps(b), a + " and " + b + " share " + v);
        }
    }

    @Property
    void anIntervalAboveAnotherNeverOverlapsIt(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        if (a.above(b)) {
            assertFalse(a.overlaps(b), a + " above " + b);
        }
    }

    @Property
    void enclosingMeansOverlappingWhenNotEmpty(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        boolean bEmpty = b.low() == b.high() && (b.lowOpen() || b.highOpen());
        if (a.encloses(b) && !bEmpty) {
            assertTrue(a.overlaps(b));
        }
    }

    /** What each hedge must allow of a written number n. */
    @Property
    void hedgesBoundTheWrittenNumberAsTheirWordsSay(@ForAll @IntRange(min = 1, max = 900_000) int n) {
        String written = String.format(java.util.Locale.ROOT, "%,d", n);
        Interval exact = read(written + " people");
        Interval about = read("about " + written + " people");
        Interval more = read("more than " + written + " people");
        Interval atLeast = read("at least " + written + " people");
        Interval upTo = read("up to " + written + " people");
        Interval nearly = read("nearly " + written + " people");
        Interval fewer = read("fewer than " + written + " people");
        assertTrue(exact.contains(n), written + " -> " + exact);
        assertTrue(about.encloses(exact), "about widens " + exact + " to " + about);
        double slack = n * 1e-9;
        assertTrue(about.contains(n * 0.9 + slack) && about.contains(n * 1.1 - slack), "about allows a tenth: " + about);
        assertFalse(more.contains(n), "more than excludes " + n);
        assertTrue(more.contains(n + 1.0) && more.contains(Double.MAX_VALUE));
        assertTrue(atLeast.contains(n) && !atLeast.contains(n - 1.0));
        assertTrue(upTo.contains(n) && upTo.contains(0) && !upTo.contains(n + 1.0));
        assertTrue(nearly.contains(n * 0.95) && !nearly.contains(n));
        assertTrue(fewer.contains(0) && !fewer.contains(n));
    }

    @Property
    void aRoundNumberAllowsItsRounding(@ForAll @IntRange(min = 1, max = 99) int lead, @ForAll @IntRange(min = 1, max = 5) int zeros) {
        long n = lead * (long) Math.pow(10, zeros);
        if (lead % 10 == 0) {
            return;
        }
        Interval i = read(String.format(java.util.Locale.ROOT, "%,d", n) + " troops");
        double unit = Math.pow(10, zeros);
        assertEquals(n - unit / 2, i.low(), 1e-6);
        assertEquals(n + unit / 2, i.high(), 1e-6);
    }

    @Property
    void anExactOrAboutFigureIsCentredOnItsNumber(@ForAll @IntRange(min = 1, max = 900_000) int n) {
        String written = String.format(java.util.Locale.ROOT, "%,d", n);
        assertEquals(n, read(written + " people").centre(), 1e-6, written);
        assertEquals(n, read("about " + written + " people").centre(), 1e-6, "about " + written);
    }

    @Property
    void aOneSidedFigureHasNoCentre(@ForAll @IntRange(min = 1, max = 900_000) int n) {
        String written = String.format(java.util.Locale.ROOT, "%,d", n);
        for (String hedge : List.of("more than ", "at least ", "up to ", "nearly ", "fewer than ")) {
            assertTrue(Double.isNaN(read(hedge + written + " people").centre()), hedge + written);
        }
    }

    @Property
    void apartAsWrittenIsSymmetricAndNeverHoldsForAnIntervalAndItself(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        assertEquals(a.apartAsWritten(b), b.apartAsWritten(a));
        assertFalse(a.apartAsWritten(a));
    }

    @Property
    void aFigureInsideAnAboutFigureIsNotApartFromIt(@ForAll @IntRange(min = 10, max = 90_000) int n,
                                                    @ForAll @IntRange(min = -9, max = 9) int tenths) {
        int m = n + n * tenths / 100;
        Interval about = read("about " + String.format(java.util.Locale.ROOT, "%,d", n) + " people");
        Interval other = read(String.format(java.util.Locale.ROOT, "%,d", m) + " people");
        assertFalse(about.apartAsWritten(other), "about " + n + " and " + m);
    }

    @Example
    void figuresWhoseSlackAloneOverlapsAreApart() {
        assertTrue(read("about 600 people").apartAsWritten(read("700 people")));
        assertTrue(read("80 million people").apartAsWritten(read("85 million people")));
        assertFalse(read("80,000 people").apartAsWritten(read("84,000 people")));
        assertFalse(read("several people").apartAsWritten(read("10 people")));
        assertFalse(read("at least 10 people").apartAsWritten(read("10 people")));
        assertFalse(read("nearly 235,000 people").apartAsWritten(read("240,000 people")));
        assertTrue(Double.isNaN(read("several people").centre()));
        assertTrue(Double.isNaN(Interval.closed(100, 150).centre()));
    }

    private static Interval read(String s) {
        List<QuantityMatch> found = QuantityParser.find(s, 0, s.length());
        assertEquals(1, found.size(), s);
        QuantityMatch q = found.get(0);
        return new Interval(q.low(), q.lowOpen(), q.high(), q.highOpen());
    }

    @Example
    void boundsPrintWithoutBinaryNoise() {
        assertEquals("[6.05, 6.15]", Interval.closed(6.05, 6.1499999999999995).toString());
        assertEquals("(0.3, \u221e)", new Interval(0.1 + 0.2, true, Double.POSITIVE_INFINITY, true).toString());
        assertEquals("[63000, 77000]", Interval.closed(63000, 77000).toString());
        assertEquals("[-\u221e, 3550000000]", Interval.closed(Double.NEGATIVE_INFINITY, 3.55e9).toString());
        assertEquals("[0, 0.001]", Interval.closed(0, 0.001).toString());
        assertEquals("12", Interval.point(12).text());
        assertEquals("6.1", Interval.point(6.1).text());
        assertEquals("[12, 12]", Interval.point(12).toString());
        assertEquals("[6.05, 6.15]", Interval.closed(6.05, 6.15).text());
        assertEquals("(80000, \u221e)", new Interval(80000, true, Double.POSITIVE_INFINITY, true).text());
    }

    @Example
    void aRoundedFigurePrintsAsWritten() {
        assertEquals("6.1", new Interval(6.05, false, 6.1499999999999995, true).text(), "a magnitude to a tenth");
        assertEquals("80000", new Interval(75000, false, 85000, true).text());
        assertEquals("120000", new Interval(115000, false, 125000, true).text());
        assertEquals("10", new Interval(5, false, 15, true).text());
        assertEquals("[3, 10)", new Interval(3, false, 10, true).text(), "'several' is no rounding");
        assertEquals("[24, 100)", new Interval(24, false, 100, true).text(), "'dozens' is no rounding");
        assertEquals("[6.05, 6.15]", Interval.closed(6.05, 6.15).text(), "a closed interval is a hedge");
        assertEquals("(6.05, 6.15)", new Interval(6.05, true, 6.15, true).text());
        assertEquals("8", new Interval(7.5, false, 8.5, true).text(), "8 to a unit");
        assertEquals("[7, 8)", new Interval(7, false, 8, true).text(), "a midpoint off the width's multiple");
        assertEquals("[0, 20)", new Interval(0, false, 20, true).text(), "a width of two tens");
        assertEquals("[6.05, 6.15)", new Interval(6.05, false, 6.15, true).toString(), "the interval is still its key");
    }

    /** A figure written to a power of ten, as its rounding interval, prints as written. */
    @Property
    void aRoundingIntervalPrintsItsFigure(@ForAll @IntRange(min = 1, max = 2_000_000) int unscaled,
                                          @ForAll @IntRange(min = -3, max = 3) int scale) {
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(unscaled).scaleByPowerOfTen(-scale);
        java.math.BigDecimal half = java.math.BigDecimal.ONE.scaleByPowerOfTen(-scale).divide(java.math.BigDecimal.valueOf(2));
        Interval i = new Interval(n.subtract(half).doubleValue(), false, n.add(half).doubleValue(), true);
        assertEquals(n.stripTrailingZeros().toPlainString(), i.text());
    }

    /** A decimal written with up to six places prints as written, whatever arithmetic made its double. */
    @Property
    void aDecimalPrintsAsWritten(@ForAll @IntRange(min = 0, max = 2_000_000_000) int unscaled,
                                 @ForAll @IntRange(min = 0, max = 6) int scale) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(unscaled, scale);
        double noisy = d.doubleValue() * 3 / 3;
        assertEquals(d.stripTrailingZeros().toPlainString(), Interval.number(noisy));
    }
}
