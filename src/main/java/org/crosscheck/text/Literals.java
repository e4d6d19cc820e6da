package org.crosscheck.text;

/**
 * Cheap tests run before a costly pattern: a pattern every match of which holds one of a few
 * words cannot match a text without them, so the pattern need not be searched there.
 */
public final class Literals {

    private Literals() {
    }

    /**
     * Where the first character at or after {@code from} stands that a pattern's {@code \\s} does
     * not match (space, tab, line feed, vertical tab, form feed, carriage return), or {@code to}: a
     * pattern that opens with {@code \\s*,} can match there only when that character is a comma.
     */
    public static int afterAsciiSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000b' && c != '\f' && c != '\r') {
                return i;
            }
            i++;
        }
        return i;
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
            // Several cue tests usually ask about one sentence in turn: it is folded once, with the
            // pairs of adjacent characters it holds, and a word is looked for with String.indexOf
            // only when every pair of its adjacent characters is among them (a word the text holds
            // always is; most words a cue test asks for are not, and cost a few bit tests).
            Object[] last = fold(string, from, to);
            String folded = (String) last[3];
            long[] pairs = (long[]) last[4];
            for (String w : words) {
                if (!w.isEmpty() && mayHold(pairs, w) && folded.contains(w)) {
                    return true;
                }
            }
            return false;
        }
        return scanIgnoringAsciiCase(text, from, to, words);
    }

    /**
     * Whether {@code text} between {@code from} and {@code to} holds one of {@code words} (written in
     * lower case) as a word of its own, ignoring the case of A to Z only: with no letter of A to Z
     * (either case) right before it nor right after it inside the range (the range's ends count as
     * boundaries, as a pattern's look-behind and look-ahead see them in a region with opaque
     * bounds). A pattern each match of which holds one of the words with, on each side, {@code \s},
     * a comma or a look-around that refuses a letter, such as {@code (?<![\p{L}])}, cannot match
     * where this is false: "red" in "injured by" does not count, "a red van" and "5red" do.
     */
    public static boolean containsWordIgnoringAsciiCase(String text, int from, int to, String... words) {
        Object[] last = fold(text, from, to);
        String folded = (String) last[3];
        long[] pairs = (long[]) last[4];
        for (String w : words) {
            if (w.isEmpty() || !mayHold(pairs, w)) {
                continue;
            }
            for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                int end = i + w.length();
                if ((i == 0 || !asciiLetter(folded.charAt(i - 1)))
                        && (end == folded.length() || !asciiLetter(folded.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #containsWordIgnoringAsciiCase}, by one pass over the range without folding a copy of
     * it: for a range asked about once (a paragraph).
     */
    public static boolean scanWordIgnoringAsciiCase(CharSequence text, int from, int to, String... words) {
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
            if (i > from && asciiLetter(text.charAt(i - 1))) {
                continue;
            }
            for (String w : words) {
                int end = i + w.length();
                if (!w.isEmpty() && c == w.charAt(0) && end <= to && at(text, i, w)
                        && (end == to || !asciiLetter(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code c} is a to z or A to Z: a character a word's boundary never is ({@code \\p{L}} holds both). */
    public static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * {@link #containsAnyIgnoringAsciiCase}, by one pass over the range without folding a copy of
     * it: for a range asked about once (a paragraph), where the copy and its table of pairs would
     * cost more than they save, and would put out the memo of the sentence asked about in turn.
     */
    public static boolean scanIgnoringAsciiCase(CharSequence text, int from, int to, String... words) {
        // One group of words: the pass of scanGroupsIgnoringAsciiCase, which passes over a character
        // that starts none of them without trying each word, and stops at the first found.
        return scanGroupsIgnoringAsciiCase(text, from, to, words) != 0;
    }

    /**
     * Which of {@code groups} of words (each written in lower case) {@code text} between {@code from}
     * and {@code to} holds a word of, ignoring the case of A to Z only: bit {@code k} of the answer is
     * {@code scanIgnoringAsciiCase(text, from, to, groups[k])}, for at most 32 groups. One pass over
     * the range answers for all of them (a range that holds none of the words, as most do, is read
     * once instead of once a group), and the pass stops when every group has been found.
     */
    public static int scanGroupsIgnoringAsciiCase(CharSequence text, int from, int to, String[]... groups) {
        int letters = 0;
        boolean others = false;
        for (String[] words : groups) {
            for (String w : words) {
                char first = w.isEmpty() ? 0 : w.charAt(0);
                if (first >= 'a' && first <= 'z') {
                    letters |= 1 << (first - 'a');
                } else {
                    others = true;
                }
            }
        }
        int all = groups.length == 32 ? -1 : (1 << groups.length) - 1;
        int found = 0;
        for (int i = from; i < to && found != all; i++) {
            char c = lower(text.charAt(i));
            if (c >= 'a' && c <= 'z' ? (letters & 1 << (c - 'a')) == 0 : !others) {
                continue;
            }
            for (int g = 0; g < groups.length; g++) {
                if ((found & 1 << g) != 0) {
                    continue;
                }
                for (String w : groups[g]) {
                    if (!w.isEmpty() && c == w.charAt(0) && i + w.length() <= to && at(text, i, w)) {
                        found |= 1 << g;
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Bits of the table of adjacent pairs: a pair is its two characters' low six bits each. */
    private static final int PAIR_BITS = 12;

    /**
     * The last range folded on this thread: the text (by identity), its bounds, its folded copy and
     * the table of the pairs of adjacent characters the folded copy holds ({@link #pair}).
     */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(
            () -> new Object[] {null, 0, 0, null, new long[1 << PAIR_BITS - 6]});

    /** {@code text} from {@code from} to {@code to} with A to Z in lower case, remembered for the next call on the same range. */
    static String folded(String text, int from, int to) {
        return (String) fold(text, from, to)[3];
    }

    /** This thread's memo, made to hold {@code text} from {@code from} to {@code to}, folded, and its pairs. */
    private static Object[] fold(String text, int from, int to) {
        Object[] last = LAST.get();
        if (last[0] == text && (int) last[1] == from && (int) last[2] == to) {
            return last;
        }
        long[] pairs = (long[]) last[4];
        java.util.Arrays.fill(pairs, 0L);
        char[] out = new char[to - from];
        char before = 0;
        for (int i = from; i < to; i++) {
            char c = lower(text.charAt(i));
            out[i - from] = c;
            if (i > from) {
                int p = pair(before, c);
                pairs[p >>> 6] |= 1L << p;
            }
            before = c;
        }
        last[0] = text;
        last[1] = from;
        last[2] = to;
        last[3] = new String(out);
        return last;
    }

    /** The place of two adjacent characters in the table of pairs: their low six bits each. */
    static int pair(char first, char second) {
        return (first & 0x3f) << 6 | second & 0x3f;
    }

    /** False when some pair of {@code word}'s adjacent characters is not in {@code pairs}: then the text cannot hold it. */
    static boolean mayHold(long[] pairs, String word) {
        for (int k = 1; k < word.length(); k++) {
            int p = pair(word.charAt(k - 1), word.charAt(k));
            if ((pairs[p >>> 6] & 1L << p) == 0) {
                return false;
            }
        }
        return true;
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
