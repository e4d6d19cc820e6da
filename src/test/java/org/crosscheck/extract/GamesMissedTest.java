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

/** How many games a named player missed; whole articles are in the rule cases. */
class GamesMissedTest {

    private static final long JAN_2011 = LocalDate.of(2011, 1, 5).toEpochDay();
    private static final long JUN_2011 = LocalDate.of(2011, 6, 5).toEpochDay();

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, "Pierce " + name);
    }

    private static List<AttributeClaim> read(String text, long published) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = text.contains("Lund") ? List.of(person(text, "Lund")) : List.of();
        GamesMissed.sentence(text, "d", 0, text.length(), here, null, published, null, out);
        return out;
    }

    @Test
    void wordListIsReadFromItsFile() {
        assertTrue(GamesMissed.NOUNS.containsAll(List.of("games", "matches", "starts")));
        for (String w : GamesMissed.NOUNS) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }

    @Test
    void theFormsOfAMissedCount() {
        String[][] cases = {
            {"Lund missed nine games with a sprained ankle.", "missed nine games", "9"},
            {"Lund missed 10 total games this season.", "missed 10 total games", "10"},
            {"Lund sat out four straight matches.", "sat out four straight matches", "4"},
            {"Lund missed the next four games after surgery.", "missed the next four games", "4"},
            {"Lund had a hard season, missing 10 of the team's 16 games.", "missing 10 of the team's 16 games", "10"},
            {"Lund, sitting out two starts, watched.", "sitting out two starts", "2"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0], JAN_2011);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text());
            assertEquals(c[2], a.valueText());
            assertEquals(AttributeClaim.GAMES_MISSED, a.attribute());
            assertEquals("Pierce Lund", a.entity());
            assertTrue(a.eventBound());
        }
    }

    @Test
    void notAMissedCountOfAPlayerOrOfThisSeason() {
        assertTrue(read("The team missed nine games.", JAN_2011).isEmpty(), "no one named");
        assertTrue(read("Lund missed nine kicks.", JAN_2011).isEmpty(), "not games");
        assertTrue(read("Lund missed nine games last season.", JAN_2011).isEmpty());
        assertTrue(read("Lund missed the final four games of the 2007 season.", JAN_2011).isEmpty());
        assertEquals(1, read("Lund lost the 2010 season to injuries, missing ten games.", JAN_2011).size(),
                "a season that began the year before, in January");
        assertTrue(read("Lund lost the 2010 season to injuries, missing ten games.", JUN_2011).isEmpty());
        assertEquals(1, read("Lund had a 2011 season to forget, missing ten games.", JUN_2011).size());
        assertTrue(read("Lund had a 2010 season to forget, missing ten games.", DateClaim.NO_DAY).isEmpty(), "date unknown");
        assertEquals(1, read("Lund missed ten games.", DateClaim.NO_DAY).size());
        assertTrue(read("Lund missed 0 games.", JAN_2011).isEmpty());
    }

    @Test
    void aYearOfAnotherSeason() {
        String s = "in 2010 and 2009";
        assertFalse(GamesMissed.otherYear(s, 0, 7, JAN_2011));
        assertTrue(GamesMissed.otherYear(s, 0, s.length(), JAN_2011));
        assertFalse(GamesMissed.otherYear("no year 12,2010", 0, 15, JAN_2011), "a number, not a year");
        assertTrue(GamesMissed.otherYear("2012", 0, 4, JAN_2011));
        assertFalse(GamesMissed.otherYear("2011", 0, 4, JAN_2011));
        assertFalse(GamesMissed.otherYear("2011", 0, 3, JUN_2011), "past the region");
    }
}
