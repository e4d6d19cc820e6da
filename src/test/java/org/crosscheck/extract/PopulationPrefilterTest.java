package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sentence passed over for populations is one none of the population patterns could match. */
class PopulationPrefilterTest {

    @Test
    void sentencesThatMayGiveAPopulationAreSearched() {
        assertTrue(AttributeExtractor.mayGivePopulation("Zarand, a town of about 15,000 people"));
        assertTrue(AttributeExtractor.mayGivePopulation("Zarand, a town\tof about 15,000 people"));
        assertTrue(AttributeExtractor.mayGivePopulation("Qeshm island, home to 120,000 people"));
        assertTrue(AttributeExtractor.mayGivePopulation("Qeshm has a population of more than 100,000"));
        // The second "port" is followed by "of".
        assertTrue(AttributeExtractor.mayGivePopulation("The report said Sur, a port of 20,000"));
    }

    @Test
    void sentencesWithoutThoseWordsAreNot() {
        assertFalse(AttributeExtractor.mayGivePopulation("The quake struck on Tuesday, officials said."));
        assertFalse(AttributeExtractor.mayGivePopulation("A town mayor spoke."));
        assertFalse(AttributeExtractor.mayGivePopulation("The townof 20,000"));
        assertFalse(AttributeExtractor.mayGivePopulation("The town"));
        assertFalse(AttributeExtractor.mayGivePopulation("A city plans 20,000 jobs"));
        assertFalse(AttributeExtractor.mayGivePopulation(""));
    }
}
