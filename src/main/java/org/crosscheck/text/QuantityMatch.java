package org.crosscheck.text;

import java.util.List;

/**
 * A number as written, with its hedge, as an interval: "more than 80,000" is
 * {@code (80000, ∞)}. {@code before} and {@code after} are the words around it (after any scale
 * or currency word), for the extractor to find what is counted.
 *
 * @param currency    ISO code when the number is money, else null
 * @param magnitude   whether the number is an earthquake magnitude
 * @param alsoWritten a converted equivalent in parentheses right after it ("$108 million"), or null
 * @param spaced      whether a space, not a hyphen or nothing, stands between the number and the word after it
 *                    ("five adult women", not "17-inch models" nor "5.56mm")
 */
public record QuantityMatch(
        int start, int end, double value, double precision, String hedge,
        double low, boolean lowOpen, double high, boolean highOpen,
        String currency, boolean magnitude, String alsoWritten,
        List<String> before, List<String> after, boolean spaced) {

    /** A match whose number is followed by a space ({@code spaced}). */
    public QuantityMatch(int start, int end, double value, double precision, String hedge,
                         double low, boolean lowOpen, double high, boolean highOpen,
                         String currency, boolean magnitude, String alsoWritten,
                         List<String> before, List<String> after) {
        this(start, end, value, precision, hedge, low, lowOpen, high, highOpen, currency, magnitude, alsoWritten,
                before, after, true);
    }
}
