package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;

/**
 * Which round of a knockout tournament a game between two named sides was: "the semifinal between
 * Lindor and North Varth", "Friday's second quarterfinal between Lindor and Varth", "the
 * Lindor-Varth final". The rounds are those named by their place from the end
 * ({@code game-round-words.tsv}: a "second round" may be a small draw's quarterfinal). The game is
 * keyed by its two sides in either order; a side is a run of capitalised words. The attribute
 * {@link AttributeClaim#ROUND}, compared only inside one event: two sides may meet in another
 * round of another year's tournament.
 */
final class GameRounds {

    /** Rounds and the round each is compared as ("semi-final": semifinal). */
    static final Map<String, String> ROUNDS = Lexicon.pairs(GameRounds.class, "game-round-words.tsv");

    /** Words that make the game one that may come ("a possible final between ..."): {@code game-round-hedges.txt}. */
    static final java.util.Set<String> HEDGES = Lexicon.words(GameRounds.class, "game-round-hedges.txt");
    private static final Pattern HEDGED = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + String.join("|", HEDGES)
            + ")\\s+(?:(?:first|second|third|fourth|\\p{L}+'s|\\p{L}+\u2019s)\\s+)?$");
    private static final String ROUND = "(?i:(" + String.join("|", ROUNDS.keySet()) + ")s?)(?![\\p{L}-])";
    /** A side: one to four capitalised words, no possessive. */
    private static final String SIDE = "(\\p{Lu}[\\p{L}.&]*(?:\\s+\\p{Lu}[\\p{L}.&]*){0,3})(?![\\p{L}'\u2019])";
    /** "the semifinal between Lindor and Varth", "a quarterfinal game between ...". */
    private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}-])" + ROUND + "\\s+(?i:(?:game|match|matchup|contest)\\s+)?"
            + "(?i:between)\\s+" + SIDE + "\\s+(?i:and)\\s+" + SIDE);
    /** "the Lindor-Varth final", not "the Lindor-Varth final score". */
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}'\u2019-])" + SIDE.replace("(?![\\p{L}'\u2019])", "")
            + "-" + SIDE + "\\s+" + ROUND + "(?!\\s+(?i:score|scores|whistle|minutes?|seconds|period|quarter|round|day|stretch|drive|result)(?![\\p{L}]))");

    private GameRounds() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "final")) {
            return;
        }
        Matcher b = BETWEEN.matcher(text).region(from, to);
        while (b.find()) {
            if (hedged(text, from, b.start())) {
                continue;
            }
            add(text, id, b.start(), b.end(), b.group(1), b.group(2), b.group(3), published, daySource, out);
        }
        Matcher j = JOINED.matcher(text).region(from, to);
        while (j.find()) {
            if (hedged(text, from, j.start())) {
                continue;
            }
            add(text, id, j.start(), j.end(), j.group(3), j.group(1), j.group(2), published, daySource, out);
        }
    }

    /** Whether the words just before a game's round make it one that may come ("a possible final"). */
    private static boolean hedged(String text, int from, int start) {
        return HEDGED.matcher(text.substring(Math.max(from, start - 40), start)).find();
    }

    private static void add(String text, String id, int start, int end, String round, String one, String other, long published,
                            String daySource, List<AttributeClaim> out) {
        if (other.endsWith(".")) {
            // The full stop of the sentence, not an abbreviation's.
            other = other.substring(0, other.length() - 1);
            end = Math.min(end, start + text.substring(start, end).lastIndexOf(other) + other.length());
        }
        String a = side(one);
        String b = side(other);
        if (a.equals(b)) {
            return;
        }
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first == a ? b : a;
        String written = round.toLowerCase(Locale.ROOT);
        String value = ROUNDS.get(written);
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), one + "-" + other + " game", "game:" + first + "|" + second, false,
                AttributeClaim.ROUND, value, 0, false, 0, false, published, daySource, null));
    }

    /** A side as compared: lower case, its spaces made one. */
    private static String side(String written) {
        return written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
