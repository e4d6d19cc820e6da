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
 * The month a named product, line or service was put out, where the clause names it and the
 * month together: "she launched a new clothing line called Lumen in March", "unveiled a phone
 * named Orva in June 2012". The verbs are {@code launch-verbs.txt}; up to three lower-case words
 * describe what was launched, and "called", "named" or "dubbed" brings its name (capitalised
 * words). The value is the month, with its year when one is written ("june 2012"): a month without
 * a year and the same month with one agree. A year alone is not read (the year a work came out is
 * {@link WorkYears}'s). The attribute {@link AttributeClaim#MONTH_LAUNCHED} of the name, compared
 * only inside one event: a name may be launched again in another year.
 */
final class LaunchMonths {

    static final Set<String> VERBS = Lexicon.words(LaunchMonths.class, "launch-verbs.txt");
    private static final String[] VERB_WORDS = VERBS.toArray(new String[0]);
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern LAUNCHED = Pattern.compile("(?<![\\p{L}])(?i:" + String.join("|", VERBS).replace(" ", "\\s+")
            + ")\\s+(?:(?:a|an|the|her|his|its|their)\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}?(?i:called|named|dubbed)\\s+"
            + "(?:``|\"|\u201c|'|\u2018)?\\s*(\\p{Lu}[\\p{L}\\d'\u2019&-]*(?:\\s+\\p{Lu}[\\p{L}\\d'\u2019&-]*){0,3})"
            + "(?:\\s*(?:''|\"|\u201d|'|\u2019))?,?\\s+in\\s+" + MONTH + "(?:,?\\s+((?:19|20)\\d\\d))?(?![\\p{L}\\d])");

    private LaunchMonths() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, VERB_WORDS)) {
            return;
        }
        Matcher x = LAUNCHED.matcher(text).region(from, to);
        while (x.find()) {
            String name = x.group(1);
            String month = x.group(2).toLowerCase(Locale.ROOT);
            String value = x.group(3) != null ? month + " " + x.group(3) : month;
            Span span = new Span(x.start(), x.end());
            out.add(new AttributeClaim(id, span, span.of(text), name, "launch:" + name.toLowerCase(Locale.ROOT), false,
                    AttributeClaim.MONTH_LAUNCHED, value, 0, false, 0, false, published, daySource, null));
        }
    }
}
