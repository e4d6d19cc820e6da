package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which title classes one person can hold at once. */
class TitleClassesTest {

    @Test
    void oneClassAGenericTitleOrAnUnknownOneGoWithAny() {
        assertTrue(TitleClasses.compatible("president", "president"));
        assertTrue(TitleClasses.compatible("head", "prime minister"), "a generic title");
        assertTrue(TitleClasses.compatible("prime minister", "chief"));
        assertTrue(TitleClasses.compatible(null, "president"));
        assertTrue(TitleClasses.compatible("president", null));
    }

    @Test
    void aRankGoesWithAFunctionButNotWithAnotherRank() {
        assertTrue(TitleClasses.compatible("sergeant", "spokesperson"));
        assertTrue(TitleClasses.compatible("spokesperson", "constable"));
        assertFalse(TitleClasses.compatible("sergeant", "captain"));
    }

    @Test
    void aBareSecretaryOrMinisterGoesWithAParticularOne() {
        assertTrue(TitleClasses.compatible("secretary", "secretary of state"));
        assertTrue(TitleClasses.compatible("foreign minister", "minister"));
        assertTrue(TitleClasses.compatible("secretary", "prime minister"), "a bare secretary is a generic title too");
        assertFalse(TitleClasses.compatible("defense minister", "foreign minister"));
    }

    @Test
    void titlesOfOneLineOfTheListAreHeldTogether() {
        assertTrue(TitleClasses.compatible("ceo", "chairman"));
        assertTrue(TitleClasses.compatible("president", "coo"));
        assertFalse(TitleClasses.compatible("ceo", "coo"), "no line holds both");
        assertFalse(TitleClasses.compatible("prosecutor", "spokesperson"));
    }
}
