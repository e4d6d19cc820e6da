package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.MainHappening;
import org.junit.jupiter.api.Test;

/**
 * A page that shows only when it was updated: near its event's day it keeps its own reading of
 * "Monday" and "Tuesday" (read against the update); long after, it is read against the event's date.
 */
class UpdatedPagesTest {

    /** A report with a publication date: the coach was dismissed on Monday, 2005-05-23. */
    private static final String DATED = "Published: May 24, 2005 10:00 GMT\nRavens fire coach Tom Hale\n"
            + "The Orvale Ravens fired coach Tom Hale on Monday after one season and hired Ben Dray.\n"
            + "Hale had a record of 43 wins and 39 losses with the Ravens in Orvale.\n";

    /** The same happening told by a page that shows only an update time. */
    private static String updatedPage(String stamp) {
        return "Updated: " + stamp + "\nDray to coach the Ravens\n"
                + "The Orvale Ravens fired coach Tom Hale on Monday after one season and hired Ben Dray.\n"
                + "Dray will be introduced at a Tuesday news conference in Orvale, the Ravens said.\n"
                + "Hale had a record of 43 wins and 39 losses with the Ravens in Orvale.\n";
    }

    private static DateClaim date(Grouping g, String doc, String words) {
        for (ExtractedDocument d : g.documents()) {
            if (d.id().equals(doc)) {
                for (Claim c : d.claims()) {
                    if (c instanceof DateClaim dc && dc.text().equals(words)) {
                        return dc;
                    }
                }
            }
        }
        throw new AssertionError("no date \"" + words + "\" in " + doc);
    }

    @Test
    void aPageUpdatedTheDayAfterItsEventReadsItsWeekdaysAgainstTheUpdate() {
        Grouping g = EventGroupingTest.group("a", DATED, "b", updatedPage("May 24, 2005, 3:23 PM ET"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
        DateClaim tuesday = date(g, "b", "Tuesday");
        assertEquals("2005-05-24", tuesday.value(), "the news conference is the day of the update, not the Tuesday before");
        assertFalse(tuesday.borrowed());
        assertEquals("2005-05-23", date(g, "b", "Monday").value());
        assertFalse(date(g, "b", "Monday").borrowed());
    }

    @Test
    void aPageUpdatedLongAfterItsEventIsReadAgainstTheEventsDate() {
        Grouping g = EventGroupingTest.group("a", DATED, "b", updatedPage("June 20, 2005, 3:23 PM ET"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
        assertTrue(date(g, "b", "Monday").borrowed(), "read against the event's date, lent by the story");
        assertEquals("2005-05-23", date(g, "b", "Monday").value());
    }

    @Test
    void theUpdateIsThePageDateOnlyWithinTwoDaysOfTheEvent() {
        ExtractedDocument page = Extractor.extract(Cleaner.clean(new Document("b", "b.txt", updatedPage("May 25, 2005, 3:23 PM ET"), List.of())));
        Event event = new Event("E", "S", "appointment", null, java.time.LocalDate.parse("2005-05-23").toEpochDay(), null,
                List.of(), List.of("b"), List.of());
        assertTrue(StoryGrouper.updateIsPageDate(page, event), "two days after");
        Event later = new Event("E", "S", "appointment", null, java.time.LocalDate.parse("2005-05-20").toEpochDay(), null,
                List.of(), List.of("b"), List.of());
        assertFalse(StoryGrouper.updateIsPageDate(page, later), "five days after");
        ExtractedDocument published = Extractor.extract(Cleaner.clean(new Document("a", "a.txt", DATED, List.of())));
        assertFalse(StoryGrouper.updateIsPageDate(published, event), "a page with a publication date keeps it");
    }

    /** The dates marked as the main happening's, as "text = value". */
    private static List<String> marked(ExtractedDocument d, ExtractedDocument marked) {
        List<String> out = new ArrayList<>();
        for (Claim c : marked.claims()) {
            if (c instanceof DateClaim dc && dc.mainHappening() != null) {
                out.add(dc.text() + " = " + dc.value());
            }
        }
        return out;
    }

    @Test
    void theUpdateDatesThePageForItsMainHappening() {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("b", "b.txt", "Updated: May 24, 2005, 3:23 PM ET\n"
                + "Ravens fire coach Tom Hale\n"
                + "The Orvale Ravens fired coach Tom Hale on Monday after one season.\n"
                + "The Ravens had fired coach Ann Lor on March 2, 2004 in Orvale.\n", List.of())));
        assertEquals(List.of("Monday = 2005-05-23"), marked(d, MainHappening.mark(d, "appointment", d.updated())),
                "a day more than a week from the update is another happening's");
        assertEquals(List.of("Monday = 2005-05-23", "March 2, 2004 = 2004-03-02"), marked(d, MainHappening.mark(d, "appointment")),
                "without a page date nothing is too far");
    }
}
