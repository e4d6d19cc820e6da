package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** A toll told by another harm's word than its event's is the event's toll. */
class TollHappeningsTest {

    private static Happenings.About about(String kind) {
        return new Happenings.About(kind, new Span(0, 1), false, false);
    }

    @Test
    void aTollOfOneHarmIsTheTollOfAnEventOfAnother() {
        assertTrue(TollHappenings.eventToll("killed", about("attack"), "fire"), "a firebomb attack set the bank on fire");
        assertTrue(TollHappenings.eventToll("killed", about("death"), "attack"), "one victim died in the attack");
        assertTrue(TollHappenings.eventToll("injured", about("quake"), "death"));
        assertTrue(TollHappenings.eventToll("missing", about("storm"), "sinking"));
    }

    @Test
    void otherMeasuresKindsAndClausesStayApart() {
        assertFalse(TollHappenings.eventToll("arrested", about("attack"), "fire"), "arrests are no toll");
        assertFalse(TollHappenings.eventToll("magnitude", about("quake"), "death"));
        assertFalse(TollHappenings.eventToll("killed", about("verdict"), "attack"), "a trial is no harm");
        assertFalse(TollHappenings.eventToll("killed", about("attack"), "sentence"));
        assertFalse(TollHappenings.eventToll("killed", about(null), "attack"), "a clause with no trigger is tied as before");
        assertFalse(TollHappenings.eventToll("killed", about("attack"), null));
        assertFalse(TollHappenings.eventToll("killed", new Happenings.About("attack", new Span(0, 1), true, false), "fire"),
                "a verb with a date of its own");
        assertFalse(TollHappenings.eventToll("killed", new Happenings.About("attack", new Span(0, 1), false, true), "fire"),
                "a background clause: an earlier attack");
    }

    @Test
    void theKindsAreHappeningTriggerKinds() {
        Set<String> triggerKinds = Set.copyOf(org.crosscheck.text.Lexicon.pairs(TollHappenings.class, "happening-triggers.txt").values());
        assertTrue(TollHappenings.KINDS.contains("death"));
        for (String k : TollHappenings.KINDS) {
            assertEquals(k.toLowerCase(java.util.Locale.ROOT), k);
            assertTrue(triggerKinds.contains(k), k + " is a kind happening-triggers.txt names");
        }
    }
}
