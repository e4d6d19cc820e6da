package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * A toll as the subject of its clause, the figure after its verb: "the death toll rose to 12", "the
 * dead numbered 40", "the number of people injured reached 70", and a happening that "claimed the
 * lives of" (or "took the life of") its dead. The figure is read as the count its subject names (the happening's dead, its
 * injured), as if the count's noun stood after it. Only a whole subject counts: "among the dead
 * were three children" is a part of the toll, not the toll.
 */
final class TollSubjects {

    /** Verbs between a toll and its figure ({@code toll-subject-verbs.txt}), with those of a count that rose. */
    static final Set<String> VERBS = Lexicon.words(TollSubjects.class, "toll-subject-verbs.txt");
    /** Verbs of a happening that takes lives, before "the lives of" ({@code life-taking-verbs.txt}). */
    static final Set<String> LIFE_VERBS = Lexicon.words(TollSubjects.class, "life-taking-verbs.txt");
    /** Nouns of a tally that a word before names ("death toll"), as {@code toll-nouns.txt} lists them. */
    static final Set<String> TOLLS = Lexicon.words(TollSubjects.class, "toll-nouns.txt");
    /** Words that may stand between a toll's subject and its verb: "the dead have now numbered". */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "now", "already", "officially", "reportedly", "since");
    /** Words before a subject that make it a part of a toll or of another phrase: "among the dead". */
    private static final Set<String> PARTS = Set.of("among", "including", "of", "with", "for", "from", "to");
    /** Nouns of a tally that take the counted people after "of": "the number of dead", "the total of injured". */
    private static final Set<String> TALLIES = Set.of("number", "total", "tally", "count");

    private TollSubjects() {
    }

    /** How many words before a figure {@link #wordsBefore} reads. */
    static final int WORDS_BEFORE = 14;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\d][\\p{L}\\d'\u2019-]*");

    /**
     * The words of {@code text} in {@code [from, to)}, lower case, in text order, the last
     * {@link #WORDS_BEFORE} of them: more than a figure's match holds, for a toll whose phrase runs
     * long ("the death toll from Sunday's quake has risen to").
     */
    static List<String> wordsBefore(String text, int from, int to) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text).region(Math.max(from, to - 160), to);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out.subList(Math.max(0, out.size() - WORDS_BEFORE), out.size());
    }

    /**
     * The words before a figure without the words of its hedge at their end: the figure's match
     * holds "at least", and the words before it do too ("claimed the lives of at least").
     */
    static List<String> withoutHedge(List<String> before, String hedge) {
        List<String> words = List.of(hedge.split(" "));
        int end = before.size();
        while (end > 0 && words.contains(before.get(end - 1))) {
            end--;
        }
        return before.subList(0, end);
    }

    /**
     * The measure the clause before a figure gives it when a toll is its subject, or null.
     *
     * @param before   the words before the figure, lower case, in text order (the last is next to it)
     * @param subjects the words that name a toll's people and the measure of each ("dead": killed)
     * @param people   the nouns of people that may stand before a participle ("people injured")
     * @param rises    the verbs of a count that rose ("rose to 12")
     */
    static String measure(List<String> before, Map<String, String> subjects, Set<String> people, Set<String> rises) {
        return measure(before, subjects, people, rises, false);
    }

    /** The longest phrase, in words, read between a toll and its verb ("from Sunday's quake in Iran"). */
    static final int PHRASE = 5;
    /** Prepositions that open a phrase between a toll and its verb: "the toll from the quake", "killed in the blast". */
    static final Set<String> PHRASE_OPENERS = Set.of("from", "in", "of", "after", "at", "on", "during");

    /**
     * {@link #measure(List, Map, Set, Set)}, and with {@code across} a phrase of up to {@link #PHRASE}
     * words opened by a word of {@link #PHRASE_OPENERS} may stand between the toll and its verb.
     */
    static String measure(List<String> before, Map<String, String> subjects, Set<String> people, Set<String> rises,
                          boolean across) {
        int j = before.size() - 1;
        if (j >= 3 && before.get(j).equals("of") && (before.get(j - 1).equals("lives") || before.get(j - 1).equals("life"))
                && Lexicon.ARTICLES.contains(before.get(j - 2)) && LIFE_VERBS.contains(before.get(j - 3))) {
            return "killed";
        }
        boolean to = j >= 0 && before.get(j).equals("to");
        if (to || j >= 0 && before.get(j).equals("at")) {
            j--;
        }
        if (j < 1 || !(VERBS.contains(before.get(j)) || to && rises.contains(before.get(j)))) {
            return null;
        }
        int k = j - 1;
        while (k >= 0 && BETWEEN.contains(before.get(k))) {
            k--;
        }
        String measure = k >= 0 ? subjects.get(before.get(k)) : null;
        if (measure == null && across) {
            // "The death toll from the quake has risen to 20", "the number of people killed in the
            // blast rose to 20": a phrase of a few words, opened by a preposition, says whose toll.
            for (int p = k; p >= Math.max(1, k - PHRASE); p--) {
                if (PHRASE_OPENERS.contains(before.get(p)) && subjects.containsKey(before.get(p - 1))) {
                    k = p - 1;
                    measure = subjects.get(before.get(k));
                    break;
                }
            }
        }
        if (measure == null) {
            return null;
        }
        boolean tally = TOLLS.contains(before.get(k));
        k--;
        if (k >= 0 && people.contains(before.get(k))) {
            k--;
        } else if (tally && k >= 0 && !Lexicon.ARTICLES.contains(before.get(k))) {
            // "the death toll", "the official toll": one word before a toll's noun says whose it is.
            k--;
        }
        // "the number of dead", "the total of people injured": the tally is the subject.
        if (k >= 1 && before.get(k).equals("of") && TALLIES.contains(before.get(k - 1))) {
            k -= 2;
        }
        // The subject opens its noun phrase with an article or "those", or opens the words read.
        if (k < 0) {
            return measure;
        }
        if (!Lexicon.ARTICLES.contains(before.get(k)) && !before.get(k).equals("those")) {
            return null;
        }
        return k >= 1 && PARTS.contains(before.get(k - 1)) ? null : measure;
    }
}
