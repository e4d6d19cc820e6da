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
 * What a named person died of: "Ada Lund died of pneumonia", "Lund died Thursday from heart
 * failure", "Lund succumbed to complications from a heart attack". The cause is one of {@code
 * death-causes.tsv}, right after "of" or "from" ("to" after "succumbed"), past "complications of" and
 * an article; at most two words of when or how may stand between the verb and "of" ("died yesterday
 * of", "died peacefully on Sunday from"). The person is found as a fall's faller is ({@link
 * FallDistances#holder}): the name nearest before the verb in its clause, or the one person the
 * sentence before names for an opening "He" or "She".
 * <p>
 * Not read: a cause the words hedge ("an apparent heart attack", "what may have been a stroke"), two
 * causes at once ("pneumonia and heart failure"), a cause not listed (natural causes, wounds), and
 * one still dying ("is dying of cancer"). The attribute {@link AttributeClaim#CAUSE_OF_DEATH}, a word
 * compared across the story: a person dies once.
 */
final class DeathCauses {

    /** Causes and the cause each is compared as ("renal failure": kidney failure). */
    static final Map<String, String> CAUSES = Lexicon.pairs(DeathCauses.class, "death-causes.tsv");

    /** The causes, longest first, so that "congestive heart failure" is tried before "heart failure". */
    private static final String CAUSE = "(" + CAUSES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(c -> Pattern.quote(c).replace("'", "\\E['\u2019]\\Q").replace(" ", "\\E\\s+\\Q"))
            .reduce((a, b) -> a + "|" + b).orElseThrow() + ")";
    /** A word of when or how between the verb and its cause: "yesterday", "Thursday", "peacefully". */
    private static final String WHEN = "(?:on\\s+)?(?:yesterday|today|tonight|overnight|peacefully|suddenly|early|late"
            + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s+";
    /** "died of", "has died from", "succumbed to", "passed away from", then "complications of" and an article. */
    private static final Pattern VERB = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:died|dies|passed\\s+away)\\s+(?:" + WHEN + "){0,2}(?:of|from)"
            + "|succumbed\\s+(?:" + WHEN + "){0,2}to)\\s+(?:(?:the\\s+)?complications?\\s+(?:of|from)\\s+)?(?:(?:an?|the|his|her)\\s+)?"
            + "(?:(?:massive|sudden|severe|long\\s+battle\\s+with|battle\\s+with)\\s+)?" + CAUSE + "(?![\\p{L}'\u2019-])");
    /**
     * Words before the cause in its sentence that make it a guess: "an apparent heart attack", "a
     * suspected stroke", "police believe Roe died of"; lower case but for the sentence's first word, so
     * that the month May is none.
     */
    private static final Pattern HEDGE = Pattern.compile("(?<![\\p{L}])(?:[Aa]pparent|[Aa]pparently|suspected|possible|possibly"
            + "|probable|probably|likely|may|might|believed|believe|believes|thought)(?![\\p{L}])");
    /** A second cause joined to the first: "pneumonia and heart failure", "stroke, cancer". */
    private static final Pattern SECOND = Pattern.compile("(?i)\\s*(?:,|\\band\\b|\\bor\\b|/)\\s*(?:(?:an?|the)\\s+)?" + CAUSE
            + "(?![\\p{L}-])");

    private DeathCauses() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "died", "dies", "passed away", "succumbed")) {
            return;
        }
        Matcher x = VERB.matcher(text).region(from, to);
        while (x.find()) {
            if (HEDGE.matcher(text).region(x.start(), x.start(1)).find() || SECOND.matcher(text).region(x.end(), to).lookingAt()) {
                continue;
            }
            People.Mention who = FallDistances.holder(text, from, x.start(), here, before);
            if (who == null || HEDGE.matcher(text).region(from, x.start()).find()) {
                continue;
            }
            String cause = CAUSES.get(x.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " "));
            String own = AttributeExtractor.ownName(who.fullName());
            String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
            Span span = new Span(x.start(), x.end());
            out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.CAUSE_OF_DEATH, cause, 0, false, 0,
                    false, published, daySource, null));
        }
    }
}
