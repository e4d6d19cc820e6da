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
 * How many times a named person was hit by gunfire: "Dan Ruiz was shot 11 times", "Ruiz was hit by
 * seven bullets", "hitting Ruiz eleven times", "Seven bullets hit Mr. Ruiz". The person is the name
 * nearest before the verb in its clause, as a fall's ({@link FallDistances#holder}), or the name
 * right after it ("hitting Ruiz", "hit Mr. Ruiz"). A vague count ("multiple times") is not read.
 * Compared only inside one event: the wounds are the event's.
 */
final class TimesShot {

    private static final String COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    /**
     * "was shot 11 times", "hit by seven bullets": the person stands before. "Shot 11 times" needs
     * its auxiliary: "Officer Hale shot 11 times" tells of the shooter.
     */
    private static final Pattern PASSIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:was|were|been|is|are|being|got|gets)\\s+"
            + "(?:shot|hit|struck)\\s+" + COUNT + "\\s+times|(?:shot|hit|struck)\\s+by\\s+" + COUNT
            + "\\s+(?:bullets|rounds|shots))(?![\\p{L}])");
    /** "hitting Ruiz eleven times": the person stands right after the verb. */
    private static final Pattern ACTIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:shooting|hitting|striking|shot|hit|struck)\\s+"
            + "(?:(?:Mr|Mrs|Ms|Miss)\\.?\\s+)?");
    private static final Pattern TIMES_AFTER = Pattern.compile("(?i)\\s+(?:in\\s+(?:the|his|her)\\s+\\p{L}+\\s+)?" + COUNT + "\\s+times(?![\\p{L}])");
    /** "Seven bullets hit Mr. Ruiz", "seven bullets entered Ruiz's body". */
    private static final Pattern BULLETS = Pattern.compile("(?i)(?<![\\p{L}])" + COUNT
            + "\\s+(?:bullets|rounds|shots)\\s+(?:hit|struck|entered|pierced)\\s+(?:(?:Mr|Mrs|Ms|Miss)\\.?\\s+)?");

    private TimesShot() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        sentence(text, id, from, to, here, before, published, daySource, out, true);
    }

    /**
     * Every match of PASSIVE holds "shot", "hit" or "struck", of ACTIVE one of its verbs, and of
     * BULLETS "bullets", "rounds" or "shots", each as a word of its own (no letter before it, white
     * space after it): a sentence where they stand only inside words ("white", "grounds") is not
     * searched.
     */
    static final String[] SHOT_WORDS = {"shot", "hit", "struck", "shooting", "hitting", "striking", "bullets", "rounds", "shots"};

    /**
     * As {@link #sentence(String, String, int, int, List, People.Mention, long, String, List)};
     * {@code gated} false leaves out the test of {@link #SHOT_WORDS}: only for tests.
     */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out, boolean gated) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "shot", "hit", "struck", "bullets", "rounds")
                || gated && !Literals.containsWordIgnoringAsciiCase(text, from, to, SHOT_WORDS)) {
            return;
        }
        Matcher p = PASSIVE.matcher(text).region(from, to);
        while (p.find()) {
            People.Mention who = FallDistances.holder(text, from, p.start(), here, before);
            add(text, id, p.start(), p.end(), p.group(1) != null ? p.group(1) : p.group(2), who, published, daySource, out);
        }
        Matcher a = ACTIVE.matcher(text).region(from, to);
        while (a.find()) {
            People.Mention who = startingAt(here, a.end());
            if (who == null) {
                continue;
            }
            Matcher t = TIMES_AFTER.matcher(text).region(who.nameSpan().end(), to);
            if (t.lookingAt()) {
                add(text, id, a.start(), t.end(), t.group(1), who, published, daySource, out);
            }
        }
        Matcher b = BULLETS.matcher(text).region(from, to);
        while (b.find()) {
            People.Mention who = startingAt(here, b.end());
            if (who != null) {
                add(text, id, b.start(), who.nameSpan().end(), b.group(1), who, published, daySource, out);
            }
        }
    }

    /** The person whose name starts at {@code at}, or null. */
    private static People.Mention startingAt(List<People.Mention> here, int at) {
        for (People.Mention m : here) {
            if (m.nameSpan().start() == at) {
                return m;
            }
        }
        return null;
    }

    private static void add(String text, String id, int start, int end, String count, People.Mention who, long published,
                            String daySource, List<AttributeClaim> out) {
        int n = NumberWords.parse(count.toLowerCase(Locale.ROOT));
        if (who == null || n <= 0) {
            return;
        }
        String own = AttributeExtractor.ownName(who.fullName());
        String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.TIMES_SHOT, count, n, false, n,
                false, published, daySource, null));
    }
}
