package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.text.DateTimeMatch;

/** Turns written dates into instants and resolves dates written without a year. */
final class Anchors {
    /** The widest offsets in use: a time with no zone lies somewhere in this range. */
    static final long WEST_SECONDS = 12 * 3600L;
    static final long EAST_SECONDS = 14 * 3600L;

    private Anchors() {
    }

    /** {earliest, latest} epoch seconds for what {@code m} says, widening for what it leaves out. */
    static long[] bounds(DateTimeMatch m) {
        LocalDate date = m.date();
        if (m.time() == null) {
            long dayStart = date.toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
            return new long[] {dayStart - EAST_SECONDS, dayStart + 86_400 - 1 + WEST_SECONDS};
        }
        LocalDateTime local = m.localDateTime();
        if (m.offset() != null) {
            long t = local.toEpochSecond(m.offset());
            long slack = m.secondsWritten() ? 0 : 59;
            return new long[] {t, t + slack};
        }
        long t = local.toEpochSecond(ZoneOffset.UTC);
        long slack = m.secondsWritten() ? 0 : 59;
        return new long[] {t - EAST_SECONDS, t + slack + WEST_SECONDS};
    }

    /** The year that puts {@code month}/{@code day} nearest to the anchor date. */
    static LocalDate nearest(int month, int day, LocalDate anchor) {
        return org.crosscheck.text.TemporalParser.nearestTo(anchor, month, day);
    }

    /**
     * The date {@code month}/{@code day} that falls on {@code weekday}, in the year
     * {@link org.crosscheck.text.TemporalParser#withWrittenWeekday} picks near the anchor date;
     * {@code null} when none fits.
     */
    static LocalDate withWeekday(int month, int day, java.time.DayOfWeek weekday, LocalDate anchor) {
        return org.crosscheck.text.TemporalParser.withWrittenWeekday(anchor, month, day, weekday);
    }

    /** The calendar date of a published timestamp, as written (local to its zone). */
    static LocalDate dateOf(TimestampClaim published) {
        return published == null ? null : LocalDate.parse(published.value().substring(0, 10));
    }
}
