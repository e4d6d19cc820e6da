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

/**
 * The share of voters who voted in the election an article reports, in the forms election news
 * gives it: "turnout was almost 90%", "turnout reached 93.87 percent", "a turnout of 61 per cent",
 * "a 61% turnout", "90 per cent of eligible voters had voted" (a verb of voting after the voters,
 * {@code voting-verbs.txt}; links after "turnout", {@code turnout-verbs.txt}). The share is an
 * interval: a whole number as written rounds ("90 per cent" is 89.5 to 90.5), "almost" and
 * "nearly" fall short of it by up to a tenth, "about" and "some" stray a tenth either way, "more
 * than" and "less than" bound it on one side. A sentence that speaks of another time or of what may
 * be ({@code background-markers.txt}: "the last election", "since 1991";
 * {@code hypothetical-words.txt}: "would", "could"), of a year other than the article's (any year
 * when its date is unknown), of a threshold ("valid", "needed"), or of the count so far (a clock time, "as of", "by noon") gives
 * none. The claim is the election's ({@link AttributeClaim#TURNOUT}), compared only inside one
 * event; an article that gives two turnouts (a region's and the nation's, or two rounds) gives none.
 */
final class Turnouts {

    static final Set<String> LINKS = Lexicon.words(Turnouts.class, "turnout-verbs.txt");
    static final Set<String> VOTING = Lexicon.words(Turnouts.class, "voting-verbs.txt");

    private static final String HEDGE = "(?:(almost|nearly|close\\s+to|just\\s+under|about|around|some|approximately|roughly"
            + "|more\\s+than|over|above|less\\s+than|under|below)\\s+)?";
    private static final String SHARE = HEDGE + "(\\d{1,2}(?:\\.\\d{1,2})?|100)\\s*(?:%|percent|per\\s+cent)(?![\\p{L}\\d])";
    /** "turnout was almost 90%", "a turnout of 61 per cent": group 1 the hedge, 2 the number. */
    private static final Pattern AFTER = Pattern.compile("(?i)(?<![\\p{L}])turnout\\s+(?:(?:" + Lexicon.alternatives(LINKS)
            + ")\\s+)?" + SHARE);
    /** "a 61% turnout", "61 percent voter turnout". */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\d.])" + SHARE + "\\s+(?:voter\\s+)?turnout(?![\\p{L}])");
    /** "90 per cent of eligible voters had voted", "some 61% of the country's registered voters cast ballots". */
    private static final Pattern VOTERS = Pattern.compile("(?i)(?<![\\p{L}\\d.])" + SHARE
            + "\\s+of\\s+(?:the\\s+(?:\\p{L}+['\u2019]s\\s+)?|all\\s+)?(?:(?:eligible|registered)\\s+)?(?:voters|electorate)"
            + "(?:\\s*,)?\\s+(?:had\\s+|have\\s+|has\\s+)?(?:" + Lexicon.alternatives(VOTING) + ")\\p{L}*");
    /** Words of a share not yet final or of a threshold. */
    private static final Pattern NOT_FINAL = Pattern.compile("(?i)(?<![\\p{L}])(?:as\\s+of|by\\s+(?:noon|midday|mid-day)|so\\s+far"
            + "|valid|needed|required|threshold|minimum|\\d{1,2}:\\d\\d|\\d{1,2}\\.\\d\\d\\s*(?:a\\.?m|p\\.?m))(?![\\p{L}])");

    private Turnouts() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "turnout", "voters", "electorate")
                || !Literals.containsAnyIgnoringAsciiCase(text, from, to, "%", "percent", "per cent")
                || NOT_FINAL.matcher(text).region(from, to).find() || otherYear(text, from, to, published)
                || holdsWord(text, from, to, Happenings.BACKGROUND) || holdsWord(text, from, to, Happenings.HYPOTHETICAL)) {
            return;
        }
        for (Pattern p : List.of(AFTER, BEFORE, VOTERS)) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                add(text, id, m.start(), m.end(), m.group(1), m.group(2), published, daySource, out);
            }
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d\\d(?!\\d)");

    /** Whether the sentence names a year other than the article's (any year when its date is unknown). */
    static boolean otherYear(String text, int from, int to, long published) {
        Matcher y = YEAR.matcher(text).region(from, to);
        while (y.find()) {
            if (published == org.crosscheck.claims.DateClaim.NO_DAY
                    || Integer.parseInt(y.group()) != java.time.LocalDate.ofEpochDay(published).getYear()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence holds one of the words as a whole word. */
    static boolean holdsWord(String text, int from, int to, Set<String> words) {
        for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, String id, int start, int end, String hedge, String number, long published,
                            String daySource, List<AttributeClaim> out) {
        double v = Double.parseDouble(number);
        int dot = number.indexOf('.');
        double half = dot < 0 ? 0.5 : 0.5 * Math.pow(10, -(number.length() - dot - 1));
        double low = v - half;
        double high = v + half;
        boolean lowOpen = false;
        boolean highOpen = false;
        String h = hedge == null ? "" : hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (h) {
            case "almost", "nearly", "close to", "just under" -> {
                low = v * 0.9;
                high = v;
                highOpen = true;
            }
            case "about", "around", "some", "approximately", "roughly" -> {
                low = v * 0.9;
                high = Math.min(100, v * 1.1);
            }
            case "more than", "over", "above" -> {
                low = v;
                lowOpen = true;
                high = 100;
            }
            case "less than", "under", "below" -> {
                low = 0;
                high = v;
                highOpen = true;
            }
            default -> {
            }
        }
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), "the election", "election:turnout", false, AttributeClaim.TURNOUT,
                span.of(text), low, lowOpen, high, highOpen, published, daySource, null));
    }
}
