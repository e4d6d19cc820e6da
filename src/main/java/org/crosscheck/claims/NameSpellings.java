package org.crosscheck.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles of a story write each spelling of a name ({@link NameClaim#folded()}), so the
 * name-variant rule can tell two spellings apart that the articles themselves keep apart. When
 * every article that writes one spelling also writes the other, and two or more do, the
 * articles use the two deliberately ("Angels" the team beside "Los Angeles" the city; a birth
 * name "Betty" beside the stage name "Bettie"): they are two words, not one written two ways.
 * One article writing both is still compared: one article may mistype a name once. Not a claim:
 * one is inserted in each rule session that holds names.
 */
public final class NameSpellings {

    /** How many articles must write both spellings before the pair is taken as deliberate. */
    static final int DELIBERATE = 2;

    private final Map<String, Set<String>> documents = new HashMap<>();

    public NameSpellings(List<NameClaim> names) {
        for (NameClaim n : names) {
            documents.computeIfAbsent(n.folded(), k -> new HashSet<>()).add(n.document());
        }
    }

    /** Whether the articles keep spellings {@code a} and {@code b} apart (see the class comment). */
    public boolean distinguish(String a, String b) {
        Set<String> da = documents.getOrDefault(a, Set.of());
        Set<String> db = documents.getOrDefault(b, Set.of());
        return within(da, db) || within(db, da);
    }

    /** Whether two or more articles write {@code inner}'s spelling and each of them writes {@code outer}'s too. */
    private static boolean within(Set<String> inner, Set<String> outer) {
        return inner.size() >= DELIBERATE && outer.containsAll(inner);
    }
}
