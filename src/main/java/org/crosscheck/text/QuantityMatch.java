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
 */
public record QuantityMatch(
        int start, int end, double value, double precision, String hedge,
        double low, boolean lowOpen, double high, boolean highOpen,
        String currency, boolean magnitude, String alsoWritten,
        List<String> before, List<String> after) {
}
