package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * How many of a thing a named person has, as of the article: a tally of a career or of a family,
 * tied to its holder instead of read as a bare count of a noun. "Ruiz now has 1,874 points",
 * "Okafor, who has three children", "Dunn, alleged to have nine wives": the noun is one of {@code
 * held-count-nouns.tsv}, after "has", "have" or "having" and the number, with at most two describing
 * words before it ("1,874 career points" is the tally of points). "A mother of five" and "the father
 * of two" give a number of children, the person being the name the phrase stands beside ("Ann Roe,
 * 41, a mother of five"; "Mother of five Ann Roe"). The holder of "has" is a fall's ({@link
 * FallDistances#holder}): the name nearest before in its clause.
 * <p>
 * Not read: a part of a tally ("has three more points", {@code count-partial-words.txt}), a tally of
 * one game or season ("has 20 points in the first half", "has ten goals this season"), and a
 * tally in a sentence that names another year. A number written in digits with trailing zeros is
 * taken as rounded ("20 wins" allows 15 to 24), as a figure's reader takes it, except a family's tally under a
 * hundred ({@code exact-tallies.txt}: "20 wives" is twenty, and 19 wives disagree with it). Compared only
 * inside one event ({@link AttributeClaim#eventBound()}): a tally grows from one game to the next.
 */
final class HeldCounts {

    /** Nouns of things a person holds a number of, and the tally each counts. */
    static final Map<String, String> NOUNS = Lexicon.pairs(HeldCounts.class, "held-count-nouns.tsv");
    /** Tallies a person knows exactly, a family's: under {@value #EXACT_BELOW} never read as round ({@code exact-tallies.txt}). */
    static final java.util.Set<String> EXACT = Lexicon.words(HeldCounts.class, "exact-tallies.txt");
    /** A family's tally at or over this is a round figure again ("200 grandchildren"). */
    static final int EXACT_BELOW = 100;
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,5}|[a-z]+(?:-[a-z]+)?)";
    /** "now has 2,129 career points", "having 19 wives": the number and up to three words after it. */
    private static final Pattern HAS = Pattern.compile("(?i)(?<![\\p{L}])(?:has|have|having)\\s+" + NUMBER
            + "((?:\\s+[\\p{L}-]+){1,3})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    /** "mother of 12", "father of three children". */
    private static final Pattern PARENT = Pattern.compile("(?i)(?<![\\p{L}])(?:mother|father|mom|dad)\\s+of\\s+" + NUMBER
            + "(?:\\s+(?:children|kids))?(?![\\p{L}\\d-])");
    /** What may stand between a name and "mother of" beside it: "Ann Roe, 41, a", "Roe, who was the", "Roe was a single". */
    private static final Pattern BESIDE = Pattern.compile("(?i)(?:,\\s*\\d{1,3})?\\s*(?:,|-|\u2014|\u2013)?\\s*"
            + "(?:who\\s+(?:is|was)\\s+|(?:is|was)\\s+)?(?:a|the)\\s+(?:\\p{L}+\\s+)?");
    /** What may stand between "mother of" and the name right after it: "Mother of five Ann Roe" (not a comma: "..., Roe said"). */
    private static final Pattern BEFORE_NAME = Pattern.compile("\\s+");
    /** A tally of one game, season or period: "in the first half", "this season". */
    private static final Pattern ONE_OCCASION = Pattern.compile("(?i)\\s*(?:in|on|for|during|so\\s+far)?\\s*(?:the|this|that|his|her|tonight's)?"
            + "\\s*(?:first|second|third|fourth|opening|last|final)?\\s*(?:season|half|quarter|period|game|match|year|month|week|tonight)\\b");

    /**
     * "Ann Roe's school scoring record of 2,116 points", "Roe's rushing record of 1,906": a person's
     * record total, named by the word in -ing before "record" ("scoring record"); the name is the
     * one written in full right before the possessive.
     */
    private static final Pattern RECORD_OF = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})['\u2019]\\s?s\\s+"
            + "(?:(?:school|career|all-time|program|franchise|league|club|team|national|world|state)\\s+)?(\\p{Ll}+ing)\\s+record\\s+of\\s+"
            + "(\\d{1,3}(?:,\\d{3})+|\\d{1,5})(?![\\d,.-]*\\d)");

    private HeldCounts() {
    }

    /**
     * The record totals a sentence gives named people ({@link #RECORD_OF}): the attribute is the
     * {@link AttributeClaim#TALLY} of the record ("count of scoring record"), the holder the name in full
     * written before the possessive (two or three capitalised words: "the record of" takes a
     * holder's name, not a place's); compared inside one event.
     */
    static void records(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                        List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "record of")) {
            return;
        }
        Matcher r = RECORD_OF.matcher(text).region(from, to);
        while (r.find()) {
            Span at = new Span(r.start(1), r.end(1));
            People.Mention who = null;
            for (People.Mention m : here) {
                if (m.nameSpan().equals(at)) {
                    who = m;
                }
            }
            if (who == null) {
                who = new People.Mention(at, at, r.group(1), r.group(1), People.personKey(r.group(1)), true, null, null, null, true,
                        null, -1, null);
            }
            if (who != null) {
                add(text, id, new Span(r.start(), r.end()), r.group(3), who, r.group(2) + " record", published, daySource, out);
            }
        }
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                         List<AttributeClaim> out) {
        if (here.isEmpty() || !Literals.containsAnyIgnoringAsciiCase(text, from, to, "has ", "have ", "having ", "mother of",
                "father of", "mom of", "dad of")) {
            return;
        }
        Matcher h = HAS.matcher(text).region(from, to);
        while (h.find()) {
            Matcher w = WORD.matcher(text).region(h.start(2), h.end(2));
            int described = h.start(2);
            while (w.find()) {
                String tally = NOUNS.get(w.group().toLowerCase(Locale.ROOT));
                if (tally != null) {
                    if (plain(text.substring(described, w.start()))
                            && !ONE_OCCASION.matcher(text).region(w.end(), to).lookingAt()) {
                        People.Mention who = FallDistances.holder(text, from, h.start(), here, null);
                        add(text, id, new Span(h.start(), w.end()), h.group(1), who, tally, published, daySource, out);
                    }
                    break;
                }
            }
        }
        Matcher p = PARENT.matcher(text).region(from, to);
        while (p.find()) {
            add(text, id, new Span(p.start(), p.end()), p.group(1), beside(text, p, here), "children", published, daySource, out);
        }
    }

    /** Whether the describing words before a tally's noun are plain ones, none making it a part ("three more points"). */
    static boolean plain(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && (QuantityExtractor.PARTIAL.contains(w) || QuantityExtractor.PHRASE_END.contains(w) || NOUNS.containsKey(w)
                    || w.endsWith("ly"))) {
                return false;
            }
        }
        return true;
    }

    /** The person a "mother of" phrase stands beside: the name right before it ({@link #BESIDE}) or right after it. */
    static People.Mention beside(String text, Matcher p, List<People.Mention> here) {
        for (People.Mention m : here) {
            int end = m.nameSpan().end();
            if (end <= p.start() && BESIDE.matcher(text).region(end, p.start()).matches()) {
                return m;
            }
            int start = m.nameSpan().start();
            if (start >= p.end() && BEFORE_NAME.matcher(text).region(p.end(), start).matches()) {
                return m;
            }
        }
        return null;
    }

    private static void add(String text, String id, Span span, String written, People.Mention who, String tally, long published,
                            String daySource, List<AttributeClaim> out) {
        int n = number(written);
        if (who == null || n <= 0 || who.key().startsWith(AttributeClaim.DESCRIBED)) {
            return;
        }
        double step = EXACT.contains(tally) && n < EXACT_BELOW ? 1 : rounding(written);
        String own = AttributeExtractor.ownName(who.fullName());
        String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
        out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.TALLY + tally, written,
                step > 1 ? n - step / 2 : n, false, step > 1 ? n + step / 2 : n, step > 1, published, daySource, null));
    }

    /** The number written in digits (with thousands commas) or in words; -1 when none. */
    static int number(String written) {
        String digits = written.replace(",", "");
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        return NumberWords.parse(written);
    }

    /**
     * The rounding a number in digits shows: 10 for "20", 100 for "1,500", 1 for "2,129" or a word
     * ("twenty" is exact as said). One digit before the zeros is a round figure; "2,100" of a tally in
     * thousands is read as exact to the hundred.
     */
    static double rounding(String written) {
        String digits = written.replace(",", "");
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return org.crosscheck.text.QuantityParser.roundingOf(digits);
    }
}
