package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which place a count is given for is the event's own: the place nearly every report of it names. */
class OwnPlaceTest {

    private static List<String> reports(int naming, int all, String place) {
        List<String> out = new ArrayList<>(Collections.nCopies(naming, "A quake shook " + place + " on Tuesday."));
        out.addAll(Collections.nCopies(all - naming, "A quake shook the province on Tuesday."));
        return out;
    }

    @Test
    void aPlaceAllButOneInTenReportsNameIsTheEventsOwn() {
        assertEquals(0.9, StoryGrouper.OWN_PLACE_SHARE);
        assertTrue(StoryGrouper.ownPlace("Athens", reports(10, 10, "Athens")));
        assertTrue(StoryGrouper.ownPlace("Athens", reports(9, 10, "Athens")), "nine of ten");
        assertFalse(StoryGrouper.ownPlace("Takengon", reports(8, 10, "Takengon")), "eight of ten");
        assertTrue(StoryGrouper.ownPlace("Athens", reports(2, 2, "Athens")));
        assertFalse(StoryGrouper.ownPlace("Takengon", reports(1, 2, "Takengon")), "one of two");
        assertFalse(StoryGrouper.ownPlace(null, reports(2, 2, "Athens")), "a count given for no place");
    }

    @Test
    void aPlaceIsNamedAsAWholeWord() {
        assertTrue(StoryGrouper.namesWord("Riots in Athens.", "Athens"));
        assertTrue(StoryGrouper.namesWord("Athens burned", "Athens"));
        assertTrue(StoryGrouper.namesWord("in Athens", "Athens"));
        assertFalse(StoryGrouper.namesWord("in Athensville", "Athens"));
        assertFalse(StoryGrouper.namesWord("in NewAthens", "Athens"));
        assertTrue(StoryGrouper.namesWord("NewAthens and Athens", "Athens"), "a later whole-word mention counts");
        assertFalse(StoryGrouper.namesWord("in Sparta", "Athens"));
        assertFalse(StoryGrouper.ownPlace("Athens", List.of("Athensville burned.", "Athensville burned.")));
    }
}
