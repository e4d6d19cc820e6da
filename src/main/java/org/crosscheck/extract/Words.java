package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and marks of one stretch of text, for the people and quote readers: words keep
 * inner hyphens, periods of abbreviations ("U.S.") and apostrophes of contractions; a possessive
 * ending ("NATO's", "Kiev’s") is its own token {@code 's}; every other character that is not a
 * space is a one-character mark. One linear pass.
 */
final class Words {

    /** One token: its span in the document, as written, in lower case, and whether it is a word. */
    record Word(int start, int end, String text, String lower, boolean word) {
        boolean capitalized() {
            return word && Character.isUpperCase(text.charAt(0));
        }

        /** Two or more capitals and no lower-case letter: NATO, UNRWA, U.S.; not a person's initials ("A.J."). */
        boolean acronym() {
            if (!word || initials() && !text.equals("U.S.") && !text.equals("U.K.")) {
                return false;
            }
            int upper = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
            return upper >= 2;
        }

        /** "A.J." or "A.J": two initials. */
        private boolean initials() {
            int n = text.length();
            return (n == 3 || n == 4) && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.'
                    && Character.isUpperCase(text.charAt(2)) && (n == 3 || text.charAt(3) == '.');
        }

        boolean is(String mark) {
            return text.equals(mark);
        }
    }

    /** Abbreviated titles whose stop is part of the word ({@code title-abbreviations.txt}). */
    static final java.util.Set<String> ABBREVIATIONS = org.crosscheck.text.Lexicon.words(Words.class, "title-abbreviations.txt");

    private Words() {
    }

    /**
     * The words of every sentence of the article's paragraphs, in text order: read once per
     * document and shared by the people, organisation and name readers.
     */
    static List<List<Word>> sentences(org.crosscheck.clean.CleanedDocument doc) {
        String text = doc.text();
        List<List<Word>> out = new ArrayList<>();
        for (org.crosscheck.clean.Block b : doc.blocks(org.crosscheck.clean.Block.Kind.BODY)) {
            for (int[] s : org.crosscheck.text.Sentences.split(text, b.span().start(), b.span().end())) {
                out.add(of(text, s[0], s[1]));
            }
        }
        return out;
    }

    /**
     * The index of the last item whose position ({@code at.applyAsInt}) is before {@code before},
     * or -1; the list is in text order.
     */
    static <T> int lastBefore(List<T> items, java.util.function.ToIntFunction<T> at, int before) {
        int lo = 0;
        int hi = items.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at.applyAsInt(items.get(mid)) < before) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** A one-character mark's text for each ASCII character, made once: most marks are ASCII. */
    private static final String[] ASCII_MARKS = new String[128];

    static {
        for (char c = 0; c < ASCII_MARKS.length; c++) {
            ASCII_MARKS[c] = String.valueOf(c);
        }
    }

    static List<Word> of(String text, int from, int to) {
        // Sized for a token every five characters or so (a word and its space), so the list seldom grows.
        List<Word> out = new ArrayList<>(Math.max(0, to - from) / 5 + 4);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2))) && !out.isEmpty()
                        && out.get(out.size() - 1).word() && out.get(out.size() - 1).end() == i) {
                    out.add(new Word(i, i + 2, text.substring(i, i + 2), "'s", false));
                    i += 2;
                    continue;
                }
                String s = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
                out.add(new Word(i, i + 1, s, s, false));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((d == '-' || d == '\u2010' || d == '.') && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    j++;
                } else if (d == '.' && j - i == 1 && Character.isUpperCase(text.charAt(i))) {
                    // An initial: "W." in George W. Bush; the period belongs to the word.
                    j++;
                    break;
                } else if (isApostrophe(d) && j + 1 < to && Character.isLetter(text.charAt(j + 1))
                        && !(j + 2 <= to && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 >= to || !Character.isLetterOrDigit(text.charAt(j + 2))))) {
                    j++;
                } else {
                    break;
                }
            }
            // "U.S." keeps its final period when the word is an abbreviation of single letters.
            if (j < to && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
                j++;
            }
            // "Lt. Gregg Hastings", "Mr. Smith": the period of a title's abbreviation is part of it, not a full stop.
            if (j < to && text.charAt(j) == '.' && ABBREVIATIONS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                j++;
            }
            String w = text.substring(i, j);
            out.add(new Word(i, j, w, w.toLowerCase(Locale.ROOT), true));
            i = j;
        }
        return out;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
