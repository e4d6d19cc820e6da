package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The quantity parser's bounds are computed in decimal; for whole numbers and halves up to 2^21
 * ({@link QuantityParser#wholeOrHalf}) it adds, multiplies and rounds in binary instead. Each
 * result, bit for bit (a zero has no sign), and each failure is the decimal arithmetic's.
 */
class QuantityArithmeticTest {

    private static double decimalTimes(double a, double b) {
        return BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)).doubleValue();
    }

    private static double decimalPlus(double a, double b) {
        return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)).doubleValue();
    }

    private static double decimalRounded(double v, double precision) {
        if (!Double.isFinite(v)) {
            return v;
        }
        int decimals = precision >= 1 ? 0 : BigDecimal.valueOf(precision).stripTrailingZeros().scale();
        return BigDecimal.valueOf(v).setScale(decimals + 1, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The result's bits, or the failure's class. */
    private static String outcome(DoubleSupplier f) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(f.getAsDouble()));
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static final double LIMIT = QuantityParser.WHOLE_OR_HALF_LIMIT;

    private static List<Double> values() {
        List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, 43.0, 42.5, 50.0, 100.0, 1200.0,
                50_000.0, 1_200_000.0, LIMIT, -LIMIT, LIMIT - 0.5, LIMIT + 0.5, LIMIT + 1, -LIMIT - 0.5, 2 * LIMIT, 0.25, 0.75,
                0.1, 0.05, 0.9, 6.1, 6.05, 0.01, 1e-3, 1e6, 1e7, 9.9e6, 80e6, 1e15, 1e300, Double.MIN_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -3.0, -1e-9));
        Random random = new Random(21);
        for (int i = 0; i < 50; i++) {
            v.add((random.nextInt((int) (4 * LIMIT) + 1) - 2 * LIMIT) / 2);
            v.add(random.nextInt(1000) / 10.0);
            v.add(random.nextDouble() * 1e7);
        }
        return v;
    }

    @Test
    void sumsAndProductsAreTheDecimalOnes() {
        List<Double> values = values();
        for (double a : values) {
            for (double b : values) {
                assertEquals(outcome(() -> decimalTimes(a, b)), outcome(() -> QuantityParser.times(a, b)), a + " * " + b);
                assertEquals(outcome(() -> decimalPlus(a, b)), outcome(() -> QuantityParser.plus(a, b)), a + " + " + b);
            }
        }
    }

    @Test
    void roundingIsTheDecimalOne() {
        List<Double> values = values();
        for (double v : values) {
            for (double p : List.of(0.0, -0.0, 1.0, 0.1, 0.01, 0.5, 0.05, 10.0, 1000.0, 1e6, -1.0, -100.0, -0.1,
                    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-12)) {
                assertEquals(outcome(() -> decimalRounded(v, p)), outcome(() -> QuantityParser.rounded(v, p)), v + " to " + p);
            }
        }
    }

    @Test
    void wholeNumbersAndHalvesUpToTheLimit() {
        assertTrue(QuantityParser.wholeOrHalf(0.0));
        assertTrue(QuantityParser.wholeOrHalf(-0.0));
        assertTrue(QuantityParser.wholeOrHalf(42.5));
        assertTrue(QuantityParser.wholeOrHalf(-42.5));
        assertTrue(QuantityParser.wholeOrHalf(LIMIT));
        assertTrue(QuantityParser.wholeOrHalf(-LIMIT));
        assertFalse(QuantityParser.wholeOrHalf(LIMIT + 1));
        assertFalse(QuantityParser.wholeOrHalf(-LIMIT - 0.5));
        assertFalse(QuantityParser.wholeOrHalf(0.25));
        assertFalse(QuantityParser.wholeOrHalf(6.1));
        assertFalse(QuantityParser.wholeOrHalf(Double.NaN));
        assertFalse(QuantityParser.wholeOrHalf(Double.POSITIVE_INFINITY));
        assertFalse(QuantityParser.wholeOrHalf(Double.NEGATIVE_INFINITY));
    }

    /** What {@code wholeOrHalf} rests on, for a sample of its numbers (a one-off run checked all 8,388,609). */
    @Test
    void aWholeOrHalfNumbersDecimalIsItsExactValue() {
        Random random = new Random(2);
        for (int i = 0; i < 50_000; i++) {
            double x = (random.nextInt((int) (4 * LIMIT) + 1) - 2 * LIMIT) / 2;
            assertEquals(0, BigDecimal.valueOf(x).compareTo(new BigDecimal(x)), Double.toString(x));
        }
        for (double x : List.of(LIMIT, -LIMIT, LIMIT - 0.5, 1_048_576.5, 999_999.5, 1e6, 10_000_000.0 / 8)) {
            assertEquals(0, BigDecimal.valueOf(x).compareTo(new BigDecimal(x)), Double.toString(x));
        }
    }
}
