package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The romanisation key is shared by every two romanisations of a name; a listed alternation makes
 * one; a doubled consonant and two letters swapped never do.
 */
class RomanisationProperties {

    /** Name-like words: syllables of a consonant or two and a vowel or two. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> syllable = Arbitraries.of("b", "d", "f", "g", "h", "k", "kh", "l", "m", "n", "r", "s", "sh", "t", "v", "y", "z", "c", "ph")
                .flatMap(c -> Arbitraries.of("a", "e", "i", "o", "u", "ou", "ie", "ai").map(v -> c + v));
        return syllable.list().ofMinSize(2).ofMaxSize(5).map(l -> String.join("", l))
                .flatMap(w -> Arbitraries.of("", "n", "s", "r").map(end -> w + end));
    }

    @Property(tries = 300)
    void romanisationsShareTheKey(@ForAll("names") String a, @ForAll("names") String b) {
        if (Romanisation.of(a, b)) {
            assertEquals(Romanisation.key(a), Romanisation.key(b), a + " and " + b);
        }
    }

    @Property(tries = 300)
    void theKeyIsKeptByEveryListedAlternation(@ForAll("names") String w, @ForAll("alternations") int which) {
        Romanisation.Alternation alt = Romanisation.ALTERNATIONS.get(which);
        int at = w.indexOf(alt.one() + alt.before());
        Assume.that(at >= 0);
        String other = w.substring(0, at) + alt.other() + w.substring(at + alt.one().length());
        assertEquals(Romanisation.key(w), Romanisation.key(other), w + " and " + other);
        assertTrue(Romanisation.aligned(w, other), w + " and " + other);
    }

    @Provide
    Arbitrary<Integer> alternations() {
        return Arbitraries.integers().between(0, Romanisation.ALTERNATIONS.size() - 1);
    }

    @Property(tries = 300)
    void romanisationIsSymmetricAndReflexive(@ForAll("names") String a, @ForAll("names") String b) {
        assertEquals(Romanisation.of(a, b), Romanisation.of(b, a), a + " and " + b);
        assertTrue(Romanisation.of(a, a));
    }

    @Property(tries = 300)
    void aDoubledConsonantIsNoRomanisation(@ForAll("names") String w, @ForAll("positions") int p) {
        int at = p % w.length();
        char c = w.charAt(at);
        Assume.that("aeiouyh".indexOf(c) < 0 && (at == 0 || w.charAt(at - 1) != c) && (at + 1 == w.length() || w.charAt(at + 1) != c));
        String doubled = w.substring(0, at + 1) + c + w.substring(at + 1);
        assertFalse(Romanisation.of(w, doubled), w + " and " + doubled);
    }

    @Property(tries = 300)
    void twoLettersSwappedAreNoRomanisation(@ForAll("names") String w, @ForAll("positions") int p) {
        int at = p % (w.length() - 1);
        Assume.that(w.charAt(at) != w.charAt(at + 1));
        String swapped = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        assertFalse(Romanisation.of(w, swapped), w + " and " + swapped);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }
}
