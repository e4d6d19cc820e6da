package org.crosscheck.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * Acts done to the people a figure counts that are not harm: people rescued, charged (or
 * indicted), convicted, and "apprehended" read as arrested ({@code people-act-measures.tsv}). Each
 * word is read as the participle after the counted people ("12 fishermen were rescued") and as the
 * verb before the figure ("police charged three men"), beside the words of {@code
 * count-participles.txt} and {@code count-verbs.txt}; each measure is one the rules compare, of
 * one happening and only growing, like a toll.
 */
final class PeopleActs {

    /** Each act's word and the measure it counts. */
    static final Map<String, String> WORDS = Lexicon.pairs(PeopleActs.class, "people-act-measures.tsv");
    /** The measures the acts count. */
    static final Set<String> MEASURES = Collections.unmodifiableSet(new LinkedHashSet<>(WORDS.values()));

    private PeopleActs() {
    }

    /**
     * The words of {@code list} and the acts' words together; a word in both is a mistake in the
     * files (one word would count two things).
     */
    static Map<String, String> with(Map<String, String> list) {
        Map<String, String> out = new LinkedHashMap<>(list);
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            if (out.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalStateException("'" + e.getKey() + "' is both a people act and in another count list");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Whether a figure of an act's measure counts only a part of those the act was done to: an
     * increment ("the other three men were rescued", "rescued another five"), or one of two or
     * more the rest of its sentence goes on to ("one was charged with murder and the other as an
     * accomplice"). Such a figure is read, not compared.
     *
     * @param measure   the figure's measure
     * @param increment whether a word of increment stands before the figure
     * @param value     the figure's value
     * @param rest      the words of its sentence after the figure
     */
    static boolean part(String measure, boolean increment, double value, String rest) {
        if (!MEASURES.contains(measure) || measure.equals("arrested")) {
            return false;
        }
        return increment || value == 1 && rest.toLowerCase(java.util.Locale.ROOT).contains("the other");
    }

    /** The measures of {@code base} and the acts' measures together. */
    static Set<String> withMeasures(Set<String> base) {
        Set<String> out = new LinkedHashSet<>(base);
        out.addAll(MEASURES);
        return Collections.unmodifiableSet(out);
    }
}
