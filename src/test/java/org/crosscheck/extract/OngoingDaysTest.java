package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/** Day counts of running happenings ("the fifth day of the strike"), on sentences written for this test. */
class OngoingDaysTest {

    private static List<String> counts(String sentence) {
        return OngoingDays.find(sentence, 0, sentence.length()).stream()
                .map(c -> c.span().of(sentence) + " = " + c.act() + " " + c.day())
                .toList();
    }

    @Test
    void aDayOfAHappeningAfterOfIsItsCount() {
        assertEquals(List.of("the sixth day of the dockers' strike = strike 6"),
                counts("Shops stayed shut on the sixth day of the dockers' strike."));
        assertEquals(List.of("third night of rioting = unrest 3"),
                counts("Crowds gather in Varth during third night of rioting"));
        assertEquals(List.of("the 12th day of his hunger strike = hunger strike 12"),
                counts("The prisoner was moved to a clinic on the 12th day of his hunger strike."));
        assertEquals(List.of("the second day of angry street protests = unrest 2"),
                counts("Police fired tear gas on the second day of angry street protests."));
    }

    @Test
    void aCountAfterForNeedsStraightOrAVerbOfGoingOn() {
        assertEquals(List.of("continued for the fifth straight day = unrest 5"),
                counts("Youths burned cars, as protests over the shipyard continued for the fifth straight day."));
        assertEquals(List.of("continued for a third day = unrest 3"),
                counts("Clashes with police continued for a third day."));
        assertEquals(List.of("for a fourth consecutive night = unrest 4"),
                counts("Rioters took to the streets of Orwen for a fourth consecutive night."));
        assertEquals(List.of("entered its second day = standoff 2"),
                counts("The siege at the farmhouse entered its second day."));
        assertEquals(List.of(), counts("Protesters in Orwen met for the first day of a two-day congress."));
        assertEquals(List.of(), counts("Stocks fell for a third straight day."));
        assertEquals(List.of(), counts("For the third straight day, crowds filled the square."));
    }

    @Test
    void twoCountsInOneSentenceAreInTextOrder() {
        assertEquals(List.of("entered its fourth day = strike 4", "the ninth day of the protests = unrest 9"),
                counts("The strike entered its fourth day, on the ninth day of the protests."));
    }

    @Test
    void aDateJustAfterTheCountIsItsDayAndOneFurtherIsNot() {
        String s = "Riots raged for a third straight night 12345678901234567890Friday.";
        Span c = new Span(s.indexOf("raged"), s.indexOf("night") + 5);
        int at = c.end() + OngoingDays.DATE_AFTER;
        assertTrue(OngoingDays.dayOf(s, c, at, at + 6));
        String t = "Riots raged for a third straight night 123456789012345678901Friday.";
        int far = c.end() + OngoingDays.DATE_AFTER + 1;
        assertFalse(OngoingDays.dayOf(t, c, far, far + 6));
        String inside = "Riots raged for a third straight night.";
        assertFalse(OngoingDays.dayOf(inside, c, c.start() + 6, c.start() + 9), "a date inside the count is not its day");
    }

    @Test
    void sittingsAndOtherDaysAreNotCounted() {
        assertEquals(List.of(), counts("The third day of the trial heard from two witnesses."));
        assertEquals(List.of(), counts("The jury's deliberations continued for a second day."));
        assertEquals(List.of(), counts("It was the first day of school in Varth."));
    }

    @Test
    void aDateTellsTheCountsDayOnlyWhenNothingPutsItOnAnotherHappening() {
        String s = "Cars burned late Tuesday as the protests continued for the fifth straight day.";
        Span count = new Span(s.indexOf("continued"), s.indexOf(" day.") + 4);
        assertTrue(OngoingDays.dayOf(s, count, s.indexOf("Tuesday"), s.indexOf("Tuesday") + 7));
        String after = "Riots raged for a third straight night on Friday.";
        Span c2 = new Span(after.indexOf("raged"), after.indexOf(" on Friday"));
        assertTrue(OngoingDays.dayOf(after, c2, after.indexOf("Friday"), after.indexOf("Friday") + 6));
        String since = "Riots raged for a sixth straight day since a student was shot on Saturday.";
        Span c3 = new Span(since.indexOf("raged"), since.indexOf(" since"));
        assertFalse(OngoingDays.dayOf(since, c3, since.indexOf("Saturday"), since.indexOf("Saturday") + 8));
        String before = "A week after the shooting on Saturday, the riots continued for a seventh straight day.";
        Span c4 = new Span(before.indexOf("continued"), before.length() - 1);
        assertFalse(OngoingDays.dayOf(before, c4, before.indexOf("Saturday"), before.indexOf("Saturday") + 8));
        String far = "Riots raged for a third straight night and spread to the suburbs on Friday.";
        Span c5 = new Span(far.indexOf("raged"), far.indexOf(" and"));
        assertFalse(OngoingDays.dayOf(far, c5, far.indexOf("Friday"), far.indexOf("Friday") + 6));
    }

    @Test
    void theWordListsAreRead() {
        assertEquals("unrest", OngoingDays.ACTS.get("rioting"));
        assertEquals("strike", OngoingDays.ACTS.get("walkout"));
        assertNull(OngoingDays.ACTS.get("trial"));
        assertTrue(OngoingDays.VERBS.contains("entered"));
        assertFalse(OngoingDays.VERBS.contains("fell"));
        assertEquals("time since strike began, days counted, in days", OngoingDays.measure("strike"));
    }

    private static List<String> figures(String text) {
        return Extractor.extract(Cleaner.clean(Fixtures.document("d", "Reporter\n\nPublished 8 May 2025\n\n" + text + "\n"))).claims().stream()
                .filter(c -> c instanceof QuantityClaim)
                .map(c -> (QuantityClaim) c)
                .filter(QuantityClaim::since)
                .map(q -> q.text() + " = " + q.what() + " " + q.low() + (q.comparable() ? " compared" : " read"))
                .toList();
    }

    @Test
    void aCountIsComparedOnlyWhenItsSentenceGivesItsDay() {
        assertEquals(List.of("continued for the fifth straight day = time since unrest began, days counted 5.0 compared"),
                figures("Youths set cars alight in Orwen on 4 May 2025, as protests over the shipyard continued for the fifth straight day."));
        assertEquals(List.of("the eighth day of protests = time since unrest began, days counted 8.0 read"),
                figures("Youths set cars alight in Orwen on the eighth day of protests over the shipyard."));
    }

    @Test
    void aSecondCountOfOneHappeningIsReadNotCompared() {
        assertEquals(List.of("entered its third day = time since strike began, days counted 3.0 compared",
                        "entered its fourth day = time since strike began, days counted 4.0 read"),
                figures("The strike at the mill entered its third day on 6 May 2025. Talks failed and the strike entered its fourth day on 7 May 2025."));
    }
}
