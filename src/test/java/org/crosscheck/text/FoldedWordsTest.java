package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word set never rules out a stretch whose lower case it holds, and rules out what it does not hold. */
class FoldedWordsTest {

    private static final FoldedWords SET = new FoldedWords(List.of("riot", "checked", "shot", "cease-fire", "a"));

    @Test
    void findsAWordInAnyAsciiCaseWithinItsStretchOnly() {
        assertTrue(SET.mayContain("riot", 0, 4));
        assertTrue(SET.mayContain("The RIOT began", 4, 8));
        assertTrue(SET.mayContain("Checked into", 0, 7));
        assertTrue(SET.mayContain("a Cease-Fire", 2, 12));
        assertTrue(SET.mayContain("A", 0, 1));
        // Cut short or longer, a prefix or an extension of a word is not it.
        assertFalse(SET.mayContain("riots", 0, 5));
        assertFalse(SET.mayContain("riot", 0, 3));
        assertFalse(SET.mayContain("the riot", 0, 4));
        assertFalse(SET.mayContain("shots fired", 0, 5));
        assertFalse(SET.mayContain("", 0, 0));
        // Only A to Z fold: "[" is not "{", "@" is not "`".
        assertFalse(new FoldedWords(List.of("{x")).mayContain("[X", 0, 2));
        assertFalse(new FoldedWords(List.of("`a")).mayContain("@A", 0, 2));
        assertTrue(new FoldedWords(List.of("a-z")).mayContain("A-Z", 0, 3));
    }

    @Test
    void aStretchWithACharacterOutsideAsciiIsLeftToTheCaller() {
        assertTrue(SET.mayContain("caf\u00e9", 0, 4));
        assertTrue(SET.mayContain("x\u0130", 0, 2));
        assertFalse(SET.mayContain("caf\u00e9 riots", 5, 10), "only the stretch counts");
    }

    @Test
    void aWordWithACapitalIsNeverFoundAsALowerCasedLookUpNeverFindsIt() {
        FoldedWords set = new FoldedWords(List.of("NATO"));
        assertFalse(set.mayContain("NATO", 0, 4));
        assertFalse(set.mayContain("nato", 0, 4));
    }

    @Test
    void anEmptySetHoldsNothingAndDuplicatesAreOneWord() {
        assertFalse(new FoldedWords(List.of()).mayContain("riot", 0, 4));
        FoldedWords twice = new FoldedWords(List.of("riot", "riot"));
        assertTrue(twice.mayContain("Riot", 0, 4));
        assertFalse(twice.mayContain("rio", 0, 3));
    }

    @Test
    void wordsOfOneHashAreToldApart() {
        // "Aa" and "BB" have one String hash; so have "AaAa", "AaBB", "BBAa", "BBBB".
        FoldedWords set = new FoldedWords(List.of("aa", "ab"));
        assertEquals("Aa".hashCode(), "BB".hashCode());
        FoldedWords clash = new FoldedWords(List.of("aaaa", "aabb"));
        assertTrue(clash.mayContain("AAAA", 0, 4));
        assertTrue(clash.mayContain("aaBB", 0, 4));
        assertFalse(clash.mayContain("bbaa", 0, 4));
        assertTrue(set.mayContain("AB", 0, 2));
        assertFalse(set.mayContain("ba", 0, 2));
    }

    /** Against the look-up it stands before, on many words and random stretches of random texts. */
    @Test
    void agreesWithALowerCasedLookUpOnRandomStretches() {
        Random random = new Random(15);
        String letters = "aAbBcCdDeE-'. \u00e9";
        List<String> words = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                w.append("abcde-".charAt(random.nextInt(6)));
            }
            words.add(w.toString());
        }
        Set<String> plain = new HashSet<>(words);
        FoldedWords set = new FoldedWords(words);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String stretch = text.substring(from, to);
            boolean inSet = plain.contains(stretch.toLowerCase(Locale.ROOT));
            boolean ascii = stretch.chars().allMatch(c -> c < 128);
            assertEquals(inSet || !ascii, set.mayContain(text, from, to), stretch);
            found += inSet ? 1 : 0;
        }
        assertTrue(found > 1_000, "the random stretches hit the set often: " + found);
    }
}
