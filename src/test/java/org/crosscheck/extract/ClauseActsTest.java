package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The act a counted noun's clause does to it, read through FigureClause. */
class ClauseActsTest {

    /** {@link ClauseActs#measure} of the figure {@code figure} (its first occurrence) in the one-sentence {@code text}. */
    private static String measure(String noun, String act, String text, String figure) {
        int start = text.indexOf(figure);
        return ClauseActs.measure(noun, act, text, 0, text.length(), start, start + figure.length());
    }

    @Test
    void aCountedNounAloneIsAPluralWordNoMeasureNames() {
        assertTrue(ClauseActs.nounAlone("boats"));
        assertTrue(ClauseActs.nounAlone("times"));
        assertTrue(ClauseActs.nounAlone("half-pipes"));
        assertFalse(ClauseActs.nounAlone(null));
        assertFalse(ClauseActs.nounAlone("people"), "people are counted by their own acts");
        assertFalse(ClauseActs.nounAlone("troops"), "a measure the rules know");
        assertFalse(ClauseActs.nounAlone("boat"), "no plural");
        assertFalse(ClauseActs.nounAlone("glass"));
        assertFalse(ClauseActs.nounAlone("boat seized"), "already has its act");
        assertFalse(ClauseActs.nounAlone("money:USD"));
        assertFalse(ClauseActs.nounAlone("-boats"));
        assertFalse(ClauseActs.nounAlone("boats-"));
    }

    @Test
    void anActBeforeTheFigureIsDoneToWhatItCounts() {
        assertEquals("boat seized", measure("boats", "seized", "The navy seized a fleet of seven boats.", "seven"));
        assertNull(measure("boats", "seized", "The navy seized, in two raids, seven boats.", "seven"), "a phrase between");
        assertNull(measure("helicopters", "attacked", "Police attacked the camp with two helicopters.", "two"),
                "the figure is no object of the act");
        assertEquals("boat seized", measure("skiffs", "seized", "The navy seized seven skiffs.", "seven"),
                "a synonym of counted-noun-synonyms.tsv");
        assertEquals("village destroyed", measure("villages", "flattened", "The quake flattened at least 12 villages.", "12"),
                "an act of count-acts.txt, folded");
        assertEquals("cable cut", measure("cables", "severed", "The anchor severed two cables.", "two"), "severed is folded to cut");
        assertEquals("cable cut", measure("cables", "cut", "Three of the cables were cut.", "Three"));
    }

    @Test
    void anActAfterTheFigureIsDoneToItOnlyBehindAPassiveAuxiliary() {
        assertEquals("boat seized", measure("boats", "seized", "A fleet of 11 boats was seized by police.", "11"));
        assertEquals("boat seized", measure("boats", "seized", "In all 11 boats, the navy said, had been seized.", "11"));
        assertNull(measure("times", "shot", "Gray was shot 11 times by police.", "11"),
                "a person's times shot are attribute-conflict's (number of times shot), not listed here");
        assertEquals("boat attacked", measure("boats", "attacked", "Six boats were attacked.", "Six"));
        assertNull(measure("boats", "attacked", "Six boats attacked the ship.", "Six"), "what the boats did");
        assertNull(measure("boats", "attacked", "Six boats had attacked the ship.", "Six"), "had is no passive");
    }

    @Test
    void theNearestWritingOfTheActDecides() {
        assertEquals("boat attacked", measure("boats", "attacked", "They attacked six boats; six boats attacked again.", "six"),
                "the act before is nearer than the one after");
        assertNull(measure("boats", "attacked", "Six boats attacked, then later they were attacked.", "Six"),
                "the nearer writing after, no auxiliary before it");
        assertEquals("boat attacked", measure("boats", "attacked", "Attacked: six boats.", "six"), "the act at the sentence's start");
        assertNull(measure("boats", "attacked", "Six boats reattacked the ship.", "Six"), "a word holding the act is not the act");
        assertNull(measure("boats", "attacked", "Six boats attackedly sailed.", "Six"), "nor a word beginning with it");
    }

    @Test
    void anActAsNearBeforeAsAfterIsTheOneBefore() {
        assertEquals("boat attacked", measure("boats", "attacked", "attacked 7 boats a attacked", "7"), "nine characters either side");
        assertNull(measure("boats", "attacked", "attacked x 7 boats a attacked", "7"), "as near, a word between");
        assertNull(measure("boats", "attacked", "attacked 7 boats attacked", "7"), "the one after nearer, with no auxiliary");
        assertNull(measure("boats", "attacked", "Seven boats attacked", "Seven"), "written only after, right behind the noun");
        assertEquals("boat attacked", measure("boats", "attacked", "Seven boats were attacked", "Seven"));
        assertEquals("boat attacked", measure("boats", "attacked", "Seven boats were, attacked", "Seven"), "a mark before the act");
        assertNull(measure("boats", "attacked", "attacked", "attacked"), "the act itself is no figure");
        assertNull(measure("boats", "attacked", "Six attacked", "Six"), "nothing between the figure and the act");
        assertNull(measure("boats", "attacked", "Six, attacked", "Six"), "only a mark between them");
    }

    @Test
    void onlyWordsOfQuantityLeaveTheFigureTheObject() {
        assertTrue(ClauseActs.object(" "));
        assertTrue(ClauseActs.object(" at least "));
        assertTrue(ClauseActs.object(" a fleet of "));
        assertFalse(ClauseActs.object(" the camp with "));
        assertFalse(ClauseActs.object(", in two raids, "));
    }

    @Test
    void noListedActNoMeasure() {
        assertNull(measure("yards", "had", "Luck had 300 yards.", "300"), "a light verb is no act of a happening");
        assertNull(measure("boats", null, "Six boats.", "Six"));
        assertNull(measure("people", "seized", "Police seized 12 people.", "12"), "people are not a counted noun alone");
        assertNull(measure("boats", "marched", "They marched with 12 boats.", "12"), "a crowd's act");
        assertNull(measure("boats", "seized", "Six boats.", "Six"), "the act is not written in the sentence");
    }

    @Test
    void theActIsReadInTheFiguresSentenceOnly() {
        String text = "Police seized. Six boats sailed away.";
        int start = text.indexOf("Six");
        assertNull(ClauseActs.measure("boats", "seized", text, text.indexOf("Six"), text.length(), start, start + 3));
        assertEquals("boat seized", ClauseActs.measure("boats", "seized", text, 0, text.length(), start, start + 3));
        String two = "Police seized the cargo. The navy seized six boats.";
        int from = two.indexOf("The navy");
        int six = two.indexOf("six");
        assertEquals("boat seized", ClauseActs.measure("boats", "seized", two, from, two.length(), six, six + 3));
        String late = "The navy saw six boats. Later they were seized.";
        int six2 = late.indexOf("six");
        assertNull(ClauseActs.measure("boats", "seized", late, 0, late.indexOf("Later"), six2, six2 + 3));
    }

    @Test
    void theListsAreData() {
        assertTrue(ClauseActs.PASSIVE.containsAll(java.util.Set.of("was", "were", "been", "being")));
        assertFalse(ClauseActs.PASSIVE.contains("had"), "had makes the perfect, not the passive");
        for (String w : ClauseActs.PASSIVE) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }
}
