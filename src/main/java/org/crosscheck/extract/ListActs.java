package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * The act a count of things takes from the list it stands in, when no act is written beside the
 * count itself: "youths attacked a town hall, four shops and two banks" (both counts
 * are of things attacked), "the navy confiscated 14 rifles, 31 magazines and 923 rounds", "six
 * rifles, 12 magazines and about 300 rounds were found and confiscated". Also sentences that
 * total several happenings ("in their five operations so far"): their figures are no one
 * happening's.
 */
final class ListActs {

    /** Nouns of happenings that, counted above one, make a sentence's figures totals over several. */
    static final Set<String> HAPPENING_COUNTS = Lexicon.words(ListActs.class, "happening-count-nouns.txt");

    /**
     * Words that end a list read backwards from a count, or end the reading forwards before the
     * list's verb: a clause's own words ("who", "that", "said"), not a list item's.
     */
    private static final Set<String> STOPS = Set.of(
            "who", "which", "that", "when", "while", "after", "before", "because", "but", "said", "says", "told",
            "if", "than", "not", "will", "would", "could", "can", "may", "might", "should", "did", "do", "does", "then", "where", "whose", "they", "he", "she", "it", "we", "i", "you");
    /** Verbs of being or having: before a list, its items are no objects of an act. */
    private static final Set<String> AUXILIARIES = Set.of(
            "was", "were", "is", "are", "had", "has", "have", "been", "be", "being");
    /** The most words a list reading crosses. */
    private static final int MAX_WORDS = 20;
    /** The most words between a list's auxiliary and its act: "were found and confiscated". */
    private static final int MAX_AFTER_AUXILIARY = 3;

    private ListActs() {
    }

    /** A word or a mark of the sentence, lower-cased. */
    record Token(String text, int start, boolean word) {
    }

    /**
     * The act the count at {@code [start, end)} takes from a list, or null: read backwards to the
     * act written before the list's first item, or forwards to the act written after its last
     * (past an auxiliary). Only a count that is a list item takes one: it follows a comma, "and",
     * "plus" or "as well as" (backwards), or opens its clause or follows one of those (forwards).
     * A crowd's act is none of a thing's.
     */
    static String act(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        List<Token> tokens = tokens(text, sentenceStart, sentenceEnd);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < start) {
            first++;
        }
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < end) {
            last++;
        }
        String act = before(tokens, first);
        if (act == null) {
            act = after(tokens, first, last);
        }
        if (act == null) {
            act = pastPlace(tokens, last);
        }
        return QuantityExtractor.MARCHED.equals(act) ? null : act;
    }

    /** The number of words that make the separator ending just before {@code i}: 1 ("and", a comma), 3 ("as well as"), or 0. */
    private static int separatorBefore(List<Token> tokens, int i) {
        if (i < 1) {
            return 0;
        }
        String w = tokens.get(i - 1).text();
        if (w.equals(",") || w.equals("and") || w.equals("plus")) {
            return 1;
        }
        if (w.equals("as") && i >= 3 && tokens.get(i - 2).text().equals("well") && tokens.get(i - 3).text().equals("as")) {
            return 3;
        }
        return 0;
    }

    /** The act written before the list the count at token {@code first} ends, or null. */
    private static String before(List<Token> tokens, int first) {
        String adjacent = actEndingAt(tokens, first - 1);
        if (adjacent != null) {
            // "setting fire to three banks": the act right before the count.
            return adjacent;
        }
        if (separatorBefore(tokens, first) == 0) {
            // "The seized arms included seven rifles": the list's first item, right after its verb.
            return first >= 1 && LIST_VERBS.contains(tokens.get(first - 1).text()) ? subjectAct(tokens, first - 1) : null;
        }
        int words = 0;
        for (int j = first - 1; j >= 0 && words < MAX_WORDS; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                if (!t.text().equals(",")) {
                    return null;
                }
                continue;
            }
            words++;
            String act = actEndingAt(tokens, j);
            if (act != null) {
                return act;
            }
            if (stops(t.text())) {
                return LIST_VERBS.contains(t.text()) ? subjectAct(tokens, j) : null;
            }
        }
        return null;
    }

    /**
     * Verbs that tie a list to the noun phrase it spells out: "the confiscated arms included seven
     * rifles, three pistols", "among the seized items were six rifles and 12 magazines".
     */
    private static final Set<String> LIST_VERBS = Set.of("included", "include", "includes", "comprised", "comprise",
            "comprises", "were", "are");
    /** Words that open a noun phrase whose next word describes its noun: "the seized items", "their looted shops". */
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "its", "their", "his", "her", "our");
    /** The most words of the noun phrase before a list's verb: "the confiscated arms and equipment". */
    private static final int SUBJECT_WORDS = 5;

    /**
     * The act of the noun phrase that stands before the list verb at token {@code verb}, when the
     * act is written as a participle that describes its noun, right after a determiner or at the
     * sentence's start ("The confiscated arms and equipment included", "Among the seized items
     * were"); null when the phrase holds none or a clause's word or mark comes first ("the men who
     * seized the boat included").
     */
    private static String subjectAct(List<Token> tokens, int verb) {
        for (int j = verb - 1; j >= Math.max(0, verb - SUBJECT_WORDS); j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return null;
            }
            String act = QuantityExtractor.ACTS.get(t.text());
            if (act != null) {
                return j + 1 < verb && (j == 0 || DETERMINERS.contains(tokens.get(j - 1).text())) ? act : null;
            }
            if (STOPS.contains(t.text()) || AUXILIARIES.contains(t.text())) {
                return null;
            }
        }
        return null;
    }

    /** The act whose words end at token {@code j} (one word, or two: "took to"), or null. */
    private static String actEndingAt(List<Token> tokens, int j) {
        if (j < 0 || !tokens.get(j).word()) {
            return null;
        }
        if (j >= 1 && tokens.get(j - 1).word()) {
            String two = QuantityExtractor.ACTS.get(tokens.get(j - 1).text() + " " + tokens.get(j).text());
            if (two != null) {
                return two;
            }
        }
        return QuantityExtractor.ACTS.get(tokens.get(j).text());
    }

    /** Whether a word ends a list reading: a clause's word, an auxiliary, or a verb in the past ("nabbed"). */
    private static boolean stops(String w) {
        return STOPS.contains(w) || AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    /** The act written after the list the count at tokens {@code [first, last)} opens or stands in, or null. */
    private static String after(List<Token> tokens, int first, int last) {
        // A count after a separator is a later item of its list ("and about 300 rounds ... were
        // confiscated"); one after a comma or at the sentence's start may open a list.
        boolean separated = separatorBefore(tokens, first) > 0;
        if (!separated && first > 0) {
            return null;
        }
        int words = 0;
        for (int j = last; j < tokens.size() && words < MAX_WORDS; j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                if (!t.text().equals(",")) {
                    return null;
                }
                separated = true;
                continue;
            }
            words++;
            String w = t.text();
            if (AUXILIARIES.contains(w)) {
                return separated ? actAfterAuxiliary(tokens, j + 1) : null;
            }
            if (w.equals("and") || w.equals("plus")) {
                separated = true;
            } else if (stops(w) && !describes(tokens, j, last) || QuantityExtractor.ACTS.containsKey(w)) {
                return null;
            }
        }
        return null;
    }

    /** Prepositions that open a phrase of place between a counted noun and its act: "three cables between two ports were cut". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "between", "in", "off", "near", "across", "along", "from", "at", "on", "inside", "outside", "around", "under", "within");
    /** The most words of the counted noun phrase before its phrase of place: "undersea power cables". */
    private static final int NOUN_WORDS = 3;
    /** The most words of a phrase of place: "between Spain and Malta in the Atlantic". */
    private static final int PLACE_WORDS = 8;

    /**
     * The act written after a phrase of place that follows the counted noun: "three undersea
     * cables between Spain and Malta were damaged" (tokens from {@code last} on: the noun phrase,
     * a preposition of {@link #PLACE_PREPOSITIONS}, the phrase, an auxiliary, the act). Null when
     * a mark, a clause's word, another act or a verb in the past stands before the auxiliary ("two
     * boats in the port that were seized", "two boats in the port, police said, were seized").
     */
    private static String pastPlace(List<Token> tokens, int last) {
        int j = last;
        int noun = 0;
        while (j < tokens.size() && tokens.get(j).word() && !PLACE_PREPOSITIONS.contains(tokens.get(j).text())) {
            if (++noun > NOUN_WORDS || blocks(tokens.get(j).text())) {
                return null;
            }
            j++;
        }
        if (noun == 0 || j >= tokens.size() || !tokens.get(j).word()) {
            return null;
        }
        int words = 0;
        for (j++; j < tokens.size() && tokens.get(j).word() && words <= PLACE_WORDS; j++) {
            String w = tokens.get(j).text();
            if (AUXILIARIES.contains(w)) {
                return words == 0 ? null : QuantityExtractor.actAfter(wordsFrom(tokens, j), 0);
            }
            if (SUFFER_VERBS.contains(w)) {
                return words == 0 ? null : suffered(tokens, j + 1);
            }
            if (blocks(w)) {
                return null;
            }
            words++;
        }
        return null;
    }

    /** Verbs that take a noun of harm as the act done to their subject: "suffered severe damage" ({@code suffer-verbs.txt}). */
    static final Set<String> SUFFER_VERBS = Lexicon.words(ListActs.class, "suffer-verbs.txt");
    /** Nouns of harm after a verb of {@link #SUFFER_VERBS}, and the act each stands for ({@code suffered-harms.tsv}). */
    static final java.util.Map<String, String> HARMS = Lexicon.pairs(ListActs.class, "suffered-harms.tsv");

    /**
     * The act of the noun of harm at token {@code from}, or right after one describing word
     * ("damage", "severe damage"), ending its clause (a mark or the sentence's end after it), or null.
     * A describing word narrows the act as a word of manner does ({@link QuantityExtractor#actAfter}:
     * "badly damaged" is counted apart from "damaged"): "severe damage" is "severely damaged".
     */
    private static String suffered(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + 2) && tokens.get(j).word(); j++) {
            String act = HARMS.get(tokens.get(j).text());
            if (act != null) {
                if (j + 1 < tokens.size() && tokens.get(j + 1).word()) {
                    return null;
                }
                return j == from ? act : manner(tokens.get(from).text()) + " " + act;
            }
            if (blocks(tokens.get(j).text())) {
                return null;
            }
        }
        return null;
    }

    /** The word of manner a describing word stands for: "severe" "severely", "heavy" "heavily", "terrible" "terribly". */
    static String manner(String describing) {
        String d = describing.toLowerCase(java.util.Locale.ROOT);
        if (d.endsWith("le")) {
            return d.substring(0, d.length() - 1) + "y";
        }
        if (d.endsWith("y") && d.length() > 3) {
            return d.substring(0, d.length() - 1) + "ily";
        }
        return d.endsWith("ic") ? d + "ally" : d + "ly";
    }

    /** Whether a word may stand in no counted noun phrase or phrase of place: a clause's word, an auxiliary, an act, a verb in the past. */
    private static boolean blocks(String w) {
        return stops(w) || QuantityExtractor.ACTS.containsKey(w);
    }

    /** The words from token {@code from} up to the first mark. */
    private static List<String> wordsFrom(List<Token> tokens, int from) {
        List<String> out = new ArrayList<>();
        for (int j = from; j < tokens.size() && tokens.get(j).word(); j++) {
            out.add(tokens.get(j).text());
        }
        return out;
    }

    /**
     * Whether the word at token {@code j} is a past participle that describes the noun after it,
     * right after the count ending at token {@code last} or after a later item's figure: "13 loaded
     * magazines", not a verb that ends the list. A clause's word or an auxiliary never is.
     */
    private static boolean describes(List<Token> tokens, int j, int last) {
        String w = tokens.get(j).text();
        boolean afterCount = j == last || j > 0 && Character.isDigit(tokens.get(j - 1).text().charAt(0));
        return afterCount && !STOPS.contains(w) && !AUXILIARIES.contains(w) && j + 1 < tokens.size() && tokens.get(j + 1).word()
                && !Set.of("and", "plus", "or").contains(tokens.get(j + 1).text()) && !stops(tokens.get(j + 1).text());
    }

    /** The act within a few words after a list's auxiliary ("were found and confiscated"), or null. */
    private static String actAfterAuxiliary(List<Token> tokens, int from) {
        int words = 0;
        for (int j = from; j < tokens.size() && words <= MAX_AFTER_AUXILIARY; j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return null;
            }
            words++;
            String act = QuantityExtractor.ACTS.get(t.text());
            if (act != null) {
                return act;
            }
            if (STOPS.contains(t.text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the sentence totals several happenings: a number above one before a noun of
     * happenings ("in their five operations so far", "in three raids"). Its figures are totals,
     * not any one happening's.
     */
    static boolean severalHappenings(List<String> after, double value) {
        return value > 1 && !after.isEmpty() && HAPPENING_COUNTS.contains(after.get(0).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the mark at {@code e} joins the word it stands in: a hyphen or apostrophe between
     * letters or digits ("AK-47", "Gray's"), a point or comma between digits ("2.5", "1,500").
     */
    private static boolean inner(String text, int e, int to) {
        char d = text.charAt(e);
        if (e + 1 >= to || !Character.isLetterOrDigit(text.charAt(e + 1))) {
            return false;
        }
        return d == '-' || d == '\'' || d == '\u2019'
                || (d == '.' || d == ',') && Character.isDigit(text.charAt(e - 1)) && Character.isDigit(text.charAt(e + 1));
    }

    /** The sentence's words (letters, digits, inner hyphens and apostrophes) and marks, lower-cased. */
    static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                k++;
            } else if (Character.isLetterOrDigit(c)) {
                int e = k + 1;
                while (e < to && (Character.isLetterOrDigit(text.charAt(e)) || inner(text, e, to))) {
                    e++;
                }
                out.add(new Token(text.substring(k, e).toLowerCase(Locale.ROOT), k, true));
                k = e;
            } else {
                out.add(new Token(String.valueOf(c), k, false));
                k++;
            }
        }
        return out;
    }
}
