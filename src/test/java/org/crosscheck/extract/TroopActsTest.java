package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Troops sent, withdrawn, stationed or killed are different counts. */
class TroopActsTest {

    /** {@link TroopActs#measure} of the figure {@code figure} (its first occurrence) in the one-sentence {@code text}. */
    private static String measure(String measure, String text, String figure) {
        int start = text.indexOf(figure);
        return TroopActs.measure(measure, text, 0, text.length(), start, start + figure.length());
    }

    @Test
    void theActBeforeTheFigureJoinsTheMeasure() {
        assertEquals("troops sent", measure("troops", "Dravia sent 3,000 troops to the border.", "3,000"));
        assertEquals("troops sent", measure("troops", "Dravia plans to deploy 5,000 troops.", "5,000"));
        assertEquals("troops withdrawn", measure("troops", "Dravia withdrew about 2,000 troops.", "about 2,000"));
        assertEquals("troops withdrawn", measure("troops", "Dravia will pull out 2,000 troops.", "2,000"),
                "past a particle");
        assertEquals("troops killed", measure("troops", "The rebels killed 40 troops.", "40"));
    }

    @Test
    void theActAfterTheCountedNounJoinsTheMeasure() {
        assertEquals("troops stationed", measure("troops", "Some 10,000 troops are stationed in Ostvik.", "10,000"));
        assertEquals("troops withdrawn", measure("troops", "2,000 soldiers were withdrawn on Monday.", "2,000"));
    }

    @Test
    void theNearestActBeforeTheFigureComesFirst() {
        assertEquals("troops withdrawn", measure("troops", "Dravia sent home and withdrew 2,000 troops.", "2,000"),
                "and ends the reading back");
        assertEquals("troops sent", measure("troops", "Dravia sent 2,000 troops, which were withdrawn later.", "2,000"),
                "the act before wins");
        assertEquals("troops withdrawn", measure("troops", "Dravia sent word it withdrew 2,000 troops.", "2,000"));
    }

    @Test
    void noActOrNoTroopsLeaveTheMeasure() {
        assertEquals("troops", measure("troops", "Officials counted 5,000 troops near the border.", "5,000"));
        assertEquals("troops", measure("troops", "Dravia, which sent aid, has 5,000 troops.", "5,000"), "a comma ends the clause");
        assertEquals("troops", measure("troops", "5,000 troops, sent by Dravia, crossed.", "5,000"), "a comma ends the clause after");
        assertEquals("killed", measure("killed", "The rebels killed 40 people.", "40"), "no count of troops");
        assertEquals("houses", measure("houses", "Crews sent 40 houses' worth of aid.", "40"));
    }

    @Test
    void theListMapsLowerCaseWordsToFewActs() {
        assertEquals("sent", TroopActs.ACTS.get("deployed"));
        assertEquals("withdrawn", TroopActs.ACTS.get("withdrew"));
        for (var e : TroopActs.ACTS.entrySet()) {
            assertTrue(e.getKey().matches("[a-z]+"), e.getKey());
            assertTrue(java.util.Set.of("sent", "withdrawn", "stationed", "killed", "injured", "captured").contains(e.getValue()),
                    e.getKey() + " -> " + e.getValue());
        }
    }
}
