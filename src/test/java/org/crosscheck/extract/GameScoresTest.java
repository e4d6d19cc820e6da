package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** A game's score read as a pair, with what it measures and whose side it is. */
class GameScoresTest {

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        for (String name : List.of("Vasquez", "Okafor")) {
            if (text.contains(name)) {
                here.add(TestPeople.mention(text, name, "Nora " + name));
            }
        }
        GameScores.sentence(text, "d", 0, text.length(), here, DateClaim.NO_DAY, null, out);
        return GameScores.settle(out);
    }

    private static AttributeClaim one(String text) {
        List<AttributeClaim> claims = read(text);
        assertEquals(1, claims.size(), text + ": " + claims);
        return claims.get(0);
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertEquals("won final", GameScores.VERBS.get("beat"));
        assertEquals("trailing point", GameScores.VERBS.get("trailing"));
        assertEquals("leading point", GameScores.NOUNS.get("lead"));
        assertEquals("halftime", GameScores.POINTS.get("break"));
        assertEquals("left", GameScores.CLOCK_WORDS.get("to go"));
        assertEquals("left", GameScores.CLOCK_WORDS.get("remaining"));
        assertTrue(GameScores.NOT_NAMES.contains("the"));
    }

    @Test
    void theFormsOfAScore() {
        String[][] cases = {
            // sentence, team, attribute, pair
            {"Riverton won 27-20 on Sunday.", "Riverton", "final score (won)", "27-20"},
            {"The Lakeside Hawks beat Riverton 27-20 in the rain.", "Lakeside Hawks", "final score (won)", "27-20"},
            {"It handed the Hawks a 27\u201320 victory over Riverton.", "Hawks", "final score (won)", "27-20"},
            {"It was a 27-20 defeat to the Hawks.", "Hawks", "final score (won)", "27-20"},
            {"Riverton lost 3-1 to the Hawks.", "Riverton", "final score (lost)", "3-1"},
            {"The Hawks, trailing 10-0 at the start of the third quarter, came back.", "Hawks",
                "score at the start of the third quarter (trailing)", "10-0"},
            {"Riverton led 21-7 at halftime.", "Riverton", "score at halftime (leading)", "21-7"},
            {"Riverton took a 21-7 halftime lead.", "Riverton", "score at halftime (leading)", "21-7"},
            {"Riverton led 21-7 after the third quarter.", "Riverton", "score at the end of the third quarter (leading)", "21-7"},
            {"The Hawks scored twice, jumping to a 14-0 lead.", "Hawks", "score at a point of the game (leading)", "14-0"},
            {"Riverton led 10-3 in the first half.", "Riverton", "score at a point of the game (leading)", "10-3"},
            {"Nora Okafor tied the game at 24-24 with a kick.", "the game", "score at a point of the game (tied)", "24-24"},
        };
        for (String[] c : cases) {
            AttributeClaim a = one(c[0]);
            assertEquals(c[1], a.entity(), c[0]);
            assertEquals(c[2], a.attribute(), c[0]);
            assertEquals(c[3], a.valueText(), c[0]);
            assertTrue(a.pair() && a.gameScore() && a.eventBound(), c[0]);
            assertFalse(a.person() || a.scalar(), c[0]);
            assertEquals(!c[2].startsWith(AttributeClaim.SCORE_SEEN), a.comparable(), c[0]);
        }
        // "after the third quarter" is "at the end of" it: the same point, written two ways.
        assertEquals("score at the end of the third quarter (leading)", one("Riverton led 21-7 at the end of the third quarter.").attribute());
    }

    @Test
    void twoSourcesCompareOnlyOneTeamsScoreAtOnePoint() {
        AttributeClaim won = one("Riverton won 27-20 on Sunday.");
        assertTrue(won.disagreesWith(one("Riverton beat the Hawks 27-17.")));
        assertFalse(won.disagreesWith(one("Riverton beat the Hawks 27-20.")));
        assertFalse(won.attribute().equals(one("Riverton led 21-7 at halftime.").attribute()), "a halftime score is no final one");
        assertFalse(one("Riverton led 21-7 at halftime.").attribute().equals(one("Riverton led 21-7 after the first quarter.").attribute()));
        assertFalse(won.entityKey().equals(one("The Hawks lost 27-20.").entityKey()), "the other side is another team");
    }

    @Test
    void noScoreThatIsNotOne() {
        assertTrue(read("The court ruled 5-4 on Monday.").isEmpty(), "no verb or noun of a game");
        assertTrue(read("Riverton won 20-27 on Sunday.").isEmpty(), "a final score is written winner first");
        assertTrue(read("Riverton tied 21-17.").isEmpty(), "a tie is of equal numbers");
        assertTrue(read("Riverton won the 2008-09 title.").isEmpty(), "a season");
        assertTrue(read("Riverton won 60-40 percent of the vote.").isEmpty() || read("Riverton won 60-40 percent of the vote.")
                .stream().noneMatch(AttributeClaim::comparable), "a share");
        assertTrue(read("Riverton (9-4) won again.").isEmpty(), "a record");
        assertTrue(read("Riverton won 27-20. Riverton won 14-10 the week before.").isEmpty(), "two games of one team");
        assertFalse(read("Then they won 27-20.").get(0).comparable(), "an opening word is no team");
    }

    @Test
    void everyPointOfTheGameByItsName() {
        String[][] cases = {
            {"Riverton led 14-7 entering the fourth quarter.", "score at the start of the fourth quarter (leading)"},
            {"Riverton led 14-7 through three quarters.", "score at the end of the third quarter (leading)"},
            {"Riverton led 14-7 after the 3rd quarter.", "score at the end of the third quarter (leading)"},
            {"Riverton led 14-7 at the half.", "score at halftime (leading)"},
            {"Riverton led 14-7 at the end of the first half.", "score at the end of the first half (leading)"},
            {"Riverton led 14-7 at the middle of the second quarter.", "score at the middle of the second quarter (leading)"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], one(c[0]).attribute(), c[0]);
        }
        AttributeClaim early = one("Riverton led 10-3 early in the second quarter.");
        assertFalse(early.comparable(), "within a stretch, no point of it: " + early.attribute());
    }

    @Test
    void aTeamIsTheNearestNameBeforeTheScoreInItsClause() {
        assertEquals("Hawks", one("After Riverton scored, the Hawks led 14-7 at halftime.").entity());
        assertFalse(one("Riverton, who had lost twice before, led 14-7 at halftime.").comparable(),
                "a clause between the team and its score: no team");
    }

    @Test
    void aScoreAtAReadingOfTheGameClockIsThatPoint() {
        String[][] cases = {
            {"The Hawks opened a 52-40 lead with 9:12 to play.", "Hawks", "score at 9:12 left (leading)", "52-40"},
            {"Riverton led 30-28 with 2:05 left in the first half.", "Riverton", "score at 2:05 left in the first half (leading)", "30-28"},
            {"Riverton trailed 17-10 with 6:40 remaining in the 3rd quarter.", "Riverton",
                "score at 6:40 left in the third quarter (trailing)", "17-10"},
            {"The Hawks led 61-60 with just 0:08 to go in the game.", "Hawks", "score at 0:08 left (leading)", "61-60"},
            {"Riverton took its first double-digit lead of the night at 44-33 on a pair of Lanz free throws with 11:20 to go.",
                "Riverton", "score at 11:20 left (leading)", "44-33"},
            {"Riverton stretched its lead to 58-41 with 5:02 to play.", "Riverton", "score at 5:02 left (leading)", "58-41"},
            {"The Hawks cut their deficit to 47-45 with 3:30 left in the half.", "Hawks", "score at 3:30 left in the half (trailing)", "47-45"},
        };
        for (String[] c : cases) {
            AttributeClaim a = one(c[0]);
            assertEquals(c[1], a.entity(), c[0]);
            assertEquals(c[2], a.attribute(), c[0]);
            assertEquals(c[3], a.valueText(), c[0]);
            assertTrue(a.comparable(), c[0]);
        }
        // One reading of the clock, written three ways, is one point; another reading or another half is another.
        AttributeClaim play = one("The Hawks opened a 52-40 lead with 9:12 to play.");
        assertTrue(play.disagreesWith(one("The Hawks took their biggest lead at 52-41 with 9:12 remaining.")));
        assertFalse(play.disagreesWith(one("The Hawks led 52-40 with 9:12 left.")));
        assertFalse(play.attribute().equals(one("The Hawks led 52-41 with 9:13 left.").attribute()));
        assertFalse(play.attribute().equals(one("The Hawks led 52-41 with 9:12 left in the first half.").attribute()));
    }

    @Test
    void noClockPointWhereTheWordsGiveNone() {
        assertFalse(one("The Hawks led 52-40 midway through the half, with Lanz on the bench.").comparable(), "no clock");
        assertFalse(one("The Hawks led 52-40. Play resumed with 9:12 to play.").comparable(), "the clock in another sentence");
        assertFalse(one("The Hawks led 52-40, and Riverton scored with 9:12 to play.").comparable(), "the clock of another clause");
        assertEquals("score at halftime (leading)", one("Riverton took a 21-7 halftime lead with 0:00 left.").attribute(),
                "a point the noun names stays that point");
        assertTrue(read("Riverton cut the lead to 47-45 with 3:30 left.").isEmpty(), "the lead of no side the words name");
        assertEquals("final score (won)", one("Riverton sealed the win 71-65 with 0:04 left.").attribute(),
                "a final score is the game's end, whatever the clock said when it was sealed");
        assertTrue(read("Riverton sealed its victory at 71-65 with 0:04 left.").isEmpty(), "a final score's noun stands at no point");
    }
}
