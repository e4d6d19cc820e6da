package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.NumberWords;

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
 *       reward of", "bail was set at", "a deal worth").</li>
 *   <li>A verb and "for" ({@code money-measure-verbs.tsv}), at most three words of its object
 *       between: "sold the ranch for $12 million" is a sale.</li>
 * </ul>
 *
 * The nouns of {@code money-held-nouns.tsv} name a sum a holder has: a player's contract, a film's
 * gross, the fee paid for a player. Such a sum says what it prices, and is compared only for the
 * holder its words name ({@link #holder}): two reports' fees for one player, never a fee against a
 * contract, nor a fee of no one named against another's. A contract's value is compared as
 * {@link Contracts} reads it, with its player's full name, never as a sum.
 */
final class MoneyMeasures {

    static final Map<String, String> NOUNS = Lexicon.pairs(MoneyMeasures.class, "money-measure-nouns.tsv");
    /** Nouns of sums a holder has ("contract", "fee", "gross"): compared only for a named holder. */
    static final Map<String, String> HELD_NOUNS = Lexicon.pairs(MoneyMeasures.class, "money-held-nouns.tsv");
    /** Words besides those that end a phrase that may follow the noun a sum names: "a $40 million deal last year". */
    static final Set<String> FOLLOWERS = Lexicon.words(MoneyMeasures.class, "money-noun-followers.txt");
    /** Every noun that names a sum: an event's ({@link #NOUNS}) and a holder's ({@link #HELD_NOUNS}). */
    private static final Map<String, String> ALL_NOUNS = merged(NOUNS, HELD_NOUNS);
    static final Map<String, String> VERBS = Lexicon.pairs(MoneyMeasures.class, "money-measure-verbs.tsv");
    static final Set<String> LINKS = Lexicon.words(MoneyMeasures.class, "money-measure-links.txt");
    /** Measures that only grow as an event is told: a later, higher figure is an update. */
    static final Set<String> RISING = Lexicon.words(MoneyMeasures.class, "money-rising-measures.txt");
    /** Words that make a sum after them in its sentence one that may come: "faces a $60,000 fine". */
    static final Set<String> POSSIBLE = Lexicon.words(MoneyMeasures.class, "money-possible-words.txt");
    /** The measures the nouns name ("bail", "reward"): the values of {@link #NOUNS}. */
    private static final Set<String> MEASURES = Set.copyOf(NOUNS.values());
    /** The measures of a holder's sums: the values of {@link #HELD_NOUNS}. */
    private static final Set<String> HELD = Set.copyOf(HELD_NOUNS.values());
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
        return measure(before, after, "");
    }

    /**
     * The measure the words around a sum name, the sum's hedge ({@code "about"}) dropped from the
     * end of the words before it: "a deal worth about $18 million" is a contract.
     */
    static String measure(List<String> before, List<String> after, String hedge) {
        String named = after(after);
        return named != null ? named : before(withoutHedge(before, hedge));
    }

    /** Whether a sum's measure ({@code "reward:USD"}, {@code "fee:USD"}) is one this class names. */
    static boolean named(String measure) {
        int colon = measure.indexOf(':');
        return colon > 0 && (MEASURES.contains(measure.substring(0, colon)) || HELD.contains(measure.substring(0, colon)));
    }

    /** Whether a sum's measure ({@code "fee:USD"}) is a holder's: compared only for a named holder. */
    static boolean held(String measure) {
        int colon = measure.indexOf(':');
        return colon > 0 && HELD.contains(measure.substring(0, colon)) && !MEASURES.contains(measure.substring(0, colon));
    }

    /**
     * Whether a named sum of this holder ({@code null} when its words give none) may be compared
     * with other reports': an event's sum always ("bail"), a holder's only with its holder, and never
     * a contract, whose value of a named player {@link Contracts} reads and compares.
     */
    static boolean comparable(String measure, String holder) {
        if (!held(measure)) {
            return true;
        }
        return holder != null && !Contracts.NOUNS.contains(measure.substring(0, measure.indexOf(':')));
    }

    /**
     * The holder of a sum, in lower case, where its words name one: a possessive before the sum or
     * before the noun that names it ("Vale's $60 million deal", "Vale's deal, worth", "Vale's
     * four-year $60 million deal"), the name a verb of signing puts "to" the deal ("signed guard Tom
     * Vale to an $82 million deal"), or the name right before the verb that names the sum ("Vale
     * earned $2 million", "Lumen has grossed"). The last word of the name: reports give the surname.
     * Null when the words give none.
     */
    static String holder(List<String> before, List<String> after, String hedge) {
        List<String> b = withoutHedge(before, hedge);
        int j = b.size() - 1;
        // "four-year": the contract's length between the holder and the sum.
        if (j >= 1 && lower(b.get(j)).startsWith("year") && NumberWords.parse(lower(b.get(j - 1))) > 0) {
            j -= 2;
        }
        if (after(after) != null) {
            return possessive(b, j);
        }
        if (j >= 0 && VERBS.containsKey(lower(b.get(j)))) {
            return nameBefore(b, j - 1);
        }
        if (j >= 1 && VERBS.containsKey(lower(b.get(j - 1)) + " " + lower(b.get(j)))) {
            return nameBefore(b, j - 2);
        }
        int links = 0;
        while (j >= 0 && links < MAX_LINKS && LINKS.contains(lower(b.get(j)))) {
            j--;
            links++;
        }
        if (links > 0 && j >= 0 && ALL_NOUNS.containsKey(lower(b.get(j)))) {
            return possessive(b, j - 1);
        }
        return null;
    }

    /** The name whose possessive ends at {@code j} ("Vale", "s"), in lower case, or null. */
    private static String possessive(List<String> b, int j) {
        if (j >= 1 && b.get(j).equals("s") && capitalized(b.get(j - 1))) {
            return lower(b.get(j - 1));
        }
        // "signed guard Tom Vale to an": the name before "to" and the article.
        if (j >= 2 && ARTICLES.contains(lower(b.get(j))) && lower(b.get(j - 1)).equals("to") && capitalized(b.get(j - 2))) {
            for (int k = j - 3; k >= 0; k--) {
                if (Contracts.SIGN_VERBS.contains(lower(b.get(k)))) {
                    return lower(b.get(j - 2));
                }
            }
        }
        return null;
    }

    /**
     * The capitalized word at {@code j}, past "has", "had" or "have", in lower case, or null. The
     * first word read is none: it opens its sentence or clause ("He earned", "Officials paid"), the
     * verb right after it.
     */
    private static String nameBefore(List<String> b, int j) {
        int k = j >= 0 && HAVE.contains(lower(b.get(j))) ? j - 1 : j;
        return k >= 1 && capitalized(b.get(k)) ? lower(b.get(k)) : null;
    }

    /** A name's word: a capital, then a lower-case letter ("Vale"; not "The" at a sentence's start alone, nor "NBA"). */
    private static boolean capitalized(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                && !ARTICLES.contains(lower(w)) && !lower(w).equals("the");
    }

    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** How many words of a verb's object may stand between it and "for": "sold the old ranch for". */
    static final int MAX_OBJECT = 3;
    private static final Set<String> HAVE = Set.of("has", "have", "had");

    /** The words before a sum without its hedge's words at their end. */
    private static List<String> withoutHedge(List<String> before, String hedge) {
        if (hedge == null || hedge.isBlank()) {
            return before;
        }
        String[] h = hedge.trim().split("\\s+");
        int n = before.size();
        if (n < h.length) {
            return before;
        }
        for (int i = 0; i < h.length; i++) {
            if (!lower(before.get(n - h.length + i)).equals(lower(h[i]))) {
                return before;
            }
        }
        return before.subList(0, n - h.length);
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new java.util.HashMap<>(a);
        b.forEach((k, v) -> {
            if (out.put(k, v) != null) {
                throw new IllegalStateException("'" + k + "' names both an event's sum and a holder's");
            }
        });
        return Map.copyOf(out);
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
        String measure = ALL_NOUNS.get(lower(words.get(k)));
        String next = k + 1 < words.size() ? lower(words.get(k + 1)) : null;
        boolean ends = next == null || QuantityExtractor.PHRASE_END.contains(next) || FOLLOWERS.contains(next);
        return ends ? measure : null;
    }

    /** A word in lower case that may describe the noun after it: "property", "cash". */
    private static boolean describing(String w) {
        return w.chars().allMatch(Character::isLowerCase) && !QuantityExtractor.PHRASE_END.contains(w) && !ALL_NOUNS.containsKey(w);
    }

    private static String before(List<String> words) {
        int j = words.size() - 1;
        if (j < 0) {
            return null;
        }
        String verb = VERBS.get(lower(words.get(j)));
        // "sold for", "sold the ranch for": a verb, at most three words of its object, and "for".
        for (int v = j - 1; verb == null && v >= Math.max(0, j - 1 - MAX_OBJECT) && lower(words.get(j)).equals("for"); v--) {
            verb = VERBS.get(lower(words.get(v)) + " for");
            if (QuantityExtractor.PHRASE_END.contains(lower(words.get(v))) && !ARTICLES.contains(lower(words.get(v)))
                    && !lower(words.get(v)).equals("the")) {
                break;
            }
        }
        if (verb != null) {
            return verb;
        }
        int links = 0;
        while (j >= 0 && links < MAX_LINKS && LINKS.contains(lower(words.get(j)))) {
            j--;
            links++;
        }
        return links > 0 && j >= 0 ? ALL_NOUNS.get(lower(words.get(j))) : null;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
