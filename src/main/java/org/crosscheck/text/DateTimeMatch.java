package org.crosscheck.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A date, possibly with a time and a zone, as written at {@code [start, end)} of the parsed text.
 * A missing year is 0. A missing time or zone is null: nothing is ever filled in by guessing.
 */
public record DateTimeMatch(
        int start,
        int end,
        int year,
        int month,
        int day,
        LocalTime time,
        boolean secondsWritten,
        ZoneOffset offset,
        String zoneWritten,
        String zoneNote,
        DayOfWeek weekdayWritten,
        FieldOrder order) {

    /** How the day and month of a date were told apart. */
    public enum FieldOrder {
        /** The month is a word, or the date is year-first (ISO). */
        WRITTEN,
        /** All-number date whose values allow only one reading (27/11/2005). */
        DECIDED_BY_VALUES,
        /** All-number date that reads either way; month-first was assumed (US usage of slashes). */
        AMBIGUOUS_MONTH_FIRST,
        /** All-number date that reads either way; day-first was assumed (usage of dots and dashes). */
        AMBIGUOUS_DAY_FIRST;

        public boolean ambiguous() {
            return this == AMBIGUOUS_MONTH_FIRST || this == AMBIGUOUS_DAY_FIRST;
        }
    }

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    public boolean hasYear() {
        return year != 0;
    }

    /** The calendar date, or null when no year was written. */
    public LocalDate date() {
        return hasYear() ? LocalDate.of(year, month, day) : null;
    }

    public LocalDateTime localDateTime() {
        return hasYear() && time != null ? LocalDateTime.of(date(), time) : null;
    }

    /**
     * ISO 8601 text at the precision written: {@code 2021-04-13}, {@code 2021-04-13T00:27},
     * {@code 2023-09-15T06:14:22+03:00}; {@code --04-13} when no year was written.
     */
    public String value() {
        StringBuilder sb = new StringBuilder(25);
        if (hasYear()) {
            sb.append(date());
        } else {
            sb.append(String.format(java.util.Locale.ROOT, "--%02d-%02d", month, day));
        }
        if (time != null) {
            sb.append('T').append((secondsWritten ? HMS : HM).format(time));
            if (offset != null) {
                sb.append(offset.getId().equals("Z") ? "Z" : offset.getId());
            }
        }
        return sb.toString();
    }

    DateTimeMatch withOrder(int newMonth, int newDay, FieldOrder newOrder) {
        return new DateTimeMatch(start, end, year, newMonth, newDay, time, secondsWritten, offset,
                zoneWritten, zoneNote, weekdayWritten, newOrder);
    }
}
