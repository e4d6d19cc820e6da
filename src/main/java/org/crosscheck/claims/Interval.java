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

    /** As an editor reads it: one number for an exact figure ("12"), else the interval ("[63000, 77000]"). */
    public String text() {
        return low == high ? number(low) : toString();
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
