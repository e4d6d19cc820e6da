package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** What a named player did in the game an article reports. */
class GameTalliesTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, "Nora " + name);
    }

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        for (String name : List.of("Vasquez", "Okafor")) {
            if (text.contains(name) && !text.contains("Nora " + name)) {
                here.add(person(text, name));
            }
        }
        GameTallies.sentence(text, "d", 0, text.length(), here, DateClaim.NO_DAY, null, out);
        return GameTallies.settle(out);
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(GameTallies.VERBS.contains("scored") && GameTallies.VERBS.contains("finished with"));
        assertEquals("rebounds", GameTallies.NOUNS.get("rebound"));
        assertFalse(GameTallies.NOUNS.containsKey("points"), "points have their own reader");
        assertEquals("rushing", GameTallies.YARDS.get("ran"));
        GameTallies.VERBS.forEach(v -> assertEquals(v.strip().toLowerCase(Locale.ROOT), v));
        GameTallies.NOUNS.forEach((k, v) -> assertEquals(k.strip().toLowerCase(Locale.ROOT), k));
        GameTallies.YARDS.forEach((k, v) -> assertEquals(k.strip().toLowerCase(Locale.ROOT), k));
    }

    @Test
    void theFormsOfAGameCount() {
        String[][] cases = {
            // sentence, claim's words, entity, low, high, attribute
            {"Vasquez scored two goals for the Hawks.", "scored two goals", "Nora Vasquez", "2", "2", "game count of goals"},
            {"Vasquez, a junior, finished with 13 rebounds.", "finished with 13 rebounds", "Nora Vasquez", "13", "13", "game count of rebounds"},
            {"Daniel Kamara had 14 assists and Okafor added 13 for the visitors.", "had 14 assists", "Daniel Kamara", "14", "14",
                "game count of assists"},
            {"Vasquez ran for 226 yards on 22 carries.", "ran for 226 yards", "Nora Vasquez", "226", "226", "game count of rushing yards"},
            {"Vasquez had 90 receiving yards.", "had 90 receiving yards", "Nora Vasquez", "85", "95", "game count of receiving yards"},
            {"Vasquez threw for 310 yards.", "threw for 310 yards", "Nora Vasquez", "305", "315", "game count of passing yards"},
            {"Vasquez pulled down nine rebounds in the win.", "pulled down nine rebounds", "Nora Vasquez", "9", "9",
                "game count of rebounds"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals(Double.parseDouble(c[3]), a.low(), 1e-9, c[0]);
            assertEquals(Double.parseDouble(c[4]), a.high(), 1e-9, c[0]);
            assertEquals(c[5], a.attribute(), c[0]);
            assertTrue(a.person() && a.eventBound() && a.identified(), c[0]);
        }
    }

    @Test
    void aSecondCountJoinedByAndIsTheSamePlayers() {
        List<AttributeClaim> claims = read("Daniel Kamara had 12 rebounds and four assists.");
        assertEquals(2, claims.size());
        assertEquals("four assists", claims.get(1).text());
        assertEquals("game count of assists", claims.get(1).attribute());
        assertEquals("Daniel Kamara", claims.get(1).entity());
        assertEquals(1, read("Daniel Kamara had 12 rebounds and the crowd cheered.").size());
    }

    @Test
    void noGameCountOfAPartACareerOrNoOne() {
        assertTrue(read("Vasquez had 17 rebounds in just over the first eight minutes.").isEmpty(), "a part of the game");
        assertTrue(read("Vasquez grabbed 10 rebounds in the second half.").isEmpty(), "a half");
        assertTrue(read("Vasquez had five assists during a 15-2 run.").isEmpty(), "a run");
        assertTrue(read("Vasquez grabbed 1,000 career rebounds.").isEmpty(), "a career's");
        assertTrue(read("Vasquez had 700 assists this season.").isEmpty(), "a season's");
        assertTrue(read("Vasquez had three more rebounds.").isEmpty(), "a part");
        assertTrue(read("Vasquez had 102 yards from scrimmage.").isEmpty(), "yards of no kind");
        assertTrue(read("Vasquez scored 14 points.").isEmpty(), "points have their own reader");
        assertTrue(read("The team had 80 rebounds.").isEmpty(), "no one named");
        assertTrue(read("The coach said Daniel had 80 rebounds.").isEmpty(), "no name in full before the verb");
        assertTrue(read("Vasquez had zero rebounds.").isEmpty(), "no number");
        assertTrue(read("Vasquez has 2,129 rebounds.").isEmpty(), "a career's tally is HeldCounts'");
        assertTrue(read("Vasquez's brother had 14 rebounds.").isEmpty(), "a possessor");
    }

    @Test
    void describingWordsOfNoGameAreData() {
        assertTrue(GameTallies.NOT_GAME.containsAll(java.util.Set.of("career", "season", "total", "overall", "all-time")));
        assertFalse(GameTallies.NOT_GAME.contains("game"));
        for (String w : GameTallies.NOT_GAME) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        assertTrue(read("Vasquez grabbed 300 overall rebounds.").isEmpty(), "overall: a sum of games");
        java.util.Set<String> stretches = org.crosscheck.text.Lexicon.words(GameTallies.class, "game-stretch-words.txt");
        assertTrue(stretches.containsAll(java.util.Set.of("half", "quarter", "overtime", "season", "tournament")));
        assertTrue(read("Vasquez grabbed 40 rebounds over the whole tournament.").isEmpty(), "a tournament's");
        assertTrue(read("Vasquez had four assists in OVERTIME.").isEmpty(), "a part, in any case");
        assertFalse(read("Vasquez grabbed 12 rebounds.").isEmpty(), "a game's");
    }

    @Test
    void aPlayerGivenTwoValuesGivesNone() {
        assertTrue(read("Vasquez had 14 rebounds. Vasquez had 12 rebounds and six assists.").stream()
                .noneMatch(a -> a.attribute().equals("game count of rebounds")));
        List<AttributeClaim> same = read("Vasquez had 14 rebounds. Later Vasquez had 14 rebounds.");
        assertEquals(1, same.size());
    }

    @Test
    void playerAndYards() {
        assertEquals("rushing", GameTallies.yards("ran", ""));
        assertEquals("passing", GameTallies.yards("had", " passing "));
        assertNull(GameTallies.yards("had", " "));
        assertFalse(GameTallies.plain(" career "));
        assertTrue(GameTallies.plain(" "));
        assertNull(GameTallies.player("The team scored", 0, 9, List.of()));
        assertEquals("Daniel Kamara", GameTallies.player("Daniel Kamara scored", 0, 14, List.of()).fullName());
        assertNull(GameTallies.player("xDaniel Kamara scored", 0, 15, List.of()));
    }
}
