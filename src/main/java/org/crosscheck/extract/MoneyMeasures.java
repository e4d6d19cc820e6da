package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * What a sum of money is, where the words beside it name it: "a $35,000 reward", "$200,000 bail",
 * "$1 million in damages", "200 million euros of damage", "a ransom of $3 million", "bail was set at
 * $200,000", "was fined $25,000". A sum so named is compared with the sums other reports of its
 * event give for the same measure and currency; a sum whose words name nothing stays money alone.
 *
 * <ul>
 *   <li>After the sum: a noun of {@code money-measure-nouns.tsv}, right after it or after "in" or
 *       "of", with at most one describing word in lower case before it ("$2 million in property
 *       damage"), ending its phrase: a noun before another noun describes that one ("a $5 million
 *       damage claim" is a claim).</li>
 *   <li>Before the sum: a verb of {@code money-measure-verbs.tsv} right before it ("fined $25,000"),
 *       or a noun of the list and then one to four words of {@code money-measure-links.txt} ("a
 *       reward of", "bail was set at").</li>
 * </ul>
 */
final class MoneyMeasures {

    static final Map<String, String> NOUNS = Lexicon.pairs(MoneyMeasures.class, "money-measure-nouns.tsv");
    static final Map<String, String> VERBS = Lexicon.pairs(MoneyMeasures.class, "money-measure-verbs.tsv");
    static final Set<String> LINKS = Lexicon.words(MoneyMeasures.class, "money-measure-links.txt");
    /** Measures that only grow as an event is told: a later, higher figure is an update. */
    static final Set<String> RISING = Lexicon.words(MoneyMeasures.class, "money-rising-measures.txt");
    /** Words that make a sum after them in its sentence one that may come: "faces a $60,000 fine". */
    static final Set<String> POSSIBLE = Lexicon.words(MoneyMeasures.class, "money-possible-words.txt");
    /** The measures the nouns name ("bail", "reward"): the values of {@link #NOUNS}. */
    private static final Set<String> MEASURES = Set.copyOf(NOUNS.values());
    /** How many words of {@link #LINKS} may stand between a noun and the sum after it. */
    static final int MAX_LINKS = 4;
    /** Words after a sum that stand before the noun that names it: "$1 million in damages". */
    private static final Set<String> BEFORE_NOUN = Set.of("in", "of");

    private MoneyMeasures() {
    }

    /**
     * The measure the words around a sum name ({@code before} and {@code after} as written, the
     * sum's own hedge and currency words left out), or null when they name none.
     */
    static String measure(List<String> before, List<String> after) {
        String named = after(after);
        return named != null ? named : before(before);
    }

    /** Whether a sum's measure ({@code "reward:USD"}) is one this class names. */
    static boolean named(String measure) {
        int colon = measure.indexOf(':');
        return colon > 0 && MEASURES.contains(measure.substring(0, colon));
    }

    /** Whether a sum's measure ({@code "damage:USD"}) only grows as its event is told. */
    static boolean rising(String measure) {
        int colon = measure.indexOf(':');
        return colon > 0 && RISING.contains(measure.substring(0, colon));
    }

    /**
     * Whether the words of its sentence before a sum ({@code [from, to)} of {@code text}) hold a word
     * of {@code money-possible-words.txt}: the sum may come ("if convicted, he faces a $60,000 fine").
     */
    static boolean possible(String text, int from, int to) {
        int k = from;
        while (k < to) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int e = k;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (POSSIBLE.contains(lower(text.substring(k, e)))) {
                return true;
            }
            k = e;
        }
        return false;
    }

    private static String after(List<String> words) {
        int k = !words.isEmpty() && BEFORE_NOUN.contains(lower(words.get(0))) ? 1 : 0;
        String noun = nounEndingPhrase(words, k);
        if (noun == null && k + 1 < words.size() && describing(words.get(k))) {
            noun = nounEndingPhrase(words, k + 1);
        }
        return noun;
    }

    /** The measure of the noun at {@code k} when nothing but a word that ends a phrase follows it, else null. */
    private static String nounEndingPhrase(List<String> words, int k) {
        if (k >= words.size()) {
            return null;
        }
        String measure = NOUNS.get(lower(words.get(k)));
        boolean ends = k + 1 >= words.size() || QuantityExtractor.PHRASE_END.contains(lower(words.get(k + 1)));
        return ends ? measure : null;
    }

    /** A word in lower case that may describe the noun after it: "property", "cash". */
    private static boolean describing(String w) {
        return w.chars().allMatch(Character::isLowerCase) && !QuantityExtractor.PHRASE_END.contains(w) && !NOUNS.containsKey(w);
    }

    private static String before(List<String> words) {
        int j = words.size() - 1;
        if (j < 0) {
            return null;
        }
        String verb = VERBS.get(lower(words.get(j)));
        if (verb != null) {
            return verb;
        }
        int links = 0;
        while (j >= 0 && links < MAX_LINKS && LINKS.contains(lower(words.get(j)))) {
            j--;
            links++;
        }
        return links > 0 && j >= 0 ? NOUNS.get(lower(words.get(j))) : null;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
