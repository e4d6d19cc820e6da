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
import org.crosscheck.text.NumberWords;

/**
 * How many earlier convictions a named person has: "Lasalle has three prior DUI convictions", "He
 * has a prior DWI conviction" (one). The offence is part of the attribute ("number of prior
 * convictions for drunk driving"), its words made one by {@code conviction-kinds.tsv}, so convictions
 * for theft are never set against convictions for drunk driving. The person is the holder of a
 * fall's ({@link FallDistances#holder}): the name nearest before in its clause, or, for "He" or
 * "She" opening the sentence, the one person the sentence before names. Compared only inside one
 * event: a record of convictions grows from one case to the next.
 */
final class PriorConvictions {

    static final Map<String, String> KINDS = Lexicon.pairs(PriorConvictions.class, "conviction-kinds.tsv");
    private static final String COUNT = "(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
    /** "has three prior DUI convictions", "had a previous drunk-driving conviction". */
    private static final Pattern PRIOR = Pattern.compile("(?i)(?<![\\p{L}])(?:has|had|have|having)\\s+" + COUNT
            + "\\s+(?:prior|previous|earlier)\\s+((?:[\\p{L}-]+\\s+){0,2}?)convictions?(?![\\p{L}])");

    private PriorConvictions() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "conviction")) {
            return;
        }
        Matcher p = PRIOR.matcher(text).region(from, to);
        while (p.find()) {
            String count = p.group(1).toLowerCase(Locale.ROOT);
            int n = count.equals("a") ? 1 : NumberWords.parse(count);
            People.Mention who = FallDistances.holder(text, from, p.start(), here, before);
            if (who == null || n <= 0 || who.key().startsWith(AttributeClaim.DESCRIBED)) {
                continue;
            }
            String offence = offence(p.group(2));
            String own = AttributeExtractor.ownName(who.fullName());
            String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
            Span span = new Span(p.start(), p.end());
            out.add(new AttributeClaim(id, span, span.of(text), own, key, true,
                    AttributeClaim.PRIOR_CONVICTIONS + (offence.isEmpty() ? "" : " for " + offence), count, n, false, n, false,
                    published, daySource, null));
        }
    }

    /** The offence the words before "conviction" name: one of {@code conviction-kinds.tsv}, or the words as written. */
    static String offence(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        return KINDS.getOrDefault(w, w);
    }
}
