package org.crosscheck.extract;

import java.util.Set;
import java.util.regex.Pattern;

import org.crosscheck.text.Lexicon;

/**
 * The act a counted noun's own clause does to it, read where the words right beside the figure
 * give none ({@link QuantityExtractor#thingCounted}): "the navy seized a fleet of seven boats"
 * counts boats seized, as "seven boats were seized" does, and the navy's. The act is
 * {@link FigureClause}'s, in the house style of {@code count-acts.txt} (a form editors listed,
 * folded to its act), and only where the things counted underwent it: the act stands before the
 * figure with only words of quantity between (the figure is its object), or after it right behind an auxiliary of the passive
 * ({@code figure-passive-auxiliaries.txt}); "six boats attacked the ship" is what the boats did.
 */
final class ClauseActs {
    static final Set<String> PASSIVE = Lexicon.words(ClauseActs.class, "figure-passive-auxiliaries.txt");
    /** A word of lower-case letters and hyphens, at least two long, starting and ending with a letter. */
    private static final Pattern LETTER_WORD = Pattern.compile("[a-z][a-z-]*[a-z]");

    private ClauseActs() {
    }

    /**
     * Whether a figure's measure is a counted noun alone, with no act: a plural word of letters
     * ("boats", "cables"), not a measure the rules know, not "people".
     */
    static boolean nounAlone(String measure) {
        return measure != null && LETTER_WORD.matcher(measure).matches() && QuantityExtractor.plural(measure)
                && !measure.equals("people") && !QuantityExtractor.MEASURES.contains(measure);
    }

    /**
     * The measure "thing act" ({@code boat seized}) of a counted noun alone at {@code [start, end)}
     * of {@code text}, in the sentence {@code [from, to)}, whose clause gives the act {@code act} (folded), or null when the act is no
     * listed act, a crowd's, or one the things did.
     */
    static String measure(String noun, String act, String text, int from, int to, int start, int end) {
        if (!nounAlone(noun) || act == null) {
            return null;
        }
        String done = QuantityExtractor.ACTS.get(act);
        if (done == null || done.equals(QuantityExtractor.MARCHED)) {
            return null;
        }
        if (!doneTo(act, text.substring(from, to), start - from, end - from)) {
            return null;
        }
        return QuantityExtractor.sameThing(QuantityExtractor.singular(noun)) + " " + done;
    }

    /**
     * Whether the words between an act and the figure after it leave the figure its object: only
     * words of quantity and articles ({@code figure-leads.txt}: "seized a fleet of seven boats"),
     * not a phrase of its own ("attacked the camp with two helicopters").
     */
    static boolean object(String between) {
        for (String w : between.toLowerCase(java.util.Locale.ROOT).split("[^a-z-]+")) {
            if (!w.isEmpty() && !FigureClause.LEADS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the act's word nearest the figure stands before it with nothing but words of quantity
     * between ({@link #object}), or after it right behind an auxiliary of the passive; {@code text} is the figure's sentence, the figure at {@code [start, end)} of it.
     */
    static boolean doneTo(String act, String text, int start, int end) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(act) + "(?!\\p{L})")
                .matcher(text.toLowerCase(java.util.Locale.ROOT));
        int before = -1;
        int after = -1;
        while (after < 0 && m.find()) {
            if (m.end() <= start) {
                before = m.start();
            } else if (m.start() >= end) {
                after = m.start();
            }
        }
        if (after < 0 || before >= 0 && start - before <= after - end) {
            return before >= 0 && object(text.substring(before + act.length(), start));
        }
        String[] words = text.substring(end, after).toLowerCase(java.util.Locale.ROOT).split("[^a-z-]+");
        return words.length > 0 && PASSIVE.contains(words[words.length - 1]);
    }
}
