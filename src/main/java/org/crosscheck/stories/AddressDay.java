package org.crosscheck.stories;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.clean.Cleaner;

/**
 * The day a news page's address gives, when the article's first line is that address
 * ("URL: https://news.example/2010/05/05/story" or ".../news/2007-04-11-office-fire"): news sites
 * put the day they publish a story in its address, so for an article with no timestamp of its own
 * it is its publication day. Only a full day counts (year, month and day with one separator), only
 * on the first line, and only where the line is an address alone ({@link Cleaner#URL_LINE}).
 *
 * <p>Grouping reads it for the events alone ({@code StoryGrouper.events}): an undated report is then
 * dated by its publication, held by the week's window and joined by the mean similarity a dated
 * report needs, not the higher one an undated report needs. Stories do not read it (their rule on
 * days a year apart is not a publication's), nor does extraction (the article still has no
 * timestamp, and its relative dates are still read against its event's).
 */
final class AddressDay {
    /** A year, month and day in an address, one separator between them, a separator before and after (or the end). */
    private static final Pattern DAY = Pattern.compile(
            "[/_-]((?:19|20)\\d\\d)([/-])(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private AddressDay() {
    }

    /** The epoch day the first line of {@code text} gives as an address's day, or {@link Event#NO_DAY}. */
    static long of(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (!Cleaner.URL_LINE.matcher(first).matches()) {
            return Event.NO_DAY;
        }
        Matcher m = DAY.matcher(first);
        if (!m.find()) {
            return Event.NO_DAY;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))).toEpochDay();
        } catch (DateTimeException e) {
            return Event.NO_DAY;
        }
    }
}
