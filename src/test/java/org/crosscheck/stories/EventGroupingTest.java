package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** Events inside a story: what joins two reports, and what keeps them apart. */
class EventGroupingTest {

    static Grouping group(String... idAndText) {
        List<ExtractedDocument> docs = new ArrayList<>();
        for (int i = 0; i < idAndText.length; i += 2) {
            docs.add(Extractor.extract(Cleaner.clean(new Document(idAndText[i], idAndText[i] + ".txt", idAndText[i + 1], List.of()))));
        }
        return StoryGrouper.group(docs);
    }

    private static final String QUAKE = "A strong earthquake struck the Valmora province on Tuesday, killing one person in the town of Lindor.\n"
            + "Rescue teams from Karsk searched the ruins of Lindor through the night, governor Anna Perl said.\n";

    @Test
    void twoReportsOfOneQuakeADayApartAreOneEvent() {
        Grouping g = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Published: July 3, 2013 08:00 GMT\nValmora quake kills one\n" + QUAKE.replace("on Tuesday", "on Tuesday morning"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
        assertEquals(1, g.events().size());
        assertEquals("2013-07-02", g.events().get(0).date());
    }

    /** A call on Monday and a meeting on Wednesday of the same two people: one story, two events. */
    private static final String CALL = "Published: April 13, 2021 09:00 GMT\nBlinken calls Stoltenberg\n"
            + "US Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg spoke by phone on Monday about Russia.\n"
            + "Blinken and Stoltenberg discussed the troops near the border of Ukraine in the phone call.\n";
    private static final String MEETING = "Published: April 14, 2021 18:00 GMT\nBlinken meets Stoltenberg\n"
            + "US Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg met in Brussels on Wednesday to discuss Russia.\n"
            + "Blinken and Stoltenberg discussed the troops near the border of Ukraine at the meeting.\n";

    @Test
    void aCallOnMondayAndAMeetingOnWednesdayAreTwoEvents() {
        Grouping g = group(
                "a", CALL,
                "b", MEETING);
        assertEquals(g.storyOf().get("a"), g.storyOf().get("b"));
        assertNotEquals(g.eventOf().get("a"), g.eventOf().get("b"));
    }

    private static final String REHAB = "Singer Mara Vell entered the Halden Springs rehab clinic in Orvale, her lawyer Tom Rusk said.\n"
            + "Vell had been ordered by a judge in Orvale to spend ninety days at the Halden Springs clinic.\n";

    @Test
    void reportsADayApartMayNameOneHappeningDifferentlyButOnlyTheSameKindDatesTheEvent() {
        Grouping g = group(
                "a", "Published: May 3, 2013 09:00 GMT\nVell in rehab\nMara Vell went to rehab late Thursday.\n" + REHAB,
                "b", "Published: May 4, 2013 09:00 GMT\nVell arrested\nMara Vell was arrested early Friday in Orvale.\n" + REHAB);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"), "a day apart, one occasion told as rehab and as an arrest");
        String event = g.eventOf().get("a");
        String kind = g.events().stream().filter(e -> e.id().equals(event)).findFirst().orElseThrow().kind();
        for (ExtractedDocument d : g.documents()) {
            boolean ofEventKind = d.claims().stream().anyMatch(c -> c instanceof org.crosscheck.claims.EventClaim ev
                    && ev.happening().equals(kind) && event.equals(ev.event()));
            long datedForEvent = d.claims().stream()
                    .filter(c -> c instanceof org.crosscheck.claims.DateClaim dc && event.equals(dc.event())).count();
            assertEquals(ofEventKind ? 1 : 0, datedForEvent,
                    d.id() + ": only a document whose main happening is the event's kind gives the event's date");
        }
    }

    private static final String PIRACY_LEDE = "A navy warship on Saturday drove off a pirate attack on a cargo ship in the Gulf of Orm and seized 20 pirates.\n"
            + "The pirates in two boats had fired on the cargo ship before the warship arrived, a navy spokesman said.\n";

    @Test
    void aFullDateBelowALedeThatGivesOnlyAWeekdayDatesTheEventOnlyOnThatWeekday() {
        // 2008-09-15 was a Monday, 2008-12-13 a Saturday.
        Grouping background = group("a", PIRACY_LEDE
                + "The pirates struck the tanker Vel Star on September 15, 2008, near the port of Orm.\n");
        assertEquals(null, background.events().get(0).date(), "the hijacking the article recalls is not its piracy of Saturday");
        Grouping same = group("a", PIRACY_LEDE
                + "The pirates struck the cargo ship on December 13, 2008, near the port of Orm.\n");
        assertEquals("2008-12-13", same.events().get(0).date(), "a Saturday: the lede's own day");
    }

    @Test
    void aCopyUnderAnotherNameIsGroupedAsItsOriginalIs() {
        Grouping without = group("a", CALL, "b", MEETING);
        // "1" and "c" are copies of the call, "0" of the meeting: one story, two events.
        Grouping with = group("a", CALL, "b", MEETING, "c", CALL, "1", CALL, "0", MEETING);
        assertEquals(1, with.stories().size());
        assertEquals(without.events().size(), with.events().size());
        assertEquals(2, with.events().size());
        assertEquals(with.eventOf().get("1"), with.eventOf().get("a"));
        assertEquals(with.eventOf().get("1"), with.eventOf().get("c"));
        assertEquals(with.eventOf().get("0"), with.eventOf().get("b"));
        // Events are named after their first document in id order, a copy's too, and listed in that order.
        assertEquals(List.of("E-0", "E-1"), with.events().stream().map(Event::id).toList());
        Event phoned = with.events().get(1);
        assertEquals(List.of("1", "a", "c"), phoned.documents());
        assertEquals(List.of("1", "a", "c"), phoned.datedBy(), "each copy is a source that gives the date");
        assertEquals("2021-04-12", phoned.date());
    }

    @Test
    void aCopyHasTheTextTitleOutletAndTimestampOfItsOriginal() {
        org.crosscheck.corpus.Document d = new org.crosscheck.corpus.Document("a", "a.txt", QUAKE, List.of(), "T", "S", "2013-07-02");
        assertEquals(StoryGrouper.copyKey(d), StoryGrouper.copyKey(new org.crosscheck.corpus.Document("b", "b.txt", QUAKE, List.of("n"), "T", "S", "2013-07-02")));
        assertNotEquals(StoryGrouper.copyKey(d), StoryGrouper.copyKey(new org.crosscheck.corpus.Document("a", "a.txt", QUAKE + " ", List.of(), "T", "S", "2013-07-02")));
        assertNotEquals(StoryGrouper.copyKey(d), StoryGrouper.copyKey(new org.crosscheck.corpus.Document("a", "a.txt", QUAKE, List.of(), "U", "S", "2013-07-02")));
        assertNotEquals(StoryGrouper.copyKey(d), StoryGrouper.copyKey(new org.crosscheck.corpus.Document("a", "a.txt", QUAKE, List.of(), "T", "R", "2013-07-02")));
        assertNotEquals(StoryGrouper.copyKey(d), StoryGrouper.copyKey(new org.crosscheck.corpus.Document("a", "a.txt", QUAKE, List.of(), "T", "S", "2013-07-03")));
    }

    private static final String QUAKE_RETOLD = "An earthquake shook Valmora province on Tuesday and a man died in Lindor.\n"
            + "Teams from Karsk dug through the rubble in Lindor overnight, said Anna Perl, the governor.\n";

    @Test
    void datesTheArticlesGiveMoreThanTwoDaysApartKeepEventsApart() {
        Grouping apart = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Published: July 11, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE_RETOLD);
        assertNotEquals(apart.eventOf().get("a"), apart.eventOf().get("b"), "Tuesday July 2 and Tuesday July 9, as read against their timestamps");
        Grouping together = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Published: July 3, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE_RETOLD);
        assertEquals(together.eventOf().get("a"), together.eventOf().get("b"), "the same words a day apart");
    }

    @Test
    void aPassageInCommonAboutOneKindOfHappeningJoinsWhateverTheDates() {
        Grouping g = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Published: July 9, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"), "a copied report with another date, for the rules to judge");
    }

    @Test
    void aLaterReportJoinedByAPassageDoesNotKeepTheDayItsGroupReportsFromOthers() {
        String later = "Published: September 2, 2013 10:00 GMT\nLindor rebuilds\n"
                + "Two months on, the town of Lindor is rebuilding its school and its market hall.\n"
                + "A strong earthquake struck the Valmora province, killing one person in the town of Lindor.\n"
                + "Rescue teams from Karsk searched the ruins of Lindor through the night, governor Anna Perl said.\n";
        Grouping g = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", later,
                "c", "Published: July 3, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE_RETOLD);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"), "a passage in common joins the later report");
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"),
                "the group dates the quake by a's own Tuesday; b's publication day, two months on, does not keep c out");
        Grouping alone = group("b", later, "c", "Published: July 3, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE_RETOLD);
        assertNotEquals(alone.eventOf().get("b"), alone.eventOf().get("c"), "without a report of the day, b's own day speaks");
    }

    /** One shooting told twice, neither report giving its day: once as the shooting, once leading with the arrest. */
    private static final String SHOT = "Published: March 4, 2014 09:00 GMT\nGunman kills two at Orvale market\n"
            + "A gunman killed two people in a shooting at the Lindor market in Orvale, police chief Tom Rusk said.\n"
            + "The shooting at the Lindor market left three more people wounded, Rusk said.\n";
    private static final String CAUGHT = "Published: March 7, 2014 09:00 GMT\nOrvale market suspect arrested\n"
            + "Police arrested a man in Orvale over the killing of two people at the Lindor market, police chief Tom Rusk said.\n"
            + "The man was arrested at his home in Orvale and held for the Lindor market deaths, Rusk said.\n";

    @Test
    void publicationDaysAFewDaysApartDoNotTellThatAnArrestIsAnotherHappening() {
        Grouping g = group("a", SHOT, "b", CAUGHT);
        assertEquals(g.storyOf().get("a"), g.storyOf().get("b"));
        List<String> kinds = g.events().stream().map(Event::kind).sorted().toList();
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"), "kinds read: " + kinds);
        // The same reports giving their happenings' days, three days apart, are two events.
        Grouping dated = group("a", SHOT.replace("in a shooting", "in a shooting on Monday"),
                "b", CAUGHT.replace("Police arrested", "Police on Thursday arrested"));
        assertNotEquals(dated.eventOf().get("a"), dated.eventOf().get("b"));
    }

    @Test
    void undatedReportsJoinEachOtherByTheirWords() {
        Grouping g = group(
                "a", "Quake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + QUAKE);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("b"));
    }

    @Test
    void anUndatedReportWhoseLedeGivesAnotherWeekdayDoesNotJoinADatedEvent() {
        // 2 July 2013 was a Tuesday.
        Grouping same = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + QUAKE);
        assertEquals(same.eventOf().get("a"), same.eventOf().get("b"));
        Grouping nextDay = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + QUAKE.replace("on Tuesday", "on Wednesday"));
        assertEquals(nextDay.eventOf().get("a"), nextDay.eventOf().get("b"), "a day off may name one happening's day differently");
        Grouping other = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + QUAKE.replace("on Tuesday", "on Saturday"));
        assertEquals(other.storyOf().get("a"), other.storyOf().get("b"));
        assertNotEquals(other.eventOf().get("a"), other.eventOf().get("b"));
    }

    @Test
    void anUndatedReportThatGivesAnotherWeekdayWhereItFirstNamesTheHappeningDoesNotJoinADatedEvent() {
        // The lede names no happening's day; the paragraph that first names the quake does.
        String lede = "Residents of Lindor in the Valmora province buried a neighbour, governor Anna Perl said.\n";
        Grouping same = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + lede + QUAKE);
        assertEquals(same.eventOf().get("a"), same.eventOf().get("b"));
        Grouping other = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + lede + QUAKE.replace("on Tuesday", "on Saturday"));
        assertEquals(other.storyOf().get("a"), other.storyOf().get("b"));
        assertNotEquals(other.eventOf().get("a"), other.eventOf().get("b"));
        // A lede that names the quake but not its day; the next sentence about it does.
        String undatedLede = "A strong earthquake struck the Valmora province, killing one person in the town of Lindor.\n"
                + "The quake on Saturday flattened a school in Lindor, governor Anna Perl said.\n"
                + "Rescue teams from Karsk searched the ruins of Lindor through the night.\n";
        Grouping later = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + undatedLede);
        assertNotEquals(later.eventOf().get("a"), later.eventOf().get("b"));
        Grouping sameDay = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Valmora quake kills one\n" + undatedLede.replace("on Saturday", "on Tuesday"));
        assertEquals(sameDay.eventOf().get("a"), sameDay.eventOf().get("b"));
    }

    @Test
    void anUndatedReportNeedsMoreThanAFewWordsToJoinADatedOne() {
        String other = "The earthquake in Valmora worried farmers near Ostrava, who counted damaged barns and cracked silos.\n"
                + "Insurers in Ostrava expect claims from orchards, vineyards and dairies across the northern plain.\n"
                + "Lindor schools stayed open while engineers inspected bridges on the Ostrava road, a mayor said.\n";
        Grouping undated = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Farmers count damage\n" + other);
        assertEquals(undated.storyOf().get("a"), undated.storyOf().get("b"));
        assertNotEquals(undated.eventOf().get("a"), undated.eventOf().get("b"));
        Grouping dated = group(
                "a", "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE,
                "b", "Published: July 2, 2013 16:00 GMT\nFarmers count damage\n" + other);
        assertEquals(dated.eventOf().get("a"), dated.eventOf().get("b"), "the same words, dated the same day, are enough");
    }

    @Test
    void aOneWordPlaceThatIsAPersonsSurnameInTheStoryIsNoPlace() {
        List<java.util.Set<String>> names = List.of(java.util.Set.of("hugh jackman", "hollywood"), java.util.Set.of("kodak theatre at hollywood highland"));
        org.junit.jupiter.api.Assertions.assertTrue(StoryGrouper.surnameInStory("jackman", names));
        org.junit.jupiter.api.Assertions.assertFalse(StoryGrouper.surnameInStory("hollywood", names));
        org.junit.jupiter.api.Assertions.assertFalse(StoryGrouper.surnameInStory("hugh jackman", names), "two words: a name of its own");
        org.junit.jupiter.api.Assertions.assertFalse(StoryGrouper.surnameInStory("highland", names), "not a person's name");
    }

    /** A report of the Lindor quake in other words than {@link #QUAKE}: the same names, no five words in a row in common. */
    private static final String QUAKE_IN_OTHER_WORDS = "Valmora province governor Anna Perl said one resident of Lindor died when the earthquake hit.\n"
            + "Crews sent from Karsk dug through collapsed houses in Lindor until morning.\n";

    @Test
    void anUndatedReportIsDatedByTheDayInItsAddress() {
        String dated = "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE;
        // With no day at all, the undated report joins by its words.
        Grouping undated = group("a", dated, "b", "Valmora quake kills one\n" + QUAKE_IN_OTHER_WORDS);
        assertEquals(undated.eventOf().get("a"), undated.eventOf().get("b"));
        // Its address gives the next day: a publication day within the week's window.
        Grouping nextDay = group("a", dated, "b", "URL: https://news.example/2013/07/03/valmora-quake\nValmora quake kills one\n" + QUAKE_IN_OTHER_WORDS);
        assertEquals(nextDay.eventOf().get("a"), nextDay.eventOf().get("b"));
        // Its address gives a day four weeks on: published that late, it reports another happening.
        Grouping later = group("a", dated, "b", "URL: https://news.example/2013-07-30-valmora-quake\nValmora quake kills one\n" + QUAKE_IN_OTHER_WORDS);
        assertEquals(later.storyOf().get("a"), later.storyOf().get("b"));
        assertNotEquals(later.eventOf().get("a"), later.eventOf().get("b"));
        // An address on another line than the first is not the page's own.
        Grouping notFirst = group("a", dated, "b", "Valmora quake kills one\nURL: https://news.example/2013-07-30-valmora-quake\n" + QUAKE_IN_OTHER_WORDS);
        assertEquals(notFirst.eventOf().get("a"), notFirst.eventOf().get("b"));
    }

    /** The Lindor quake told by a report that shares few of {@link #QUAKE}'s words. */
    private static final String TREMOR = "Lindor mourns\nThe tremor left a farmer dead and a bridge cracked, officials in the province said.\n"
            + "Schools stayed shut while engineers from Karsk checked walls.\n"
            + "Neighbours gathered food and blankets for families who slept outside.\n";

    @Test
    void anUndatedReportDatedByItsAddressNeedsOnlyTheWordsADatedReportNeeds() {
        String dated = "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + QUAKE;
        // Undated, it must be more alike to a dated report than these words are.
        Grouping undated = group("a", dated, "b", TREMOR);
        assertEquals(undated.storyOf().get("a"), undated.storyOf().get("b"));
        assertNotEquals(undated.eventOf().get("a"), undated.eventOf().get("b"));
        // Dated by its address a day later, as alike as two dated reports need to be.
        Grouping addressed = group("a", dated, "b", "URL: https://news.example/2013/07/03/lindor\n" + TREMOR);
        assertEquals(addressed.eventOf().get("a"), addressed.eventOf().get("b"));
        // A lede that gives the happening's weekday is the report's own word for its day, the
        // address's only its publication: that weekday, on or before the address's day, dates it.
        // 29 June 2013 was a Saturday, three days before the dated report's Tuesday.
        Grouping saturday = group("a", dated, "b", "URL: https://news.example/2013/07/03/lindor\n"
                + TREMOR.replace("The tremor left", "The tremor on Saturday left"));
        assertNotEquals(saturday.eventOf().get("a"), saturday.eventOf().get("b"));
        Grouping tuesday = group("a", dated, "b", "URL: https://news.example/2013/07/03/lindor\n"
                + TREMOR.replace("The tremor left", "The tremor on Tuesday left"));
        assertEquals(tuesday.eventOf().get("a"), tuesday.eventOf().get("b"));
        // Sunday 30 June, two days before: as near as two reported days of one happening may be.
        Grouping sunday = group("a", dated, "b", "URL: https://news.example/2013/07/03/lindor\n"
                + TREMOR.replace("The tremor left", "The tremor on Sunday left"));
        assertEquals(sunday.eventOf().get("a"), sunday.eventOf().get("b"));
        // Thursday is taken as 27 June, the Thursday before the address's Wednesday, not the day after it.
        Grouping thursday = group("a", dated, "b", "URL: https://news.example/2013/07/03/lindor\n"
                + TREMOR.replace("The tremor left", "The tremor on Thursday left"));
        assertNotEquals(thursday.eventOf().get("a"), thursday.eventOf().get("b"));
        // An address with a month and no day dates nothing.
        Grouping month = group("a", dated, "b", "URL: https://news.example/2013/07/lindor\n" + TREMOR);
        assertNotEquals(month.eventOf().get("a"), month.eventOf().get("b"));
    }
}
