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
 * Where a named person lives, read only from words right after the name that leave no doubt:
 * "Anthony LaSalle, 36, of Bloomington", "Dana Roe, a Varth resident", "Dana Roe, a resident of
 * Varth", "Ana Vell, who lived two streets away in East Marsh Park". A state or country after a
 * comma is not part of the place ("of Schenectady, N.Y." lives in Schenectady). "Of" without an
 * age before it may name an employer ("Dana Roe, of Acme,") and is not read; nor is a native
 * ("a Varth native": where the person was born).
 */
final class Residences {

    /** Verbs of living somewhere ("who lived ... in"), data beside the class. */
    static final Set<String> VERBS = Lexicon.words(Residences.class, "residence-verbs.txt");

    private static final String PLACE = "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2})(?![\\p{L}\\d'\u2019-])";
    private static final String AGE = "\\d{1,3}";
    private static final List<Pattern> AFTER_NAME = List.of(
            // "LaSalle, 36, of Bloomington"
            Pattern.compile("\\s*,\\s*(?:(?i:aged?)\\s+)?" + AGE + "\\s*,\\s*of\\s+" + PLACE),
            // "Dana Roe, a Varth resident", "Dana Roe, 36, a Varth resident"
            Pattern.compile("\\s*,\\s*(?:" + AGE + "\\s*,\\s*)?an?\\s+(?:" + AGE + "-year-old\\s+)?" + PLACE + "\\s+resident\\b"),
            // "Dana Roe, a resident of Varth"
            Pattern.compile("\\s*,\\s*(?:" + AGE + "\\s*,\\s*)?an?\\s+(?:" + AGE + "-year-old\\s+)?resident\\s+of\\s+" + PLACE),
            // "Ana Vell, who lived two streets away in East Marsh Park"
            Pattern.compile("\\s*,\\s*(?:" + AGE + "\\s*,\\s*)?who\\s+(?:" + String.join("|", VERBS) + ")\\s+(?:\\p{Ll}+\\s+){0,4}?in\\s+" + PLACE));

    /**
     * What after "who lived in PLACE" makes it a past period of a life, not where the person lives
     * ("who lived in Lindor for ten years", "who lived in Lindor in the 1960s", "until 2001").
     */
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*,?)?\\s+(?:(?:for|until|till|from|during|between|since|before|after|when|as\\s+an?)\\b"
                    + "|in\\s+(?:the\\s+)?(?:\\d|(?:early|late|mid|his|her|their)\\b))");

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s(?![\\p{L}])");

    private Residences() {
    }

    /**
     * The residence given right after the mention's name, or null.
     *
     * @param to the end of the mention's sentence
     */
    static AttributeClaim after(String text, String id, int to, People.Mention m, List<People.Mention> here, String name,
                                String key, long published, String daySource) {
        // Every pattern opens with white space and a comma: after any other character none is tried.
        int nameEnd = m.nameSpan().end();
        int lead = org.crosscheck.text.Literals.afterAsciiSpace(text, nameEnd, to);
        if (nameEnd <= to && (lead >= to || text.charAt(lead) != ',')) {
            return null;
        }
        for (Pattern p : AFTER_NAME) {
            Matcher x = p.matcher(text).region(m.nameSpan().end(), to);
            if (!x.lookingAt()) {
                continue;
            }
            String place = place(text, x.start(1), x.end(1));
            // The people reader takes a one-word place for a name ("in Lindor"); a full name is a person's.
            if (place == null || here.stream().anyMatch(o -> o.name().contains(" ") && o.nameSpan().start() < x.end(1)
                    && x.start(1) < o.nameSpan().end())) {
                return null;
            }
            if (p == AFTER_NAME.get(AFTER_NAME.size() - 1) && PERIOD_AFTER.matcher(text).region(x.end(), to).lookingAt()) {
                return null;
            }
            // The place ends the words, or "resident" follows it.
            int end = x.end(1) == x.end() ? x.start(1) + place.length() : x.end();
            Span span = new Span(m.nameSpan().start(), end);
            return new AttributeClaim(id, span, span.of(text), name, key, true, AttributeClaim.RESIDENCE, place, 0, false, 0,
                    false, published, daySource, null);
        }
        return null;
    }

    /**
     * The place's name, or null when it is no place: a common word opening it ("of The", "of
     * Monday"; a compass word may open a longer name, "South Ozone Park"), a possessive ("in
     * Monday's report"), or an abbreviation cut at its point ("of St. Paul" read as "St").
     */
    static String place(String text, int start, int end) {
        // "in Palm Springs Tuesday": a weekday or month after the first word is a date, not part of the name.
        // (A run cut there ends at a space, so the point check below reads the whole run's end.)
        String place = EventExtractor.beforeCalendarWord(text.substring(start, end));
        String first = place.split("\\s+")[0].toLowerCase(Locale.ROOT);
        // "South Ozone Park": a compass word may open a longer name.
        if (People.notName(first) && !(place.contains(" ") && AttributeExtractor.COMPASS.contains(first))) {
            return null;
        }
        String last = place.substring(place.lastIndexOf(' ') + 1);
        // "in Monday's report", "of Lindor's police", "of Varth County's Lindor Township": a possessive
        // names what follows, not a place.
        if (POSSESSIVE.matcher(place).find()) {
            return null;
        }
        if (end < text.length() && text.charAt(end) == '.' && last.length() <= 3) {
            return null;
        }
        return place;
    }
}
