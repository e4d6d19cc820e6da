package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** The town a named building or institution stands in; whole articles are in the rule cases. */
class FacilitiesTest {

    private static List<AttributeClaim> read(String text) {
        return SentenceReaders.read(Facilities::sentence, text);
    }

    @Test
    void theFormsOfABuildingsTown() {
        String[][] cases = {
            {"She checked into the Dana Hale Center in Orvale Springs on Thursday.", "Dana Hale Center in Orvale Springs",
                "Dana Hale Center", "facility:dana hale", "Orvale Springs"},
            {"She left the Dana Hale Treatment Center in Lindor, Calif., on Monday.", "Dana Hale Treatment Center in Lindor",
                "Dana Hale Treatment Center", "facility:dana hale", "Lindor"},
            {"In Dana Hale Clinic in Lindor Tuesday she rested.", "Dana Hale Clinic in Lindor", "Dana Hale Clinic",
                "facility:dana hale", "Lindor"},
            {"He was taken to St. Anne's Medical Center in Varth.", "St. Anne's Medical Center in Varth",
                "St. Anne's Medical Center", "facility:st. anne", "Varth"},
            {"The show is at the Kodak THEATRE in Hollywood.", "Kodak THEATRE in Hollywood", "Kodak THEATRE", "facility:kodak",
                "Hollywood"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> found = read(c[0]);
            assertEquals(1, found.size(), c[0]);
            AttributeClaim a = found.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals(c[3], a.entityKey(), c[0]);
            assertEquals(c[4], a.written(), c[0]);
            assertEquals(AttributeClaim.TOWN, a.attribute(), c[0]);
            assertFalse(a.person(), c[0]);
        }
    }

    @Test
    void wordsThatGiveNoTown() {
        String[] cases = {
            "He was taken to County Hospital in Varth.",           // no name of its own
            "He was taken to the hospital in Varth.",              // no name
            "He was taken to Hospital in Varth.",                  // the noun alone
            "Tickets at the Acme Store in Lindor sold out.",       // a chain: not a facility noun
            "The Dana Hale Center in the valley is full.",         // no town
            "The Dana Hale Center near Lindor is full.",           // not "in"
            "The Dana Hale Center in Monday's report is full.",    // a common word
        };
        for (String c : cases) {
            assertEquals(List.of(), read(c), c);
        }
    }

    @Test
    void aSentenceWithoutInOrANounIsNotSearched() {
        assertFalse(Facilities.mayGiveTown("The Dana Hale Center at Lindor.", 0, 31));
        assertFalse(Facilities.mayGiveTown("The Dana Hale shop in Lindor.", 0, 29));
        assertTrue(Facilities.mayGiveTown("The Dana Hale Center in Lindor.", 0, 31));
    }

    @Test
    void theNounsAndDescriptorsAreListedOnceFolded() {
        assertTrue(Facilities.NOUNS.contains("clinic"));
        assertFalse(Facilities.NOUNS.contains("store"), "chains are left out");
        assertTrue(Facilities.DESCRIPTORS.contains("treatment"));
        for (String noun : Facilities.NOUNS) {
            assertEquals(noun, noun.strip().toLowerCase(java.util.Locale.ROOT), noun);
            String written = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            assertEquals(1, read("The Dana Hale " + written + " in Lindor is full.").size(), noun);
            assertFalse(Facilities.DESCRIPTORS.contains(noun), noun + " is a noun, not a descriptor");
        }
        for (String d : Facilities.DESCRIPTORS) {
            String written = Character.toUpperCase(d.charAt(0)) + d.substring(1);
            List<AttributeClaim> found = read("The Dana Hale " + written + " Center in Lindor is full.");
            assertEquals(1, found.size(), d);
            assertEquals("facility:dana hale", found.get(0).entityKey(), d);
        }
    }
}
