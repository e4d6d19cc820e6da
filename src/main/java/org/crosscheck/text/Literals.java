package org.crosscheck.text;

/**
 * Cheap tests run before a costly pattern: a pattern every match of which holds one of a few
 * words cannot match a text without them, so the pattern need not be searched there.
 */
public final class Literals {

    private Literals() {
    }

    /** Whether {@code text} holds one of {@code words}, case as written. */
    public static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} between {@code from} and {@code to} holds one of {@code words} (written
     * in lower case), ignoring the case of A to Z only: as a pattern with
     * {@link java.util.regex.Pattern#CASE_INSENSITIVE} and without {@code UNICODE_CASE} matches.
     */
    public static boolean containsAnyIgnoringAsciiCase(CharSequence text, int from, int to, String... words) {
        // The first letters of the words, a to z, as bits: a character that starts none of them is
        // passed over without trying each word. Only other first characters are tried at others.
        int letters = 0;
        boolean others = false;
        for (String w : words) {
            char first = w.isEmpty() ? 0 : w.charAt(0);
            if (first >= 'a' && first <= 'z') {
                letters |= 1 << (first - 'a');
            } else {
                others = true;
            }
        }
        for (int i = from; i < to; i++) {
            char c = lower(text.charAt(i));
            if (c >= 'a' && c <= 'z' ? (letters & 1 << (c - 'a')) == 0 : !others) {
                continue;
            }
            for (String w : words) {
                if (c == w.charAt(0) && i + w.length() <= to && at(text, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean at(CharSequence text, int i, String w) {
        for (int k = 1; k < w.length(); k++) {
            if (lower(text.charAt(i + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
