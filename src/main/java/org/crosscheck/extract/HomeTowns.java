package org.crosscheck.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;

/**
 * Where a named person comes from, read only from words beside the name that leave no doubt:
 * "Dana Roe, a native of Varth", "Dana Roe, 36, a Varth native", "Varth native Dana Roe". A native
 * place does not change, so it is compared across the story (where a person lives is
 * {@link Residences}'s, a separate attribute: a Varth native may live elsewhere). A place that is
 * itself a person's name in the sentence is not read.
 */
final class HomeTowns {

    private static final String PLACE = "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2})(?![\\p{L}\\d'\u2019-])";
    private static final String AGE = "\\d{1,3}";
    /** Between a name and "a native": its age ("Dana Roe, 36, a native"), or none. */
    private static final String LEAD = "\\s*,\\s*(?:" + AGE + "\\s*,\\s*)?an?\\s+(?:" + AGE + "-year-old\\s+)?";
    private static final List<Pattern> AFTER_NAME = List.of(
            // "Dana Roe, a native of Varth"
            Pattern.compile(LEAD + "native\\s+of\\s+" + PLACE),
            // "Dana Roe, a Varth native"
            Pattern.compile(LEAD + PLACE + "\\s+native\\b(?!\\s+(?:of|to)\\b)"));
    /** "Varth native Dana Roe": the place and "native" right before the name, the sentence's start or a lower-case word before them. */
    private static final Pattern BEFORE_NAME = Pattern.compile("(?<=[\\s,(]|^)" + PLACE + "\\s+native\\s+$");

    private static final Pattern ARTICLE = Pattern.compile("(?:The|A|An)\\s+");

    private HomeTowns() {
    }

    /**
     * False when the sentence can give no home town: every pattern here holds "native", written so
     * (the test ignores the case of A to Z, so it lets through more than the patterns take, never less).
     */
    static boolean mayTell(String text, int from, int to) {
        return org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, "native");
    }

    /**
     * The home town given beside the mention's name, or null.
     *
     * @param from the start of the mention's sentence
     * @param to   the end of the mention's sentence
     */
    static AttributeClaim of(String text, String id, int from, int to, People.Mention m, List<People.Mention> here, String name,
                             String key, long published, String daySource) {
        // Every reading holds "native" within the sentence (after the name, or in the reach before it):
        // a sentence without it gets no matcher, whoever it names.
        if (!mayTell(text, from, to)) {
            return null;
        }
        int nameStart = m.nameSpan().start();
        int nameEnd = m.nameSpan().end();
        for (Pattern p : AFTER_NAME) {
            Matcher x = p.matcher(text).region(nameEnd, to);
            if (x.lookingAt()) {
                return claim(text, id, x.start(1), x.end(1), new Span(nameStart, x.end()), here, name, key, published, daySource);
            }
        }
        Matcher b = BEFORE_NAME.matcher(text).region(Math.max(from, nameStart - 60), nameStart);
        b.useTransparentBounds(true);
        if (b.find() && !capitalisedBefore(text, from, b.start())) {
            return claim(text, id, b.start(1), b.end(1), new Span(b.start(1), nameEnd), here, name, key, published, daySource);
        }
        return null;
    }

    /**
     * Whether the word right before {@code at} in the sentence (only white space between) opens with a
     * capital: the place may be longer than the run read ("Big Orvale Lake Springs native"), and is not read.
     */
    static boolean capitalisedBefore(String text, int from, int at) {
        int k = at - 1;
        while (k >= from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        // A mark ("In Boulder, Denver native") ends the words the place could run on into.
        if (k < from || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        while (k > from && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return Character.isUpperCase(text.charAt(k));
    }

    private static AttributeClaim claim(String text, String id, int placeStart, int placeEnd, Span span, List<People.Mention> here,
                                        String name, String key, long published, String daySource) {
        // "The Varth native": an article opening the run is no part of the place ("New York" keeps its "New").
        int start = placeStart;
        Matcher article = ARTICLE.matcher(text).region(placeStart, placeEnd);
        if (article.lookingAt()) {
            start = article.end();
        }
        String place = Residences.place(text, start, placeEnd);
        int placeFrom = start;
        if (place == null || here.stream().anyMatch(o -> o.name().contains(" ") && o.nameSpan().start() < placeEnd
                && placeFrom < o.nameSpan().end())) {
            return null;
        }
        return new AttributeClaim(id, span, span.of(text), name, key, true, AttributeClaim.HOME_TOWN, place, 0, false, 0, false,
                published, daySource, null);
    }
}
