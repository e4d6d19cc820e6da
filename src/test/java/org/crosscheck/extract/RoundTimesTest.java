package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** How far into its last round a bout was stopped; whole articles are in the rule cases and golden sentences. */
class RoundTimesTest {

    private static final long MAY_2012 = LocalDate.of(2012, 5, 10).toEpochDay();

    private static List<AttributeClaim> read(String text) {
        return read(text, MAY_2012);
    }

    private static List<AttributeClaim> read(String text, long published) {
        List<AttributeClaim> out = new ArrayList<>();
        RoundTimes.sentence(text, "d", 0, text.length(), published, null, out);
        return out;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(RoundTimes.STOPS.containsAll(List.of("stop", "halt", "knocked out", "tko", "finished")));
        assertTrue(RoundTimes.KNOCKDOWNS.containsAll(List.of("down", "floor", "standing count")));
        for (String w : RoundTimes.STOPS) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        for (String w : RoundTimes.KNOCKDOWNS) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
            assertFalse(RoundTimes.STOPS.contains(w), w);
        }
    }

    @Test
    void theFormsOfAStoppageTime() {
        String[][] cases = {
            {"The referee stopped the bout 44 seconds into the seventh round.", "44 seconds into the seventh round", "0:44"},
            {"Vorst won by stopping Lane after 44 seconds of the seventh round.", "44 seconds of the seventh round", "0:44"},
            {"Vorst finished the job forty-four seconds into round seven.", "forty-four seconds into round seven", "0:44"},
            {"Vorst knocked out Lane a minute and 10 seconds into the fifth.", "a minute and 10 seconds into the fifth", "1:10"},
            {"Vorst knocked out Lane two minutes, 5 seconds into the 3rd round.", "two minutes, 5 seconds into the 3rd round", "2:05"},
            {"The referee waved it off at 2:15 of the seventh round.", "2:15 of the seventh round", "2:15"},
            {"The referee stepped in, stopping the fight at the 2:15 mark.", "2:15 mark", "2:15"},
            {"Lane went down again late in the round, and the referee halted it at 2:56.", "2:56", "2:56"},
            {"The bout ended at 1:05 of round two after a cut.", "1:05 of round two", "1:05"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.valueText(), c[0]);
            assertEquals(AttributeClaim.STOPPAGE_TIME, a.attribute());
            assertEquals("bout:stopped", a.entityKey());
            assertFalse(a.person());
            assertTrue(a.eventBound());
            assertTrue(a.identified());
        }
    }

    @Test
    void timesThatAreNotAStoppage() {
        String[] none = {
            // a knockdown's time
            "Lane was floored 30 seconds into the third round but won on points.",
            "Vorst stopped Lane after he dropped him 30 seconds into the third round.",
            "The referee stopped the count when Lane was down at 1:10 of the fifth.",
            // no word that ends a bout before the time
            "Lane landed a hook 44 seconds into the seventh round.",
            // a time of day, or a clock time in a sentence of no bout
            "The referee stopped the fight at 2:15 p.m., police said.",
            "Police stopped the car at 2:15 near the arena.",
            // a year other than the article's: an earlier bout
            "In 2008 the referee stopped the bout 44 seconds into the seventh round.",
            // a semicolon ends the clause of the stop
            "The referee stopped the fight; Lane had been cut 44 seconds into the seventh round.",
            // seconds out of range, a word that is no number
            "The referee stopped the fight at 2:75 of the seventh.",
            "The referee stopped the fight some seconds into the seventh round.",
        };
        for (String s : none) {
            assertEquals(List.of(), read(s), s);
        }
    }

    @Test
    void aStopTooFarBeforeTheTimeIsNotItsStop() {
        String near = "The referee stopped it after a flurry of punches along the ropes, 44 seconds into the seventh round.";
        assertEquals(1, read(near).size());
        String far = "The referee stopped it, and Vorst, who had been sharper from the opening bell through every exchange of a long "
                + "night, landed a hook 44 seconds into the seventh round.";
        assertEquals(List.of(), read(far));
    }

    @Test
    void aDateUnknownStillReads() {
        assertEquals(1, read("The referee stopped the bout 44 seconds into the seventh round.", DateClaim.NO_DAY).size());
        assertEquals(List.of(), read("In 2008 the referee stopped the bout 44 seconds into the seventh round.", DateClaim.NO_DAY));
    }
}
