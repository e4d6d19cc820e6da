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
}
