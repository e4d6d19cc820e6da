package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crosscheck.text.NumberWords;
import org.junit.jupiter.api.Test;

/** The word lists and helpers of the attribute reader; its sentences are in the golden files. */
class AttributeExtractorTest {

    @Test
    void personNounsAreReadFromTheirList() {
        assertTrue(AttributeExtractor.PERSON_NOUNS.contains("actress"));
        assertTrue(AttributeExtractor.PERSON_NOUNS.contains("striker"));
        assertTrue(AttributeExtractor.PERSON_NOUNS.contains("mother-of-two"));
        assertTrue(AttributeExtractor.PERSON_NOUNS.stream().noneMatch(w -> w.startsWith("#") || w.isBlank()));
    }

    @Test
    void placeAndResidentNounsAreReadFromTheirLists() {
        assertTrue(AttributeExtractor.PLACE_NOUNS.contains("island"));
        assertTrue(AttributeExtractor.PLACE_NOUNS.contains("town"));
        assertTrue(AttributeExtractor.RESIDENTS.contains("inhabitants"));
        assertTrue(!AttributeExtractor.RESIDENTS.contains("refugees"), "home to refugees is not a population");
    }

    @Test
    void aDescriptorOpeningASentenceIsNotPartOfTheName() {
        assertEquals("Tara Reid", AttributeExtractor.ownName("Actress Tara Reid"));
        assertEquals("Tara Reid", AttributeExtractor.ownName("Tara Reid"));
        assertEquals("Coach Reeves", AttributeExtractor.ownName("Coach Reeves"));
    }

    @Test
    void agesInDigitsAndWords() {
        assertEquals(33, NumberWords.parse("33"));
        assertEquals(33, NumberWords.parse("thirty-three"));
        assertEquals(33, NumberWords.parse("Thirty three"));
        assertEquals(40, NumberWords.parse("forty"));
        assertEquals(12, NumberWords.parse("twelve"));
        assertEquals(-1, NumberWords.parse("hundred"));
        assertEquals(-1, NumberWords.parse("twelve-three"));
        assertEquals(-1, NumberWords.parse("1000"));
        assertEquals(-1, NumberWords.parse(""));
    }

    @Test
    void anAgeWordBeforeANameInDigitsOrWords() {
        assertTrue(People.ageWord("33-year-old"));
        assertTrue(People.ageWord("sixty-year-old"));
        assertTrue(People.ageWord("thirty-three-year-old"));
        assertTrue(People.ageWord("33-years-old"));
        assertTrue(!People.ageWord("well-year-old"), "not a number");
        assertTrue(!People.ageWord("33-year"), "no old");
        assertTrue(!People.ageWord("1000-year-old"), "four digits");
        assertTrue(!People.ageWord("33-year-olds"));
    }
}
