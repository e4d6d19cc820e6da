package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** Which round of a tournament a game between two named sides was; whole articles are in the rule cases. */
class GameRoundsTest {

    private static List<AttributeClaim> read(String text) {
        return SentenceReaders.read(GameRounds::sentence, text);
    }

    @Test
    void theFormsOfARound() {
        String[][] cases = {
            {"Orvale plays the winner of the semifinal between Lindor and North Varth.", "semifinal between Lindor and North Varth",
                "Lindor-North Varth game", "game:lindor|north varth", "semifinal"},
            {"They meet the winner of Friday's second quarterfinal between North Varth and Lindor on Saturday.",
                "quarterfinal between North Varth and Lindor", "North Varth-Lindor game", "game:lindor|north varth", "quarterfinal"},
            {"It was a quarter-final match between Lindor and Varth.", "quarter-final match between Lindor and Varth",
                "Lindor-Varth game", "game:lindor|varth", "quarterfinal"},
            {"The semi-finals between Lindor and Varth drew a crowd.", "semi-finals between Lindor and Varth",
                "Lindor-Varth game", "game:lindor|varth", "semifinal"},
            {"Orvale plays the winner of the Lindor-North Varth semifinal.", "Lindor-North Varth semifinal",
                "Lindor-North Varth game", "game:lindor|north varth", "semifinal"},
            {"Tickets for Sunday's Varth-Lindor final sold out.", "Varth-Lindor final", "Varth-Lindor game", "game:lindor|varth", "final"},
            {"The final between Lindor and St. Varth.", "final between Lindor and St. Varth", "Lindor-St. Varth game",
                "game:lindor|st. varth", "final"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> found = read(c[0]);
            assertEquals(1, found.size(), c[0]);
            AttributeClaim a = found.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals(c[3], a.entityKey(), c[0]);
            assertEquals(c[4], a.valueText(), c[0]);
            assertEquals(c[4], a.word(), c[0]);
            assertEquals(AttributeClaim.ROUND, a.attribute(), c[0]);
            assertFalse(a.person(), c[0]);
            assertTrue(a.wordValued(), c[0]);
            assertTrue(a.eventBound(), c[0]);
        }
    }

    @Test
    void wordsThatGiveNoRound() {
        String[] cases = {
            "The second round between Lindor and Varth was close.",   // a round named from the start
            "The final between the two sides was close.",             // no named sides
            "The Lindor-Varth final score was 2-1.",                  // a final score
            "The Lindor-Varth final minutes were tense.",             // the last minutes
            "The semifinalist between Lindor and Varth won.",         // another word
            "The final between Lindor and Lindor.",                   // one side twice
            "Lindor reached the final on Friday.",                    // one side
            "Fans hope for a possible final between Lindor and Varth.", // a game that may come
            "It sets up a potential second semifinal between Lindor and Varth.", // a game that may come
            "Fans want a dream Lindor-Varth final.",                  // a game that may come
        };
        for (String c : cases) {
            assertEquals(List.of(), read(c), c);
        }
    }

    @Test
    void theListedRoundsAreLowerCaseAndCompareAsAListedRound() {
        for (var e : GameRounds.ROUNDS.entrySet()) {
            assertEquals(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getKey());
            assertTrue(GameRounds.ROUNDS.containsKey(e.getValue()), e.getValue());
        }
        assertFalse(GameRounds.ROUNDS.containsKey("second round"));
        assertTrue(GameRounds.HEDGES.contains("possible"));
        for (String h : GameRounds.HEDGES) {
            assertEquals(h.toLowerCase(java.util.Locale.ROOT), h);
        }
    }
}
