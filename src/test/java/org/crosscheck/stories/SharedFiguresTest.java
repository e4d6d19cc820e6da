package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * Which figures of a report whose place in its event is not sure (no date of its own that agrees
 * with its event's) are compared: those of a report that gives one of the event's figures exactly
 * as another report does, read through an index of such figures.
 */
class SharedFiguresTest {

    private static Grouping group(String... idAndText) {
        return EventGroupingTest.group(idAndText);
    }

    /** The event key of the figure written {@code text} in document {@code id}. */
    private static String key(Grouping g, String id, String text) {
        ExtractedDocument d = g.documents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        for (org.crosscheck.claims.Claim c : d.claims()) {
            if (c instanceof QuantityClaim q && q.text().equals(text)) {
                return q.event();
            }
        }
        throw new AssertionError("no figure " + text + " in " + id);
    }

    private static String frigate(String rifles) {
        return "Pirates captured off Orm coast\n"
                + "A navy frigate captured a pirate skiff in the Gulf of Orm on Saturday, seizing " + rifles + " rifles and arresting 17 pirates.\n"
                + "Officers aboard the frigate Talvar said the skiff had chased a tanker for an hour before the boarding.\n";
    }

    private static String warship(String rifles) {
        return "Navy foils hijack attempt near Orm\n"
                + "Sailors from the warship Talvar boarded two boats after a failed hijacking on Saturday, seizing " + rifles
                + " rifles and arresting 23 pirates.\n"
                + "The tanker crew had locked themselves in the engine room, a spokesman for the fleet told reporters in Port Selim.\n";
    }

    @Test
    void undatedReportsThatGiveOneFigureAlikeCompareTheirFiguresUnderOneKey() {
        Grouping g = group("a", frigate("nine"), "b", warship("nine"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
        assertNotNull(key(g, "a", "17"));
        assertEquals(key(g, "a", "17"), key(g, "b", "23"));
    }

    @Test
    void undatedReportsWhoseFiguresDifferOrAreSmallCountsOrHedgedAreNotLinked() {
        Grouping differ = group("a", frigate("eight"), "b", warship("nine"));
        assertEquals(differ.eventOf().get("a"), differ.eventOf().get("b"), "one event by their words");
        assertNull(key(differ, "a", "17"), "their words alone are not close enough to compare figures");
        assertNull(key(differ, "b", "23"));
        Grouping small = group("a", frigate("four"), "b", warship("four"));
        assertNull(key(small, "a", "17"), "four of something is told of many happenings");
        Grouping five = group("a", frigate("five"), "b", warship("five"));
        assertNotNull(key(five, "a", "17"), "from five on, a count alike links");
        assertEquals(key(five, "a", "17"), key(five, "b", "23"));
        Grouping hedged = group("a", frigate("at least nine"), "b", warship("at least nine"));
        assertNull(key(hedged, "a", "17"), "a rounded lower bound is no figure of one happening");
    }

    private static final String QUAKE_A = "Quake shakes Valmora\n"
            + "A quake of magnitude 4.6 shook the Valmora province on Sunday, cracking walls in the town of Lindor.\n"
            + "Residents of Lindor slept outdoors, fearing aftershocks, and 14 people were injured by falling plaster.\n";
    private static final String QUAKE_B = "Lindor residents sleep outside\n"
            + "Families in Karsk and Lindor camped in parks after Sunday's magnitude 4.6 earthquake, and 9 people were injured, the governor Anna Perl said.\n"
            + "Engineers from the capital began inspecting schools and the old bridge over the Ost river.\n";

    @Test
    void aFigureWithDecimalsLinksWhateverItsSize() {
        Grouping g = group("a", QUAKE_A, "b", QUAKE_B);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
        assertNotNull(key(g, "a", "14"));
        assertEquals(key(g, "a", "14"), key(g, "b", "9"));
        Grouping other = group("a", QUAKE_A, "b", QUAKE_B.replace("4.6", "4.2"));
        assertNull(key(other, "a", "14"));
    }

    @Test
    void anUndatedReportThatGivesAFigureAsADatedOneDoesIsComparedUnderTheEventsOwnKey() {
        Grouping g = group("a", "Published: May 7, 2022 10:00 GMT\n" + frigate("nine"), "b", warship("nine"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
        assertEquals(g.eventOf().get("a"), key(g, "a", "17"));
        assertEquals(g.eventOf().get("a"), key(g, "b", "23"));
        Grouping other = group("a", "Published: May 7, 2022 10:00 GMT\n" + frigate("eight"), "b", warship("nine"));
        assertEquals(other.eventOf().get("a"), key(other, "a", "17"));
        assertNull(key(other, "b", "23"));
    }

    private static final String SCHOOL_A = "Attack on Tarvel school\n"
            + "An artillery attack hit a school in Tarvel on Tuesday, killing 30 people and wounding 55 others who had taken shelter there.\n"
            + "Relief workers in the Tarvel camp said the building was marked with the flag of the aid agency.\n";
    private static final String SCHOOL_B = "Outcry after Tarvel school attack\n"
            + "The fighting in the province has now claimed more than 600 lives, a spokesman for the agency said in Geneva.\n"
            + "The attack on a school in Tarvel on Tuesday wounded 55 people, the spokesman said.\n";

    @Test
    void anUnsureReportsRunningTotalIsNotComparedButASureReportsIs() {
        Grouping undated = group("a", SCHOOL_A, "b", SCHOOL_B);
        assertNotNull(key(undated, "b", "55"), "linked by the wounded, 55 in both");
        assertNull(key(undated, "b", "more than 600"), "\"has now claimed\": a total as of a moment no date of its own places");
        Grouping dated = group("a", "Published: March 1, 2022 10:00 GMT\n" + SCHOOL_A, "b", "Published: March 1, 2022 12:00 GMT\n" + SCHOOL_B);
        assertNotNull(key(dated, "b", "more than 600"), "a dated report's total is ordered by its date, and compared");
    }
}
