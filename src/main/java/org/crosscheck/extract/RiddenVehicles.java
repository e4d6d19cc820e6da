package org.crosscheck.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.Lexicon;

/**
 * A count of the vehicles a group of people rode in, read where the count's noun alone would say
 * only "boats": "the militants, in two cars, opened fire" and "three vans carrying protesters" count
 * cars carrying militants and vans carrying protesters. The vehicle is a noun of {@code
 * ridden-vehicle-nouns.txt} (a synonym of {@code counted-noun-synonyms.tsv} compared as its noun),
 * the group a noun of {@code people-nouns.txt} other than "people" (a group an editor would name: pirates, militants, migrants): written right before "in" (or
 * "aboard") and the figure, a comma allowed after it, or after the vehicle and "carrying", with
 * "suspected to be", "believed to be", "said to be" or "thought to be" between. "Carrying more
 * militants" is another group ({@code count-partial-words.txt}): not read.
 */
final class RiddenVehicles {

    static final Set<String> NOUNS = Lexicon.words(RiddenVehicles.class, "ridden-vehicle-nouns.txt");
    /** "the militants in ", "the militants, aboard ": a group, then the word that puts it in the vehicles. */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(\\p{L}+)\\s*,?\\s+(?:in|aboard)\\s+$");
    /** " cars suspected to be carrying armed militants": the vehicle, a hedge, "carrying", at most one word, the group. */
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s+[\\p{L}-]+\\s+(?:(?:suspected|believed|said|thought)\\s+to\\s+be\\s+)?"
            + "carrying\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");

    private RiddenVehicles() {
    }

    /**
     * The measure "vehicle carrying group" ({@code car carrying militants}) of a figure at {@code [start,
     * end)} of {@code text} counting {@code noun}, in the sentence {@code [from, to)}, or null when the
     * noun is no vehicle or its words name no group riding in it.
     */
    static String measure(String noun, String text, int from, int to, int start, int end) {
        if (noun == null || !NOUNS.contains(noun)) {
            return null;
        }
        String group = null;
        Matcher b = BEFORE.matcher(text).region(from, start);
        if (b.find()) {
            group = b.group(1).toLowerCase(Locale.ROOT);
        } else {
            Matcher a = AFTER.matcher(text).region(end, to);
            if (a.lookingAt()) {
                // "carrying militants", "carrying armed militants"; not "carrying more militants".
                String first = a.group(1).toLowerCase(Locale.ROOT);
                String second = a.group(2) == null ? null : a.group(2).toLowerCase(Locale.ROOT);
                group = QuantityExtractor.PEOPLE.contains(first) || second == null || QuantityExtractor.PARTIAL.contains(first) ? first : second;
            }
        }
        if (group == null || group.equals("people") || !QuantityExtractor.PEOPLE.contains(group)) {
            return null;
        }
        return QuantityExtractor.sameThing(QuantityExtractor.singular(noun)) + " carrying " + group;
    }
}
