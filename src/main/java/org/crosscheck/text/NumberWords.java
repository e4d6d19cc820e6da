package org.crosscheck.text;

import java.util.HashMap;
import java.util.Map;

/** English number words from zero to ninety, shared by the grammars that read counts. */
final class NumberWords {
    private NumberWords() {
    }

    /** A fresh map of "zero".."twenty", "thirty".."ninety" and "hundred" to their values, for a grammar to extend. */
    static Map<String, Integer> basic() {
        Map<String, Integer> words = new HashMap<>();
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int n = 0; n < small.length; n++) {
            words.put(small[n], n);
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int n = 0; n < tens.length; n++) {
            words.put(tens[n], 30 + 10 * n);
        }
        words.put("hundred", 100);
        return words;
    }
}
