package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clock times as intervals: their hedges, zones and days (DateClaim.clockMinutes, clockDisagreesWith). */
class ClockTimesTest {

    private static final LocalDate DAY = LocalDate.of(2013, 7, 19);

    private static DateClaim time(String text, String hm) {
        return time(text, hm, DAY);
    }

    private static DateClaim time(String text, String hm, LocalDate day) {
        return new DateClaim("d", new Span(0, text.length()), text, "TIME", day + "T" + hm, null, null, false,
                day.toEpochDay(), day.toEpochDay(), null, null, "fire", List.of());
    }

    @Test
    void aBareTimeIsFiveMinutesEitherSideAndAHedgedOneWider() {
        assertArrayEquals(new long[] {1075, 1085}, time("6 p.m.", "18:00").clockMinutes());
        assertArrayEquals(new long[] {1070, 1090}, time("about 6 p.m.", "18:00").clockMinutes());
        assertArrayEquals(new long[] {1080, 1110}, time("shortly after 6 p.m.", "18:00").clockMinutes());
        assertArrayEquals(new long[] {1065, 1080}, time("just before 6 p.m.", "18:00").clockMinutes());
        assertNull(time("by 6 p.m.", "18:00").clockMinutes(), "bounded on one side only");
        assertNull(time("By about 6 p.m.", "18:00").clockMinutes(), "the longest hedge counts");
    }

    @Test
    void onlyATimeOfDayOnOneDayIsAClockTime() {
        assertTrue(time("6 p.m.", "18:00").clock());
        assertFalse(time("Friday night", "NI").clock());
        DateClaim bare = new DateClaim("d", new Span(0, 6), "6 p.m.", "TIME", "XXXX-XX-XXT18:00", null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertTrue(bare.clock(), "a report of no known day still tells the time of day");
        assertArrayEquals(new long[] {1075, 1085}, bare.clockMinutes());
        DateClaim lentDay = new DateClaim("d", new Span(0, 6), "6 p.m.", "TIME", "XXXX-XX-XXT18:00", null, null, false,
                DAY.toEpochDay(), DAY.toEpochDay(), null, null, null, List.of());
        assertFalse(lentDay.clock(), "an unknown day's time with a day on the calendar is no reading of this kind");
        DateClaim weekday = new DateClaim("d", new Span(0, 13), "6 p.m. Friday", "TIME", "XXXX-WXX-5T18:00", null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertFalse(weekday.clock(), "a time that names its weekday but no year");
        assertNull(weekday.clockMinutes());
        DateClaim open = new DateClaim("d", new Span(0, 6), "6 p.m.", "TIME", "XXXX-XX-XXT18:00", "START", null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertFalse(open.clock(), "an open interval");
        DateClaim dayOff = new DateClaim("d", new Span(0, 6), "6 p.m.", "TIME", "2013-07-19T18:00", null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertFalse(dayOff.clock(), "a written day that is not on the calendar");
        DateClaim twoDays = new DateClaim("d", new Span(0, 6), "6 p.m.", "TIME", "2013-07-19T18:00", null, null, false,
                DAY.toEpochDay(), DAY.toEpochDay() + 1, null, null, null, List.of());
        assertFalse(twoDays.clock(), "a time of two days");
        DateClaim dated = new DateClaim("d", new Span(0, 4), "2013", "DATE", "2013", null, null, false,
                DAY.toEpochDay(), DAY.toEpochDay(), null, null, null, List.of());
        assertFalse(dated.clock(), "a date is no clock time");
    }

    private static DateClaim undated(String text, String hm) {
        return new DateClaim("d", new Span(0, text.length()), text, "TIME", "XXXX-XX-XXT" + hm, null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, "attack", List.of());
    }

    @Test
    void timesOfReportsOfNoKnownDayAreComparedByTheTimeOfDay() {
        assertTrue(undated("about 4 p.m.", "16:00").clockDisagreesWith(undated("about 4:30 p.m.", "16:30")));
        assertFalse(undated("about 4 p.m.", "16:00").clockDisagreesWith(undated("4:08 p.m.", "16:08")));
        assertTrue(undated("4 p.m.", "16:00").clockDisagreesWith(time("4:30 p.m.", "16:30")), "against a dated report's bare time");
        assertFalse(undated("4 p.m.", "16:00").clockDisagreesWith(time("4 p.m.", "16:00")));
        assertArrayEquals(new long[] {960, 990}, undated("shortly after 4 p.m.", "16:00").clockMinutes(), "hedged as any time");
    }

    @Test
    void oneTimeWrittenThreeWaysIsOneTime() {
        DateClaim a = time("6 p.m.", "18:00");
        DateClaim b = time("18:00", "18:00");
        DateClaim c = time("6:00 p.m.", "18:00");
        assertFalse(a.clockDisagreesWith(b));
        assertFalse(b.clockDisagreesWith(c));
    }

    @Test
    void timesWhoseIntervalsShareNoMinuteDisagree() {
        assertTrue(time("about 3 p.m.", "15:00").clockDisagreesWith(time("about 3:30 p.m.", "15:30")));
        assertFalse(time("about 3:10 p.m.", "15:10").clockDisagreesWith(time("about 3:30 p.m.", "15:30")), "they touch at 3:20");
        assertFalse(time("about 3:30 p.m.", "15:30").clockDisagreesWith(time("about 3:10 p.m.", "15:10")), "either way round");
        assertFalse(time("about 8.40pm", "20:40").clockDisagreesWith(time("8.49pm", "20:49")));
        assertFalse(time("8.40pm", "20:40").clockDisagreesWith(time("8.49pm", "20:49")), "bare times nine minutes apart");
        assertTrue(time("8.30pm", "20:30").clockDisagreesWith(time("8.49pm", "20:49")), "bare times nineteen minutes apart");
        assertFalse(time("by 9pm", "21:00").clockDisagreesWith(time("8.30pm", "20:30")), "an open bound is not compared");
    }

    @Test
    void timesAroundMidnightAreComparedOnTheClock() {
        DateClaim late = time("11:55 p.m.", "23:55", DAY);
        DateClaim early = time("shortly after midnight", "24:00", DAY.minusDays(3));
        assertFalse(late.clockDisagreesWith(early));
        assertTrue(time("around 11 p.m.", "23:00").clockDisagreesWith(early));
        DateClaim past = time("12:02 a.m.", "00:02");
        assertFalse(late.clockDisagreesWith(past), "a few minutes past midnight is beside 11:55 p.m. of the day before");
        assertFalse(past.clockDisagreesWith(late));
        assertTrue(past.clockDisagreesWith(time("11:30 p.m.", "23:30")));
    }

    @Test
    void timesInDifferentZonesOrOneZonedAreNotCompared() {
        assertEquals("GMT", time("19:45 GMT", "19:45").clockZone());
        assertEquals("local time", time("7:37 AM local time", "07:37").clockZone());
        assertNull(time("about 8 p.m.", "20:00").clockZone(), "p.m. names no zone");
        assertFalse(time("19:45 GMT", "19:45").clockDisagreesWith(time("8.45pm", "20:45")));
        assertFalse(time("19:45 GMT", "19:45").clockDisagreesWith(time("20:45 BST", "20:45")));
        assertTrue(time("19:45 GMT", "19:45").clockDisagreesWith(time("20:45 GMT", "20:45")));
    }

    @Test
    void timesThatNameTwoDaysAreLeftToTheDates() {
        DateClaim friday = time("8 p.m. Friday", "20:00", DAY);
        DateClaim saturday = time("9 p.m. Saturday", "21:00", DAY.plusDays(1));
        assertFalse(friday.clockDisagreesWith(saturday));
        assertTrue(friday.clockDisagreesWith(time("9 p.m.", "21:00", DAY.plusDays(1))), "a bare time's day is a reading");
    }

    @Test
    void everyHedgeIsOpenOrTwoMinuteCountsAndIsFoundBeforeATime() {
        for (Map.Entry<String, String> e : DateClaim.CLOCK_HEDGES.entrySet()) {
            String bound = e.getValue();
            assertTrue(bound.equals("open") || bound.matches("\\d+ \\d+"), e.getKey() + ": " + bound);
            assertEquals(e.getKey(), DateClaim.hedgeOf(e.getKey() + " 6 p.m."));
        }
        assertNull(DateClaim.hedgeOf("aboutface 6 p.m."));
        assertEquals("shortly after", DateClaim.hedgeOf("Shortly after 6 p.m."));
    }

    private static DateClaim of(String about, String text, String hm) {
        return new DateClaim("d", new Span(0, text.length()), text, "TIME", DAY + "T" + hm, null, null, false,
                DAY.toEpochDay(), DAY.toEpochDay(), null, null, about, List.of());
    }

    @Test
    void anAlarmComesAtOrAfterItsHappeningsStartAndWithinSixHours() {
        DateClaim began = of("fire", "about 8.40pm", "20:40");
        assertTrue(of("report of the fire", "8.15pm", "20:15").clockDisagreesWith(began), "an alarm before the fire began");
        assertTrue(began.clockDisagreesWith(of("report of the fire", "8.15pm", "20:15")), "either way round");
        assertFalse(of("report of the fire", "8.49pm", "20:49").clockDisagreesWith(began));
        assertFalse(of("report of the fire", "8.30pm", "20:30").clockDisagreesWith(began), "inside the start's hedge");
        assertFalse(of("report of the fire", "8.25pm", "20:25").clockDisagreesWith(of("fire", "8.35pm", "20:35")),
                "the alarm's latest minute is the start's earliest");
        assertTrue(of("report of the fire", "8.24pm", "20:24").clockDisagreesWith(of("fire", "8.35pm", "20:35")));
        assertFalse(of("report of the fire", "2:40 a.m.", "02:40").clockDisagreesWith(began), "six hours on, past midnight");
        assertTrue(of("report of the fire", "3:10 a.m.", "03:10").clockDisagreesWith(began), "more than six hours on");
        assertTrue(of("report of the fire", "8.15pm", "20:15").clockDisagreesWith(of("report of the fire", "9.30pm", "21:30")),
                "two alarms are compared as two starts");
        assertFalse(of("fire", "9.30pm", "21:30").alarm());
        assertTrue(of("report of the fire", "9.30pm", "21:30").alarm());
        assertFalse(of(null, "9.30pm", "21:30").alarm());
    }

    @Test
    void kindsThatNameOneHappeningAreOneFamily() {
        assertEquals("attack", DateClaim.familyOf("killing"));
        assertEquals("attack", DateClaim.familyOf("shooting"));
        assertEquals("attack", DateClaim.familyOf("attack"));
        assertEquals("death", DateClaim.familyOf("death"), "a death is kept apart from the attack");
        assertEquals("fire", DateClaim.familyOf("report of the fire"));
        assertEquals("attack", DateClaim.familyOf("report of the shooting"));
        assertNull(DateClaim.familyOf(null));
        assertTrue(of("killing", "9pm", "21:00").sameFamilyAs(of("report of the attack", "9pm", "21:00")));
        assertFalse(of("death", "9pm", "21:00").sameFamilyAs(of("killing", "9pm", "21:00")));
        assertFalse(of(null, "9pm", "21:00").sameFamilyAs(of(null, "9pm", "21:00")), "a time tied to nothing is of no family");
        assertNull(of(null, "9pm", "21:00").family());
        for (Map.Entry<String, String> e : DateClaim.HAPPENING_FAMILIES.entrySet()) {
            assertTrue(e.getKey().matches("[a-z ]+") && e.getValue().matches("[a-z ]+"), e.getKey());
            assertFalse(DateClaim.HAPPENING_FAMILIES.containsKey(e.getValue()), "a family is no member of another: " + e.getValue());
        }
    }
}
