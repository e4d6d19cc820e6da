package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * The town a named building or institution stands in, written right after its name: "the Betty
 * Ford Center in Rancho Mirage", "the Kodak Theatre in Hollywood, Calif." gives the attribute
 * {@link AttributeClaim#TOWN} of the facility. The facility's name ends with a noun of
 * {@code facility-nouns.txt}; it is joined across articles on its other words, without the words
 * of {@code facility-descriptors.txt} ("Betty Ford Treatment Center" and "Betty Ford Clinic" are
 * one). A name of nothing but those words ("County Hospital") joins nothing and is not read.
 */
final class Facilities {

    static final Set<String> NOUNS = Lexicon.words(Facilities.class, "facility-nouns.txt");
    static final Set<String> DESCRIPTORS = Lexicon.words(Facilities.class, "facility-descriptors.txt");
    /** {@link #NOUNS} as the cheap trigger reads them, made once. */
    private static final String[] NOUN_WORDS = NOUNS.toArray(new String[0]);

    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019.&-]*";
    private static final Pattern FACILITY_IN = Pattern.compile("(?<![\\p{L}\\d'\u2019.-])((?:" + WORD + "\\s+){1,4}(?i:"
            + String.join("|", NOUNS) + "))\\s+in\\s+(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2})(?![\\p{L}\\d'\u2019-])");

    private Facilities() {
    }

    /** Whether the sentence may name a facility's town: it holds " in " and a facility noun. */
    static boolean mayGiveTown(String text, int from, int to) {
        return org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, " in ")
                && org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, NOUN_WORDS);
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!mayGiveTown(text, from, to)) {
            return;
        }
        Matcher x = FACILITY_IN.matcher(text).region(from, to);
        while (x.find()) {
            List<String> words = new ArrayList<>(List.of(x.group(1).split("\\s+")));
            // "In the Betty Ford Center": a common word opening the run is no part of the name.
            while (!words.isEmpty() && People.notName(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            List<String> own = new ArrayList<>();
            for (String w : words) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (!NOUNS.contains(lower) && !DESCRIPTORS.contains(lower)) {
                    own.add(lower.replaceAll("['\u2019]s$", ""));
                }
            }
            String town = Residences.place(text, x.start(2), x.end(2));
            if (own.isEmpty() || town == null || words.size() < 2) {
                continue;
            }
            String facility = String.join(" ", words);
            int start = x.end(1) - facility.length();
            int end = x.start(2) + town.length();
            Span span = new Span(start, end);
            out.add(new AttributeClaim(id, span, span.of(text), facility, "facility:" + String.join(" ", own), false,
                    AttributeClaim.TOWN, town, 0, false, 0, false, published, daySource, null));
        }
    }
}
