package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a paragraph into sentences at . ! ? followed by space and a capital, minding abbreviations. */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Lexicon.words(Sentences.class, "abbreviations.txt");

    private Sentences() {
    }

    /**
     * The splits of the last text this thread split, by range: the extractors each split the
     * paragraphs of one document, so each paragraph is split once. Only a {@link String} is
     * remembered (its text cannot change); the lists handed out are read-only.
     */
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private static final class Memo {
        private String text;
        private final java.util.Map<Long, List<int[]>> splits = new java.util.HashMap<>();
    }

    /** Sentence boundaries {start, end} within {@code [from, to)} of {@code text}, trimmed; a read-only list. */
    public static List<int[]> split(CharSequence text, int from, int to) {
        if (!(text instanceof String s)) {
            return java.util.Collections.unmodifiableList(splitAnew(text, from, to));
        }
        Memo memo = MEMO.get();
        if (memo.text != s) {
            memo.text = s;
            memo.splits.clear();
        }
        long range = ((long) from << 32) | (to & 0xffffffffL);
        List<int[]> out = memo.splits.get(range);
        if (out == null) {
            out = java.util.Collections.unmodifiableList(splitAnew(text, from, to));
            memo.splits.put(range, out);
        }
        return out;
    }

    private static List<int[]> splitAnew(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && "\"'\u201d\u2019)".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= to || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < to && !Character.isUpperCase(text.charAt(k)) && "\"'\u201c\u2018(`".indexOf(text.charAt(k)) < 0) {
                continue;
            }
            if (c == '.' && abbreviation(text, from, i)) {
                continue;
            }
            out.add(trim(text, start, j));
            start = k;
            i = k - 1;
        }
        if (start < to) {
            int[] last = trim(text, start, to);
            if (last[1] > last[0]) {
                out.add(last);
            }
        }
        return out;
    }

    /** Whether a word (any case, without its stop) is an abbreviation whose stop ends no sentence: "Const", "Mr". */
    public static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the stop at {@code dot} ends an abbreviation, as the splitter reads it: an initial
     * ("H."), a listed abbreviation ("Mr.", "Sen."), or the last stop of a dotted one ("U.S.").
     */
    public static boolean endsAbbreviation(CharSequence text, int dot) {
        return dot > 0 && text.charAt(dot) == '.' && Character.isLetter(text.charAt(dot - 1)) && abbreviation(text, 0, dot);
    }

    private static boolean abbreviation(CharSequence text, int from, int dot) {
        int k = dot;
        while (k > from && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = text.subSequence(k, dot).toString().toLowerCase(java.util.Locale.ROOT);
        // A single letter before the dot is an initial ("Philip H. Hickock", "George W. Bush").
        return word.length() == 1 || ABBREVIATIONS.contains(word) || (k > from && text.charAt(k - 1) == '.');
    }

    private static int[] trim(CharSequence text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
