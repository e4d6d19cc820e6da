package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * Times on a game clock read as lengths of game time: "with 6:11 to go" is six minutes eleven of the
 * game left, "a drive that ate up 6:05" six minutes five used. The words around the time say which
 * ({@code game-clock-measures.tsv}); a time with none of them is left alone (it may be a time of day
 * or a round's time). Minutes and seconds only, at most 59 minutes ("6:05", "12:40").
 */
final class GameClocks {
    /** A run of characters that are neither letters nor digits. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\d]+");

    /** Forms around a time ("_ left", "ate up _") and the measure each names. */
    static final Map<String, String> FORMS = Lexicon.pairs(GameClocks.class, "game-clock-measures.tsv");
    /** Minutes and seconds, not part of a longer number, a date, a sum, or a time with "a.m." or "p.m.". */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.,$/])([0-5]?\\d):([0-5]\\d)(?![\\d:]|\\s*(?i:[ap]\\.?m\\b))");

    private GameClocks() {
    }

    /** A time on a game clock: where it is written, its length in seconds and what it measures. */
    record Clock(Span span, int seconds, String measure) {
    }

    /** The game clocks of {@code text} between {@code from} and {@code to}, in text order. */
    static List<Clock> find(String text, int from, int to) {
        List<Clock> out = new ArrayList<>();
        if (!colon(text, from, to)) {
            return out;
        }
        Matcher m = CLOCK.matcher(text).region(from, to);
        while (m.find()) {
            String measure = measure(text.substring(from, m.start()), text.substring(m.end(), to));
            if (measure != null) {
                int seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
                out.add(new Clock(new Span(m.start(), m.end()), seconds, measure));
            }
        }
        return out;
    }

    /** Whether the text between {@code from} and {@code to} holds a game clock ({@link #find}). */
    static boolean any(String text, int from, int to) {
        return !find(text, from, to).isEmpty();
    }

    private static boolean colon(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    /** The measure of the first form whose words stand just before and just after a time, or null. */
    static String measure(String textBefore, String textAfter) {
        String before = words(textBefore);
        String after = words(textAfter);
        for (Map.Entry<String, String> e : FORMS.entrySet()) {
            String[] sides = e.getKey().split("_", -1);
            String b = sides[0].strip();
            String a = sides[1].strip();
            if ((b.isEmpty() || before.endsWith(" " + b) || before.equals(b))
                    && (a.isEmpty() || after.startsWith(a + " ") || after.equals(a))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Lower-case words of a stretch of text, one space between them, punctuation dropped. */
    private static String words(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
