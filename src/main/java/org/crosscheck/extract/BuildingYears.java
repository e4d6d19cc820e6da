package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * The year the building of the article's happening was built: "The warehouse was built in 1935",
 * "It was constructed in 1935" (the sentence before names a building), "The church dates back to
 * 1890", "The church, built in 1890, burned", or from its age on the article's date: "the 86-year-old structure" in an article of 2012
 * was built in 1925 or 1926. The nouns are {@code building-nouns.txt}; all of them name the one
 * building (an article calls a warehouse "the building" and "the structure"), so a document that
 * gives two years gives none, and the years are compared only inside one event.
 */
final class BuildingYears {

    static final Set<String> NOUNS = Lexicon.words(BuildingYears.class, "building-nouns.txt");
    private static final String[] NOUN_WORDS = NOUNS.toArray(new String[0]);
    private static final String NOUN = "(?:" + String.join("|", NOUNS) + ")";
    private static final String YEAR = "((?:1[6-9]|20)\\d\\d)(?![\\d])";
    /**
     * "The warehouse was built in 1935", "It was constructed in 1935", "The church dates back to 1890",
     * "The church, built in 1890,", "the warehouse, which was constructed in 1935,".
     */
    private static final Pattern BUILT = Pattern.compile("(?<![\\p{L}])(?:(?i:the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(" + NOUN
            + ")|(It))(?:(?:\\s*,[^,]{1,60},)?\\s+(?:(?:was|had\\s+been)\\s+(?:originally\\s+|first\\s+)?(?:built|constructed|erected|completed)\\s+in"
            + "|dates\\s+(?:back\\s+)?(?:to|from))"
            // "The church, built in 1890, burned", "the warehouse, which was constructed in 1935,"
            + "|\\s*,\\s*(?:which\\s+was\\s+)?(?:originally\\s+|first\\s+)?(?:built|constructed|erected|completed)\\s+in)\\s+" + YEAR);
    /** Words one of which {@link #BUILT} needs. */
    private static final String[] BUILT_VERBS = {"built", "constructed", "erected", "completed", "dates"};
    /** "the 86-year-old structure", "a century-old barn" is not read. */
    private static final Pattern AGED = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:the|an?|its)\\s+(\\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\\s+(?:[\\p{Ll}-]+\\s+)??("
            + NOUN + ")(?![\\p{L}-])");

    private BuildingYears() {
    }

    /**
     * @param sentenceBefore the sentence before's start and end, or null: "It was built in 1935"
     *                       speaks of a building only when that sentence names one
     */
    static void sentence(String text, String id, int from, int to, int[] sentenceBefore, long published, String daySource,
                         List<AttributeClaim> out) {
        // Each pattern runs only where its verb or noun stands ("it was" is in most sentences).
        Matcher b = BUILT.matcher(text).region(from, to);
        boolean built = Literals.containsAnyIgnoringAsciiCase(text, from, to, BUILT_VERBS);
        while (built && b.find()) {
            if (b.group(2) != null && (b.start(2) != from || sentenceBefore == null
                    || !mentionsBuilding(text, sentenceBefore[0], sentenceBefore[1]))) {
                continue;
            }
            int year = Integer.parseInt(b.group(3));
            Span span = new Span(b.start(), b.end());
            out.add(claim(id, text, span, b.group(3), year, year, published, daySource));
        }
        if (published == DateClaim.NO_DAY || !Literals.containsAnyIgnoringAsciiCase(text, from, to, NOUN_WORDS)) {
            return;
        }
        Matcher a = AGED.matcher(text).region(from, to);
        while (a.find()) {
            int age = NumberWords.parse(a.group(1).toLowerCase(Locale.ROOT));
            if (age <= 0) {
                continue;
            }
            int now = java.time.LocalDate.ofEpochDay(published).getYear();
            Span span = new Span(a.start(), a.end());
            out.add(claim(id, text, span, a.group(1) + " years old", now - age - 1, now - age, published, daySource));
        }
    }

    private static boolean mentionsBuilding(String text, int from, int to) {
        String folded = " " + text.substring(from, to).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        for (String n : NOUNS) {
            if (folded.contains(" " + n + " ")) {
                return true;
            }
        }
        return false;
    }

    private static AttributeClaim claim(String id, String text, Span span, String written, double low, double high,
                                        long published, String daySource) {
        return new AttributeClaim(id, span, span.of(text), "the building", "building:built", false,
                AttributeClaim.YEAR_BUILT, written, low, false, high, false, published, daySource, null);
    }

    /** The years of a document, none when they cannot all be one building's. */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (AttributeClaim c : claims) {
            low = Math.max(low, c.low());
            high = Math.min(high, c.high());
        }
        if (low > high) {
            return List.of();
        }
        List<AttributeClaim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttributeClaim c : claims) {
            if (seen.add(c.written())) {
                out.add(c);
            }
        }
        return out;
    }
}
