package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * Which day a happening that runs on from day to day has reached, written as an ordinal: "on the
 * eighth day of protests", "the third night of rioting", "strikers stayed out for a fifth straight
 * day", "the siege entered its second day". The happening is one of {@code ongoing-day-acts.tsv}:
 * after "of" ("the fourth day of the strike", at most two describing words between), or, for a count
 * after "for", "into" or a verb of {@code ongoing-day-verbs.txt}, the nearest such word before it in
 * its sentence. A count after "for" needs "straight", "consecutive" or "successive" or one of those
 * verbs before it ("protests continued for a third day"): "for the first day" alone may be anything's.
 * A night counts as a day ("the third night of rioting" is its third day).
 *
 * <p>The claim is a time since the happening began, counted in days as the report counts them (the
 * eighth day is 8), so that reports of two days are set against each other after the days between
 * ({@link QuantityClaim#since}). The day it is as of must be written in its sentence (a date of one
 * day, not after "since", "after" or "following": "for a third straight night Wednesday");
 * a count whose day is only the article's is read and never compared, since a report written the
 * morning after counts the night before.
 */
final class OngoingDays {

    /** Word forms of a happening counted in days, and the happening each names. */
    static final Map<String, String> ACTS = Lexicon.pairs(OngoingDays.class, "ongoing-day-acts.tsv");
    /** Verbs that carry a happening on into a count of days after them. */
    static final Set<String> VERBS = Lexicon.words(OngoingDays.class, "ongoing-day-verbs.txt");

    private static final String ORDINAL = "(\\d{1,2}(?:st|nd|rd|th)|" + Lexicon.alternatives(NumberWords.ordinalWordSet()) + ")";
    private static final String STRAIGHT = "(?:straight|consecutive|successive|running)";
    private static final String ACT = "(" + Lexicon.alternatives(ACTS.keySet()) + ")";
    /** "the eighth day of protests", "third night of rioting": group 1 the ordinal, 2 the happening. */
    private static final Pattern OF = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:(?:the|a|an|its|their|his|her)\\s+)?" + ORDINAL
            + "\\s+(?:" + STRAIGHT + "\\s+)?(?:day|night)\\s+of\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\p{Ll}'\u2019-]+\\s+){0,2}?"
            + ACT + "(?![\\p{L}-])");
    /**
     * "for the seventh straight day", "continued for a third day", "entered its second day": group 1
     * the verb before (or null), 2 "straight" (or null), 3 the ordinal.
     */
    private static final Pattern RUN = Pattern.compile("(?i)(?:(?<![\\p{L}])(\\p{L}+)\\s+(?:on\\s+)?)?(?<![\\p{L}])(?:for|into)?\\s*"
            + "(?<![\\p{L}])(?:a|the|its|their)\\s+" + ORDINAL + "\\s+(" + STRAIGHT + "\\s+)?(?:day|night)(?![\\p{L}-])(?!\\s+of\\s)");
    /** Words that put a date after a count of days on another happening: "for a sixth day since the shooting on Saturday". */
    private static final Pattern OTHER_TIME = Pattern.compile("(?i)(?<![\\p{L}])(?:since|after|following|before|when)(?![\\p{L}])");
    /** How far after a count a date of its day may stand, in characters ("for a third straight night on Wednesday"). */
    static final int DATE_AFTER = 20;
    /** How far before a date a word of another time puts it on another happening ("after the shooting on Saturday"), in characters. */
    static final int BEFORE_DATE = 30;

    private OngoingDays() {
    }

    /** A happening's day count: where it is written, the count, and the happening. */
    record Count(Span span, int day, String act) {
    }

    /** The day counts of the sentence from {@code from} to {@code to}, in text order (a count before "of" is never one after "for"). */
    static List<Count> find(String text, int from, int to) {
        List<Count> out = new ArrayList<>();
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, " day", " night")) {
            return out;
        }
        Matcher o = OF.matcher(text).region(from, to);
        while (o.find()) {
            int n = NumberWords.ordinal(o.group(1));
            if (n > 0) {
                out.add(new Count(new Span(o.start(), o.end()), n, ACTS.get(o.group(2).toLowerCase(Locale.ROOT))));
            }
        }
        Matcher r = RUN.matcher(text).region(from, to);
        while (r.find()) {
            String verb = r.group(1) == null ? null : r.group(1).toLowerCase(Locale.ROOT);
            boolean carried = verb != null && VERBS.contains(verb);
            boolean straight = r.group(3) != null;
            String lead = text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT);
            boolean forOrInto = lead.matches("(?s).*(?<![\\p{L}])(?:for|into)\\s.*");
            int n = NumberWords.ordinal(r.group(2));
            if (n <= 0 || !(carried || straight && forOrInto)) {
                continue;
            }
            String act = actBefore(text, from, verb != null && !carried ? r.start(1) : r.start());
            if (act != null) {
                int start = carried ? r.start(1) : verb != null ? r.end(1) : r.start();
                while (start < r.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                out.add(new Count(new Span(start, r.end()), n, act));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** The happening of {@link #ACTS} nearest before {@code at} in the sentence from {@code from}, or null. */
    static String actBefore(String text, int from, int at) {
        Matcher w = Pattern.compile("(?i)(?<![\\p{L}-])" + ACT + "(?![\\p{L}-])").matcher(text).region(from, at);
        String act = null;
        while (w.find()) {
            act = ACTS.get(w.group(1).toLowerCase(Locale.ROOT));
        }
        return act;
    }

    /**
     * Whether a date written from {@code dateStart} to {@code dateEnd} in the sentence tells the day of
     * the count at {@code count}: before it with no word of another time between nor just before the
     * date ({@link #BEFORE_DATE}), or right after it ({@link #DATE_AFTER}) with none between.
     */
    static boolean dayOf(String text, Span count, int dateStart, int dateEnd) {
        if (dateEnd <= count.start()) {
            return !OTHER_TIME.matcher(text).region(dateEnd, count.start()).find()
                    && !OTHER_TIME.matcher(text).region(Math.max(0, dateStart - BEFORE_DATE), dateStart).find();
        }
        return dateStart >= count.end() && dateStart - count.end() <= DATE_AFTER
                && !OTHER_TIME.matcher(text).region(count.end(), dateStart).find();
    }

    /** The measure of a happening's day count: a time since it began, in days. */
    static String measure(String act) {
        return QuantityClaim.SINCE + act + " began, days counted" + QuantityClaim.UNITS_OF_TIME.get(1);
    }
}
