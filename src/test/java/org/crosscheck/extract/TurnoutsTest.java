package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** The turnout of the election an article reports; whole articles are in the rule cases and golden sentences. */
class TurnoutsTest {

    private static final long DEC_2008 = LocalDate.of(2008, 12, 15).toEpochDay();

    private static List<AttributeClaim> read(String text) {
        return SentenceReaders.read(Turnouts::sentence, text, DEC_2008);
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(Turnouts.LINKS.containsAll(List.of("was", "of", "reached", "stood at")));
        assertTrue(Turnouts.VOTING.containsAll(List.of("vote", "cast", "participat", "turned out")));
        for (String w : Turnouts.LINKS) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        for (String w : Turnouts.VOTING) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }

    @Test
    void theFormsOfATurnout() {
        // sentence, words read, value as printed, low, high
        String[][] cases = {
            {"Turnout was almost 90%, the commission said.", "Turnout was almost 90%", "almost 90%", "81.0", "90.0"},
            {"Officials said turnout reached 93.87 percent.", "turnout reached 93.87 percent", "93.87 percent", "93.865", "93.875"},
            {"The vote drew a turnout of 61 per cent.", "turnout of 61 per cent", "61 per cent", "60.5", "61.5"},
            {"Turnout stood at about 70%.", "Turnout stood at about 70%", "about 70%", "63.0", "77.0"},
            {"A 61% turnout was reported.", "61% turnout", "61%", "60.5", "61.5"},
            {"Turnout was more than 80 percent.", "Turnout was more than 80 percent", "more than 80 percent", "80.0", "100.0"},
            {"Turnout was under 40 percent.", "Turnout was under 40 percent", "under 40 percent", "0.0", "40.0"},
            {"The government said 90 per cent of eligible voters have participated.",
                "90 per cent of eligible voters have participated", "90 per cent", "89.5", "90.5"},
            {"Some 61% of the country's registered voters cast ballots.", "Some 61% of the country's registered voters cast",
                "Some 61%", "54.9", "67.1"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.valueText(), c[0]);
            assertEquals(Double.parseDouble(c[3]), a.low(), 1e-9, c[0]);
            assertEquals(Double.parseDouble(c[4]), a.high(), 1e-9, c[0]);
            assertEquals(AttributeClaim.TURNOUT, a.attribute());
            assertEquals("election:turnout", a.entityKey());
            assertTrue(a.eventBound());
            assertFalse(a.person());
        }
        assertTrue(read("Turnout was almost 90%.").get(0).highOpen());
        assertFalse(read("Turnout was 90%.").get(0).highOpen());
        assertTrue(read("Turnout was more than 80 percent.").get(0).lowOpen());
    }

    @Test
    void aYearOfTheArticleIsItsOwn() {
        assertEquals(1, read("Turnout was 61 percent in the December 2008 vote.").size());
        List<AttributeClaim> out = new ArrayList<>();
        String s = "Turnout was 61 percent in the December 2008 vote.";
        Turnouts.sentence(s, "d", 0, s.length(), org.crosscheck.claims.DateClaim.NO_DAY, null, out);
        assertEquals(List.of(), out);
    }

    @Test
    void sharesThatAreNoFinalTurnout() {
        String[] none = {
            "The vote is valid only with a turnout of more than 50 percent.",
            "Turnout in the last election was 76%.",
            "Turnout was 76% in 2004, officials said.",
            "Turnout was 76% in the 2004 vote.",
            "Turnout could reach 80 percent, officials said.",
            "By 10:30 turnout was 40%.",
            "Turnout stood at 40% as of noon.",
            "About 40% of voters said they backed the president.",
            "Turnout was high, and 61% of the seats went to the ruling party.",
        };
        for (String s : none) {
            assertEquals(List.of(), read(s), s);
        }
    }
}
