package org.crosscheck.claims;

import java.time.DayOfWeek;

/**
 * A weekday written next to a date ("Monday, 28 November 2005"), with the weekday the calendar
 * gives for that date. When the date was written without a year, {@code yearSource} says where
 * the year came from.
 */
public record WeekdayClaim(
        String document,
        Span span,
        String text,
        DayOfWeek written,
        String date,
        DayOfWeek calendar,
        String yearSource) implements Claim {

    @Override
    public String value() {
        return name(written) + ", " + date + " (calendar: " + name(calendar) + ")";
    }

    @Override
    public String kind() {
        return "weekday";
    }

    @Override
    public String key() {
        return "weekday|" + document + "|" + name(written) + "|" + date;
    }

    /** "Monday", not "MONDAY". */
    public static String name(DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    public String writtenName() {
        return name(written);
    }

    public String calendarName() {
        return name(calendar);
    }
}
