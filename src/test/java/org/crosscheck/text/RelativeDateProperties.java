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

    /**
     * A clock time followed by "yesterday", "today" or "tomorrow" is the time of that day, as "10
     * p.m. Wednesday" is (before the thirty-ninth session "11 p.m. yesterday" was read as 11 p.m.
     * of the article's own day, with "yesterday" a second date beside it).
     */
    @Property
    void aClockTimeBeforeYesterdayTodayOrTomorrowIsTheTimeOfThatDay(@ForAll("anchors") LocalDate anchor,
                                                                   @ForAll @IntRange(min = 1, max = 11) int hour) {
        assertEquals(anchor.minusDays(1) + "T" + String.format("%02d", hour + 12) + ":00",
                only("The van was stopped at " + hour + " p.m. yesterday near the bridge.", anchor).value());
        assertEquals(anchor.minusDays(1) + "T24:00", only("The van was stopped at midnight yesterday, by the old bridge.", anchor).value());
        assertEquals(anchor + "T" + String.format("%02d", hour) + ":30",
                only("The hearing opens at " + hour + ":30 a.m. today in the annex.", anchor).value());
        assertEquals(anchor.plusDays(1) + "T" + String.format("%02d", hour) + ":00",
                only("The ferry sails at " + hour + " a.m. tomorrow from the pier.", anchor).value());
    }

    /**
     * Not so for a part of the day after the word ("2 a.m. yesterday morning"), nor for a day
     * that is no word after the time, nor without an anchor for "today".
     */
    @org.junit.jupiter.api.Test
    void aClockTimeTakesNoDayFromAPartOfTheDayOrAnotherWord() {
        LocalDate anchor = LocalDate.of(2019, 3, 14);
        List<Timex> parted = TemporalParser.find("The van was stopped at 2 a.m. yesterday morning.", 0, 48, anchor);
        assertEquals("2019-03-14T02:00", parted.get(0).value(), parted.toString());
        assertEquals("2019-03-14T23:00", TemporalParser.find("It hit at 11 p.m. and yesterday was calm.", 0, 41, anchor).get(0).value());
        assertEquals("XXXX-XX-XXT23:00", TemporalParser.find("It hit at 11 p.m. yesterday.", 0, 28, null).get(0).value());
        List<Timex> undated = TemporalParser.find("It hit at 2 a.m. yesterday morning.", 0, 35, null);
        assertEquals("XXXX-XX-XXT02:00", undated.get(0).value(), undated.toString());
        List<Timex> today = TemporalParser.find("It hit at 11 p.m. today.", 0, 24, null);
        assertEquals("XXXX-XX-XXT23:00", today.get(0).value(), today.toString());
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

    /**
     * A bare weekday after a present verb of plan or "is" in its own clause is the coming one,
     * within the seven days from the publication date; after a clause opener ("after the storm on
     * Monday") or a verb of saying it is the past one, within the seven days before (forty-first
     * session).
     */
    @Property
    void aPresentPlanPutsABareWeekdayInTheComingWeek(@ForAll("anchors") LocalDate anchor,
                                                     @ForAll DayOfWeek day,
                                                     @ForAll("planVerbs") String verb) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        LocalDate ahead = LocalDate.parse(only("The delegation " + verb + " the mayor on " + name + ".", anchor).value());
        long days = ChronoUnit.DAYS.between(anchor, ahead);
        assertTrue(days >= 0 && days < 7, anchor + " " + ahead);
        assertEquals(day, ahead.getDayOfWeek());
        LocalDate past = LocalDate.parse(only("The harbour is calm after the storm on " + name + ".", anchor).value());
        long back = ChronoUnit.DAYS.between(past, anchor);
        assertTrue(back >= 0 && back < 7, anchor + " " + past);
        assertEquals(day, past.getDayOfWeek());
    }

    @Provide
    Arbitrary<String> planVerbs() {
        return Arbitraries.of(List.copyOf(Lexicon.words(TemporalParser.class, "present-plan-verbs.txt")));
    }
}
