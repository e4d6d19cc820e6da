package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates of a past happening compared across a story's events ({@link DateClaim#pastFor}, {@link DateClaim#nextTo}). */
class PastHappeningDatesTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static DateClaim date(String text, String from, String to, String anchor, boolean borrowed) {
        return new DateClaim("a", new Span(0, text.length()), text, "DATE", from, null, anchor, borrowed, day(from), day(to),
                null, null, "verdict", List.of("ann roe"));
    }

    private static DateClaim year(int y) {
        return date(Integer.toString(y), y + "-01-01", y + "-12-31", null, false);
    }

    @Test
    void aDateWrittenInFullLongBeforeTheReportsEventIsPast() {
        long trial = day("2011-03-03");
        assertTrue(year(2004).pastFor(trial));
        // Thirty days before the event's day is still its own time; thirty-one is past.
        assertFalse(date("February 1, 2011", "2011-02-01", "2011-02-01", null, false).pastFor(trial));
        assertTrue(date("January 31, 2011", "2011-01-31", "2011-01-31", null, false).pastFor(trial));
        // The event's own year is not past for it.
        assertFalse(year(2011).pastFor(trial));
        // Read against the report's timestamp or a date lent by the story: the report's own days.
        assertFalse(date("last year", "2010-01-01", "2010-12-31", "the publication date 2011-03-03", false).pastFor(trial));
        assertFalse(date("2004", "2004-01-01", "2004-12-31", null, true).pastFor(trial));
        // An undated event gives no day to be past for.
        assertFalse(year(2004).pastFor(DateClaim.NO_DAY));
        // A date with no day of the calendar.
        DateClaim undated = new DateClaim("a", new Span(0, 4), "once", "DATE", "PAST_REF", null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, "verdict", List.of("ann roe"));
        assertFalse(undated.pastFor(trial));
    }

    @Test
    void yearsNextToEachOtherAreOneOccasionMisdatedAndYearsFurtherApartAreNot() {
        assertTrue(year(2004).nextTo(year(2005)));
        assertTrue(year(2005).nextTo(year(2004)));
        assertTrue(year(2004).nextTo(year(2004)));
        assertFalse(year(2003).nextTo(year(2005)));
        assertFalse(year(2005).nextTo(year(2003)));
        DateClaim june = date("June 2004", "2004-06-01", "2004-06-30", null, false);
        DateClaim july = date("July 2004", "2004-07-01", "2004-07-31", null, false);
        DateClaim august = date("August 2004", "2004-08-01", "2004-08-31", null, false);
        assertTrue(june.nextTo(july));
        assertFalse(june.nextTo(august));
        // A month and a year touch only at the year's edge.
        DateClaim december = date("December 2004", "2004-12-01", "2004-12-31", null, false);
        assertTrue(december.nextTo(year(2005)));
        assertTrue(year(2005).nextTo(december));
        assertFalse(june.nextTo(year(2005)));
        assertTrue(june.nextTo(year(2004)));
    }

    @Test
    void daysAFortnightApartAtMostAreOneOccasion() {
        DateClaim first = date("May 2, 2004", "2004-05-02", "2004-05-02", null, false);
        assertTrue(first.nextTo(date("May 16, 2004", "2004-05-16", "2004-05-16", null, false)));
        assertFalse(first.nextTo(date("May 17, 2004", "2004-05-17", "2004-05-17", null, false)));
        // A day against a year is compared as coarse dates are: touching or not at all.
        assertTrue(date("December 31, 2004", "2004-12-31", "2004-12-31", null, false).nextTo(year(2005)));
        assertFalse(first.nextTo(year(2005)));
    }
}
