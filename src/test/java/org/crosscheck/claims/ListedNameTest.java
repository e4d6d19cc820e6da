package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of two lists that share a name, compared one letter apart (since the twenty-ninth session). */
class ListedNameTest {

    private static ListedName listed(String doc, String word, String... others) {
        return new ListedName(doc, new Span(0, word.length()), word, List.of(others));
    }

    @Test
    void aLetterChangedAnywhereTheFirstTooIsOneNameInListsThatShareAName() {
        ListedName a = listed("a", "Gorbian", "Tomban", "Selmar");
        ListedName b = listed("b", "Torbian", "Hushan", "Tomban");
        assertTrue(b.listVariantOf(a));
        assertTrue(a.listVariantOf(b));
        assertEquals("Tomban", a.sharedWith(b));
        assertTrue(listed("b", "Gorbain", "Tomban").listVariantOf(a), "two letters side by side swapped");
        assertFalse(listed("b", "Gorbbian", "Tomban").listVariantOf(a), "a doubled letter: one key, the word rule's");
        assertTrue(listed("b", "Gorbin", "Tomban").listVariantOf(listed("a", "Gorbon", "Tomban")), "a letter changed at the end");
    }

    @Test
    void listsThatShareNoNameOrHoldBothWordsAreNotOneSet() {
        ListedName a = listed("a", "Gorbian", "Tomban", "Selmar");
        assertFalse(listed("b", "Torbian", "Hushan", "Pirvan").listVariantOf(a), "no name shared");
        assertFalse(listed("b", "Torbian", "Tomban", "Gorbian").listVariantOf(a), "the other list holds both");
        assertFalse(listed("b", "Torbian", "Tomban").listVariantOf(listed("a", "Gorbian", "Tomban", "Torbian")));
        assertFalse(listed("b", "Gorbian", "Tomban").listVariantOf(a), "one spelling");
        assertFalse(listed("b", "GORBIAN", "Tomban").listVariantOf(a), "one spelling in house style");
    }

    @Test
    void shortWordsWordsTwoLettersApartAndALetterAddedAtAnEndAreNotCompared() {
        assertTrue(listed("b", "Perry", "Tomban").listVariantOf(listed("a", "Jerry", "Tomban")), "five letters are compared");
        assertFalse(listed("b", "Tory", "Tomban").listVariantOf(listed("a", "Tony", "Tomban")), "four letters are not");
        assertFalse(listed("b", "Torbean", "Tomban").listVariantOf(listed("a", "Gorbian", "Tomban")), "two letters apart");
        assertFalse(listed("b", "Somalis", "Tomban").listVariantOf(listed("a", "Somali", "Tomban")), "a letter added at the end");
        assertFalse(listed("b", "Asomali", "Tomban").listVariantOf(listed("a", "Somali", "Tomban")), "a letter added at the start");
        assertTrue(listed("b", "Selmia", "Tomban").listVariantOf(listed("a", "Selma", "Tomban")), "a letter added inside");
        assertFalse(listed("b", "Somanli", "Tomban").listVariantOf(listed("a", "Somali", "Tomban")), "the word rule's: a letter dropped");
    }

    @Test
    void spellingsTheWordRuleComparesAreLeftToIt() {
        assertFalse(listed("b", "Dargehan", "Tomban").listVariantOf(listed("a", "Dargahan", "Tomban")));
        assertFalse(listed("b", "Karvan", "Tomban").listVariantOf(listed("a", "Karavan", "Tomban")));
    }

    @Test
    void twoRomanisationsAreToldFromAMisspelling() {
        assertTrue(listed("b", "Kervan", "Tomban").romanisedFrom(listed("a", "Karvan", "Tomban")));
        assertFalse(listed("b", "Torbian", "Tomban").romanisedFrom(listed("a", "Gorbian", "Tomban")));
    }

    @Test
    void blocksAreTheKeyAndTheKeyWithEachLetterLeftOut() {
        ListedName a = listed("a", "Gorbian", "Tomban");
        List<String> keys = a.blocks().stream().map(ListedBlock::key).toList();
        assertEquals("gorvian", keys.get(0));
        assertTrue(keys.contains("orvian"));
        assertTrue(keys.contains("gorvia"));
        assertEquals(8, keys.size());
        assertTrue(a.blocks().stream().allMatch(b -> b.document().equals("a") && b.folded().equals(a.folded())));
        List<String> other = listed("b", "Torbian", "Tomban").blocks().stream().map(ListedBlock::key).toList();
        assertTrue(other.stream().anyMatch(keys::contains));
        assertEquals(List.of(), listed("a", "Ab").blocks());
    }

    @Test
    void oneEditIsAChangeASwapOrALetterInside() {
        assertTrue(ListedName.oneEdit("gurian", "turian"));
        assertTrue(ListedName.oneEdit("gurian", "guiran"));
        assertTrue(ListedName.oneEdit("gurian", "gurlian"));
        assertFalse(ListedName.oneEdit("gurian", "gurians"));
        assertFalse(ListedName.oneEdit("gurian", "agurian"));
        assertFalse(ListedName.oneEdit("gurian", "gurian"));
        assertFalse(ListedName.oneEdit("gurian", "tuiran"));
        assertFalse(ListedName.oneEdit("gurian", "guriann1"));
        assertFalse(ListedName.oneEdit("gurian", "girain"));
    }

    @Test
    void theClaimSaysWhatItIs() {
        ListedName a = listed("a", "Gorbian", "Tomban");
        assertEquals("listed-name", a.kind());
        assertEquals("Gorbian", a.value());
        assertEquals("listed-name|a|gorbian", a.key());
    }
}
