package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * The colour of a car named by its make ("a silver Toyota Camry", "a gray 2013 Toyota Camry"): the
 * attribute {@link AttributeClaim#COLOUR} of the make and model as written, joined across articles on
 * both folded. A shade ("dark gray", "light-blue") or two colours ("black and white") give none:
 * a witness's dark gray and another's black may be one car.
 */
final class VehicleColours {

    /** Makes of car, data in the text package (TemporalParser reads a year before one as a model year). */
    static final Set<String> MAKES = Lexicon.words(Lexicon.class, "vehicle-makes.txt");

    private static final Pattern COLOURED = Pattern.compile("(?i)(?<![\\p{L}\\d-])(" + String.join("|", AttributeClaim.COLOURS.keySet())
            + ")\\s+(?:(?:19|20)\\d\\d\\s+)?(?-i)((?i:" + String.join("|", MAKES.stream().map(m -> m.replace(" ", "\\s+")).toList())
            + "))(?![\\p{L}\\d-])(?:\\s+(\\p{Lu}[\\p{L}\\d-]*|\\d{1,3}[\\p{L}]{0,2})(?![\\p{L}\\d'\u2019-]))?");
    /** What before a colour makes it a shade, or one of two colours. */
    private static final Pattern SHADE_BEFORE = Pattern.compile("(?i)(?:dark|light|pale|bright|metallic|and|or|\\p{L}+ish)[\\s-]+$");

    private VehicleColours() {
    }

    /** The colour words, for the cheap trigger: a sentence without one is not given to the pattern. */
    private static final String[] COLOUR_WORDS = AttributeClaim.COLOURS.keySet().toArray(new String[0]);

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        sentence(text, id, from, to, published, daySource, out, true);
    }

    /**
     * As {@link #sentence(String, String, int, int, long, String, List)}; {@code gated} false searches
     * every sentence holding a colour's letters anywhere ("red" in "injured"): only for tests.
     */
    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out,
                         boolean gated) {
        // Every match of COLOURED holds a colour as a word of its own: nothing of [\p{L}\d-] before
        // it, white space after it. "injured", "stand" or "golden" hold a colour's letters but no
        // colour, and are not searched.
        if (gated ? !org.crosscheck.text.Literals.containsWordIgnoringAsciiCase(text, from, to, COLOUR_WORDS)
                : !org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, COLOUR_WORDS)) {
            return;
        }
        Matcher x = COLOURED.matcher(text).region(from, to);
        while (x.find()) {
            if (SHADE_BEFORE.matcher(text).region(Math.max(from, x.start() - 12), x.start()).find()
                    || !Character.isUpperCase(text.charAt(x.start(2)))) {
                continue;
            }
            String model = x.group(3) != null && !People.notName(x.group(3).toLowerCase(Locale.ROOT)) ? x.group(3) : null;
            int end = model != null ? x.end(3) : x.end(2);
            String vehicle = x.group(2) + (model != null ? " " + model : "");
            Span span = new Span(x.start(), end);
            out.add(new AttributeClaim(id, span, span.of(text), vehicle, "vehicle:" + vehicle.toLowerCase(Locale.ROOT), false,
                    AttributeClaim.COLOUR, x.group(1), 0, false, 0, false, published, daySource, null));
        }
    }
}
