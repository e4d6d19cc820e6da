package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * How far into its last round a bout was stopped, in seconds, in the forms fight reports give:
 * "stopped the bout 44 seconds into the seventh round", "after 44 seconds of round seven", "a
 * minute and 10 seconds into the fifth", "waved it off at 2:15 of the seventh", "stopping the
 * fight at the 2:15 mark". The time is read only after a word that ends a bout in its clause
 * ({@code stoppage-words.txt}) with no word of a knockdown between them ({@code
 * knockdown-words.txt}: "floored him 30 seconds into the round" is a knockdown's time); a time on
 * a clock ("2:15") also needs its sentence to speak of a round, a fight or its referee, and is no
 * time of day ("at 2:15 p.m."). The round itself is not part of the value: "0:44" and "2:15" of
 * the one stoppage disagree whichever round each report names. A sentence that names a year other
 * than the article's speaks of an earlier bout and gives none ({@link GamesMissed#otherYear}).
 * The claim is the article's bout's ({@link AttributeClaim#STOPPAGE_TIME}), compared only inside
 * one event; an article that gives two times gives none ({@link AttributeExtractor#oneValueEach}).
 */
final class RoundTimes {

    static final Set<String> STOPS = Lexicon.words(RoundTimes.class, "stoppage-words.txt");
    static final Set<String> KNOCKDOWNS = Lexicon.words(RoundTimes.class, "knockdown-words.txt");

    /** A count in digits or words ("44", "forty-four"), checked by {@link NumberWords#parse}. */
    private static final String COUNT = "(\\d{1,2}|\\p{L}+(?:-\\p{L}+)?)";
    private static final String ORDINAL = "(\\d{1,2}(?:st|nd|rd|th)|" + Lexicon.alternatives(NumberWords.ordinalWordSet()) + ")";
    /** "the seventh round", "round seven", "the seventh" (a round as fight reports shorten it). */
    private static final String ROUND = "(?:the\\s+" + ORDINAL + "(?:\\s+round)?|round\\s+" + COUNT + ")(?![\\p{L}])";
    /** "a minute and 10 seconds", "one minute, 10 seconds", "44 seconds": group 1 the minutes, 2 the seconds. */
    private static final String SPAN = "(?:(a|one|two|\\d)\\s+minutes?,?\\s+(?:and\\s+)?)?" + COUNT + "\\s+seconds?";
    /** "44 seconds into the seventh round", "after 44 seconds of the seventh round". */
    private static final Pattern SECONDS = Pattern.compile("(?i)(?<![\\p{L}\\d])" + SPAN + "\\s+(?:into|of|in)\\s+" + ROUND);
    /** "2:15 of the seventh", "at the 2:15 mark", "at 2:56": group 1 minutes, 2 seconds, 3 and 4 a round. */
    private static final Pattern CLOCK = Pattern.compile("(?i)(?<![\\p{L}\\d:.])([0-4]):([0-5]\\d)(?![\\d:])(?:\\s+mark)?"
            + "(?:\\s+(?:of|into|in)\\s+" + ROUND + ")?");
    /** What makes a clock time a time of day. */
    private static final Pattern DAY_TIME = Pattern.compile("(?i)\\s*(?:a\\.?m\\b|p\\.?m\\b|o['\u2019]clock|gmt|utc|local|[ecmp][sd]t\\b)");
    /** Words a sentence with a clock time must hold: it speaks of a bout. */
    private static final Pattern BOUT = Pattern.compile("(?i)(?<![\\p{L}])(?:round|fight|bout|referee|ko|tko|knockout)(?![\\p{L}])");
    /** How far before a time the word that ends the bout may stand, in characters. */
    private static final int REACH = 90;

    private RoundTimes() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "second", ":") || GamesMissed.otherYear(text, from, to, published)) {
            return;
        }
        Matcher s = SECONDS.matcher(text).region(from, to);
        while (s.find()) {
            int minutes = s.group(1) == null ? 0 : "a".equalsIgnoreCase(s.group(1)) ? 1 : NumberWords.parse(s.group(1));
            int seconds = NumberWords.parse(s.group(2));
            add(text, id, from, s.start(), s.end(), minutes, seconds, published, daySource, out);
        }
        if (!BOUT.matcher(text).region(from, to).find()) {
            return;
        }
        Matcher c = CLOCK.matcher(text).region(from, to);
        while (c.find()) {
            if (!DAY_TIME.matcher(text).region(c.end(), to).lookingAt()) {
                add(text, id, from, c.start(), c.end(), Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), published,
                        daySource, out);
            }
        }
    }

    private static void add(String text, String id, int from, int start, int end, int minutes, int seconds, long published,
                            String daySource, List<AttributeClaim> out) {
        if (minutes < 0 || seconds < 0 || seconds > 59 || !stoppedBefore(text, from, start)) {
            return;
        }
        int at = minutes * 60 + seconds;
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), "the bout", "bout:stopped", false, AttributeClaim.STOPPAGE_TIME,
                span.of(text), at, false, at, false, published, daySource, null));
    }

    /**
     * Whether a word that ends a bout stands before {@code at} in its clause (within {@link #REACH}
     * characters, no semicolon between), with no word of a knockdown after it.
     */
    static boolean stoppedBefore(String text, int from, int at) {
        int start = Math.max(from, at - REACH);
        String before = text.substring(start, at).toLowerCase(Locale.ROOT);
        int semicolon = before.lastIndexOf(';');
        if (semicolon >= 0) {
            before = before.substring(semicolon + 1);
        }
        int stop = lastWordStart(before, STOPS);
        return stop >= 0 && lastWordStart(before.substring(stop), KNOCKDOWNS) < 0;
    }

    /** Where the last word starting with one of {@code words} begins in {@code s}, or -1. */
    private static int lastWordStart(String s, Set<String> words) {
        int best = -1;
        for (String w : words) {
            int i = s.lastIndexOf(w);
            while (i >= 0 && i > 0 && Character.isLetter(s.charAt(i - 1))) {
                i = s.lastIndexOf(w, i - 1);
            }
            best = Math.max(best, i);
        }
        return best;
    }
}
