package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * A report its date, words and figures place nowhere in its event is placed where the sentence
 * holding one of its figures names, with the event's kind of act, what a placed report's sentence
 * of that act names: a participant of the story's own or a weekday; not a town it happened "in",
 * nor an outlet it cites.
 */
class PlacedBySentenceTest {

    private static final String FRIGATE = "Pirates captured off Orm coast\n"
            + "A navy frigate captured a pirate skiff in the Gulf of Orm on Saturday, seizing nine rifles and arresting 17 pirates"
            + " after they attacked the tanker Morna Bay.\n"
            + "Officers aboard the frigate Talvar said the skiff had chased the tanker for an hour before the boarding.\n";
    private static final String WARSHIP = "Navy foils hijack attempt near Orm\n"
            + "Sailors from the warship Talvar boarded two boats after a failed hijacking on Saturday, seizing nine rifles and arresting 23 pirates.\n"
            + "The tanker crew had locked themselves in the engine room, a spokesman for the fleet told reporters in Port Selim.\n";
    private static final String TANKER = "Tanker crew safe after pirate attack\n"
            + "Pirates in three skiffs attacked the tanker Morna Bay in the Gulf of Orm, firing at its bridge, before a navy frigate drove them off.\n"
            + "The crew of 21 sailors was unhurt and the ship resumed its voyage to Port Selim.\n";

    private static String key(Grouping g, String id, String text) {
        ExtractedDocument d = g.documents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        for (org.crosscheck.claims.Claim c : d.claims()) {
            if (c instanceof QuantityClaim q && q.text().equals(text)) {
                return q.event();
            }
        }
        throw new AssertionError("no figure " + text + " in " + id);
    }

    @Test
    void aReportWhoseFiguresSentenceNamesTheAttackedShipAsAPlacedReportsDoesTakesItsKey() {
        Grouping g = EventGroupingTest.group("a", FRIGATE, "b", WARSHIP, "c", TANKER);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertNotNull(key(g, "a", "17"), "a and b give nine rifles alike");
        assertEquals(key(g, "a", "17"), key(g, "c", "three"), "the skiffs that attacked the Morna Bay");
        assertNull(key(g, "c", "21"), "the crew's sentence tells no act of the event's kind");
    }

    @Test
    void aReportWhoseFiguresSentenceNamesOnlyATownItHappenedInStaysUnplaced() {
        String town = "Tanker crew safe after pirate attack\n"
                + "Pirates in three skiffs attacked a tanker in Port Selim harbour, firing at its bridge, before a navy frigate drove them off.\n"
                + "The crew of 21 sailors was unhurt and the ship resumed its voyage.\n";
        Grouping g = EventGroupingTest.group("a", FRIGATE, "b", WARSHIP, "c", town);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertNull(key(g, "c", "three"));
    }

    @Test
    void aNameIsTheStorysOwnWhenNoDocumentOutsideTheStoryNamesIt() {
        List<Set<String>> members = List.of(Set.of("morna bay", "orm"), Set.of("morna bay"), Set.of("talvar"));
        assertTrue(StoryGrouper.ownName("morna bay", 2, members));
        assertFalse(StoryGrouper.ownName("morna bay", 3, members), "a third document, of another story, names it");
        assertTrue(StoryGrouper.ownName("talvar", 1, members));
        assertFalse(StoryGrouper.ownName("talvar", null, members));
        assertFalse(StoryGrouper.ownName("varth", 0, members), "named by no member");
    }

    @Test
    void aNameFollowedByAnOutletsOrASpeakersWordIsNoParticipant() {
        assertTrue(StoryGrouper.participantIn("pirates attacked the morna bay at dawn", "morna bay"));
        assertFalse(StoryGrouper.participantIn("pirates attacked a tanker, the morna bay gazette reported", "morna bay gazette"));
        assertFalse(StoryGrouper.participantIn("two boats attacked, the vell news agency reported", "vell"));
        assertFalse(StoryGrouper.participantIn("two boats attacked, vell said", "vell"));
        assertTrue(StoryGrouper.participantIn("vell said two boats attacked the vell", "vell"), "a later mention as a participant");
        assertTrue(StoryGrouper.participantIn("the vell", "vell"), "at the end of the sentence");
        assertFalse(StoryGrouper.participantIn("the velling crowd", "vell"), "not inside a word");
        assertFalse(StoryGrouper.participantIn("avell ran", "vell"));
        assertTrue(StoryGrouper.OUTLET_WORDS.contains("agency"));
    }

    @Test
    void aPlaceAfterInIsATownAPlaceAfterAtIsNot() {
        String text = "robbers struck in Varth and at Dole Jewels, in  Orm";
        assertTrue(StoryGrouper.afterIn(text, text.indexOf("Varth")));
        assertFalse(StoryGrouper.afterIn(text, text.indexOf("Dole")));
        assertTrue(StoryGrouper.afterIn(text, text.indexOf("Orm")), "spaces between");
        assertFalse(StoryGrouper.afterIn("in", 2), "no space: not a word before");
        assertFalse(StoryGrouper.afterIn("within Varth", 7), "a word ending in 'in'");
        assertTrue(StoryGrouper.afterIn("in Varth", 3));
        assertFalse(StoryGrouper.afterIn("Varth", 0));
    }
}
