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
import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** A team's win-loss record after the game a report gives. */
class TeamRecordsTest {

    private static List<AttributeClaim> read(String text, People.Mention... people) {
        List<AttributeClaim> out = new ArrayList<>();
        TeamRecords.sentence(text, "d", 0, text.length(), List.of(people), DateClaim.NO_DAY, null, out);
        return TeamRecords.settle(out);
    }

    @Test
    void verbListIsReadFromItsFile() {
        assertTrue(TeamRecords.VERBS.contains("rose to") && TeamRecords.VERBS.contains("stand at"));
        TeamRecords.VERBS.forEach(v -> assertEquals(v.strip().toLowerCase(Locale.ROOT), v));
    }

    @Test
    void theFormsOfATeamsRecord() {
        String[][] cases = {
            // sentence, claim's words, team, record
            {"The rookie calmly led Riverton (11-4) downfield.", "Riverton (11-4", "Riverton", "11-4"},
            {"By winning, Riverton\u2019 record rose to 10-4 and the playoffs beckon.", "Riverton\u2019 record rose to 10-4", "Riverton", "10-4"},
            {"Four weeks later the Hawks stand at 11-4 and lead the division.", "Hawks stand at 11-4", "Hawks", "11-4"},
            {"The Lake City Hawks improved to 20-7-1.", "Lake City Hawks improved to 20-7-1", "Lake City Hawks", "20-7-1"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals(TeamRecords.TEAM_KEY + c[2].toLowerCase(Locale.ROOT), a.entityKey(), c[0]);
            assertEquals(AttributeClaim.RECORD, a.attribute(), c[0]);
            assertEquals(c[3], a.written(), c[0]);
            assertFalse(a.person(), c[0]);
            assertTrue(a.identified() && a.eventBound(), c[0]);
        }
        assertTrue(read("Riverton (11-4) beat the Hawks (3-12).").get(0)
                .disagreesWith(read("Riverton (10-4) beat the Hawks (3-12).").get(0)));
    }

    @Test
    void noRecordOfAPartAPersonATimeOrARoundUp() {
        assertTrue(read("The Hawks improved to 5-1 since March.").isEmpty(), "a part of the season");
        assertTrue(read("The Hawks improved to 3-0 against Riverton.").isEmpty(), "a part of the season");
        assertTrue(read("The Hawks went 3-1 in their last four.").isEmpty(), "a run of games");
        assertTrue(read("The Hawks were 14-0 down at the half.").isEmpty(), "a score, not a record");
        assertTrue(read("On Sunday (1-0) nothing happened.").isEmpty(), "a word of time");
        assertTrue(read("The (1-0) lead held.").isEmpty(), "no team");
        assertTrue(read("Riverton (1995-99) was good.").isEmpty(), "no record");
        assertTrue(read("Running back Daniel Okoro (5-11, 220) joined.").isEmpty(), "a player's height and weight");
        assertTrue(read("Okoro Mensah (5-11,220) joined.").isEmpty(), "a height and weight in one bracket");
        String name = "Ann Roe";
        String text = "The pitcher Ann Roe (3-2) won.";
        int at = text.indexOf(name);
        Span span = new Span(at, at + name.length());
        People.Mention roe = new People.Mention(span, span, name, name, People.personKey(name), true, null, null, null, true, null,
                0, null);
        assertTrue(read(text, roe).isEmpty(), "a person's record");
        assertTrue(read("Riverton (10-4) beat Lakeside (3-11) as Hillside (6-8) lost to Easton (9-5) and Weston (2-12) won.")
                .isEmpty(), "a round-up of five teams");
        assertEquals(4, read("Riverton (10-4) beat Lakeside (3-11) as Hillside (6-8) lost to Easton (9-5).").size());
        assertTrue(read("Riverton (10-4) won. Riverton (9-4) had lost before.").isEmpty(), "two records of one team");
    }

    @Test
    void aRecordOfAPartOfTheSeasonIsThatParts() {
        String[][] cases = {
            // sentence, attribute, team, record
            {"The Hawks (11-4, 5-3 away) won again.", "record away", "Hawks", "5-3"},
            {"The Lakeside Hawks (2-13, 1-7 home) lost.", "record at home", "Lakeside Hawks", "1-7"},
            {"The Hawks improved to 5-1 at home.", "record at home", "Hawks", "5-1"},
            {"The Hawks improved to 3-0 in the division.", "record in the division", "Hawks", "3-0"},
            {"Riverton went 2-6 on the road.", "record away", "Riverton", "2-6"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]).stream().filter(a -> !a.attribute().equals(AttributeClaim.RECORD)).toList();
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.attribute(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals(c[3], a.valueText(), c[0]);
            assertTrue(a.pair() && a.eventBound() && a.comparable(), c[0]);
        }
        assertEquals(AttributeClaim.RECORD, read("The Hawks (11-4, 5-3 away) won again.").stream()
                .filter(a -> a.valueText().equals("11-4")).findFirst().orElseThrow().attribute());
        assertTrue(TeamRecords.STRETCHES.containsKey("on the road") && TeamRecords.STRETCHES.get("home").equals("at home"));
    }

    @Test
    void aRecordInOtherForms() {
        String[][] cases = {
            {"Riverton's 9-14 record cost the coach his job.", "Riverton", "9-14"},
            {"The Hawks' disappointing 3-9 start ended his tenure.", "Hawks", "3-9"},
            {"After the loss the Hawks are 4-6.", "Hawks", "4-6"},
            {"Riverton is now 7-2, a game behind.", "Riverton", "7-2"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            assertEquals(AttributeClaim.RECORD, claims.get(0).attribute(), c[0]);
            assertEquals(c[1], claims.get(0).entity(), c[0]);
            assertEquals(c[2], claims.get(0).valueText(), c[0]);
        }
        assertTrue(read("The Hawks were 14-0 when the rain came.").isEmpty(), "no record: the clause goes on");
        assertTrue(read("The vote was 5-4.").isEmpty(), "no team");
        assertTrue(read("It ended a dismal home season in which the Hawks went 2-6.").isEmpty(), "the stretch is named before");
        assertTrue(read("During the spring the Hawks went 2-6.").isEmpty(), "the stretch is named before");
    }

    @Test
    void theTeamARunNames() {
        assertEquals("Hawks", TeamRecords.team("The Hawks"));
        assertEquals("Riverton", TeamRecords.team("Riverton\u2019s"));
        assertNull(TeamRecords.team("The"));
        assertNull(TeamRecords.team("Sunday"));
        assertNull(TeamRecords.team("Dec."));
    }
}
