package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * A named person's height in feet and inches, in the forms news gives it beside the name:
 *
 * <ul>
 *   <li>before the name, as an age is: "the 6-foot-8 forward Alan Brisco", "6-foot-8 Alan Brisco";</li>
 *   <li>in the name's apposition: "Alan Brisco, a 6-foot-8 forward,", "Alan Brisco, who stands
 *       6 feet 8 inches,";</li>
 *   <li>after the name and a copula: "Alan Brisco is 6 feet 8 inches tall", "Brisco stands
 *       6-foot-8".</li>
 * </ul>
 *
 * Held in inches, exact: two sources that give one player 6-foot-8 and 6-foot-9 disagree. A hedged
 * height ("about six feet") is not read. Only a person named in full (a name the article makes a
 * person, or one that opens with a listed first name); a document that gives one person two heights
 * gives none. Compared across the story, as an age is. Sentences are first searched for "foot",
 * "feet" or "ft".
 */
final class PersonHeights {

    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven";
    /** "6-foot-8", "six-foot-five", "6 feet 8 inches", "6-foot"; inches up to eleven. */
    static final String HEIGHT = "([4-7]|four|five|six|seven)[-\u2010 ](?:foot|feet|ft\\.?)(?:[-\u2010 ](\\d{1,2}|" + SMALL
            + ")(?![\\d\\p{L}])(?:[-\u2010 ](?:inches|inch|in\\.))?)?";
    /** Up to four capitalized words or initials. */
    private static final String NAME = AttributeExtractor.NAME;
    /** Words that end the words between a height and a name: the height is of something else. */
    private static final String BREAK = "(?!(?:and|or|of|from|to|by|for|in|on|at|with|the|a|an|who|that|was|is|his|her|their"
            + "|around|near|behind|outside|inside|into|over|under|through|after|before|beside|past)\\b)";
    /** The height alone, to find where its words end. */
    private static final Pattern HEIGHT_ALONE = Pattern.compile("(?i)" + HEIGHT);
    /** "the 6-foot-8 forward Alan Brisco". */
    private static final Pattern BEFORE = Pattern.compile("(?i:(?<![\\p{L}\\d.,-])" + HEIGHT + "(?:[-\u2010 ]tall)?)\\s+(?:"
            + BREAK + "\\p{Ll}[\\p{L}-]*\\s+){0,3}" + NAME + "(?![\\p{L}'\u2019])");
    /** "Alan Brisco, a 6-foot-8 forward", "Alan Brisco, who stands 6 feet 8 inches". */
    private static final Pattern APPOSITION = Pattern.compile(NAME + "\\s*,\\s*(?:an?\\s+(?i:" + HEIGHT
            + ")(?:[-\u2010 ]tall)?\\s+\\p{Ll}|who\\s+(?:is|stands)\\s+(?i:" + HEIGHT + ")(?![\\p{L}\\d-]))");
    /** "Alan Brisco is 6 feet 8 inches tall", "Brisco stands 6-foot-8". */
    private static final Pattern COPULA = Pattern.compile(NAME + "\\s+(?:is|was|stands|stood)\\s+(?i:" + HEIGHT + ")(?![\\p{L}\\d-])");

    private PersonHeights() {
    }

    /**
     * Whether the sentence may give a height: it holds "foot", "feet" or "ft" (cheap, but "ft" is in
     * "after" and "left"), and then one of {@link #HEIGHT_WORDS}, which every match of the three
     * patterns holds.
     */
    static boolean mayGiveHeight(String text, int from, int to) {
        return Literals.containsAnyIgnoringAsciiCase(text, from, to, "foot", "feet", "ft")
                && Literals.containsAnyIgnoringAsciiCase(text, from, to, HEIGHT_WORDS);
    }

    /**
     * The start of every {@link #HEIGHT}, in lower case: its feet ("4" to "7", "four" to "seven"), the
     * hyphen or space after them and "foot", "feet" or "ft" ("6-ft", "six feet"). The patterns ignore
     * the case of A to Z only, as the test of these words does.
     */
    static final String[] HEIGHT_WORDS = heightWords();

    private static String[] heightWords() {
        List<String> out = new java.util.ArrayList<>();
        for (String feet : List.of("4", "5", "6", "7", "four", "five", "six", "seven")) {
            for (String between : List.of("-", "\u2010", " ")) {
                for (String unit : List.of("foot", "feet", "ft")) {
                    out.add(feet + between + unit);
                }
            }
        }
        return out.toArray(new String[0]);
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> people, long published,
                         String daySource, List<AttributeClaim> out) {
        if (!mayGiveHeight(text, from, to)) {
            return;
        }
        Matcher b = BEFORE.matcher(text).region(from, to);
        while (b.find()) {
            add(text, id, b.start(3), b.end(3), b.start(), b.end(), b.start(1), b.group(1), b.group(2),
                    people, published, daySource, out);
        }
        Matcher a = APPOSITION.matcher(text).region(from, to);
        while (a.find()) {
            boolean first = a.group(2) != null;
            int feet = first ? 2 : 4;
            add(text, id, a.start(1), a.end(1), a.start(1), a.start(feet), a.start(feet), a.group(feet), a.group(feet + 1),
                    people, published, daySource, out);
        }
        Matcher c = COPULA.matcher(text).region(from, to);
        while (c.find()) {
            add(text, id, c.start(1), c.end(1), c.start(1), c.end(), c.start(2), c.group(2), c.group(3),
                    people, published, daySource, out);
        }
    }

    private static void add(String text, String id, int nameStart, int nameEnd, int start, int end, int heightStart, String feet,
                            String inches, List<People.Mention> people, long published, String daySource,
                            List<AttributeClaim> out) {
        String[] holder = FigureAttributes.holder(text, nameStart, nameEnd, 0, people);
        if (holder == null || !holder[1].contains(" ") || !Contracts.person(holder[0], people)
                || holder[0].endsWith("'s") || holder[0].endsWith("\u2019s")) {
            return;
        }
        Matcher h = HEIGHT_ALONE.matcher(text).region(heightStart, text.length());
        if (!h.lookingAt()) {
            return;
        }
        int heightEnd = h.end();
        int f = NumberWords.parse(feet.toLowerCase(Locale.ROOT));
        int i = inches == null ? 0 : NumberWords.parse(inches.toLowerCase(Locale.ROOT));
        if (f <= 0 || i < 0 || i > 11) {
            return;
        }
        int value = 12 * f + i;
        int at = Math.min(start, Integer.parseInt(holder[2]));
        Span span = new Span(at, Math.max(end, heightEnd));
        out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true, AttributeClaim.HEIGHT,
                text.substring(heightStart, heightEnd), value, false, value, false, published, daySource, null));
    }

    /** The heights of a document, without those of a person the document gives two heights ({@link AttributeExtractor#oneValueEach}). */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
