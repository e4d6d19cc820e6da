package org.crosscheck.claims;

/**
 * A temporal expression in the article's text, normalized the TIMEX3 way ({@code type} DATE,
 * TIME, DURATION or SET; {@code value} such as {@code 2021-04-12}, {@code 2021-W14}, {@code P3D}).
 * A relative expression records the {@code anchor} it was resolved against. {@code earliest} and
 * {@code latest} are the epoch days it can mean, both {@link #NO_DAY} when it has no calendar
 * extent; {@code mod} is {@code START} for an interval open towards the anchor ("since 2014").
 * {@code borrowed} says the anchor was not the document's own timestamp but a date lent by its
 * story: such a value is crosscheck's inference, not the source's claim. {@code event} is set on
 * the date a document gives for the event it reports, once stories are grouped.
 * {@code mainHappening} is the kind of the document's main happening when this date is the first
 * of its value that its document gives for that happening (see {@code extract.MainHappening}), else null.
 */
public record DateClaim(
        String document,
        Span span,
        String text,
        String type,
        String value,
        String mod,
        String anchor,
        boolean borrowed,
        long earliest,
        long latest,
        String event,
        String mainHappening) implements Claim {

    public static final long NO_DAY = Long.MIN_VALUE;

    @Override
    public String kind() {
        return "date";
    }

    /** Whether the claim names days of the calendar (a resolved DATE or TIME). */
    public boolean onCalendar() {
        return earliest != NO_DAY;
    }

    /** Whether the claim names one day (or two adjacent ones). */
    public boolean dayPrecise() {
        return onCalendar() && latest - earliest <= 1;
    }

    /** Whether the value was resolved against an anchor date rather than written in full. */
    public boolean anchored() {
        return anchor != null;
    }

    public DateClaim withEvent(String newEvent) {
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, newEvent,
                mainHappening);
    }

    public DateClaim withMainHappening(String kind) {
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, event, kind);
    }

    /** Whether both dates were written in full, or both read against the same anchor. */
    public boolean sameAnchorAs(DateClaim o) {
        return java.util.Objects.equals(anchor, o.anchor);
    }

    /**
     * Whether two one-day dates cannot be the same day: more than a day apart, or a day apart
     * when both name their day (a weekday, a day of a month). "Yesterday" and "today" move with
     * the hour and zone the article was stamped in; "Thursday" and "Friday" do not.
     */
    public boolean cannotBeTheDayOf(DateClaim o) {
        if (!dayPrecise() || !o.dayPrecise()) {
            return false;
        }
        long gap = Math.max(earliest - o.latest, o.earliest - latest);
        return gap > 1 || gap == 1 && namesItsDay() && o.namesItsDay();
    }

    private static final java.util.regex.Pattern DAY_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    /** Whether the words name the day: a weekday, or a day of a month. */
    public boolean namesItsDay() {
        return DAY_NAME.matcher(text).find();
    }

    /** Whether this claim is written after {@code o} in their document. */
    public boolean after(DateClaim o) {
        return span.compareTo(o.span) > 0;
    }

    @Override
    public String key() {
        return "date|" + document + "|" + type + "|" + value + (mod == null ? "" : "|" + mod);
    }
}
