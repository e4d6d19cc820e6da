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
        if (text instanceof String string) {
            // Several cue tests usually ask about one sentence in turn: it is folded once, and each
            // word is then looked for with String.indexOf.
            String folded = folded(string, from, to);
            for (String w : words) {
                if (!w.isEmpty() && folded.contains(w)) {
                    return true;
                }
            }
            return false;
        }
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

    /** The last range folded on this thread: the text (by identity), its bounds and its folded copy. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[4]);

    /** {@code text} from {@code from} to {@code to} with A to Z in lower case, remembered for the next call on the same range. */
    static String folded(String text, int from, int to) {
        Object[] last = LAST.get();
        if (last[0] == text && (int) last[1] == from && (int) last[2] == to) {
            return (String) last[3];
        }
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = lower(text.charAt(i));
        }
        String folded = new String(out);
        last[0] = text;
        last[1] = from;
        last[2] = to;
        last[3] = folded;
        return folded;
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
