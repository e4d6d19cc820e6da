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
    void aTitleHoldingEveryWordOfAnotherNamesItsOfficeMorePrecisely() {
        assertTrue(TitleClasses.oneContains("director", "managing director"));
        assertTrue(TitleClasses.oneContains("Police Chief", "chief"), "either way round, folded");
        assertTrue(TitleClasses.oneContains("director-general", "director"), "split at a hyphen");
        assertTrue(TitleClasses.oneContains("Secretary of Defense", "Defense Secretary"), "the same words in another order");
        assertTrue(TitleClasses.compatible("director-general", "director"), "two classes");
        assertFalse(TitleClasses.oneContains("president", "vice president"), "vice makes another office");
        assertFalse(TitleClasses.oneContains("Assistant District Attorney", "District Attorney"));
        assertFalse(TitleClasses.oneContains("deputy attorney", "attorney"));
        assertFalse(TitleClasses.oneContains("justice", "chief justice"));
        assertFalse(TitleClasses.compatible("deputy chairman", "chairman"));
        assertFalse(TitleClasses.compatible("deputy director", "director"));
        assertFalse(TitleClasses.oneContains("defense minister", "foreign minister"), "neither holds the other");
        assertFalse(TitleClasses.oneContains("", "director"), "no words");
        assertFalse(TitleClasses.oneContains("director", "- "), "no words");
        assertFalse(TitleClasses.oneContains(null, "director"));
        assertFalse(TitleClasses.oneContains("director", null));
    }

    @Test
    void theOtherOfficeListHoldsLowerCaseWords() {
        assertTrue(TitleClasses.OTHER_OFFICE.contains("vice"));
        assertTrue(TitleClasses.OTHER_OFFICE.contains("deputy"));
        assertFalse(TitleClasses.OTHER_OFFICE.contains("managing"));
        for (String w : TitleClasses.OTHER_OFFICE) {
            assertTrue(w.matches("[a-z]+"), w);
        }
    }

    @Test
    void titlesOfOneLineOfTheListAreHeldTogether() {
        assertTrue(TitleClasses.compatible("ceo", "chairman"));
        assertTrue(TitleClasses.compatible("president", "coo"));
        assertFalse(TitleClasses.compatible("ceo", "coo"), "no line holds both");
        assertFalse(TitleClasses.compatible("prosecutor", "spokesperson"));
    }
}
