package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.text.Lexicon;

/**
 * A head count of people whose clause says they set out to march: "nearly 90 people set off from
 * the square to march on the town hall" counts marchers, as "about 110 people were marching"
 * does, though the act is not beside the figure. The people's noun ({@code people-nouns.txt})
 * follows the figure, after at most {@link #DESCRIBING} describing words; a verb of setting out
 * ({@code crowd-start-verbs.txt}) follows the noun, after at most one word of manner or time;
 * "to" and a crowd's act in the base form ({@code crowd-purpose-verbs.txt}) follow within
 * {@link #REACH} words of the clause, with no mark between and no word of
 * {@code crowd-purpose-stops.txt} ("were not allowed to march" is no march).
 */
final class CrowdPurposes {
    static final Set<String> START_VERBS = Lexicon.words(CrowdPurposes.class, "crowd-start-verbs.txt");
    static final Set<String> PURPOSES = Lexicon.words(CrowdPurposes.class, "crowd-purpose-verbs.txt");
    static final Set<String> STOPS = Lexicon.words(CrowdPurposes.class, "crowd-purpose-stops.txt");
    /** The most describing words between the figure and the people's noun: "100 mostly young people". */
    static final int DESCRIBING = 2;
    /** The most words between the verb of setting out and "to": "set off from the vigil site to march". */
    static final int REACH = 8;

    private CrowdPurposes() {
    }

    /**
     * Whether the words {@code after} the figure (the rest of its sentence, as written) tell the
     * counted people setting out to march.
     */
    static boolean marched(String after) {
        List<String> w = clauseWords(after);
        int k = 0;
        while (k < w.size() && k <= DESCRIBING && !QuantityExtractor.PEOPLE.contains(w.get(k))) {
            k++;
        }
        if (k >= w.size() || k > DESCRIBING) {
            return false;
        }
        k++;
        if (k < w.size() && !startsAt(w, k) && QuantityExtractor.adverb(w.get(k)) || k < w.size() && w.get(k).equals("then")) {
            k++;
        }
        int verb = startLength(w, k);
        if (verb == 0) {
            return false;
        }
        for (int j = k + verb; j < Math.min(w.size() - 1, k + verb + REACH + 1); j++) {
            if (STOPS.contains(w.get(j))) {
                return false;
            }
            if (w.get(j).equals("to") && PURPOSES.contains(w.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> w, int k) {
        return startLength(w, k) > 0;
    }

    /** The words of a verb of setting out at {@code k}: one, two (a verb and its particle), or 0 when none starts there. */
    static int startLength(List<String> w, int k) {
        if (k + 1 < w.size() && START_VERBS.contains(w.get(k) + " " + w.get(k + 1))) {
            return 2;
        }
        return k < w.size() && START_VERBS.contains(w.get(k)) ? 1 : 0;
    }

    /** The words of {@code text} up to its first mark of a clause (comma, semicolon, colon, dash, bracket, stop), lower case. */
    static List<String> clauseWords(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int cut = 0;
            while (cut < token.length() && (Character.isLetter(token.charAt(cut)) || token.charAt(cut) == '-' && cut > 0)) {
                cut++;
            }
            if (cut > 0) {
                out.add(token.substring(0, cut));
            }
            if (cut < token.length()) {
                break;
            }
        }
        return out;
    }
}
