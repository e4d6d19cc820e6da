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
        String event) implements Claim {

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
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, newEvent);
    }

    @Override
    public String key() {
        return "date|" + document + "|" + type + "|" + value + (mod == null ? "" : "|" + mod);
    }
}
