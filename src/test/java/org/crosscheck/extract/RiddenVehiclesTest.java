package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The vehicles a group of people rode in, counted with the group. */
class RiddenVehiclesTest {

    /** {@link RiddenVehicles#measure} of the figure {@code figure} (its first occurrence) in the one-sentence {@code text}. */
    private static String measure(String noun, String text, String figure) {
        int start = text.indexOf(figure);
        return RiddenVehicles.measure(noun, text, 0, text.length(), start, start + figure.length());
    }

    @Test
    void aGroupBeforeInAndTheFigureRodeInTheVehicles() {
        assertEquals("car carrying militants", measure("cars", "The militants in two cars opened fire on the bus.", "two"));
        assertEquals("car carrying militants", measure("cars", "The militants, in three cars, opened fire.", "three"), "a comma after the group");
        assertEquals("boat carrying suspects", measure("skiffs", "Police chased the suspects aboard 4 skiffs.", "4"),
                "aboard; a skiff is compared as a boat");
        assertEquals("van carrying protesters", measure("vans", "Protesters in 12 vans reached the square.", "12"),
                "the group at the sentence's start, in capitals");
    }

    @Test
    void aGroupCarriedAfterTheVehicleRodeInIt() {
        assertEquals("boat carrying pirates", measure("boats", "Two boats carrying pirates were seen.", "Two"));
        assertEquals("boat carrying pirates", measure("speedboats", "Two speedboats suspected to be carrying armed pirates fled.", "Two"),
                "a hedge before carrying, one describing word before the group");
        assertEquals("truck carrying migrants", measure("trucks", "Five trucks believed to be carrying migrants", "Five"),
                "the group at the sentence's end");
        assertNull(measure("skiffs", "Three skiffs thought to be carrying more pirates were spotted.", "Three"), "more of them: another group");
        assertNull(measure("trucks", "Five trucks carrying food arrived.", "Five"), "food is no group of people");
        assertNull(measure("trucks", "Five trucks carrying fresh food arrived.", "Five"));
        assertNull(measure("trucks", "Five trucks carrying", "Five"), "nothing carried");
        assertNull(measure("trucks", "Five trucks were carrying migrants.", "Five"), "a verb between: not read");
    }

    @Test
    void onlyAVehicleAndAGroupOfPeopleCount() {
        assertNull(measure("houses", "The militants in two houses opened fire.", "two"), "a house is no vehicle");
        assertNull(measure("cars", "The people in two cars were hurt.", "two"), "people in general: no group");
        assertNull(measure("cars", "The keys in two cars were found.", "two"), "keys are no people");
        assertNull(measure("cars", "They fired at two cars.", "two"), "no group");
        assertNull(measure(null, "The militants in two cars fired.", "two"));
        assertNull(measure("cars", "The militants in the park and two cars", "two"), "the group not right before in and the figure");
    }

    @Test
    void theVehicleListHoldsPluralNounsOfVehicles() {
        assertTrue(RiddenVehicles.NOUNS.contains("boats"));
        assertTrue(RiddenVehicles.NOUNS.contains("cars"));
        assertFalse(RiddenVehicles.NOUNS.contains("houses"));
        for (String n : RiddenVehicles.NOUNS) {
            assertTrue(n.matches("[a-z-]+s"), n + " is one plural noun in lower case");
        }
    }
}
