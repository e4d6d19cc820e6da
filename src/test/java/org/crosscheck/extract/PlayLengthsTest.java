package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
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
}
