package org.crosscheck.text;

import java.util.HashMap;
import java.util.Map;

/** English number words from zero to ninety, shared by the grammars that read counts. */
public final class NumberWords {
    /** A hyphen or a space, between the parts of a number written in words. */
    private static final java.util.regex.Pattern HYPHEN_OR_SPACE = java.util.regex.Pattern.compile("[- ]");
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern UP_TO_THREE_DIGITS = java.util.regex.Pattern.compile("\\d{1,3}");

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

    private static final Map<String, Integer> BASIC = basic();

    /**
     * A whole number from 0 to 999 written in digits ("33") or in words from "zero" to
     * "ninety-nine" ("thirty-three", "thirty three"), any case; -1 for anything else.
     */
    public static int parse(String written) {
        String w = written.strip().toLowerCase(java.util.Locale.ROOT);
        if (UP_TO_THREE_DIGITS.matcher(w).matches()) {
            return Integer.parseInt(w);
        }
        String[] parts = HYPHEN_OR_SPACE.split(w);
        if (parts.length == 1) {
            Integer v = BASIC.get(w);
            return v == null || v == 100 ? -1 : v;
        }
        if (parts.length == 2) {
            Integer tens = BASIC.get(parts[0]);
            Integer unit = BASIC.get(parts[1]);
            if (tens != null && unit != null && tens >= 20 && tens <= 90 && tens % 10 == 0 && unit >= 1 && unit <= 9) {
                return tens + unit;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern ORDINAL_DIGITS = java.util.regex.Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");
    /** Highest ordinal read in words. */
    private static final int MAX_ORDINAL_WORD = 20;
    private static final Map<String, Integer> ORDINAL_WORDS = ordinalWords();

    /**
     * "first" to "twentieth" and their values, from the house-style list of number words
     * ({@code house-style/numbers.tsv}: "eleventh", "11th"), so the words are written once.
     */
    private static Map<String, Integer> ordinalWords() {
        Map<String, Integer> out = new HashMap<>();
        HouseStyleLists.numbers().forEach((word, numeral) -> {
            java.util.regex.Matcher d = ORDINAL_DIGITS.matcher(numeral);
            if (d.matches() && Integer.parseInt(d.group(1)) >= 1 && Integer.parseInt(d.group(1)) <= MAX_ORDINAL_WORD) {
                out.put(word, Integer.parseInt(d.group(1)));
            }
        });
        return Map.copyOf(out);
    }

    /** The ordinals {@link #ordinal} reads in words, "first" to "twentieth". */
    public static java.util.Set<String> ordinalWordSet() {
        return ORDINAL_WORDS.keySet();
    }

    /**
     * An ordinal from "first" to "twentieth" in words, or written in digits with its suffix ("6th",
     * "11th", "22nd"), any case; -1 for anything else. The suffix is not checked against the number.
     */
    public static int ordinal(String written) {
        String w = written.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher d = ORDINAL_DIGITS.matcher(w);
        if (d.matches()) {
            return Integer.parseInt(d.group(1));
        }
        return ORDINAL_WORDS.getOrDefault(w, -1);
    }
}
