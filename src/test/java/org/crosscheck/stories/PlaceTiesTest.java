package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * An undated report tied to no other by close words or a figure given alike is tied to the
 * happening that most of the event's reports of its kind at its named place are tied to.
 */
class PlaceTiesTest {

    private static String key(Grouping g, String id, String text) {
        ExtractedDocument d = g.documents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        for (org.crosscheck.claims.Claim c : d.claims()) {
            if (c instanceof QuantityClaim q && q.text().equals(text)) {
                return q.event();
            }
        }
        throw new AssertionError("no figure " + text + " in " + id);
    }

    private static String sweep(String place, String seized) {
        return "Police sweep nets Varno gang\n"
                + "Police arrested 41 suspected gang members in " + place + " on Tuesday, seizing " + seized + " pistols in raids before dawn.\n"
                + "Prosecutors said the arrests followed a year of wiretaps on the gang's leaders.\n";
    }

    private static String raids(String place) {
        return "Dawn raids on Varno clans\n"
                + "Hundreds of officers took part in the raids in " + place + " on Tuesday, in which 41 people were arrested and nine pistols seized.\n"
                + "The interior minister praised the operation as the hardest blow to the clans in a decade.\n";
    }

    private static String late(String place) {
        return "Gang boss found dead after raids\n"
                + "A suspected gang boss was found dead in his cell after being arrested in a big police sweep in " + place
                + ", in which 38 people were arrested, officials said on Wednesday.\n"
                + "His lawyer told reporters his client had feared reprisals from rival clans since the raids began.\n";
    }

    @Test
    void anUntiedReportOfTheKindAtThePlaceOfTheTiedReportsIsComparedWithThem() {
        Grouping g = EventGroupingTest.group("a", sweep("Varno", "nine"), "b", raids("Varno"), "c", late("Varno"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertNotNull(key(g, "a", "41"));
        assertEquals(key(g, "a", "41"), key(g, "c", "38"));
    }

    @Test
    void anUntiedReportAtAnotherPlaceStaysUntied() {
        Grouping g = EventGroupingTest.group("a", sweep("Varno", "nine"), "b", raids("Varno"), "c", late("Tessa"));
        assertNotNull(key(g, "a", "41"));
        assertNull(key(g, "c", "38"));
    }
}
