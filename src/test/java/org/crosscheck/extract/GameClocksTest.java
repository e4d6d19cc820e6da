package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Times on a game clock read as game time left or used. */
class GameClocksTest {

    private static List<GameClocks.Clock> clocks(String text) {
        return GameClocks.find(text, 0, text.length());
    }

    @Test
    void timeLeftAfterTheClock() {
        List<GameClocks.Clock> c = clocks("The Bears tied it with 4:12 left in the game.");
        assertEquals(1, c.size());
        assertEquals(252, c.get(0).seconds());
        assertEquals("game time left", c.get(0).measure());
        assertEquals("4:12", "The Bears tied it with 4:12 left in the game.".substring(c.get(0).span().start(), c.get(0).span().end()));
        assertEquals("game time left", clocks("Hill scored with 2:40 to go.").get(0).measure());
        assertEquals("game time left", clocks("down by three, 10:05 to play").get(0).measure());
        assertEquals(45, clocks("They held on with 0:45 remaining").get(0).seconds());
        assertEquals("game time played", clocks("He scored 3:20 into the second period.").get(0).measure());
    }

    @Test
    void timeUsedBeforeTheClock() {
        assertEquals("game time used", clocks("a 14-play drive that ate up 7:15 of the clock").get(0).measure());
        assertEquals(435, clocks("a drive that ate up 7:15").get(0).seconds());
        assertEquals("game time used", clocks("The Colts, eating up 5:01, kicked a field goal.").get(0).measure());
        assertEquals("game time used", clocks("the march took 6:30 off the clock.").get(0).measure());
        assertTrue(clocks("the march took 6:30 before the half.").isEmpty(), "\"took\" alone names no use of the clock");
    }

    @Test
    void aTimeWithoutAClocksWordsIsNone() {
        assertTrue(clocks("The meeting starts at 4:12 on Friday.").isEmpty());
        assertTrue(clocks("The meeting starts at 4:12 p.m. and 20 people are left.").isEmpty());
        assertTrue(clocks("She arrived at 4:12 pm left of the stage.").isEmpty(), "a time of day");
        assertTrue(clocks("The ratio was 12:1:40 left over.").isEmpty(), "part of a longer run of numbers");
        assertTrue(clocks("Scores of 104:12 left").isEmpty(), "three digits of minutes");
        assertTrue(clocks("No clock here at all.").isEmpty());
        assertFalse(GameClocks.any("No clock here: none.", 0, 20));
        assertTrue(GameClocks.any("with 1:05 left", 0, 14));
        assertFalse(GameClocks.any("with 1:05 left", 0, 4), "the region ends before the time");
    }

    @Test
    void theWordsAroundTheTimeAreMatchedWhole() {
        assertNull(GameClocks.measure("with", "leftover pizza"), "a word that begins with a form's word");
        assertEquals("game time left", GameClocks.measure("with", "left"));
        assertEquals("game time used", GameClocks.measure("ate up", ""));
        assertNull(GameClocks.measure("late up", ""), "a word that ends with a form's word");
    }

    @Test
    void everyWordAfterAClockIsAlsoAGameClocksWordSoTheTimeIsNoTimeOfDay() {
        assertFalse(GameClocks.FORMS.isEmpty());
        for (String form : GameClocks.FORMS.keySet()) {
            String[] sides = form.split("_", -1);
            assertEquals(2, sides.length, form);
            assertTrue(form.matches("[\\p{Ll} ]*_[\\p{Ll} ]*"), form);
            String after = sides[1].strip();
            if (sides[0].isBlank()) {
                assertTrue(Mentions.GAME_CLOCK_WORDS.contains(after), after);
            }
        }
    }
}
