package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GendersTest {

    @Test
    void theListsAreLowerCaseWordsAndNoNameIsInBoth() {
        for (Set<String> list : java.util.List.of(Genders.FEMALE_NAMES, Genders.MALE_NAMES)) {
            assertTrue(list.size() > 100);
            for (String name : list) {
                assertTrue(name.matches("\\p{Ll}+"), name);
            }
        }
        for (String name : Genders.FEMALE_NAMES) {
            assertFalse(Genders.MALE_NAMES.contains(name), name + " is in both lists");
        }
        assertTrue(Genders.FEMALE_NAMES.containsAll(Set.of("anna", "mary", "bettie")));
        assertTrue(Genders.MALE_NAMES.containsAll(Set.of("mark", "john", "jerry")));
        // Names given to men and women alike are in neither.
        assertFalse(Genders.FEMALE_NAMES.contains("kim") || Genders.MALE_NAMES.contains("kim"));
        assertFalse(Genders.FEMALE_NAMES.contains("taylor") || Genders.MALE_NAMES.contains("taylor"));
    }

    @Test
    void titleNounsSayFemaleOrMale() {
        assertEquals("female", Genders.NOUNS.get("spokeswoman"));
        assertEquals("male", Genders.NOUNS.get("spokesman"));
        assertEquals("female", Genders.NOUNS.get("mrs"));
        assertNull(Genders.NOUNS.get("chairman"), "used for men and women alike");
        for (String g : Genders.NOUNS.values()) {
            assertTrue(g.equals("female") || g.equals("male"), g);
        }
    }

    @Test
    void pronouns() {
        assertEquals("female", Genders.ofPronoun("She"));
        assertEquals("female", Genders.ofPronoun("her"));
        assertEquals("male", Genders.ofPronoun("he"));
        assertEquals("male", Genders.ofPronoun("him"));
        assertNull(Genders.ofPronoun("they"));
    }
}
