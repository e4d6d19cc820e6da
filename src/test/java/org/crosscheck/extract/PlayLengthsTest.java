package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/** The length of a play in yards, tied to the play and its player. */
class PlayLengthsTest {

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        for (String name : List.of("Vasquez", "Okafor")) {
            if (text.contains(name)) {
                here.add(TestPeople.mention(text, text.contains("Nora " + name) ? "Nora " + name : name, "Nora " + name));
            }
        }
        PlayLengths.sentence(text, "d", 0, text.length(), here, DateClaim.NO_DAY, null, out);
        return PlayLengths.settle(out);
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(PlayLengths.PLAYS.contains("field goal") && PlayLengths.PLAYS.contains("touchdown run"));
        assertTrue(PlayLengths.DECISIVE.contains("go-ahead"));
        assertTrue(PlayLengths.PLAYS.contains("scamper") && PlayLengths.PLAYS.contains("rushing touchdown"));
        assertEquals("first", PlayLengths.ORDINALS.get("opening"));
        assertEquals("last", PlayLengths.ORDINALS.get("final"));
        assertTrue(PlayLengths.PARTS.contains("second half") && PlayLengths.PARTS.contains("game"));
        assertFalse(PlayLengths.PARTS.contains("half"), "the half may be either");
        assertEquals("game", PlayLengths.MOMENT_NOUNS.get("kickoff")[1]);
        assertEquals("play", PlayLengths.MOMENT_NOUNS.get("snap")[0]);
        assertEquals("-", PlayLengths.MOMENT_NOUNS.get("play")[1]);
    }

    /** The attributes read from a sentence, sorted, each with its value. */
    private static List<String> attributes(String text) {
        List<String> out = new ArrayList<>();
        for (AttributeClaim a : read(text)) {
            out.add(a.entity() + ": " + a.attribute() + " = " + (int) a.low() + (a.comparable() ? "" : " (not compared)"));
        }
        out.sort(null);
        return out;
    }

    @Test
    void aPlayPinnedToAMomentIsThatOnePlay() {
        String[][] cases = {
            // sentence, the moment's attribute
            {"Nora Okafor broke off a 64-yard scoring run on the first play of the second half.",
                "Nora Okafor: length of the play on the first play of the second half = 64"},
            {"Nora Okafor ripped off a 64-yard scamper on the opening play of the 2nd half.",
                "Nora Okafor: length of the play on the first play of the second half = 64"},
            {"Okafor's 30-yard field goal on the game's final play won it.",
                "Nora Okafor: length of the play on the last play of the game = 30"},
            {"Nora Okafor had a 97-yard kickoff return on the opening kickoff.",
                "Nora Okafor: length of the play on the first kickoff of the game = 97"},
            {"Riverton took the lead on a 12-yard pass from Vasquez on the final snap of the third quarter.",
                "Nora Vasquez: length of the play on the last play of the third quarter = 12"},
            {"On the last play of overtime, Nora Okafor kicked a 33-yard field goal.",
                "Nora Okafor: length of the play on the last play of the overtime = 33"},
            {"On the first play of the game Nora Okafor ran a 75-yard touchdown run.",
                "Nora Okafor: length of the play on the first play of the game = 75"},
            {"Nora Okafor scored on a 5-yard run on the opening kickoff of the second half.",
                "Nora Okafor: length of the play on the first kickoff of the second half = 5"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            List<String> read = attributes(c[0]);
            assertTrue(read.contains(c[1]), c[0] + ": " + read);
            assertEquals(2, claims.size(), c[0] + ": the play as a play of its kind too, not compared: " + read);
            for (AttributeClaim a : claims) {
                assertTrue(a.playLength() && a.eventBound(), c[0]);
                assertEquals(a.attribute().contains(" on the "), a.comparable(), c[0]);
            }
        }
        assertTrue(read("Nora Okafor broke off an 84-yard scamper on the first snap of the second half.").stream()
                .filter(AttributeClaim::comparable).findFirst().orElseThrow()
                .disagreesWith(read("Okafor's 86-yard scoring run on the first play of the second half tied it.").stream()
                        .filter(AttributeClaim::comparable).findFirst().orElseThrow()), "one play, two lengths");
    }

    @Test
    void aMomentOfNoPartOfThisGameIsNoMoment() {
        String[] none = {
            "Nora Okafor broke off a 64-yard scoring run on the first play of the half.",
            "Nora Okafor broke off a 64-yard touchdown run on the first play.",
            "Nora Okafor broke off a 64-yard scoring run on the first play of the Lakeside game.",
            "Nora Okafor broke off a 64-yard touchdown run on the first play of his career.",
            "Nora Okafor broke off a 64-yard touchdown run on the first play from scrimmage.",
            "Nora Okafor broke off a 64-yard touchdown run on the first drive of the game.",
            "Nora Okafor broke off a 64-yard touchdown run on the fifth play of the game.",
            "Nora Okafor broke off a 64-yard touchdown run in the first minute of the second half.",
            "Nora Okafor broke off a 64-yard scoring run on the first play of the second half's second drive.",
            "Nora Okafor broke off a 64-yard scoring run on the first play of the first game.",
            "On the first play of the game, Nora Okafor was stopped, and then ran a 75-yard touchdown run.",
            "On the first play of the game Nora Okafor fumbled and Vasquez ran a 75-yard touchdown run.",
            "On the first play of the half Nora Okafor ran a 75-yard touchdown run.",
            "Nora Okafor broke off a 64-yard touchdown run and on the first play of the second half a 12-yard run.",
        };
        for (String text : none) {
            for (String a : attributes(text)) {
                assertTrue(a.endsWith("(not compared)"), text + ": " + a);
            }
        }
        assertEquals(List.of("Nora Okafor: length of a run = 12 (not compared)",
                        "Nora Okafor: length of a touchdown run = 64 (not compared)",
                        "Nora Okafor: length of the play on the first play of the game = 64"),
                attributes("On the first play of the game Nora Okafor ran a 64-yard touchdown run; later a 12-yard run."),
                "the opening moment pins only the first play after it");
        assertEquals(List.of("Nora Okafor: length of a run = 8 (not compared)"),
                attributes("On the first play of the game, Nora Okafor ran a 120-yard run and an 8-yard run."),
                "a figure no play can have pins nothing, and does not pass the moment on");
        assertEquals(List.of("Nora Okafor: length of the play on the last play of the game = 40",
                        "Nora Okafor: length of the winning field goal = 40"),
                attributes("Nora Okafor kicked the winning 40-yard field goal on the last play of the game."),
                "a winning play at a moment is read both ways");
    }

    @Test
    void theFormsOfAPlaysLength() {
        String[][] cases = {
            // sentence, whose, attribute, yards
            {"Nora Okafor kicked a 38-yard field goal in the third.", "Nora Okafor", "length of a field goal", "38"},
            {"Okafor's 12-yard touchdown run put Riverton ahead.", "Nora Okafor", "length of a touchdown run", "12"},
            {"Riverton scored on a 5-yard touchdown pass from Vasquez.", "Nora Vasquez", "length of a touchdown pass", "5"},
            {"Nora Vasquez caught a one- yard pass.", "Nora Vasquez", "length of a pass", "1"},
            {"The Hawks went 80 yards in nine plays.", "Hawks", "length of a drive", "80"},
            {"Nora Okafor hit the game-winning 41-yard field goal.", "Nora Okafor", "length of the winning field goal", "41"},
            {"It ended with a 41-yard go-ahead field goal by Nora Okafor.", "Nora Okafor", "length of the winning field goal", "41"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0] + ": " + claims);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.entity(), c[0]);
            assertEquals(c[2], a.attribute(), c[0]);
            assertEquals(Double.parseDouble(c[3]), a.low(), c[0]);
            assertTrue(a.playLength() && a.eventBound(), c[0]);
            assertEquals(c[2].contains("winning"), a.comparable(), c[0]);
        }
        assertTrue(read("Nora Okafor hit the game-winning 41-yard field goal.").get(0)
                .disagreesWith(read("Nora Okafor kicked the winning 44-yard field goal.").get(0)));
    }

    @Test
    void noLengthOfNoPlay() {
        assertTrue(read("A 40-yard fence ran along the field.").isEmpty(), "no play");
        assertTrue(read("He caught a 12-yard pass.").isEmpty(), "no one it is of");
        assertTrue(read("Nora Okafor kicked a 38-yard field goal and a 45-yard field goal.").isEmpty(), "two of one player's plays");
    }

    @Test
    void aDriveIsAtMostTheFieldsLength() {
        assertEquals(110.0, read("The Hawks went 110 yards in nine plays.").get(0).low());
        assertTrue(read("The Hawks went 111 yards in nine plays.").isEmpty(), "longer than a field");
        assertEquals(99.0, read("Nora Okafor ran a 99-yard touchdown run.").get(0).low());
        assertTrue(read("Nora Okafor ran a 120-yard touchdown run.").isEmpty(), "longer than a field");
    }

    @Test
    void aPlayByATeamIsTheTeams() {
        AttributeClaim a = read("It ended with a 41-yard go-ahead field goal by Riverton.").get(0);
        assertEquals("Riverton", a.entity());
        assertTrue(a.comparable());
        assertTrue(read("It ended with a 41-yard go-ahead field goal by Nora.").isEmpty()
                || !read("It ended with a 41-yard go-ahead field goal by Nora.").get(0).entity().equals("Nora"),
                "a first name alone names no team");
    }

    /** The dates a whole document gives, as written. */
    private static List<String> dates(String body) {
        List<String> out = new ArrayList<>();
        for (Claim c : Extractor.extract(Cleaner.clean(Fixtures.document("d", "Published: April 14, 2021 09:00 GMT\n\n" + body + "\n")))
                .claims()) {
            if (c instanceof DateClaim d) {
                out.add(d.text());
            }
        }
        return out;
    }

    @Test
    void aPartOfTheGameAtAPlaysMomentIsNoDate() {
        assertEquals(List.of("Sunday"), dates("On Sunday Nora Okafor ran a 71-yard scoring run on the first play of the second half."));
        assertEquals(List.of(), dates("Nora Okafor kicked a 30-yard field goal on the last play of the third quarter."));
        assertEquals(List.of(), dates("The Hawks scored on the opening play of the fourth quarter."), "a moment with no length is no date either");
        assertEquals(List.of("second half"), dates("Sales rose in the second half of the year."),
                "a half of a year is still a date");
        assertEquals(List.of(), dates("The Hawks scored on the first play of the Lakeside game in the third quarter."),
                "a part outside a moment of this game is left to the date reader, which reads a game's words (GamePeriods)");
    }
}
