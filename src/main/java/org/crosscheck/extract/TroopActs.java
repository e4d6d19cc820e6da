package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.text.Lexicon;

/**
 * What was done with troops a figure counts: troops sent, withdrawn, stationed or killed are
 * different counts ({@code troop-acts.tsv}), so the act joins the measure ("troops sent"). The act
 * is the nearest word of the list before the figure, over at most {@value #REACH} words of its
 * clause, else the first after it over its counted noun ("5,000 soldiers were withdrawn"); the
 * clause is read as {@link CountMoods} reads it.
 */
final class TroopActs {

    static final Map<String, String> ACTS = Lexicon.pairs(TroopActs.class, "troop-acts.tsv");
    /** The measure of a head count of troops. */
    static final String TROOPS = "troops";
    /** How many words on either side of the figure are read. */
    static final int REACH = 4;

    private TroopActs() {
    }

    /**
     * The measure of a count of troops at {@code [start, end)} in the sentence {@code [from, to)}
     * with its act ("troops sent"), or {@code measure} itself when it is no count of troops or its
     * clause names no act of the list.
     */
    static String measure(String measure, String text, int from, int to, int start, int end) {
        if (!TROOPS.equals(measure)) {
            return measure;
        }
        List<String> back = CountMoods.wordsBack(text, from, start, REACH);
        for (int i = back.size() - 1; i >= 0; i--) {
            String act = ACTS.get(back.get(i).toLowerCase(Locale.ROOT));
            if (act != null) {
                return TROOPS + " " + act;
            }
        }
        List<String> forward = CountMoods.wordsForward(text, end, to, REACH + 1);
        for (String w : forward) {
            String act = ACTS.get(w.toLowerCase(Locale.ROOT));
            if (act != null) {
                return TROOPS + " " + act;
            }
        }
        return measure;
    }
}
