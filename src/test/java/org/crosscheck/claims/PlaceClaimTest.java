package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Places given by a distance and a compass direction from another place. */
class PlaceClaimTest {

    private static PlaceClaim place(String text) {
        return new PlaceClaim("d", new Span(0, text.length()), text, "piracy", "E1", null);
    }

    @Test
    void aBearingIsReadInDegreesFromNorth() {
        assertEquals(0, place("80 nautical miles north of Port Varth").bearing());
        assertEquals(90, place("80 nautical miles east of Port Varth").bearing());
        assertEquals(180, place("12 km south of Lindor").bearing());
        assertEquals(270, place("12 km west of Lindor").bearing());
        assertEquals(45, place("14 miles northeast of Lindor").bearing());
        assertEquals(45, place("14 miles north-east of Lindor").bearing());
        assertEquals(315, place("14 miles northwest of Lindor").bearing());
        assertEquals(225, place("58 km (36 miles) south-west of Bandar Varth").bearing());
        assertEquals(22.5, place("14 miles north-northeast of Lindor").bearing());
        assertEquals(337.5, place("14 miles north-northwest of Lindor").bearing());
        assertEquals(202.5, place("3 kilometres south-southwest of Lindor").bearing());
        assertEquals(112.5, place("3 kilometers east-southeast of Lindor").bearing());
        assertEquals(-1, place("Lindor").bearing());
        assertEquals(-1, place("the Gulf of Varth").bearing());
    }

    @Test
    void aBearingIsMeasuredWithADistanceAndAPlace() {
        assertEquals("150 nautical miles|port varth", place("150 nautical miles east of Port Varth").bearingFrom());
        assertEquals("1500 kilometers|lindor", place("1,500 kilometers south of the Lindor").bearingFrom(), "the article before the place is not kept");
        assertEquals("12 km|lindor", place("12 km. west of Lindor").bearingFrom());
        assertEquals("35 miles|varth", place("35 miles southwest of the port of Varth").bearingFrom(), "a noun of places before 'of' is not kept");
        assertEquals(225.0, place("35 miles southwest of the port of Varth").bearing());
        for (String noun : PlaceClaim.PLACE_NAME_NOUNS) {
            assertEquals("9 km|orwen", place("9 km north of the " + noun + " of Orwen").bearingFrom(), noun);
        }
        assertEquals("9 km|capital of orwen", place("9 km north of the capital of Orwen").bearingFrom(), "not a noun of places");
        assertNull(place("Lindor").bearingFrom());
    }

    @Test
    void directionsARightAngleApartFromOnePlaceAtOneDistanceConflict() {
        PlaceClaim east = place("150 nautical miles east of Port Varth");
        assertTrue(east.bearingConflictsWith(place("150 nautical miles west of Port Varth")));
        assertTrue(east.bearingConflictsWith(place("150 nautical miles north of Port Varth")), "a right angle");
        assertTrue(place("150 nautical miles north of Port Varth").bearingConflictsWith(place("150 nautical miles northwest of Port Varth"))
                == false, "45 degrees");
        assertTrue(place("10 km north-northwest of Lindor").bearingConflictsWith(place("10 km east-northeast of Lindor")),
                "90 degrees across north");
        assertFalse(place("10 km north-northwest of Lindor").bearingConflictsWith(place("10 km northeast of Lindor")),
                "67.5 degrees across north");
        assertFalse(east.bearingConflictsWith(place("150 nautical miles east of Port Varth")));
        assertFalse(east.bearingConflictsWith(place("120 nautical miles west of Port Varth")), "another distance");
        assertFalse(east.bearingConflictsWith(place("150 nautical miles west of Lindor")), "another place");
        assertFalse(east.bearingConflictsWith(place("Port Varth")));
        assertFalse(place("Port Varth").bearingConflictsWith(east));
    }

    @Test
    void aBlockOfAStreetHasItsNumberAndItsStreet() {
        PlaceClaim a = place("12000 block of East 223rd Street");
        assertEquals(12000, a.block());
        assertEquals("223rd street", a.street(), "the direction before the street is not kept");
        assertEquals("223rd street", place("12,200 block of 223rd St.").street(), "St. stands for street");
        assertEquals(12200, place("12,200 block of 223rd St.").block());
        assertEquals("east avenue", place("400 block of East Avenue").street(), "a direction that is the name is kept");
        assertEquals(-1, place("2500 block of Oregon 214").block(), "no word that ends a street's name");
        assertNull(place("Lindor").street());
        assertEquals(-1, place("Lindor").block());
    }

    @Test
    void twoBlocksOfOneStreetConflictAndOtherStreetsDoNot() {
        PlaceClaim a = place("12000 block of East 223rd Street");
        assertTrue(a.blockConflictsWith(place("12200 block of 223rd Street")));
        assertFalse(a.blockConflictsWith(place("12000 block of 223rd St.")));
        assertTrue(a.sameBlockAs(place("12000 block of 223rd St.")));
        assertFalse(a.blockConflictsWith(place("22000 block of Joliet Avenue")));
        assertFalse(a.sameBlockAs(place("22000 block of Joliet Avenue")));
        assertFalse(a.blockConflictsWith(place("Hawaiian Gardens")));
        assertFalse(place("Hawaiian Gardens").blockConflictsWith(a));
    }

    @Test
    void everyStreetWordStandsForAWordThatIsListed() {
        for (var e : PlaceClaim.STREET_WORDS.entrySet()) {
            assertEquals(e.getValue(), PlaceClaim.STREET_WORDS.get(e.getValue()), e.getKey() + " stands for a listed word");
            assertEquals("main " + e.getValue(), place("100 block of Main " + e.getKey()).street());
        }
    }

    @Test
    void aRelationIsReadFromTheWordsBeforeTheName() {
        assertEquals("near", place("near Lindor").relation());
        assertEquals("lindor", place("near Lindor").name());
        assertEquals("outside", place("Outside the courthouse").relation());
        assertEquals("outside of", place("outside of Lindor").relation());
        assertEquals("off the coast of", place("off the coast of Varth").relation(), "the longest relation wins");
        assertEquals("off", place("off Varth").relation());
        assertEquals("north of", place("north of Varth").relation());
        assertEquals("south-west of", place("south-west of Varth").relation());
        assertNull(place("Lindor").relation());
        assertNull(place("Nearby Lindor").relation(), "a whole word only");
        assertNull(place("80 nautical miles north of Port Varth").relation(), "a bearing has its own rule");
        assertEquals("lindor", place("Lindor").name());
    }

    @Test
    void aVenueIsALowerCaseNounPhrase() {
        assertTrue(place("the break room").venue());
        assertTrue(place("outside a hotel").venue());
        assertTrue(place("Outside the courthouse").venue());
        assertFalse(place("Lindor").venue());
        assertFalse(place("near Lindor").venue());
        assertFalse(place("12000 block of East 223rd Street").venue());
        assertEquals("lounge", place("the employee lounge").venueNoun());
        assertEquals("courthouse", place("outside the courthouse").venueNoun());
        assertNull(place("Lindor").venueNoun());
    }

    @Test
    void aPlaceHasALevel() {
        assertEquals("venue", place("the break room").level());
        assertEquals("town", place("Lindor").level());
        assertEquals("town", place("near Lindor").level());
        assertEquals("county", place("Varth County").level(), "by its last word");
        assertEquals("state", place("California").level(), "by its whole name");
        assertEquals("country", place("near Canada").level(), "without its relation");
        assertEquals("metro", place("Los Angeles").level());
        assertEquals("street", place("Elm Street").level());
        assertEquals("town", place("Street").level(), "a street has a name before its word");
    }

    @Test
    void insideAndOutsideOneVenueConflict() {
        PlaceClaim in = place("the courtroom");
        PlaceClaim out = place("outside the courtroom");
        assertTrue(in.insideOutsideOf(out));
        assertTrue(out.insideOutsideOf(in));
        assertTrue(place("a courtroom").insideOutsideOf(place("Outside the courtroom")), "the determiner does not count");
        assertFalse(in.insideOutsideOf(place("the courtroom")), "both inside");
        assertFalse(out.insideOutsideOf(place("outside the courtroom")), "both outside");
        assertFalse(in.insideOutsideOf(place("outside the courthouse")), "another venue");
        assertFalse(place("near the courtroom").insideOutsideOf(out), "near is neither");
        assertFalse(out.insideOutsideOf(place("near the courtroom")), "near is neither");
        assertFalse(place("Lindor").insideOutsideOf(place("outside Lindor")), "a town is no venue");
    }

    @Test
    void placesOfDifferentLevelsRelationsOrScalesNeedNotDisagree() {
        assertFalse(place("Lindor").samePlaceAs(place("Varth")), "two towns");
        assertFalse(place("California").samePlaceAs(place("Nevada")), "two states");
        assertTrue(place("Lindor").samePlaceAs(place("California")), "a town may be in a state");
        assertTrue(place("Lindor").samePlaceAs(place("Varth County")), "a town may be in a county");
        assertTrue(place("Lindor").samePlaceAs(place("Los Angeles")), "a big city stands for its area");
        assertTrue(place("Lindor").samePlaceAs(place("near Varth")), "a town near another");
        assertTrue(place("off the coast of Varth").samePlaceAs(place("Lindor")), "a quake off a coast and a town on it");
        assertTrue(place("north of Varth").samePlaceAs(place("Lindor")));
        assertTrue(place("the break room").samePlaceAs(place("Lindor")), "a room and a town");
        assertTrue(place("the break room").samePlaceAs(place("the employee lounge")), "two words for one room");
        assertTrue(place("Varth").samePlaceAs(place("near Varth")), "the same name");
    }

    @Test
    void anAddressLiesInTheBlockOfItsHundred() {
        PlaceClaim address = place("12034 East 118th Street");
        assertTrue(address.address());
        assertEquals(12000, address.block());
        assertEquals("118th street", address.street());
        assertEquals("at 12034 East 118th Street", address.where());
        assertEquals("in the 12000 block of Elm St.", place("12000 block of Elm St.").where());
        assertEquals("in Lindor", place("Lindor").where());
        assertFalse(place("12000 block of Elm St.").address());
        assertEquals(0, place("99 Elm Street").block(), "an address below the first hundred is in block 0");
        assertFalse(address.blockConflictsWith(place("12000 block of 118th Street")), "the same block");
        assertTrue(address.blockConflictsWith(place("12400 block of 118th Street")));
        assertTrue(address.blockConflictsWith(place("12450 118th St.")));
        assertFalse(address.blockConflictsWith(place("12050 118th St.")), "one block: perhaps one building's two doors");
        assertEquals(-1, place("30 km north of Varth Road").block(), "a distance from a road is no address");
        assertEquals(-1, place("12 angry men").block(), "no street word");
        assertEquals(-1, place("1234 Elm").block());
        assertFalse(place("Lindor").address());
    }

    private static PlaceClaim at(String words, String happening) {
        return new PlaceClaim("d", new Span(0, words.length()), words, happening, null, null);
    }

    @Test
    void aDeathIsPlacedInAKindOfPlaceByItsVenue() {
        assertEquals("home", at("his home", "death").deathVenue());
        assertEquals("hospice", at("a hospice", "death").deathVenue());
        assertEquals("care home", at("the nursing home", "death").deathVenue(), "a noun of two words before its last word");
        assertEquals("home", at("the family home", "death").deathVenue());
        assertEquals(null, at("his home", "attack").deathVenue(), "no death");
        assertEquals(null, at("near his home", "death").deathVenue(), "in relation to a venue");
        assertEquals(null, at("Lindor", "death").deathVenue(), "no venue");
        assertEquals(null, at("the office", "death").deathVenue(), "not listed");
        PlaceClaim.DEATH_VENUES.forEach((k, v) -> assertEquals(k.strip().toLowerCase(java.util.Locale.ROOT), k));
    }

    private static PlaceClaim street(String text, String... named) {
        java.util.Set<String> marks = new java.util.HashSet<>();
        for (String n : named) {
            marks.add(PlaceClaim.STREET_MARK + n);
        }
        return new PlaceClaim("d", new Span(0, text.length()), text, "arrest", null, marks);
    }

    @Test
    void aStreetByNameAloneIsFoldedWithItsStreetWord() {
        assertEquals("orm street", place("Orm Street").streetName());
        assertEquals("orm street", place("Orm St.").streetName(), "St. stands for street");
        assertEquals("118th avenue", place("118th Ave").streetName());
        assertEquals("north varth road", place("North Varth Road").streetName(), "a direction is kept: it may be the name");
        assertNull(place("Street").streetName(), "one word names no street");
        assertNull(place("Varth District Court").streetName(), "a court is seldom a street");
        assertNull(place("Lindor").streetName());
        assertNull(place("1234 Orm Street").streetName(), "an address is compared by its block");
        assertNull(place("12000 block of Orm Street").streetName(), "a block is compared by its block");
        assertEquals("orm lane", PlaceClaim.streetNameOf(" Orm Ln. "));
        assertNull(PlaceClaim.streetNameOf("The Orm Street"), "an article is no part of the name");
        assertNull(PlaceClaim.streetNameOf("old Orm Street"), "a word not capitalised");
        assertNull(PlaceClaim.streetNameOf("Orm old Street"));
        assertEquals("12 orm road", PlaceClaim.streetNameOf("12 Orm Road"), "a number may open it");
        assertNull(place("Near Orm Street").streetName(), "a place near a street is not on it");
    }

    @Test
    void theStreetsComparedByNameAreStreetWordsAndEachIsRead() {
        assertTrue(PlaceClaim.STREET_NAME_WORDS.contains("street"));
        assertFalse(PlaceClaim.STREET_NAME_WORDS.contains("court"));
        for (String w : PlaceClaim.STREET_NAME_WORDS) {
            assertEquals(w, w.strip().toLowerCase(java.util.Locale.ROOT), w);
            assertEquals(w, PlaceClaim.STREET_WORDS.get(w), w + " is a street word standing for itself");
            assertEquals("orm " + w, place("Orm " + w).streetName(), w);
        }
    }

    @Test
    void twoStreetsConflictUnlessADocumentNamesBoth() {
        PlaceClaim a = street("Orm Street", "orm street");
        PlaceClaim b = street("Orme Road", "orme road");
        assertTrue(a.streetConflictsWith(b));
        assertTrue(b.streetConflictsWith(a));
        assertTrue(a.otherStreetThan(b));
        assertFalse(a.streetConflictsWith(street("Orm St.", "orm street")), "one street written two ways");
        assertFalse(a.otherStreetThan(street("Orm St.")));
        assertFalse(a.streetConflictsWith(street("Orme Road", "orme road", "orm street")), "the other source names both");
        assertFalse(street("Orm Street", "orm street", "orme road").streetConflictsWith(b), "this source names both");
        assertFalse(a.streetConflictsWith(place("Lindor")), "a town is no street");
        assertFalse(place("Lindor").streetConflictsWith(a));
        assertFalse(place("Lindor").otherStreetThan(a));
        assertFalse(a.otherStreetThan(place("Lindor")));
        assertFalse(a.streetConflictsWith(street("12000 block of Orme Road", "orme road")), "a block is no street by name");
    }

    @Test
    void newNamesKeepTheStreetsTheDocumentNames() {
        PlaceClaim a = street("Orm Street", "orm street", "orme road").withNames(java.util.Set.of("lindor"));
        assertEquals(java.util.Set.of("lindor", PlaceClaim.STREET_MARK + "orm street", PlaceClaim.STREET_MARK + "orme road"),
                a.namesInDocument());
        assertFalse(a.streetConflictsWith(street("Orme Road", "orme road")));
        assertEquals("E2", a.withEvent("E2").event());
        assertEquals(a.namesInDocument(), a.withEvent("E2").namesInDocument());
    }
}
