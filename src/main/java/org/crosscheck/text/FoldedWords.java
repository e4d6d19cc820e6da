package org.crosscheck.text;

import java.util.Collection;

/**
 * A set of words looked up by a stretch of a text, without making a string of it: a reader that
 * lower-cases every word of a sentence only to look it up in a list asks this first, and makes the
 * string only for the few words that can be in the list.
 *
 * <p>{@link #mayContain} folds A to Z to a to z, as {@code toLowerCase(Locale.ROOT)} does for a word
 * of ASCII letters; a stretch that holds a character outside ASCII, whose lower case is not that
 * simple, always answers true and is left to the caller's own look-up. So a stretch whose lower case
 * is in the set is never ruled out.
 */
public final class FoldedWords {
    private final String[] table;
    private final int mask;

    /** The words as they are to be found: a word with a capital is never found, as a lower-cased look-up never finds it. */
    public FoldedWords(Collection<String> words) {
        int size = 16;
        while (size < 2 * words.size()) {
            size <<= 1;
        }
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            int slot = w.hashCode() & mask;
            while (table[slot] != null && !table[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
        }
    }

    /**
     * False only when {@code text} from {@code from} to {@code to}, in lower case, is none of the
     * words: true when it is one, or when it holds a character outside ASCII.
     */
    public boolean mayContain(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return true;
            }
            h = 31 * h + fold(c);
        }
        int length = to - from;
        for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String w = table[slot];
            if (w.length() == length && same(w, text, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String w, CharSequence text, int from) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) != fold(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
