package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.QuantityMatch;

/**
 * Lengths of time tied to what they time: "the jury deliberated for 40 hours" is a time spent
 * deliberating, "hospitalized for three weeks" a time in hospital. A duration is read as a figure
 * only when an act of {@code duration-acts.txt} stands next to it, and it is measured in one of
 * three units that do not convert into each other: seconds (seconds, minutes, hours), days (days,
 * weeks) and months (months, years). "Four days" of deliberation counts days on the calendar, "40
 * hours" the hours at work, so the two are never set against each other.
 */
final class Durations {
    /** A word of lower-case letters only. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");

    /** Word forms and the act each names (data file). */
    static final Map<String, String> ACTS = Lexicon.pairs(Durations.class, "duration-acts.txt");
    /** Word forms of acts done at one moment, timed by "ago", and the act each names ({@code since-acts.txt}). */
    static final Map<String, String> SINCE_ACTS = Lexicon.pairs(Durations.class, "since-acts.txt");
    /** An ISO 8601 duration of one unit: "PT40H", "P3W", "P12Y". */
    private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([SMHDWY])");
    private static final int WORDS_BEFORE = 6;
    private static final int WORDS_AFTER = 3;

    private Durations() {
    }

    /**
     * What a length of time measures: the act and the unit ("time deliberating, in seconds"), and the
     * factor that turns the written number into that unit (3600 for hours).
     */
    record Measure(String name, double factor, boolean compared) {
        /** A measure of a listed act, compared across the reports of its event. */
        Measure(String name, double factor) {
            this(name, factor, true);
        }
    }

    /** The measure of a figure that is the number of {@code duration}, a length of time, or null. */
    static Measure measure(QuantityMatch q, DateClaim duration) {
        if (duration != null && "DATE".equals(duration.type())) {
            return since(q);
        }
        if (duration == null || !"DURATION".equals(duration.type()) || duration.value() == null) {
            return null;
        }
        Matcher m = ONE_UNIT.matcher(duration.value());
        double[] half = m.matches() ? null : half(duration.value());
        if (!m.matches() && half == null || q.currency() != null || q.magnitude()) {
            return null;
        }
        String act = act(q);
        boolean compared = act != null;
        if (act == null) {
            // Not an act of the list: the length is still a figure, of what its clause names
            // ("a 28-year veteran", "sentenced to 12 years"), of the thing its place names
            // ("a six-week suspension") or of nothing said ("length of time"), read but not compared.
            act = named(q);
            act = act == null ? thing(q) : act;
            act = act == null ? LENGTH_OF + "time" : act;
        }
        String name = compared ? "time " + act : act;
        if (half != null) {
            // "4 1/2 hours" (PT4H30M), "two and a half years" (P2Y6M): the whole length in the
            // smaller unit's measure, per unit of the number as written.
            if (q.value() <= 0) {
                return null;
            }
            return new Measure(name + QuantityClaim.UNITS_OF_TIME.get((int) half[0]), half[1] / q.value(), compared);
        }
        boolean clock = !m.group(1).isEmpty();
        // 0: seconds, 1: days, 2: months (QuantityClaim.UNITS_OF_TIME).
        int unit;
        double factor;
        switch (m.group(3)) {
            case "S" -> { unit = 0; factor = 1; }
            case "M" -> { unit = clock ? 0 : 2; factor = clock ? 60 : 1; }
            case "H" -> { unit = 0; factor = 3600; }
            case "D" -> { unit = 1; factor = 1; }
            case "W" -> { unit = 1; factor = 7; }
            default -> { unit = 2; factor = 12; }
        }
        return new Measure(name + QuantityClaim.UNITS_OF_TIME.get(unit), factor, compared);
    }

    /** A length and a half as the time parser writes it: whole units and the half in the next smaller unit. */
    private static final Pattern TWO_UNITS = Pattern.compile("P(?:(\\d+)Y6M|(\\d+)DT12H|T(\\d+)H30M|T(\\d+)M30S)");

    /**
     * {unit index, length in that unit} of a length and a half ({@link QuantityClaim#UNITS_OF_TIME}: 0
     * seconds, 1 days, 2 months): "P2Y6M" is 30 months, "PT4H30M" 16,200 seconds; null for any other value.
     */
    static double[] half(String value) {
        Matcher m = TWO_UNITS.matcher(value);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            return new double[] {2, Integer.parseInt(m.group(1)) * 12 + 6};
        } else if (m.group(2) != null) {
            return new double[] {1, Integer.parseInt(m.group(2)) + 0.5};
        } else if (m.group(3) != null) {
            return new double[] {0, Integer.parseInt(m.group(3)) * 3600 + 1800};
        }
        return new double[] {0, Integer.parseInt(m.group(4)) * 60 + 30};
    }

    /** Word forms, or runs of two or three words, that name what a length is of, and the measure each names ({@code length-measures.tsv}). */
    static final Map<String, String> NAMED = Lexicon.pairs(Durations.class, "length-measures.tsv");

    /**
     * The measure the clause of a length names ({@code length-measures.tsv}): the noun a length written
     * as a compound describes ("a 28-year veteran", "a seven-year deal"), else the nearest form up to
     * six words before the number ("worked at the plant for 15 years", "sentenced to 12 years"), else
     * one up to three words after its unit ("10 minutes on the stand"); null when none is named, or
     * when the compound's noun is a thing of its own ({@link #thing}: "signed a six-week suspension").
     */
    static String named(QuantityMatch q) {
        String noun = noun(q);
        if (noun != null) {
            String m = NAMED.get(noun);
            if (m != null) {
                return m;
            }
            if (thing(q) != null) {
                // "signed a six-week suspension": the compound's own noun is the thing, whatever stands around it.
                return null;
            }
        }
        List<String> before = q.before();
        for (int j = before.size() - 1; j >= Math.max(0, before.size() - WORDS_BEFORE); j--) {
            String m = namedAt(before, j);
            if (m != null) {
                return m;
            }
        }
        List<String> after = q.after();
        for (int j = 1; j < Math.min(after.size(), 1 + WORDS_AFTER); j++) {
            String m = namedAt(after, j);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The measure of the longest form of {@link #NAMED} that ends at word {@code j} (three words, two, one), or null. */
    private static String namedAt(List<String> words, int j) {
        for (int n = Math.min(3, j + 1); n >= 1; n--) {
            String m = NAMED.get(String.join(" ", words.subList(j - n + 1, j + 1)).toLowerCase(Locale.ROOT));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Units a length of time "ago" may be written in, singular and plural, and {unit index, factor} of each. */
    private static final Map<String, double[]> AGO_UNITS = Map.ofEntries(
            Map.entry("second", new double[] {0, 1}), Map.entry("seconds", new double[] {0, 1}),
            Map.entry("minute", new double[] {0, 60}), Map.entry("minutes", new double[] {0, 60}),
            Map.entry("hour", new double[] {0, 3600}), Map.entry("hours", new double[] {0, 3600}),
            Map.entry("day", new double[] {1, 1}), Map.entry("days", new double[] {1, 1}),
            Map.entry("week", new double[] {1, 7}), Map.entry("weeks", new double[] {1, 7}),
            Map.entry("month", new double[] {2, 1}), Map.entry("months", new double[] {2, 1}),
            Map.entry("year", new double[] {2, 12}), Map.entry("years", new double[] {2, 12}));

    /**
     * The measure of "married two weeks ago", "a heart attack suffered almost three weeks ago": the
     * time since the act ({@code since-acts.txt}) written up to six words before the number, as of the article's own day
     * ({@link QuantityClaim#SINCE}); the number, its unit and "ago" must follow one another. Null
     * when any is missing.
     */
    static Measure since(QuantityMatch q) {
        List<String> after = q.after();
        if (after.size() < 2 || !after.get(1).equalsIgnoreCase("ago") || q.currency() != null || q.magnitude()) {
            return null;
        }
        double[] unit = AGO_UNITS.get(after.get(0).toLowerCase(Locale.ROOT));
        String act = unit == null ? null : actBefore(q.before(), SINCE_ACTS);
        if (act == null) {
            return null;
        }
        return new Measure(QuantityClaim.SINCE + act + QuantityClaim.UNITS_OF_TIME.get((int) unit[0]), unit[1]);
    }

    /** An act of {@code acts} up to six words before a figure, the nearest first, or null. */
    static String actBefore(List<String> before, Map<String, String> acts) {
        for (int j = before.size() - 1; j >= Math.max(0, before.size() - WORDS_BEFORE); j--) {
            String act = acts.get(before.get(j).toLowerCase(Locale.ROOT));
            if (act != null) {
                return act;
            }
        }
        return null;
    }

    /** The act next to the figure: up to six words before it, or up to three after its unit; else the thing the length is of. */
    static String act(QuantityMatch q) {
        String act = actBefore(q.before(), ACTS);
        if (act != null) {
            return act;
        }
        List<String> after = q.after();
        for (int j = 1; j < Math.min(after.size(), 1 + WORDS_AFTER); j++) {
            String later = ACTS.get(after.get(j).toLowerCase(Locale.ROOT));
            if (later != null) {
                return later;
            }
        }
        return null;
    }

    /** Words that end the run of nouns after a length: a phrase's function words. */
    static final java.util.Set<String> PHRASE_ENDS = Lexicon.words(Durations.class, "length-phrase-ends.txt");
    /** Nouns a length may stand before that name no thing of their own ("a 30-day period"), or an age ("12-year-old"). */
    static final java.util.Set<String> NO_THINGS = Lexicon.words(Durations.class, "length-no-things.txt");
    /** What a length of a thing measures begins with this: "length of suspension, in days". */
    static final String LENGTH_OF = "length of ";
    /** How many lower-case words may follow a length written as a compound before the noun they describe ends. */
    private static final int NOUN_RUN = 3;

    /**
     * The thing whose length a length of time gives, by its place: written as a compound before a noun
     * phrase ("a six-week suspension", "a 28-year veteran of the force", "a 20-year prison sentence":
     * the last of up to three lower-case words after it, before a word of {@code length-phrase-ends.txt}),
     * or followed by "of" and a bare noun ("12 hours of testimony", "90 days of treatment"). The act is
     * "length of" and the noun without its plural's "s" ("length of suspension"); null when neither form
     * holds or the noun is one of {@code length-no-things.txt}.
     */
    static String thing(QuantityMatch q) {
        String noun = noun(q);
        if (noun == null || NO_THINGS.contains(noun)) {
            return null;
        }
        String one = noun.length() > 4 && noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
        return NO_THINGS.contains(one) ? null : LENGTH_OF + one;
    }

    /** The noun whose length a length gives by its place ({@link #thing}), as written, or null. */
    static String noun(QuantityMatch q) {
        List<String> after = q.after();
        if (after.size() < 2) {
            return null;
        }
        String noun = null;
        if (!q.spaced()) {
            for (int j = 1; j < Math.min(after.size(), 1 + NOUN_RUN); j++) {
                String w = after.get(j);
                // After the first word, one ending in "-ing" or "-s" is a verb or a participle
                // ("a 50-year career spanning", "the three-hour show requires"), not the head noun.
                if (!LOWER_WORD.matcher(w).matches() || PHRASE_ENDS.contains(w) || j > 1 && (w.endsWith("ing") || w.endsWith("s"))) {
                    break;
                }
                noun = w;
            }
        } else if (after.size() > 2 && after.get(1).equals("of") && LOWER_WORD.matcher(after.get(2)).matches()
                && !PHRASE_ENDS.contains(after.get(2))) {
            noun = after.get(2);
        }
        return noun;
    }
}
