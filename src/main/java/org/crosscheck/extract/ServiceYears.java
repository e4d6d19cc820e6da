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
 * How many years a named person has served in a post or worked for an employer, read only where
 * the clause says whose years they are:
 *
 * <ul>
 *   <li>in an apposition right after the name: "Ann Roe, a 15-year veteran of the force, ...";</li>
 *   <li>as what the name (or an opening "He" or "She" standing for the one person the sentence
 *       before names) is: "Captain Roe was a 28-year veteran", "He was a 12-year employee";</li>
 *   <li>after "has worked" or "had been with": "Roe had worked for the county for 15 years",
 *       "Roe, who has been with the department for 11 years".</li>
 * </ul>
 *
 * The noun after "N-year" is one of {@code service-nouns.txt} ("a 15-year-old officer" is an
 * age, not read). The holder of the last two forms is a fall's ({@link FallDistances#holder}): the
 * name nearest before in its clause, so in "Roe was a 28-year veteran, and Trooper Lund, a
 * dog handler, had been with the force for 11 years" each has their own. A hedged number
 * ("for about 15 years") is not read: the exact one of another source is compatible with it anyway.
 * Compared only inside one event: the years grow.
 */
final class ServiceYears {

    static final Set<String> NOUNS = Lexicon.words(ServiceYears.class, "service-nouns.txt");
    private static final String[] CUES;

    static {
        String[] nouns = NOUNS.toArray(new String[0]);
        CUES = java.util.Arrays.copyOf(nouns, nouns.length + 2);
        CUES[nouns.length] = "worked";
        CUES[nouns.length + 1] = "been with";
    }

    /** A whole number of years, in digits or words ("15", "fifteen", "twenty-eight"). */
    private static final String YEARS = "(\\d{1,2}|[a-z]+(?:-[a-z]+)?)";
    private static final String NOUN = "(?:[\\p{L}.'\u2019-]+\\s+){0,2}?(?:" + String.join("|", NOUNS) + ")(?![\\p{L}-])";
    /** ", a 15-year veteran", right after the name. */
    private static final Pattern APPOSED = Pattern.compile("(?i)\\s*,\\s*an?\\s+" + YEARS + "[- ]years?\\s+" + NOUN);
    /** "was a 28-year veteran", "has been a 12-year member". */
    private static final Pattern IS = Pattern.compile("(?i)(?<![\\p{L}])(?:is|was|has\\s+been|had\\s+been)\\s+an?\\s+" + YEARS
            + "[- ]years?\\s+" + NOUN);
    /** "has worked for the county for 15 years", "had been with the force for 11 years", "she'd worked there for 15 years". */
    private static final Pattern WORKED = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:has|had)|['\u2019]d)\\s+(?:worked|been\\s+with\\s+the)"
            + "(?:\\s+[^,.;:()\"\u201c\u201d]{1,60}?)?\\s+for\\s+" + YEARS + "\\s+years(?![\\p{L}])");

    private ServiceYears() {
    }

    /** Whether the sentence may give years of service: it holds "year" and a service noun, "worked" or "been with". */
    static boolean mayGive(String text, int from, int to) {
        return Literals.containsAnyIgnoringAsciiCase(text, from, to, "year") && Literals.containsAnyIgnoringAsciiCase(text, from, to, CUES);
    }

    /**
     * The years of service the sentence {@code from}-{@code to} gives its named people ({@code here});
     * {@code before} is the one person the sentence before names, whom an opening pronoun may stand for.
     */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!mayGive(text, from, to)) {
            return;
        }
        for (People.Mention m : here) {
            Matcher a = APPOSED.matcher(text).region(m.nameSpan().end(), to);
            if (a.lookingAt()) {
                add(text, id, new Span(m.nameSpan().start(), a.end()), a.group(1), m, published, daySource, out);
            }
        }
        for (Pattern p : List.of(IS, WORKED)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                People.Mention who = FallDistances.holder(text, from, x.start(), here, before);
                add(text, id, new Span(x.start(), x.end()), x.group(1), who, published, daySource, out);
            }
        }
    }

    private static void add(String text, String id, Span span, String written, People.Mention who, long published, String daySource,
                            List<AttributeClaim> out) {
        int n = written.chars().allMatch(Character::isDigit) ? Integer.parseInt(written) : NumberWords.parse(written.toLowerCase(Locale.ROOT));
        if (who == null || n <= 0 || who.key().startsWith(AttributeClaim.DESCRIBED)) {
            return;
        }
        String own = AttributeExtractor.ownName(who.fullName());
        String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
        out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.SERVICE_YEARS, written, n, false, n, false,
                published, daySource, null));
    }
}
