package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;

/**
 * Tolls told without a figure: none ("no one was killed", "nobody was hurt", "no injuries were
 * reported", "there were no deaths") and one ("a man was killed", "a woman was shot dead", "the
 * gunman killed a police officer"). A toll of one is read only where a person's noun of
 * {@code people-singulars.tsv} (or "person") stands after "a" or "an", with at most one describing
 * word between that is not of {@code toll-one-words.txt} ("a second man" is one more, not the
 * toll), the person not one item of a list ("two women and a man died", "killed a man and a
 * woman"). A toll of none is read only as its whole clause says it: "no one else was injured" and
 * "no one was seriously hurt" count a part, and are not read.
 */
final class TollWords {

    /** Nouns after "no" that a report of none counts ({@code toll-none-nouns.txt}). */
    static final Map<String, String> NONE_NOUNS = Lexicon.pairs(TollWords.class, "toll-none-nouns.txt");
    /** Words that make a person one more than a toll ({@code toll-one-words.txt}). */
    static final Set<String> ONE_MORE = Lexicon.words(TollWords.class, "toll-one-words.txt");

    private static final String AUX = "(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)";
    private static final String HARM = "(killed|dead|died|injured|wounded|hurt)";
    private static final Pattern NO_ONE = Pattern.compile(
            "(?i)\\b(?:no\\s+one|no-one|nobody)\\s+(?:" + AUX + "\\s+)?" + HARM + "\\b");
    private static final Pattern NO_NOUN = Pattern.compile(
            "(?i)\\bno\\s+(\\p{L}+)\\s+" + AUX + "\\s+reported\\b|\\bthere\\s+(?:were|have\\s+been|had\\s+been)\\s+no\\s+(\\p{L}+)\\b");
    private static final Pattern ONE_SUBJECT = Pattern.compile(
            "\\b([Aa]n?)\\s+(?:([\\p{L}\\d-]+)\\s+)?(\\p{Ll}+)\\s+(?:" + AUX
                    + "\\s+(?:(?:shot|stabbed|beaten)\\s+(?:and\\s+)?)?" + HARM + "|(died))\\b");
    private static final Pattern ONE_OBJECT = Pattern.compile(
            "(?i)\\b(killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures)\\s+(an?)\\s+(?:([\\p{L}\\d-]+)\\s+)?(\\p{Ll}+)\\b");
    /**
     * What may follow the object of one and make it one of several: "killed a man and a woman",
     * "killing a firefighter and city bomb inspector"; not "and wounded two", "and then fled".
     */
    private static final Pattern AND_ANOTHER = Pattern.compile(
            "(?i)\\s*(?:(?:and|or|as\\s+well\\s+as)\\s+(?!then\\b)(?!\\p{L}+(?:ed|ing)\\b)[\\p{L}\\d]|,\\s*(?:an?|the|one|two|three|four|five|\\d)\\b)");
    /** A word before a harm that makes it a death: "fatally injuring a woman". */
    private static final Pattern FATALLY = Pattern.compile("(?i)\\bfatally\\s+$");
    /** Words before a subject of one that make it an item of a list: "two women and a man died". */
    private static final Pattern LIST_BEFORE = Pattern.compile("(?i)(?:\\band|\\bor|,|\\d|\\bwith)\\s*$");

    /**
     * What every harm of {@link #HARM}, "died" and the verbs of ONE_OBJECT hold, in lower case: a
     * text holding none of them (ignoring the case of A to Z, as the patterns do) holds no toll of
     * one and none of "no one was hurt".
     */
    static final String[] HARM_WORDS = {"kill", "dead", "died", "injur", "wound", "hurt"};

    /** What every match of NO_NOUN holds, in lower case: "no injuries were reported", "there were no deaths". */
    static final String[] NONE_WORDS = {"reported", "there"};

    /** A toll of none or one: its words, the measure ("killed", "injured"), the count, and who it counts (or null). */
    record Toll(Span span, String measure, int value, String counted) {
    }

    private TollWords() {
    }

    /** The tolls told without a figure in {@code [from, to)} of {@code text}, in text order. */
    static List<Toll> find(String text, int from, int to) {
        return find(text, from, to, true);
    }

    /** As {@link #find(String, int, int)}; {@code gated} false searches every pattern whatever the text holds: only for tests. */
    static List<Toll> find(String text, int from, int to, boolean gated) {
        List<Toll> out = new ArrayList<>();
        // Every match of NO_ONE, ONE_SUBJECT and ONE_OBJECT holds a harm's word, and every match of
        // NO_NOUN "reported" or "there": a text without them is not searched (most are without).
        // Both sets of words are looked for in one pass over the text: most texts hold neither.
        int cues = gated ? Literals.scanGroupsIgnoringAsciiCase(text, from, to, HARM_WORDS, NONE_WORDS) : 3;
        boolean harmed = (cues & 1) != 0;
        boolean none = (cues & 2) != 0;
        if (!harmed && !none) {
            return out;
        }
        Matcher m = NO_ONE.matcher(text).region(from, to);
        while (harmed && m.find()) {
            out.add(new Toll(new Span(m.start(), m.end()), measure(m.group(1)), 0, null));
        }
        m = NO_NOUN.matcher(text).region(from, to);
        while (none && m.find()) {
            String noun = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            String measure = NONE_NOUNS.get(noun);
            if (measure != null) {
                out.add(new Toll(new Span(m.start(), m.end()), measure, 0, null));
            }
        }
        m = ONE_SUBJECT.matcher(text).region(from, to);
        while (harmed && m.find()) {
            String counted = person(m.group(2), m.group(3));
            if (counted == null || LIST_BEFORE.matcher(text).region(Math.max(from, m.start() - 12), m.start()).find()) {
                continue;
            }
            String harm = m.group(4) != null ? m.group(4) : m.group(5);
            out.add(new Toll(new Span(m.start(), m.end()), measure(harm), 1, counted.isEmpty() ? null : counted));
        }
        m = ONE_OBJECT.matcher(text).region(from, to);
        while (harmed && m.find()) {
            String counted = person(m.group(3), m.group(4));
            int end = m.end();
            if (counted == null && m.group(3) != null) {
                // "killed a woman and": the word read as describing is the person.
                counted = person(null, m.group(3));
                end = m.end(3);
            }
            if (counted == null || AND_ANOTHER.matcher(text).region(end, to).lookingAt()) {
                continue;
            }
            // "fatally injuring a woman": the harm killed.
            String measure = FATALLY.matcher(text).region(Math.max(from, m.start() - 9), m.start()).find() ? "killed" : measure(m.group(1));
            out.add(new Toll(new Span(m.start(), end), measure, 1, counted.isEmpty() ? null : counted));
        }
        out.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    /** The measure of a harm word: "killed" for death, "injured" for hurt. */
    static String measure(String harm) {
        String w = harm.toLowerCase(Locale.ROOT);
        return w.startsWith("kill") || w.equals("dead") || w.equals("died") ? "killed" : "injured";
    }

    /**
     * Who one person counts as ("men" for "man"), the empty string for a person in general ("a
     * person", "a victim"), or null when the noun is no person's or a describing word before it
     * makes the person one more than a toll.
     */
    static String person(String describing, String noun) {
        if (describing != null && (ONE_MORE.contains(describing.toLowerCase(Locale.ROOT))
                || QuantityExtractor.PERSON.containsKey(describing.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        if (noun.equals("person")) {
            return "";
        }
        String plural = QuantityExtractor.PERSON.get(noun);
        if (plural == null) {
            return null;
        }
        return plural.equals("victims") ? "" : plural;
    }
}
