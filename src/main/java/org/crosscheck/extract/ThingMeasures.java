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
 * The length of a thing, given as a measure before its noun: "a 10-metre dhow", "the 24- to
 * 30-foot boat", "a 12-foot-long shark". The noun is one of {@code measured-thing-nouns.txt} and is
 * the key ("dhow": a dhow and a boat are not joined, an article may speak of both); the value is in
 * metres (units of {@code length-units.tsv}), a range as its range. Compared inside one event, with
 * the leeway of a converted unit; a document that gives one noun two lengths gives none (two boats).
 * Sentences are first searched for a listed noun.
 */
final class ThingMeasures {

    static final Set<String> NOUNS = Lexicon.words(ThingMeasures.class, "measured-thing-nouns.txt");
    private static final String[] NOUN_WORDS = NOUNS.toArray(new String[0]);

    private static final String NUMBER = "(\\d{1,4}(?:\\.\\d{1,2})?)";
    /** "a 10-metre dhow", "the 24- to 30-foot boat", "a 12-foot-long shark", "a 40 ft yacht". */
    private static final Pattern MEASURE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:an?|the)\\s+" + NUMBER
            + "(?:\\s*-?\\s*(?:to|-)\\s*" + NUMBER + ")?\\s*-?\\s*(" + Lexicon.alternatives(FallDistances.UNITS.keySet())
            + ")\\.?(?:-?\\s*long)?\\s+(?:[\\p{Ll}-]+\\s+)??(" + Lexicon.alternatives(NOUNS) + ")(?![\\p{L}-])");

    private ThingMeasures() {
    }


    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, NOUN_WORDS)) {
            return;
        }
        Matcher x = MEASURE.matcher(text).region(from, to);
        while (x.find()) {
            double unit = Double.parseDouble(FallDistances.UNITS.get(x.group(3).toLowerCase(Locale.ROOT)));
            double low = Double.parseDouble(x.group(1));
            double high = x.group(2) == null ? low : Double.parseDouble(x.group(2));
            if (high < low) {
                continue;
            }
            String noun = x.group(4).toLowerCase(Locale.ROOT);
            Span span = new Span(x.start(), x.end());
            String written = x.group(1) + (x.group(2) == null ? "" : "-" + x.group(2)) + " " + x.group(3);
            out.add(new AttributeClaim(id, span, span.of(text), "the " + noun, "thing:" + noun, false, AttributeClaim.LENGTH,
                    written, low * unit, false, high * unit, false, published, daySource, null));
        }
    }

    /** The lengths of a document, without those of a noun the document gives two lengths ({@link AttributeExtractor#oneValueEach}). */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
