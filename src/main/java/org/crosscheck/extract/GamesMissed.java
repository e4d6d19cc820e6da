package org.crosscheck.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * How many games a named player missed: "Pierce Lund missed nine games", "he missed 10 total
 * games", "missing 10 of the team's 16 games", "missed the next four games". The player is found
 * as a fall's faller is ({@link FallDistances#holder}); a sentence that names another season ("of
 * the 2007 season" in a report of 2008, "last season") speaks of another time and gives none.
 */
final class GamesMissed {

    static final Set<String> NOUNS = Lexicon.words(GamesMissed.class, "missed-game-nouns.txt");
    private static final String COUNT = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    private static final Pattern MISSED = Pattern.compile("(?i)(?<![\\p{L}])(?:missed|missing|sat\\s+out|sitting\\s+out)\\s+"
            + "(?:the\\s+(?:next|last|final|first|past|previous)\\s+)?" + COUNT
            + "(?:\\s+(?:total|straight|consecutive))?(?:\\s+of\\s+(?:the|his|her|their)\\s+(?:[\\p{L}'\u2019]+\\s+)?\\d{1,3})?\\s+("
            + String.join("|", NOUNS) + ")(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?:19|20)\\d\\d(?![\\d,])");
    private static final Pattern OTHER_SEASON = Pattern.compile("(?i)\\b(?:last|previous|next)\\s+season\\b");

    private GamesMissed() {
    }

    /**
     * Whether the sentence names a year other than the season of the article's date (its year, or
     * the year before in January and February, when a season that began then is ending); any year
     * when the date is unknown.
     */
    static boolean otherYear(String text, int from, int to, long published) {
        Matcher y = YEAR.matcher(text).region(from, to);
        while (y.find()) {
            if (published == org.crosscheck.claims.DateClaim.NO_DAY) {
                return true;
            }
            java.time.LocalDate day = java.time.LocalDate.ofEpochDay(published);
            int year = Integer.parseInt(y.group());
            if (year != day.getYear() && !(year == day.getYear() - 1 && day.getMonthValue() <= 2)) {
                return true;
            }
        }
        return false;
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "miss", "sat out", "sitting out")
                || OTHER_SEASON.matcher(text).region(from, to).find() || otherYear(text, from, to, published)) {
            return;
        }
        Matcher x = MISSED.matcher(text).region(from, to);
        while (x.find()) {
            People.Mention who = FallDistances.holder(text, from, x.start(), here, before);
            int n = NumberWords.parse(x.group(1).toLowerCase(java.util.Locale.ROOT));
            if (who == null || n <= 0) {
                continue;
            }
            String own = AttributeExtractor.ownName(who.fullName());
            String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
            Span span = new Span(x.start(), x.end());
            out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.GAMES_MISSED,
                    x.group(1), n, false, n, false, published, daySource, null));
        }
    }
}
