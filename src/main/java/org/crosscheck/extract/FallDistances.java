package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;

/**
 * How far a named person fell: "Rhys Alden fell about 80 metres", "Rhys Alden died after slipping
 * and falling 250ft from a ledge". The figure follows a verb of {@code fall-verbs.txt} with only
 * its hedge between, in a unit of {@code length-units.tsv}, and is held in metres. It is the fall
 * of the person named nearest before the verb in its clause ({@link #holder}); a sentence that names
 * no one and opens with "He" or "She" gives the fall of the one person the sentence before names.
 * Two people who fell in one event ("two climbers died in falls") stay apart by their names.
 */
final class FallDistances {
    /** A possessive 's (or ’s) first, whatever follows. */
    private static final Pattern POSSESSIVE_S = Pattern.compile("(?s)\\s*['\u2019]\\s?s\\b.*");
    /** A run of characters that are neither letters, apostrophes nor hyphens. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'-]+");

    static final Set<String> VERBS = Lexicon.words(FallDistances.class, "fall-verbs.txt");
    static final Map<String, String> UNITS = Lexicon.pairs(FallDistances.class, "length-units.tsv");
    private static final Pattern VERB = Pattern.compile("(?i)(?<![\\p{L}])(" + String.join("|", VERBS) + ")(?![\\p{L}])\\s+");
    /** "He", "She", or either after a conjunction opening the sentence: "But he missed". */
    private static final Pattern PRONOUN = Pattern.compile("(?:(?:But|And|Yet|So),?\\s+(he|she)|(He|She))\\s");
    /** How far after the verb the figure may end, in characters. */
    private static final int WINDOW = 40;

    private FallDistances() {
    }

    /** Whether the sentence may give a fall: it holds "fall", "fell", "plung", "plummet" or "tumbl". */
    static boolean mayGiveFall(String text, int from, int to) {
        return org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, "fall", "fell", "plung", "plummet", "tumbl");
    }

    /**
     * @param here   the people the sentence names
     * @param before the one person the sentence before names, or null
     */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!mayGiveFall(text, from, to)) {
            return;
        }
        Matcher v = VERB.matcher(text).region(from, to);
        while (v.find()) {
            People.Mention who = holder(text, from, v.start(), here, before);
            if (who == null) {
                continue;
            }
            List<QuantityMatch> found = QuantityParser.find(text, v.end(), Math.min(to, v.end() + WINDOW));
            if (found.isEmpty() || found.get(0).start() != v.end()) {
                continue;
            }
            QuantityMatch q = found.get(0);
            double metres = metres(text, q);
            if (Double.isNaN(metres) || q.value() <= 0) {
                continue;
            }
            double scale = metres / q.value();
            int end = q.end() + unitLength(text, q);
            String own = AttributeExtractor.ownName(who.fullName());
            String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
            Span span = new Span(v.start(), end);
            out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.FALL,
                    text.substring(q.start(), end), q.low() * scale, q.lowOpen(), q.high() * scale, q.highOpen(),
                    published, daySource, null));
        }
    }

    /**
     * Who fell: the person named nearest before the verb, when only words of their own clause stand
     * between (no verb of speech, no "that", no other person's noun: "Inspector Ann Roe said the man
     * fell" is no fall of hers), and the name is no possessor ("Roe's death"); failing any name, in
     * a sentence opening with "He" or "She", the one person the sentence before names.
     */
    static People.Mention holder(String text, int from, int verb, List<People.Mention> here, People.Mention before) {
        People.Mention nearest = null;
        for (People.Mention m : here) {
            if (m.nameSpan().end() <= verb && (nearest == null || m.nameSpan().end() > nearest.nameSpan().end())) {
                nearest = m;
            }
        }
        if (nearest != null) {
            String between = text.substring(nearest.nameSpan().end(), verb);
            return possessor(between) || blocked(between) ? null : nearest;
        }
        Matcher p = PRONOUN.matcher(text).region(from, verb);
        if (before != null && p.lookingAt()) {
            String between = text.substring(p.end(), verb);
            return blocked(between) ? null : before;
        }
        return described(text, from, verb);
    }

    /**
     * The pronoun opening the sentence as the readers of the sentence before's person take it ("He",
     * "She", "But he"), or null: whom it may stand for is {@link Genders#agreesWithPerson}'s to say.
     */
    static String openingPronoun(String text, int from, int to) {
        Matcher p = PRONOUN.matcher(text).region(from, to);
        return !p.lookingAt() ? null : p.group(1) != null ? p.group(1) : p.group(2);
    }

    /** "a 36-year-old climber", "The 36-year-old", "a thirty-six-year-old Australian man": the article and the age. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)(?<![\\p{L}])(?:an?|the)\\s+(\\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old"
            + "(?![\\p{L}\\d-])(?=[\\s,])");

    /**
     * A person the sentence names no one for but describes by age before the verb, with only words of
     * their own clause between ({@link #blocked}): "A 36-year-old climber died after falling 150
     * metres". The claim is keyed by the age ({@link AttributeClaim#DESCRIBED}); the story's people tie it to the one
     * person its event's reports name with that age, or leave it uncompared.
     */
    private static People.Mention described(String text, int from, int verb) {
        Matcher d = DESCRIPTION.matcher(text).region(from, verb);
        People.Mention found = null;
        while (d.find()) {
            int age = org.crosscheck.text.NumberWords.parse(d.group(1).toLowerCase(Locale.ROOT));
            String between = text.substring(d.end(), verb);
            if (age <= 0 || possessor(between) || blocked(between)) {
                found = null;
                continue;
            }
            Span at = new Span(d.start(), d.end());
            String name = age + "-year-old";
            found = new People.Mention(at, at, name, name, AttributeClaim.DESCRIBED + age, false, null, null, null, false, null, -1, null);
        }
        return found;
    }

    /** Whether the words after a name make it a possessor: "Roe's death", "Roe’ s death". */
    private static boolean possessor(String between) {
        return POSSESSIVE_S.matcher(between).matches();
    }

    /** Whether a word between the holder and the verb opens another clause or names another person. */
    private static boolean blocked(String between) {
        String previous = "";
        for (String w : NOT_WORD.split(between.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) {
                continue;
            }
            if (People.SPEECH.contains(w) || w.equals("that") || w.equals("whose")
                    || AttributeExtractor.PERSON_NOUNS.contains(w) && DETERMINERS.contains(previous)) {
                return true;
            }
            previous = w;
        }
        return false;
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "another");

    /**
     * The figure's value in metres: its number times its unit, written after it ("150 metres",
     * "200ft"), or "m" glued to it ("60m", which the figure reader takes for millions). NaN when no
     * unit of length follows, or the figure is money.
     */
    static double metres(String text, QuantityMatch q) {
        if (q.currency() != null || q.magnitude()) {
            return Double.NaN;
        }
        if (gluedM(text, q)) {
            return q.value() / 1_000_000;
        }
        List<String> after = q.after();
        if (after.isEmpty()) {
            return Double.NaN;
        }
        String unit = UNITS.get(after.get(0).toLowerCase(Locale.ROOT));
        return unit == null ? Double.NaN : q.value() * Double.parseDouble(unit);
    }

    private static boolean gluedM(String text, QuantityMatch q) {
        int e = q.end();
        return e >= 2 && (text.charAt(e - 1) == 'm' || text.charAt(e - 1) == 'M') && Character.isDigit(text.charAt(e - 2));
    }

    /** The characters of the unit written after the figure (none for a glued "m"). */
    private static int unitLength(String text, QuantityMatch q) {
        if (gluedM(text, q)) {
            return 0;
        }
        int k = q.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        String unit = q.after().get(0);
        return text.startsWith(unit, k) ? k - q.end() + unit.length() : 0;
    }
}
