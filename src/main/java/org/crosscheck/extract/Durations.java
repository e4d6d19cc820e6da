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

    /** Word forms and the act each names (data file). */
    static final Map<String, String> ACTS = Lexicon.pairs(Durations.class, "duration-acts.txt");
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
    record Measure(String name, double factor) {
    }

    /** The measure of a figure that is the number of {@code duration}, a length of time, or null. */
    static Measure measure(QuantityMatch q, DateClaim duration) {
        if (duration == null || !"DURATION".equals(duration.type()) || duration.value() == null) {
            return null;
        }
        Matcher m = ONE_UNIT.matcher(duration.value());
        if (!m.matches() || q.currency() != null || q.magnitude()) {
            return null;
        }
        String act = act(q);
        if (act == null) {
            return null;
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
        return new Measure("time " + act + QuantityClaim.UNITS_OF_TIME.get(unit), factor);
    }

    /** The act next to the figure: up to six words before it, or up to three after its unit. */
    static String act(QuantityMatch q) {
        List<String> before = q.before();
        for (int j = before.size() - 1; j >= Math.max(0, before.size() - WORDS_BEFORE); j--) {
            String act = ACTS.get(before.get(j).toLowerCase(Locale.ROOT));
            if (act != null) {
                return act;
            }
        }
        List<String> after = q.after();
        for (int j = 1; j < Math.min(after.size(), 1 + WORDS_AFTER); j++) {
            String act = ACTS.get(after.get(j).toLowerCase(Locale.ROOT));
            if (act != null) {
                return act;
            }
        }
        return null;
    }
}
