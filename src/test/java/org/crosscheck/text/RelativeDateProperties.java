package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Relative expressions resolve the same way against any anchor date. */
class RelativeDateProperties {

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.integers().between(-25_000, 40_000).map(LocalDate::ofEpochDay);
    }

    private static Timex only(String s, LocalDate anchor) {
        List<Timex> found = TemporalParser.find(s, 0, s.length(), anchor);
        assertEquals(1, found.size(), s + " " + found);
        return found.get(0);
    }

    @Property
    void yesterdayTodayAndTomorrowAreOneDayApart(@ForAll("anchors") LocalDate anchor) {
        assertEquals(anchor.minusDays(1).toString(), only("He said so yesterday.", anchor).value());
        assertEquals(anchor.toString(), only("He says so today.", anchor).value());
        assertEquals(anchor.plusDays(1).toString(), only("He will say so tomorrow.", anchor).value());
    }

    @Property
    void aPastWeekdayIsWithinTheSixDaysBeforeTheAnchorAndAFutureOneWithinTheSixAfter(
            @ForAll("anchors") LocalDate anchor, @ForAll DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        LocalDate past = LocalDate.parse(only("The ministers met on " + name + ".", anchor).value());
        LocalDate future = LocalDate.parse(only("The ministers will meet on " + name + ".", anchor).value());
        assertEquals(day, past.getDayOfWeek());
        assertEquals(day, future.getDayOfWeek());
        long back = ChronoUnit.DAYS.between(past, anchor);
        long ahead = ChronoUnit.DAYS.between(anchor, future);
        assertTrue(back >= 0 && back <= 6, "past " + past + " for anchor " + anchor);
        assertTrue(ahead >= 0 && ahead <= 6, "future " + future + " for anchor " + anchor);
    }

    @Property
    void daysAgoCountsBackExactly(@ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 2, max = 400) int n) {
        assertEquals(anchor.minusDays(n).toString(), only("It happened " + n + " days ago.", anchor).value());
    }

    @Property
    void lastAndNextUnitsAreTheNeighbouringCalendarUnits(@ForAll("anchors") LocalDate anchor) {
        LocalDate weekAgo = anchor.minusWeeks(1);
        assertEquals(String.format(Locale.ROOT, "%d-W%02d", weekAgo.get(IsoFields.WEEK_BASED_YEAR),
                weekAgo.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), only("Prices rose last week.", anchor).value());
        assertEquals(java.time.YearMonth.from(anchor).plusMonths(1).toString(), only("Prices rise next month.", anchor).value());
        assertEquals(String.valueOf(anchor.getYear() - 1), only("Prices rose last year.", anchor).value());
        Timex thisMonth = only("Prices rose earlier this month.", anchor);
        assertTrue(!thisMonth.earliest().isAfter(anchor) && !thisMonth.latest().isBefore(anchor), "this month contains the anchor");
    }

    @Property
    void aDateWithoutAYearLiesWithinHalfAYearOfTheAnchor(@ForAll("anchors") LocalDate anchor,
                                                         @ForAll @IntRange(min = 1, max = 12) int month,
                                                         @ForAll @IntRange(min = 1, max = 28) int day) {
        String name = java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        LocalDate d = LocalDate.parse(only("The festival begins on " + name + " " + day + ".", anchor).value());
        assertEquals(month, d.getMonthValue());
        assertEquals(day, d.getDayOfMonth());
        assertTrue(Math.abs(ChronoUnit.DAYS.between(anchor, d)) <= 184);
    }

    @Property
    void withoutAnAnchorNothingIsResolved(@ForAll DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        assertEquals("XXXX-WXX-" + day.getValue(), only("They met on " + name + ".", null).value());
    }
}
