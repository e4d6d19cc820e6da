package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** How many points a named player scored in the game an article reports; whole articles are in the rule cases. */
class GamePointsTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, "Dana " + name);
    }

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = text.contains("Brisco") ? List.of(person(text, "Brisco")) : List.of();
        GamePoints.sentence(text, "d", 0, text.length(), here, null, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(GamePoints.VERBS.containsAll(List.of("scored", "had", "finished with", "poured in")));
        assertTrue(GamePoints.PART_WORDS.containsAll(List.of("half", "minutes", "season", "career")));
        for (String w : GamePoints.VERBS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
        for (String w : GamePoints.PART_WORDS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
    }

    @Test
    void theFormsOfAPlayersPoints() {
        String[][] cases = {
            {"Brisco scored 14 points as the Hawks won.", "scored 14 points", "14"},
            {"Brisco finished with 20 points and nine rebounds.", "finished with 20 points", "20"},
            {"Brisco poured in  eighteen points for the Hawks.", "poured in  eighteen points", "18"},
            {"Brisco had a game-high 29 points.", "had a game-high 29 points", "29"},
            {"Brisco added 16 points, including a late dunk.", "added 16 points", "16"},
            {"Brisco scored 20 points Thursday night to break the career scoring record.", "scored 20 points", "20"},
            {"Brisco scored 7 points and grabbed five rebounds, and the Hawks won the first half.", "scored 7 points", "7"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.valueText(), c[0]);
            assertEquals(AttributeClaim.GAME_POINTS, a.attribute());
            assertEquals("Dana Brisco", a.entity());
            assertTrue(a.eventBound());
        }
    }

    @Test
    void aPlayerNamedRightBeforeTheVerbWithAListedFirstName() {
        List<AttributeClaim> claims = read("Carl Ostrow had 12 points and four assists.");
        assertEquals(1, claims.size());
        assertEquals("Carl Ostrow", claims.get(0).entity());
        List<AttributeClaim> two = read("The Owls were led by Brisco, while Carl Ostrow had 12 points.");
        assertEquals(1, two.size());
        assertEquals("Carl Ostrow", two.get(0).entity(), "the name right before the verb, not the person named before it");
        assertTrue(read("North Carolina scored 90 points.").isEmpty(), "a team");
        assertTrue(read("Ostrow scored 14 points.").isEmpty(), "a surname alone, never named in full");
    }

    @Test
    void notPointsOfTheGame() {
        assertTrue(read("Brisco scored 14 points in the first half.").isEmpty(), "a half");
        assertTrue(read("Brisco had 17 points in the first eight minutes of the game.").isEmpty(), "minutes");
        assertTrue(read("In eight first-half minutes, Brisco scored 7 points.").isEmpty(), "a part before the verb");
        assertTrue(read("Brisco had five points during a pivotal 15-2 run.").isEmpty(), "a run");
        assertTrue(read("Brisco has scored 2,000 points.").isEmpty(), "a career");
        assertTrue(read("Brisco had scored 40 points.").isEmpty(), "a perfect");
        assertTrue(read("Brisco scored 20 points this season.").isEmpty(), "a season");
        assertTrue(read("Brisco added 13.").isEmpty(), "no noun");
        assertTrue(read("The center scored 14 points.").isEmpty(), "no one named");
        assertTrue(read("Brisco scored 14 pointsy.").isEmpty());
    }

    @Test
    void partsOfAGame() {
        assertTrue(GamePoints.partOfGame(" in the first half", true));
        assertFalse(GamePoints.partOfGame(" to break the career record", true));
        assertFalse(GamePoints.partOfGame(", the most this season", true));
        assertFalse(GamePoints.partOfGame(" and grabbed 7 rebounds in 35 minutes", true));
        assertTrue(GamePoints.partOfGame("Early in the second half, ", false));
        assertFalse(GamePoints.partOfGame("On Friday, ", false));
    }

    @Test
    void aRoundupOfSeveralGamesGivesNone() {
        List<AttributeClaim> claims = new ArrayList<>();
        for (int i = 0; i < GamePoints.ROUNDUP; i++) {
            String text = "Brisco scored " + (10 + i) + " points.";
            List<AttributeClaim> one = read(text);
            AttributeClaim a = one.get(0);
            claims.add(a.withEntity("Dana Brisco" + i, "dana brisco" + i));
        }
        assertEquals(GamePoints.ROUNDUP, GamePoints.settle(claims).size());
        claims.add(read("Brisco scored 40 points.").get(0).withEntity("Ann Roe", "ann roe"));
        assertTrue(GamePoints.settle(claims).isEmpty(), "points of more players than a game report names");
    }

    @Test
    void aPlayerGivenTwoValuesGivesNone() {
        List<AttributeClaim> claims = new ArrayList<>(read("Brisco scored 14 points."));
        claims.addAll(read("Brisco finished with 14 points."));
        assertEquals(1, GamePoints.settle(claims).size());
        claims.addAll(read("Brisco had 16 points."));
        assertTrue(GamePoints.settle(claims).isEmpty());
    }
}
