package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * The mood of a figure's own clause: a figure that is planned or possible ("plans to send 5,000
 * troops", "could cost up to $2 billion", "may lay off 300", "5,000 troops will be sent") is not the
 * same fact as one that happened ("sent 3,000 troops"), so it is compared only with other planned or
 * possible figures ({@link org.crosscheck.claims.QuantityClaim#PLANNED}).
 *
 * <p>The clause is read back from the figure over at most {@value #BACK} words, and forward from it
 * over at most {@value #FORWARD} (its counted noun and the verb after it), never across a clause
 * mark (comma, semicolon, colon, dash, bracket, quotation mark) nor past a word of {@code
 * count-mood-stops.txt} ("said", "after", "and"). A word or phrase of {@code count-mood-words.txt}
 * in that stretch, written in lower case, makes the figure planned or possible. After a figure that
 * a word of {@code count-mood-definites.txt} introduces ("the two sides will coordinate", "a meeting
 * of 27 ministers will cost") the words after it are the mood of its verb, not of its count, and are
 * not read.
 */
final class CountMoods {

    static final Set<String> WORDS = Lexicon.words(CountMoods.class, "count-mood-words.txt");
    static final Set<String> STOPS = Lexicon.words(CountMoods.class, "count-mood-stops.txt");
    static final Set<String> DEFINITES = Lexicon.words(CountMoods.class, "count-mood-definites.txt");
    /** How many words before the figure its clause is read over. */
    static final int BACK = 6;
    /** How many words after the figure its clause is read over. */
    static final int FORWARD = 4;
    /** The longest phrase of {@code count-mood-words.txt}, in words. */
    static final int LONGEST = 3;
    /** Characters that end a clause. */
    static final String MARKS = ",;:()[]\u2014\u2013\"\u201c\u201d.!?";
    /**
     * Single quotation marks ("'", "`", curly ones) that open or close a quote, and so end a clause,
     * unless written between two letters as an apostrophe ("don't", "Ostvik\u2019s").
     */
    static final String SINGLE_QUOTES = "'`\u2018\u2019";

    private CountMoods() {
    }

    /** Whether the figure at {@code [start, end)} in the sentence {@code [from, to)} is planned or possible. */
    static boolean planned(String text, int from, int to, int start, int end) {
        List<String> back = wordsBack(text, from, start, BACK);
        if (holds(back)) {
            return true;
        }
        // "The two sides will coordinate": a group already there, whose verb's mood is not its count's.
        boolean definite = !back.isEmpty() && DEFINITES.contains(back.get(back.size() - 1).toLowerCase(Locale.ROOT));
        return !definite && holds(wordsForward(text, end, to, FORWARD));
    }

    /** Whether {@code words} (as written, in reading order) hold a mood word or phrase written in lower case. */
    static boolean holds(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < LONGEST && i + n < words.size(); n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + n));
                String p = phrase.toString();
                if (WORDS.contains(p) && p.equals(p.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Up to {@code max} words (as written) before {@code at}, not before {@code from}, in reading
     * order: the reading stops at a clause mark and before a word of {@link #STOPS}.
     */
    static List<String> wordsBack(String text, int from, int at, int max) {
        List<String> out = new ArrayList<>();
        int k = at;
        while (out.size() < max) {
            while (k > from && text.charAt(k - 1) == ' ') {
                k--;
            }
            if (k <= from || !wordChar(text, k - 1)) {
                break;
            }
            int e = k;
            while (k > from && wordChar(text, k - 1)) {
                k--;
            }
            String w = text.substring(k, e);
            if (STOPS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.add(0, w);
        }
        return out;
    }

    /**
     * Up to {@code max} words (as written) from {@code at}, not past {@code to}: the reading stops
     * at a clause mark and before a word of {@link #STOPS}.
     */
    static List<String> wordsForward(String text, int at, int to, int max) {
        List<String> out = new ArrayList<>();
        int k = at;
        while (out.size() < max) {
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            if (k >= to || !wordChar(text, k)) {
                break;
            }
            int s = k;
            while (k < to && wordChar(text, k)) {
                k++;
            }
            String w = text.substring(s, k);
            if (STOPS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Whether the character at {@code i} belongs to a word or a figure: not a space nor a clause
     * mark, nor a single quotation mark other than an apostrophe between two letters ("``We will
     * win '' 300 workers chanted": the quote's "will" is another clause's).
     */
    static boolean wordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || MARKS.indexOf(c) >= 0) {
            return false;
        }
        return SINGLE_QUOTES.indexOf(c) < 0
                || i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))
                || pluralPossessive(text, i);
    }

    /**
     * Whether the mark at {@code i} is the apostrophe of a plural possessive: "'" or "’" after a
     * letter and an "s", then one space and a lower-case letter ("300 dockers' jobs will go"). A
     * quote's closing mark after an "s" stands before a capital, a figure or a mark instead.
     */
    static boolean pluralPossessive(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 1 && i + 2 < text.length()
                && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S') && Character.isLetter(text.charAt(i - 2))
                && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2));
    }
}
