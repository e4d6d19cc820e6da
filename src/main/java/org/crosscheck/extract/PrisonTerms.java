package org.crosscheck.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * The prison term a named person was given, in the forms court news gives it beside the person:
 *
 * <ul>
 *   <li>the person as the object of "sentenced": "a judge sentenced Ada Lund to seven years in
 *       prison", "sentenced former clerk Ada Lund on Friday to 30 months";</li>
 *   <li>the person as the subject: "Ada Lund was sentenced Friday to seven years", and "He was
 *       sentenced to seven years" opening the sentence after one that names one person;</li>
 *   <li>the term as the object of a verb of receiving or serving
 *       ({@code prison-serving-verbs.txt}): "Lund received a seven-year sentence", "Lund had
 *       served only a five-year heroin rap in 1959";</li>
 *   <li>the person's possessive: "Lund's seven-year prison term".</li>
 * </ul>
 *
 * A sentence that speaks of a term not imposed or not served in prison ({@code
 * prison-term-hedges.txt}: what the person faces or could get, what prosecutors asked for, a term
 * suspended or of probation) gives none; a term of life gives none (it is no figure, and life
 * terms are summed and stacked in ways reports give differently). The value is in years, a range
 * ("10 to 20 years") as its range, months as a share of a year. A sentence that names one year
 * keys the term by it ("prison term (1959)"): a person's earlier convictions are told as
 * background, and a term of 1959 is no term of 1997. A sentence that names two years keys a term
 * by the one year in its own words ("sentenced in 1990 to seven years") or written right after it
 * ("a five-year rap in 1959"), else gives none; a sentence
 * that names none takes the year of the sentence before, as it would two years there.
 * Compared only inside one event; a document that gives one person two terms under one key gives
 * none (two counts, or two trials). Sentences are first searched for "sentence", "term", "rap",
 * "serv", "prison", "jail" or "behind bars".
 */
final class PrisonTerms {

    static final Set<String> NOUNS = Lexicon.words(PrisonTerms.class, "prison-term-nouns.txt");
    static final Set<String> HEDGES = Lexicon.words(PrisonTerms.class, "prison-term-hedges.txt");
    static final Set<String> SERVING_VERBS = Lexicon.words(PrisonTerms.class, "prison-serving-verbs.txt");

    /** Weekdays and words of a day that may stand between a name and "to": "sentenced Ada Lund Friday to". */
    private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)";
    /** Up to four capitalized words or initials, none of them a weekday. */
    private static final String WORD = "(?!" + DAY + "\\b)" + AttributeExtractor.NAME_WORD;
    private static final String NAME = "(" + WORD + "(?:\\s+" + WORD + "){0,3})";
    /** An aside between commas after the name: "Lund, 34, was". */
    private static final String ASIDE = "(?:\\s*,[^,]{1,80},)?";
    /** What may stand between the name or "sentenced" and "to": a day, "on Friday", "in federal court". */
    private static final String WHEN = "(?:\\s+(?:on\\s+|last\\s+)?" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|\\s+(?:yesterday|today|in\\s+(?:\\p{Ll}+\\s+){0,2}court)"
            + "|\\s+in\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:1[89]|20)\\d\\d)?";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String NUMBER = "(\\d{1,3}|(?:" + TENS + ")(?:-(?:" + UNITS + "))?|" + UNITS + "|" + TEENS + ")";
    /** The words of {@link #NUMBER}, in lower case: a term's number that is no digit begins with one of them. */
    static final String[] NUMBER_WORDS = (TENS + "|" + UNITS + "|" + TEENS).split("\\|");

    /**
     * Whether a term's number can begin somewhere in the sentence: every term is read from just
     * after white space (each pattern that finds where a term begins ends with {@code \\s+}, and
     * "a" or "an" before the number is followed by it too), and its {@link #NUMBER} begins with a
     * digit or one of {@link #NUMBER_WORDS} (A to Z in either case). A sentence where neither stands
     * after white space ("sentenced to life in prison") gives no term and is not searched.
     */
    static boolean mayHoldNumber(String text, int from, int to) {
        // Up to four readers of one sentence ask in turn (Holdings' two patterns and possessives,
        // and prison terms): the last answer is kept, for the same text object and range.
        Held held = HELD.get();
        if (held.text == text && held.from == from && held.to == to) {
            return held.answer;
        }
        boolean answer = mayHoldNumber(text, from, to, NUMBER_WORD_FIRSTS);
        held.text = text;
        held.from = from;
        held.to = to;
        held.answer = answer;
        return answer;
    }

    /** As {@link #mayHoldNumber(String, int, int)}, worked out afresh: only for tests. */
    static boolean mayHoldNumberAfresh(String text, int from, int to) {
        return mayHoldNumber(text, from, to, NUMBER_WORD_FIRSTS);
    }

    /** This thread's last answer of {@link #mayHoldNumber(String, int, int)} and what it was asked. */
    private static final class Held {
        private String text;
        private int from;
        private int to;
        private boolean answer;
    }

    private static final ThreadLocal<Held> HELD = ThreadLocal.withInitial(Held::new);

    /** The ASCII characters, in either case, that begin one of {@link #NUMBER_WORDS}. */
    private static final boolean[] NUMBER_WORD_FIRSTS = firsts(NUMBER_WORDS);

    /** Every ASCII character marked, so that each word start is compared with every word: only for tests. */
    static final boolean[] EVERY_FIRST = firsts(null);

    private static boolean[] firsts(String[] words) {
        boolean[] out = new boolean[128];
        if (words == null) {
            java.util.Arrays.fill(out, true);
            return out;
        }
        for (String w : words) {
            out[Character.toLowerCase(w.charAt(0))] = true;
            out[Character.toUpperCase(w.charAt(0))] = true;
        }
        return out;
    }

    /** As {@link #mayHoldNumber(String, int, int)}, comparing words only at the characters {@code firsts} marks. */
    static boolean mayHoldNumber(String text, int from, int to, boolean[] firsts) {
        for (int i = from + 1; i < to; i++) {
            char b = text.charAt(i - 1);
            if (b != ' ' && b != '\t' && b != '\n' && b != '\u000b' && b != '\f' && b != '\r') {
                continue;
            }
            if (numberAt(text, i, to, firsts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit or one of {@link #NUMBER_WORDS} (A to Z in either case) begins at {@code i}, ending by {@code to}. */
    static boolean numberAt(String text, int i, int to) {
        return numberAt(text, i, to, NUMBER_WORD_FIRSTS);
    }

    private static boolean numberAt(String text, int i, int to, boolean[] firsts) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (c >= 128 || !firsts[c]) {
            // A word must be ASCII to count (asciiOnly), so its first character is one of theirs, in either case.
            return false;
        }
        for (String w : NUMBER_WORDS) {
            if (text.regionMatches(true, i, w, 0, w.length()) && i + w.length() <= to && asciiOnly(text, i, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code length} characters at {@code start} are ASCII: there a case-blind match is the pattern's. */
    private static boolean asciiOnly(String text, int start, int length) {
        for (int k = start; k < start + length; k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }
    /**
     * "seven years", "10 to 20 years", "30 months", "2 1/2 years", "two and a half years" after
     * "to"; not "years of probation". Group 1 the number, 2 a half after it, 3 the top of a range, 4 the unit.
     */
    private static final Pattern TERM = Pattern.compile("(?i)" + NUMBER + "(?:(\\s+and\\s+a\\s+half|-1/2|\\s+1/2|\u00bd)|\\s*(?:-|to)\\s*"
            + NUMBER + ")?\\s+(years?|months?)(?![\\p{L}-])");
    /** "a seven-year sentence", "a 30-month prison term", "a five-year heroin rap". */
    private static final Pattern TERM_NOUN = Pattern.compile("(?i)(?:an?\\s+)?" + NUMBER + "-(year|month)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?("
            + Lexicon.alternatives(NOUNS) + ")(?![\\p{L}])");
    /**
     * A length of time in prison after a verb of serving or receiving, a half written out or as a
     * fraction: "five months in federal prison", "four and a half months in jail", "4-1/2 years behind bars".
     */
    private static final Pattern TERM_IN_PRISON = Pattern.compile("(?i)" + NUMBER + "(\\s+and\\s+a\\s+half|-1/2|\\s+1/2|\u00bd)?\\s+(years?|months?)"
            + "\\s+(?:in|behind)\\s+(?:(?:a|federal|state|county)\\s+){0,2}(?:prison|jail|bars)(?![\\p{L}])");
    /** The past of serving: a term "served" is the time spent in prison, not the term imposed. */
    private static final Pattern PAST_SERVED = Pattern.compile("(?i)(?<![\\p{L}])(?:had\\s+|has\\s+)?served(?:\\s+only)?\\s+$");
    private static final String SENTENCED = "(?<![\\p{L}-])sentenced";
    /** "sentenced former clerk Ada Lund on Friday to". */
    private static final Pattern OBJECT = Pattern.compile(SENTENCED + "\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}" + NAME + ASIDE + WHEN + "\\s+to\\s+");
    /** "Ada Lund, 34, was sentenced Friday to", "Lund has been sentenced to". */
    private static final Pattern SUBJECT = Pattern.compile(NAME + ASIDE + "\\s+(?:was|has\\s+been|had\\s+been|is)\\s+sentenced" + WHEN + "\\s+to\\s+");
    /** "He was sentenced to", opening the sentence. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:He|She)\\s+(?:was|has\\s+been|had\\s+been|is)\\s+sentenced" + WHEN + "\\s+to\\s+");
    private static final String SERVING = "(?:" + Lexicon.alternatives(SERVING_VERBS).replace(" ", "\\E\\s+\\Q") + ")(?:\\s+only)?\\s+";
    /** "Ada Lund received", "Lund had served only". */
    private static final Pattern SERVED = Pattern.compile(NAME + ASIDE + "\\s+" + SERVING);
    /** "He received", opening the sentence. */
    private static final Pattern PRONOUN_SERVED = Pattern.compile("(?:He|She)\\s+" + SERVING);
    /** "Ada Lund's". */
    private static final Pattern POSSESSIVE = Pattern.compile(NAME + "['\u2019]s\\s+");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(1[89]\\d\\d|20\\d\\d)(?!\\d|,\\d)");
    /** The year a term was given, right after it: "a five-year rap in 1959", "seven years in July 1997". */
    private static final Pattern IN_YEAR = Pattern.compile("(?:\\s+(?:in\\s+)?(?:prison|jail))?\\s+in\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(1[89]\\d\\d|20\\d\\d)(?!\\d)");

    /** What {@link #mayGiveTerm} reads as a space between a sentence's words. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d-]+");
    /** The words of each serving verb: {@link #SERVED} cannot match a sentence that lacks some word of every one. */
    private static final List<String[]> SERVING_WORDS = SERVING_VERBS.stream().map(v -> v.split(" ")).toList();

    private PrisonTerms() {
    }

    /**
     * Whether the sentence may give a prison term: it holds a cheap word of one, a number where a
     * term's can begin ({@link #mayHoldNumber}: "sentenced to life" gives none), and no hedge.
     */
    static boolean mayGiveTerm(String text, int from, int to) {
        return mayGiveTerm(text, from, to, true);
    }

    /** As {@link #mayGiveTerm(String, int, int)}; {@code figured} false asks for no figure: only for tests. */
    static boolean mayGiveTerm(String text, int from, int to, boolean figured) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "sentenc", "term", " rap", "serv", "prison", "jail", "behind bars")
                || figured && !mayHoldNumber(text, from, to)) {
            return false;
        }
        String folded = " " + NOT_WORD.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        for (String w : HEDGES) {
            if (folded.contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    /** False when the sentence lacks some word of each serving verb, so that {@link #SERVED} cannot match it. */
    static boolean mayServe(String text, int from, int to) {
        for (String[] words : SERVING_WORDS) {
            boolean all = true;
            for (String w : words) {
                if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param before the one person the sentence before names, or null: "He was sentenced to seven
     *               years" gives their term
     */
    static void sentence(String text, String id, int from, int to, int[] previous, List<People.Mention> people,
                         People.Mention before, long published, String daySource, List<AttributeClaim> out) {
        sentence(text, id, from, to, previous, people, before, published, daySource, out, true);
    }

    /** As {@link #sentence}; {@code figured} false searches a sentence without a figure too: only for tests. */
    static void sentence(String text, String id, int from, int to, int[] previous, List<People.Mention> people,
                         People.Mention before, long published, String daySource, List<AttributeClaim> out, boolean figured) {
        if (!mayGiveTerm(text, from, to, figured)) {
            return;
        }
        String attribute = attribute(text, from, to);
        if (AttributeClaim.PRISON_TERM.equals(attribute) && previous != null) {
            // A sentence without a year goes on about the one the sentence before names: "... ended with
            // a July 1997 conviction. He was sentenced to 12 years."
            attribute = attribute(text, previous[0], previous[1]);
        }
        // Each pattern is searched only where a word every match of it holds is present.
        boolean sentenced = Literals.containsAnyIgnoringAsciiCase(text, from, to, "sentenced");
        boolean serving = mayServe(text, from, to);
        boolean possessive = Literals.containsAnyIgnoringAsciiCase(text, from, to, "'s", "\u2019s");
        for (Pattern p : List.of(OBJECT, SUBJECT, SERVED, POSSESSIVE)) {
            if (!(p == SERVED ? serving : p == POSSESSIVE ? possessive : sentenced)) {
                continue;
            }
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                String[] holder = FigureAttributes.holder(text, x.start(1), x.end(1), 0, people);
                if (holder == null || !holder[1].contains(" ") || !Contracts.person(holder[0], people)
                        || !x.group(1).contains(" ") && sharedSurname(text, x.group(1))) {
                    continue;
                }
                term(text, id, Integer.parseInt(holder[2]), x.end(), to, p == OBJECT || p == SUBJECT,
                        p == SERVED && PAST_SERVED.matcher(x.group()).find(), holder[0], holder[1], attribute, published, daySource, out);
            }
        }
        if (before != null) {
            for (Pattern p : List.of(PRONOUN_SUBJECT, PRONOUN_SERVED)) {
                Matcher x = p.matcher(text).region(from, to);
                if (x.lookingAt()) {
                    String own = AttributeExtractor.ownName(before.fullName());
                    String key = own.equals(before.fullName()) ? before.key() : People.personKey(own);
                    if (key.contains(" ")) {
                        term(text, id, from, x.end(), to, p == PRONOUN_SUBJECT, p == PRONOUN_SERVED && PAST_SERVED.matcher(x.group()).find(),
                                own, key, attribute, published, daySource, out);
                    }
                }
            }
        }
    }

    /**
     * The attribute the sentence's terms are given as: {@link AttributeClaim#PRISON_TERM}, keyed by
     * the one year the sentence names; null when it names two (each term then needs a year of its
     * own right after it, {@link #IN_YEAR}).
     */
    static String attribute(String text, int from, int to) {
        Matcher y = YEAR.matcher(text).region(from, to);
        String year = null;
        while (y.find()) {
            if (year != null && !year.equals(y.group(1))) {
                return null;
            }
            year = y.group(1);
        }
        return year == null ? AttributeClaim.PRISON_TERM : AttributeClaim.PRISON_TERM + " (" + year + ")";
    }

    /**
     * The term at {@code at}: "seven years" after "sentenced ... to", else "a seven-year sentence",
     * or a length "in prison" ({@link #TERM_IN_PRISON}); that length after the past "served"
     * ({@code served}) is the time the person spent in prison ({@link AttributeClaim#TIME_SERVED}),
     * never compared with a term imposed.
     */
    private static void term(String text, String id, int start, int at, int to, boolean afterTo, boolean served, String entity,
                             String key, String attribute, long published, String daySource, List<AttributeClaim> out) {
        Matcher t = (afterTo ? TERM : TERM_NOUN).matcher(text).region(at, to);
        if (!t.lookingAt()) {
            if (!afterTo) {
                inPrison(text, id, start, at, to, served, entity, key, attribute, published, daySource, out);
            }
            return;
        }
        if (attribute == null) {
            // Two years in the sentence: the one inside the claim's words ("sentenced in 1990 to"), or
            // the one right after the term.
            attribute = attribute(text, start, t.end());
            Matcher y = IN_YEAR.matcher(text).region(t.end(), to);
            if (AttributeClaim.PRISON_TERM.equals(attribute) && y.lookingAt()) {
                attribute = AttributeClaim.PRISON_TERM + " (" + y.group(1) + ")";
            } else if (attribute == null || AttributeClaim.PRISON_TERM.equals(attribute)) {
                return;
            }
        }
        int low = NumberWords.parse(t.group(1).toLowerCase(Locale.ROOT));
        int high = afterTo && t.group(3) != null ? NumberWords.parse(t.group(3).toLowerCase(Locale.ROOT)) : low;
        int unitGroup = afterTo ? 4 : 2;
        if (low <= 0 || high < low) {
            return;
        }
        double half = afterTo && t.group(2) != null ? 0.5 : 0;
        double scale = t.group(unitGroup).toLowerCase(Locale.ROOT).startsWith("month") ? 1 / 12.0 : 1;
        Span span = new Span(start, t.end());
        out.add(new AttributeClaim(id, span, span.of(text), entity, key, true, attribute,
                text.substring(t.start(1), t.end(unitGroup)), (low + half) * scale, false, (high + half) * scale, false, published,
                daySource, null));
    }

    /** A length "in prison" after a verb of serving or receiving, as {@link #term} reads it. */
    private static void inPrison(String text, String id, int start, int at, int to, boolean served, String entity, String key,
                                 String attribute, long published, String daySource, List<AttributeClaim> out) {
        Matcher t = TERM_IN_PRISON.matcher(text).region(at, to);
        if (attribute == null || !t.lookingAt()) {
            return;
        }
        int n = NumberWords.parse(t.group(1).toLowerCase(Locale.ROOT));
        if (n <= 0) {
            return;
        }
        double length = n + (t.group(2) == null ? 0 : 0.5);
        double scale = t.group(3).toLowerCase(Locale.ROOT).startsWith("month") ? 1 / 12.0 : 1;
        String name = served ? AttributeClaim.TIME_SERVED + attribute.substring(AttributeClaim.PRISON_TERM.length()) : attribute;
        Span span = new Span(start, t.end());
        out.add(new AttributeClaim(id, span, span.of(text), entity, key, true, name, text.substring(t.start(1), t.end(3)),
                length * scale, false, length * scale, false, published, daySource, null));
    }

    /**
     * Whether the article writes the surname after two first names ("Vincent Gigante", "Louis
     * Gigante"): the surname alone may be either.
     */
    static boolean sharedSurname(String text, String surname) {
        Matcher x = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'\u2019-]+)\\s+" + Pattern.quote(surname) + "(?![\\p{L}])").matcher(text);
        Set<String> firsts = new HashSet<>();
        while (x.find()) {
            if (!People.notName(x.group(1).toLowerCase(Locale.ROOT))) {
                firsts.add(x.group(1));
            }
        }
        return firsts.size() > 1;
    }

    /** The terms of a document, without those of a person the document gives two terms under one key ({@link AttributeExtractor#oneValueEach}). */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
