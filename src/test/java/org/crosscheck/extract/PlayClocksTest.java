package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** The game clock at a once-in-a-game play. Sentences of my own. */
class PlayClocksTest {

    private static List<String> clocks(String text) {
        List<String> shown = new ArrayList<>();
        for (AttributeClaim a : AttributeExtractor.oneValueEach(SentenceReaders.read(PlayClocks::sentence, text))) {
            shown.add(a.entityKey() + " | " + a.attribute() + " = " + a.valueText());
        }
        return shown;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(PlayClocks.SETTING.contains("broke") && PlayClocks.SETTING.contains("setting"));
        assertFalse(PlayClocks.SETTING.contains("tied"), "tying a record sets none");
        assertTrue(PlayClocks.RECORDS.contains("record") && PlayClocks.RECORDS.contains("mark"));
    }

    @Test
    void theClockAtTheRecordSettingPlay() {
        assertEquals(List.of("game:the record-setting play | game clock at the record-setting play = 3:05 left"),
                clocks("Dana Pell set the school scoring record on a short hook with 3:05 left in the second half."));
        assertEquals(List.of("game:the record-setting play | game clock at the record-setting play = 11:20 left"),
                clocks("Pell broke Ida Moss's long hold on the county rebounding mark with a putback with 11:20 to go."));
        assertEquals(List.of("game:the record-setting play | game clock at the record-setting play = 0:48 left"),
                clocks("Pell matched the old total with 6:02 left, then set the record with a layup with 0:48 remaining."),
                "the clause of each clock: the first clock is the tying basket's, told with no record set");
        assertEquals(List.of(), clocks("Pell tied the school record on a jumper with 6:02 left."), "a record tied is not set");
        assertEquals(List.of(), clocks("Pell set the record early; the Owls then pulled away with 6:02 left."),
                "a semicolon ends the record's clause");
        assertEquals(List.of(), clocks("Pell set the record after a drive that ate up 6:02."), "a clock of time used is no clock at the play");
    }

    @Test
    void theClockAtThePlayTyingTheGame() {
        assertEquals(List.of("game:the play tying the game at 17 | game clock at the play tying the game at 17 = 9:12 left"),
                clocks("The Owls tied the game at 17-17 with a field goal with 9:12 to play in the third quarter."));
        assertEquals(List.of("game:the play tying the game at 21 | game clock at the play tying the game at 21 = 2:40 left"),
                clocks("A short run knotted it at 21-all with 2:40 remaining."));
        assertEquals(List.of(), clocks("The Owls tied the game with 9:12 to play."), "no score: ties may come more than once");
        assertEquals(List.of(), clocks("The Owls tied the game at 17-14 with 9:12 to play."), "no tie");
        assertNull(PlayClocks.play("They tied the game late.", 0, 24));
    }

    @Test
    void oneDocumentWithTwoClocksForOnePlayGivesNone() {
        assertEquals(List.of(), clocks("Pell set the record with 3:05 left. Pell set the record with 3:04 left."));
    }

    @Test
    void theClockIsTheGamesComparedInsideOneEvent() {
        List<AttributeClaim> out = new ArrayList<>();
        String s = "Pell set the record with 3:05 left.";
        PlayClocks.sentence(s, "d", 0, s.length(), DateClaim.NO_DAY, null, out);
        AttributeClaim a = out.get(0);
        assertTrue(a.eventBound());
        assertTrue(a.comparable());
        assertFalse(a.person());
        assertEquals(185.0, a.low());
        assertEquals("3:05", a.text());
    }
}
