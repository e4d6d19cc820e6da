package org.crosscheck.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * Two readings of a verb's phrase for tying a date to its happening (thirty-seventh session): the
 * price that closes a verb's phrase ("sold two of the farms for a reported $2 million in 1990": the
 * date right after the price is the sale's, however long the object), and a participle after an
 * article, which is an adjective, not a verb with a date of its own ("a reported $2 million").
 */
final class VerbPhrases {

    /** How many words the object of a verb may have before the price that ends its phrase ("sold the two farms for $1 million"). */
    static final int PRICE_OBJECT_WORDS = 8;
    /**
     * The words from a verb to its date that end in the price it was done for: its object (no comma
     * or stop in it), "for", up to three hedges or articles ("a reported", "about"), a sum of money,
     * and a preposition of time or none ("sold the farm for a reported $2 million in 1990").
     */
    private static final Pattern PRICE_TAIL = Pattern.compile(
            "^([^,;:.!?]*?)\\bfor\\s+(?:(?:a|an|about|nearly|roughly|some|almost|around|approximately|reported|estimated|just)\\s+){0,3}"
                    + "[$\u20ac\u00a3]\\s?\\d[\\d,.]*(?:\\s*(?:million|billion|thousand|m|bn))?(\\s+(?:in|on|at|during|by))?\\s*$");

    private VerbPhrases() {
    }

    /**
     * The words between a verb and its date with the verb's object and price taken out when they end
     * in a price ({@link #PRICE_TAIL}): only the preposition of time is left (or a space). At most
     * {@link #PRICE_OBJECT_WORDS} words of object, counted as {@link Mentions#words(String)} counts
     * them; else the words unchanged.
     */
    static String withoutPrice(String between) {
        Matcher m = PRICE_TAIL.matcher(between);
        if (!m.matches() || Mentions.words(m.group(1)) > PRICE_OBJECT_WORDS) {
            return between;
        }
        return m.group(2) == null ? " " : m.group(2) + " ";
    }

    /**
     * Whether a verb form of {@code own-date-verbs.txt} stands as an adjective: a participle in
     * "-ed" right after an article ("for a reported $30 million", "the expected verdict", "a
     * confirmed case"). It modifies the noun after it and tells of no reporting or expecting with
     * a date of its own, so it does not take the date beside it from the clause's happening.
     */
    static boolean participleAfterArticle(String text, Span word) {
        String w = word.of(text);
        return w.length() > 2 && w.regionMatches(true, w.length() - 2, "ed", 0, 2)
                && Lexicon.ARTICLES.contains(MainHappening.wordBefore(text, word.start()));
    }
}
