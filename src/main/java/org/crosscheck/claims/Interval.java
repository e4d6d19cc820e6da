package org.crosscheck.claims;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A set of numbers a hedged figure allows: "more than 80,000" is {@code (80000, ∞)}, "around
 * 70,000" is {@code [63000, 77000]}. Bounds may be infinite; an open bound excludes its value.
 */
public record Interval(double low, boolean lowOpen, double high, boolean highOpen) {

    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("bad interval " + low + ", " + high);
        }
    }

    public static Interval closed(double low, double high) {
        return new Interval(low, false, high, false);
    }

    public static Interval point(double v) {
        return closed(v, v);
    }

    /** Whether some number lies in both. */
    public boolean overlaps(Interval o) {
        if (high < o.low || o.high < low) {
            return false;
        }
        if (high == o.low) {
            return !highOpen && !o.lowOpen;
        }
        if (o.high == low) {
            return !o.highOpen && !lowOpen;
        }
        return true;
    }

    /**
     * Whether two figures read as these intervals are different values as written, though the
     * intervals may share values: each is the rounding or the "about" of one number (its
     * {@link #centre()}), neither number lies in the other's interval, and they are not the same
     * number. "About 600" [540, 660] and "700" [650, 750) share 650 to 660, a value neither
     * writer would give as 600 or 700; "80,000" and "84,000", "at least 10" and "10", "several"
     * and "10" are not apart.
     */
    public boolean apartAsWritten(Interval o) {
        double a = centre();
        double b = o.centre();
        return !Double.isNaN(a) && !Double.isNaN(b) && a != b && !o.contains(a) && !contains(b);
    }

    /**
     * The number this interval is the rounding or the "about" of, or NaN: a point's value, or the
     * middle of a bounded interval that is a whole number of its widths ("700" [650, 750) is 700,
     * "about 600" [540, 660] is 600, and so scaled into another unit). One-sided and vague readings
     * have none: "nearly 235,000" [211500, 235000), "several" [3, 10), "more than 200", "up to 20".
     */
    public double centre() {
        if (Double.isInfinite(low) || Double.isInfinite(high)) {
            return Double.NaN;
        }
        if (low == high) {
            return low;
        }
        double middle = (low + high) / 2;
        double widths = middle / (high - low);
        return Math.abs(widths - Math.rint(widths)) < 1e-6 && Math.rint(widths) >= 1 ? middle : Double.NaN;
    }

    public boolean contains(double v) {
        return (v > low || (v == low && !lowOpen)) && (v < high || (v == high && !highOpen));
    }

    /** Whether every number of {@code o} is in this one. */
    public boolean encloses(Interval o) {
        boolean lowOk = low < o.low || (low == o.low && (!lowOpen || o.lowOpen));
        boolean highOk = high > o.high || (high == o.high && (!highOpen || o.highOpen));
        return lowOk && highOk;
    }

    /** Whether every number of this is above every number of {@code o}. */
    public boolean above(Interval o) {
        return low > o.high || (low == o.high && (lowOpen || o.highOpen));
    }

    /**
     * As an editor reads it: one number for an exact figure ("12"), the number written for the
     * interval a rounded figure allows ("6.1" for [6.05, 6.15), "80000" for [75000, 85000)), else
     * the interval ("[63000, 77000]", "(80000, ∞)").
     */
    public String text() {
        if (low == high) {
            return number(low);
        }
        String rounded = rounded();
        return rounded != null ? rounded : toString();
    }

    /**
     * The figure whose rounding this interval is, or null: closed below and open above, half a
     * power of ten either side of a number written to that power ([6.05, 6.15) is 6.1 to a tenth).
     */
    private String rounded() {
        if (lowOpen || !highOpen || Double.isInfinite(low) || Double.isInfinite(high)) {
            return null;
        }
        BigDecimal lo = new BigDecimal(number(low));
        BigDecimal hi = new BigDecimal(number(high));
        BigDecimal width = hi.subtract(lo).stripTrailingZeros();
        // The width must be one power of ten (1, 10, 0.1), the midpoint a multiple of it.
        if (width.signum() <= 0 || width.unscaledValue().intValue() != 1 || width.unscaledValue().bitLength() > 1) {
            return null;
        }
        BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2));
        if (mid.remainder(width).signum() != 0) {
            return null;
        }
        return mid.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return (lowOpen ? "(" : "[") + number(low) + ", " + number(high) + (highOpen ? ")" : "]");
    }

    private static final MathContext SIGNIFICANT = new MathContext(15);

    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        // Fifteen significant digits, all a double holds for sure: 6.1499999999999995, what binary
        // arithmetic makes of 6.15, prints as 6.15.
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
