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

    /** The measures of {@code base} and the acts' measures together. */
    static Set<String> withMeasures(Set<String> base) {
        Set<String> out = new LinkedHashSet<>(base);
        out.addAll(MEASURES);
        return Collections.unmodifiableSet(out);
    }
}
