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
        // 14 April: a Tuesday in 2020, a Wednesday in 2021, a Thursday in 2022.
        assertEquals(LocalDate.of(2020, 4, 14), TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.TUESDAY));
        assertEquals(LocalDate.of(2021, 4, 14), TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.WEDNESDAY));
        assertEquals(LocalDate.of(2022, 4, 14), TemporalParser.withWrittenWeekday(ANCHOR, 4, 14, DayOfWeek.THURSDAY));
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
