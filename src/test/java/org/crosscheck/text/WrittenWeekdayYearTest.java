package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The year of a date written with its weekday and without a year (forty-first session). */
class WrittenWeekdayYearTest {

    private static final LocalDate ANCHOR = LocalDate.of(2021, 4, 15);

    @Test
    void theNearYearInWhichTheDateFallsOnTheWeekday() {
        // 20 October, half a year from the anchor: a Tuesday in 2020, a Wednesday in 2021, a Thursday in 2022.
        assertEquals(LocalDate.of(2020, 10, 20), TemporalParser.withWrittenWeekday(ANCHOR, 10, 20, DayOfWeek.TUESDAY));
        assertEquals(LocalDate.of(2021, 10, 20), TemporalParser.withWrittenWeekday(ANCHOR, 10, 20, DayOfWeek.WEDNESDAY));
        assertEquals(LocalDate.of(2022, 10, 20), TemporalParser.withWrittenWeekday(ANCHOR, 10, 20, DayOfWeek.THURSDAY));
    }

    @Test
    void aDateNearThePublicationKeepsItsNearestYearWhateverItsWeekday() {
        // 14 April 2021, the day before the anchor, was a Wednesday: "Tuesday, April 14" is a wrong
        // weekday, not 14 April 2020 (a Tuesday).
        assertEquals(LocalDate.of(2021, 4, 14), TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.WEDNESDAY));
        assertNull(TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.TUESDAY));
        assertNull(TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.THURSDAY));
        // The edges: 14 February 2021, 60 days before, was a Sunday (2020: a Friday); 13 February, 61
        // days before, a Saturday (2020: a Thursday).
        assertNull(TemporalParser.withWrittenWeekday(ANCHOR, 2, 14, DayOfWeek.FRIDAY));
        assertEquals(LocalDate.of(2020, 2, 13), TemporalParser.withWrittenWeekday(ANCHOR, 2, 13, DayOfWeek.THURSDAY));
        // 22 April 2021, 7 days after, was a Thursday (2020: a Wednesday); 23 April, 8 days after, a
        // Friday (2020: a Thursday): weeks ahead may be last year's date in a past account.
        assertNull(TemporalParser.withWrittenWeekday(ANCHOR, 4, 22, DayOfWeek.WEDNESDAY));
        assertEquals(LocalDate.of(2020, 4, 23), TemporalParser.withWrittenWeekday(ANCHOR, 4, 23, DayOfWeek.THURSDAY));
    }

    @Test
    void noNearYearFits() {
        assertNull(TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.MONDAY));
        assertNull(TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.FRIDAY));
        // 2019 was a Monday, 2023 a Friday: two years away is not near.
        assertNull(TemporalParser.withWrittenWeekday(LocalDate.of(2021, 4, 14), 4, 14, DayOfWeek.SUNDAY));
    }

    @Test
    void february29IsOnlyInALeapYear() {
        // 29 February 2020 was a Saturday; 2019 and 2021 have none.
        assertEquals(LocalDate.of(2020, 2, 29), TemporalParser.withWrittenWeekday(LocalDate.of(2021, 1, 10), 2, 29, DayOfWeek.SATURDAY));
        assertNull(TemporalParser.withWrittenWeekday(LocalDate.of(2021, 1, 10), 2, 29, DayOfWeek.SUNDAY));
        assertNull(TemporalParser.withWrittenWeekday(LocalDate.of(2022, 6, 1), 2, 29, DayOfWeek.SATURDAY));
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.integers().between(-25_000, 40_000).map(LocalDate::ofEpochDay);
    }

    /**
     * What is found falls on the weekday, in a year at most one from the anchor's; when the nearest
     * occurrence falls on it, that is what is found; at most one near year fits but on February 29.
     */
    @Property
    void theYearFoundFitsAndIsNear(@ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 12) int month,
                                   @ForAll @IntRange(min = 1, max = 28) int day, @ForAll DayOfWeek weekday) {
        LocalDate found = TemporalParser.withWrittenWeekday(anchor, month, day, weekday);
        LocalDate nearest = TemporalParser.nearestTo(anchor, month, day);
        int fitting = 0;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (LocalDate.of(y, month, day).getDayOfWeek() == weekday) {
                fitting++;
            }
        }
        assertTrue(fitting <= 1, "three years in a row give one date three weekdays");
        long ahead = nearest == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(anchor, nearest);
        boolean nearStands = ahead >= -WeekdayReading.NEAR_DAYS_BEFORE && ahead <= WeekdayReading.NEAR_DAYS_AFTER;
        if (nearStands) {
            assertEquals(nearest.getDayOfWeek() == weekday ? nearest : null, found);
            return;
        }
        if (fitting == 0) {
            assertNull(found);
            return;
        }
        assertEquals(weekday, found.getDayOfWeek());
        assertEquals(month, found.getMonthValue());
        assertEquals(day, found.getDayOfMonth());
        assertTrue(Math.abs(found.getYear() - anchor.getYear()) <= 1);
        assertTrue(Math.abs(ChronoUnit.DAYS.between(anchor, found)) < 2 * 366);
        if (nearest.getDayOfWeek() == weekday) {
            assertEquals(nearest, found);
        }
    }
}
