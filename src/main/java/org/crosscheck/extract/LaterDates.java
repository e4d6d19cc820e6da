package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.Span;

/**
 * Dates told as a length of time after another happening: "Timmons was arrested 12 days after the
 * shooting on March 3", "died on Thursday, December 11, nine days after suffering a heart attack".
 * The length ("12 days", "two weeks": a whole number of days or weeks) and the happening after
 * "after" or "following" give one happening's day from the other's, when the document dates one of
 * them itself:
 *
 * <ul>
 *   <li>the earlier one's day is known (a date near its word in the same clause, "a warrant was
 *       issued on June 10, 2005"; or the one day the document ties to a happening of its kind):
 *       the later happening, whose word stands {@link Mentions#near} before the length ("was
 *       arrested 12 days after"), took place that many days later;</li>
 *   <li>the later one's day is written just before the length, a phrase of place and a comma or
 *       dash between at most ("died Thursday, a week after suffering", "died on December 11 at a
 *       hospital - nine days after"), that day already tied to its happening and people: the
 *       earlier happening took place that many days before, of the same people.</li>
 * </ul>
 *
 * Each such day is a date of the happening the clause names, of the people it names, like those
 * {@link Mentions} marks, so another source's date for that happening is set against it. Lengths
 * of months or years, or a few days ("a few days after"), give no day; a length in weeks gives a
 * span of {@link #WEEK_SLACK} days either way ("a week after" may be nine days); nor does a length that a
 * span of time holds ("in a coma for a week following"). A day compared by its weekday alone (an
 * undated report's "Thursday") gives a weekday ("nine days after" a Thursday: a Tuesday). A
 * document that dates the happening itself gives no such day.
 */
final class LaterDates {

    private LaterDates() {
    }

    /**
     * The days a length in weeks may be off either way: news rounds to weeks ("a week after" for
     * nine days, "two weeks" for twelve), so such a day is a span of days, and none is given from a
     * bare weekday (its weekday would claim more than the words).
     */
    static final long WEEK_SLACK = 2;
    /** A whole number of days or weeks. */
    private static final Pattern LENGTH = Pattern.compile("^P(\\d+)([DW])$");
    /** "after" or "following" right after the length. */
    private static final Pattern AFTER = Pattern.compile("^\\s+(?:after|following)\\s+", Pattern.CASE_INSENSITIVE);
    /** The most words between "after" and the earlier happening's word ("after suffering a heart attack"). */
    static final int EARLIER_WORDS = 4;
    /** What may stand between the later day and the length once places are taken out: a comma or a dash. */
    private static final Pattern JOINT = Pattern.compile("^\\s*[,\u2013\u2014-]?\\s*$");
    /** A length that a span of time holds ("for a week following"): it dates nothing. */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:for|lasting|over)\\s+(?:about\\s+|nearly\\s+|almost\\s+)?$");

    /** The document with a date added for each happening a length of time after another dates. */
    static ExtractedDocument add(ExtractedDocument d) {
        String text = d.document().text();
        List<DateClaim> dates = new ArrayList<>();
        List<EventClaim> triggers = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc) {
                dates.add(dc);
            } else if (c instanceof EventClaim e) {
                triggers.add(e);
            }
        }
        List<Claim> added = new ArrayList<>();
        Happenings happenings = null;
        for (DateClaim length : dates) {
            Matcher l = LENGTH.matcher(length.value() == null ? "" : length.value());
            if (!"DURATION".equals(length.type()) || !l.matches()) {
                continue;
            }
            Matcher after = AFTER.matcher(text).region(length.span().end(), text.length());
            if (!after.lookingAt() || HELD.matcher(text.substring(Math.max(0, length.span().start() - 30), length.span().start())).find()) {
                continue;
            }
            EventClaim earlier = earlierWord(text, after.end(), triggers);
            if (earlier == null) {
                continue;
            }
            boolean weeks = "W".equals(l.group(2));
            long days = Long.parseLong(l.group(1)) * (weeks ? 7 : 1);
            long slack = weeks ? WEEK_SLACK : 0;
            Span words = new Span(length.span().start(), earlier.span().end());
            DateClaim laterDay = dayBefore(text, length.span(), dates);
            if (laterDay != null) {
                // "died Thursday, December 11, nine days after suffering a heart attack": the earlier one's day.
                if (!datesItself(dates, earlier.happening(), laterDay.participants()) && nearDate(text, earlier, dates) == null) {
                    added.add(derived(length, words, text, laterDay, -days, slack, earlier.happening(), laterDay.participants()));
                }
                continue;
            }
            EventClaim later = laterWord(text, length.span(), triggers);
            DateClaim earlierDay = later == null ? null : earlierDay(text, earlier, dates);
            if (earlierDay == null) {
                continue;
            }
            if (happenings == null) {
                happenings = Happenings.of(d);
            }
            if (!happenings.readable(length.span())) {
                continue;
            }
            List<String> people = happenings.people(length.span(), d.names());
            if (!people.isEmpty() && !datesItself(dates, later.happening(), people)) {
                added.add(derived(length, words, text, earlierDay, days, slack, later.happening(), people));
            }
        }
        added.removeIf(java.util.Objects::isNull);
        if (added.isEmpty()) {
            return d;
        }
        List<Claim> out = new ArrayList<>(d.claims());
        out.addAll(added);
        out.sort(Comparator.comparing(Claim::span).thenComparing(Claim::key));
        return d.withClaims(out);
    }

    /** The first happening's word within {@link #EARLIER_WORDS} words from {@code from}, with no comma or stop before it. */
    static EventClaim earlierWord(String text, int from, List<EventClaim> triggers) {
        EventClaim best = null;
        for (EventClaim e : triggers) {
            if (e.span().start() >= from && (best == null || e.span().start() < best.span().start())) {
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        String between = text.substring(from, best.span().start());
        return between.matches("[^,.;:!?\n]*") && Mentions.words(between, true) <= EARLIER_WORDS ? best : null;
    }

    /**
     * The day written just before the length, tied to a happening and its people, on the calendar
     * and one day: between them only a comma or a dash once phrases of place are taken out.
     */
    static DateClaim dayBefore(String text, Span length, List<DateClaim> dates) {
        DateClaim best = null;
        for (DateClaim dc : dates) {
            if (dc.span().end() <= length.start() && (best == null || dc.span().end() > best.span().end())) {
                best = dc;
            }
        }
        if (best == null || best.about() == null || best.participants().isEmpty() || !oneDay(best)) {
            return null;
        }
        String between = text.substring(best.span().end(), length.start());
        if (between.matches("(?s).*[.;:!?\n].*")) {
            return null;
        }
        String joint = between.strip().isEmpty() ? between : Mentions.withoutPlaces(between);
        return JOINT.matcher(joint).matches() ? best : null;
    }

    /** The later happening's word: the nearest one before the length, {@link Mentions#near} it. */
    static EventClaim laterWord(String text, Span length, List<EventClaim> triggers) {
        EventClaim best = null;
        for (EventClaim e : triggers) {
            if (e.span().end() <= length.start() && (best == null || e.span().end() > best.span().end())) {
                best = e;
            }
        }
        return best != null && Mentions.near(text, length, best.span()) && Mentions.apart(text, length, best.span()) ? best : null;
    }

    /** A calendar day written after the happening's word, {@link Mentions#near} it in its clause ("issued on June 10, 2005"), or null. */
    static DateClaim nearDate(String text, EventClaim word, List<DateClaim> dates) {
        for (DateClaim dc : dates) {
            if (oneDay(dc) && !"DURATION".equals(dc.type()) && dc.span().start() >= word.span().end()
                    && Mentions.apart(text, dc.span(), word.span()) && Mentions.near(text, dc.span(), word.span())) {
                return dc;
            }
        }
        return null;
    }

    /**
     * The earlier happening's day: a date near its word after it in its clause ("issued for him on
     * June 10, 2005"), else the one day the document ties to a happening of its kind; one calendar
     * day, or null.
     */
    static DateClaim earlierDay(String text, EventClaim earlier, List<DateClaim> dates) {
        DateClaim written = nearDate(text, earlier, dates);
        if (written != null) {
            return written;
        }
        DateClaim tied = null;
        int tiedDays = 0;
        for (DateClaim dc : dates) {
            if (!oneDay(dc) || "DURATION".equals(dc.type())) {
                continue;
            }
            if (dc.about() != null && dc.about().equals(earlier.happening()) && (tied == null || !tied.value().equals(dc.value()))) {
                tied = dc;
                tiedDays++;
            }
        }
        return tiedDays == 1 ? tied : null;
    }

    /** Whether a date names one day: of the calendar, or a weekday alone (an undated report's "Thursday"). */
    static boolean oneDay(DateClaim dc) {
        return dc.onCalendar() && dc.earliest() == dc.latest() || weekday(dc) != null;
    }

    /**
     * The weekday a date is compared by: a bare weekday read against no date or against one the
     * story lent ("on Thursday" in an undated report), whose calendar day crosscheck inferred; else null.
     */
    static java.time.DayOfWeek weekday(DateClaim dc) {
        return dc.borrowed() || !dc.onCalendar() ? dc.weekdayOnly() : null;
    }

    /** Whether the document already ties a date to a happening of {@code kind} of one of {@code people}. */
    private static boolean datesItself(List<DateClaim> dates, String kind, List<String> people) {
        for (DateClaim dc : dates) {
            if (kind.equals(dc.about()) && dc.participants().stream().anyMatch(people::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day {@code days} after (or, negative, before) {@code from}, as a date of a happening of
     * {@code kind} of {@code people} told by {@code words}: a day of the calendar, or, when
     * {@code from} is compared by its weekday alone ({@link #weekday}), that many days from its
     * weekday, with no calendar day.
     */
    static DateClaim derived(DateClaim length, Span words, String text, DateClaim from, long days, long slack, String kind,
                             List<String> people) {
        java.time.DayOfWeek w = weekday(from);
        if (w != null && slack > 0) {
            // "a week after" a bare Thursday: some day near the Thursday before, which no weekday says.
            return null;
        }
        if (w != null) {
            return new DateClaim(length.document(), words, words.of(text), "DATE", "XXXX-WXX-" + w.plus(days).getValue(), null,
                    from.anchor(), from.borrowed(), DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, kind, people);
        }
        long day = from.earliest() + days;
        String value = java.time.LocalDate.ofEpochDay(day).toString();
        return new DateClaim(length.document(), words, words.of(text), "DATE", value, null, from.anchor(), from.borrowed(),
                day - slack, day + slack, null, null, kind, people);
    }
}
