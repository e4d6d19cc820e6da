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
 * Figures that belong to a named holder, read as the holder's attribute with the measure named,
 * instead of as a bare count of a noun that no one holds. The holder is found by the clause's
 * structure, never by a particular name:
 * <ul>
 *   <li>a size written as a compound modifier, "the 300-seat parliament", "a 1,000-member church",
 *       "Lindor Council - a 2,507-member assembly": the count of seats or members ({@code
 *       size-modifiers.tsv}) of the thing the noun phrase names, or of the name the phrase stands in
 *       apposition to;</li>
 *   <li>a thing's holding after its name as subject, "the Lindor Party holds 160 seats", "Lindor
 *       Church, which has at least 10,000 members", "the Greens hold a majority of 160" ({@code
 *       holding-nouns.tsv});</li>
 *   <li>a person's tally after a possessive, "Roe's 2,100 career points", "her four cats",
 *       "Roe's 58th victory" (as of the bout: 58 wins), with the nouns of {@code held-count-nouns.tsv};</li>
 *   <li>a person's tallies in brackets right after the name: "Roe (58 wins, 51 by knockout, three
 *       defeats)";</li>
 *   <li>a suspension: "Roe was suspended four games", "suspended by the league for the first four
 *       games" ({@link AttributeClaim#GAMES_SUSPENDED});</li>
 *   <li>how many times a person did a thing of a career ({@code times-verbs.txt}): "Roe has hosted
 *       the awards eight times" is Roe's count of times hosted the awards;</li>
 *   <li>an average: "Roe averaged 8.6 rebounds a game", named a career's or a season's when the
 *       sentence says so ("average rebounds per game (career)").</li>
 * </ul>
 * A count of one game, one half or one season is not read as a tally ("her 20 points in the first
 * half"), nor a streak ("his 16th straight win"), nor a part ("his three more points"). Every claim
 * here is compared only inside one event ({@link AttributeClaim#eventBound()}), and a tally of two
 * articles of different known days is no conflict ({@link AttributeClaim#sameOccasionAs}): a rising
 * total is an update.
 */
final class Holdings {
    /** A word of letters, not part of a longer word. */
    private static final Pattern LETTER_RUN = Pattern.compile("(?<![\\p{L}'\u2019-])[\\p{L}]+(?![\\p{L}])");
    /** A text holding a pronoun. */
    private static final Pattern PRONOUN_OBJECT = Pattern.compile(".*\\b(?:him|her|them|it|this|that|his|their|its)\\b.*");

    /** Words that may be written "N-word" before a noun, and the count they give: "300-seat" gives seats. */
    static final Map<String, String> SIZES = Lexicon.pairs(Holdings.class, "size-modifiers.tsv");
    /** Nouns a thing holds a number of after its name as subject ("holds 160 seats"), and the count each names. */
    static final Map<String, String> HOLDINGS = Lexicon.pairs(Holdings.class, "holding-nouns.tsv");
    /** Verbs in the past participle whose "N times" tells a career's count ("hosted ... eight times"). */
    static final java.util.Set<String> TIMES_VERBS = Lexicon.words(Holdings.class, "times-verbs.txt");

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,6}|[a-z]+(?:-[a-z]+)?)";
    private static final String HEDGE = "(?:(at\\s+least|more\\s+than|over|nearly|almost|about|around|some|roughly|just\\s+under"
            + "|fewer\\s+than|less\\s+than|up\\s+to)\\s+)?";
    /** "300-seat", "2,507-member", "five-member". */
    private static final Pattern SIZE = Pattern.compile("(?i)(?<![\\p{L}\\d,.-])" + NUMBER + "[-\u2010](\\p{L}+)(?![\\p{L}\\d-])");
    /** The noun phrase after a size: up to four words, lower or capitalised, ending before a comma, a bracket or a clause word. */
    private static final Pattern PHRASE = Pattern.compile("\\s+((?:[\\p{L}'\u2019-]+\\s+){0,3}?[\\p{L}-]+)"
            + "(?=\\s*(?:[,;:.)(\"\u201c\u201d\u2013\u2014]|\\s-\\s|$)|\\s+(?:of|in|at|on|that|which|who|was|is|were|are|has|had|have"
            + "|will|would|to|for|with|from|and|but|where|whose|by)\\b)");
    /** What stands between a name and the size in apposition to it: "Council - a", "Church, a", "Council-a". */
    private static final Pattern APPOSED = Pattern.compile("(?:\\s*,\\s*|\\s*[-\u2013\u2014]\\s*)(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");
    /** What makes the phrase after a size definite: "the", "this", a possessive, right before the size. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:the|this|that|its|their)|['\u2019]s)\\s+"
            + "(?:[\\p{Ll}-]+\\s+)?$");
    /** A run of capitalised words (a possessive and "of" may join them) ending where it is looked for. */
    private static final Pattern NAME_RUN = Pattern.compile("((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+(?:(?:of|and|for|the)\\s+)?){0,4}"
            + "\\p{Lu}[\\p{L}.-]*(?:['\u2019]s)?)$");
    /** What follows the last possessive of a run: "Alder's Unionists" holds "Unionists". */
    private static final Pattern OWNED = Pattern.compile("['\u2019]\\s?s\\s+((?:(?!['\u2019]\\s?s\\s).)+)$");
    /** A thing's holding after its name: "holds 160 seats", ", which has at least 10,000 members". */
    private static final Pattern HOLDS = Pattern.compile("(?i)(?:\\s*,\\s*(?:which|that|who)\\s+(?:now\\s+|still\\s+|already\\s+)?"
            + "|\\s+(?:now\\s+|still\\s+|already\\s+)?)(?:has|have|had|holds?|held|controls?|controlled|counts?)\\s+" + HEDGE
            + NUMBER + "((?:\\s+[\\p{L}-]+){1,3})");
    /** "hold a comfortable majority of 160": a majority's seats. */
    private static final Pattern MAJORITY = Pattern.compile("(?i)(?:\\s*,\\s*(?:which|that|who)\\s+|\\s+)(?:now\\s+|still\\s+)?"
            + "(?:has|have|had|holds?|held|controls?|controlled|wields?)\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "majority\\s+of\\s+" + HEDGE + "(\\d{1,4})(?![\\d,.%])(?!\\s*(?:percent|per\\s+cent|votes))");
    /*
     * What every match of a pattern holds, in lower case (the patterns ignore the case of A to Z):
     * a sentence holding none of a pattern's words is not searched with it. Most sentences hold
     * none of the verbs of HOLDS, nor "majority", nor a possessive.
     */
    /** Every match of {@link #HOLDS} holds one of its verbs. */
    static final String[] HOLDS_WORDS = {"has", "have", "had", "hold", "held", "control", "count"};
    /** Every match of {@link #MAJORITY} holds "majority". */
    static final String[] MAJORITY_WORDS = {"majority"};
    /** Every match of {@link #POSSESSIVE} holds "his", "her" ("their" too) or a possessive "'s". */
    static final String[] POSSESSIVE_WORDS = {"his", "her", "'s", "\u2019s"};
    /** Every match of {@link #ORDINAL} holds a possessive "'s". */
    static final String[] ORDINAL_WORDS = {"'s", "\u2019s"};
    /**
     * What a size the pattern finds gives a count from: a hyphen ({@code -} or U+2010) and one of
     * the {@link #SIZES} words right after it ("300-seat"), ignoring the case of A to Z. A sentence
     * holding a hyphen but none of these (most of them: "pile-up", "Lindor-based") is not searched
     * with {@link #SIZE}: its matches would all be passed over. Null, and every sentence with a
     * hyphen searched, when a word holds a character other than a to z, or a "k": the pattern's word
     * is compared in Java's lower case, which makes a k of the Kelvin sign (U+212A), where the guard
     * folds A to Z only ({@link #sizeWords}).
     */
    static final String[] SIZE_WORDS = sizeWords(SIZES.keySet());

    /** The guard {@link #SIZE_WORDS} for {@code words}, or null when one of them is not of a to z without k. */
    static String[] sizeWords(java.util.Collection<String> words) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z' && c != 'k')) {
                return null;
            }
            out.add("-" + w);
            out.add("\u2010" + w);
        }
        return out.toArray(new String[0]);
    }
    /** A possessive before a count: "Roe's 2,100 career points", "her four cats". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)(?:(?<![\\p{L}])(his|her|their)|['\u2019]s)\\s+" + NUMBER
            + "((?:\\s+[\\p{L}-]+){1,3})");
    /** A possessive before an ordinal: "Roe's 58th victory". */
    private static final Pattern ORDINAL = Pattern.compile("(?i)['\u2019]s\\s+(\\d{1,4})(?:st|nd|rd|th)\\s+(?:career\\s+)?([\\p{L}-]+)"
            + "(?=\\s*[,.;:)]|\\s+(?:of|in|for|since|and|as|at|on|with|to|over|against|by)\\b)");
    /** A streak, not a total: "16th straight win", "ninth in a row". */
    private static final Pattern STREAK = Pattern.compile("(?i)\\s*(?:straight|consecutive|successive|in\\s+a\\s+row)\\b");
    /** Tallies in brackets after a name: "(58 wins, 51 by knockout, three defeats)". */
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^()]{3,120})\\)");
    private static final Pattern ITEM = Pattern.compile("(?i)\\s*(?:and\\s+)?" + NUMBER + "(?:\\s+(by\\s+(?:ko|knockout|knockouts|tko|stoppage)"
            + "|(?:[\\p{L}-]+\\s+){0,1}[\\p{L}-]+))\\s*");
    /** "was suspended four games", "suspended by the NFL for the first four games". */
    private static final Pattern SUSPENDED = Pattern.compile("(?i)(?<![\\p{L}])(?:suspended|banned)\\s+(?:by\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}]*"
            + "(?:\\s+\\p{Lu}[\\p{L}]*){0,2}\\s+)?(?:for\\s+)?(?:the\\s+(?:first|last|next|final|remaining|opening)\\s+)?"
            + NUMBER + "\\s+(?:more\\s+)?(games|matches|races|fights|bouts)(?![\\p{L}])");
    /** "eight times": a count and "times", the verb of {@link #TIMES_VERBS} looked for before it. */
    private static final Pattern TIMES = Pattern.compile("(?i)(?<![\\p{L}\\d,.-])" + NUMBER + "\\s+times(?![\\p{L}])");
    /** The words before a count of times: a verb and up to four words of its object, no punctuation between. */
    private static final Pattern BEFORE_TIMES = Pattern.compile("(?i)(?<![\\p{L}])([\\p{L}]+)((?:\\s+[\\p{L}'\u2019-]+){0,4})\\s+$");
    /** "averaged 8.6 rebounds a game", "is averaging 20 points per game". */
    private static final Pattern AVERAGE = Pattern.compile("(?i)(?<![\\p{L}])(?:averaged|averages|averaging)\\s+" + HEDGE
            + "(\\d{1,3}(?:\\.\\d{1,2})?)\\s+(?:[\\p{L}-]+\\s+)?([\\p{L}-]+)\\s+(?:a|per|an)\\s+(game|match|contest|outing|night|start)"
            + "(?![\\p{L}])");
    private static final Pattern CAREER = Pattern.compile("(?i)\\bcareer\\b");
    private static final Pattern SEASON = Pattern.compile("(?i)\\bseason\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    /**
     * Tallies only a career holds, read in brackets after a name and after an ordinal ({@code
     * career-tallies.txt}): "(58 wins, three defeats)", "Roe's 58th victory"; not points or goals,
     * which a bracket in a game's report gives for that game.
     */
    static final java.util.Set<String> CAREER_TALLIES = Lexicon.words(Holdings.class, "career-tallies.txt");
    /** Words that describe a count as a career's: "career", "all-time". */
    private static final Pattern CAREER_WORDS = Pattern.compile("(?i)\\b(?:career|all-time|lifetime)\\b");

    /** The key prefix of a thing that holds a count. */
    static final String THING_KEY = "holder:";

    private Holdings() {
    }

    /** Every holder's figure of one sentence. */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         List<People.Mention> people, long published, String daySource, List<AttributeClaim> out) {
        sentence(text, id, from, to, here, before, people, published, daySource, out, true);
    }

    /**
     * As {@link #sentence(String, String, int, int, List, People.Mention, List, long, String, List)};
     * {@code gated} false searches for holdings and possessives' counts in every sentence, even one
     * holding no number where their counts begin: only for tests.
     */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         List<People.Mention> people, long published, String daySource, List<AttributeClaim> out,
                         boolean gated) {
        sizes(text, id, from, to, here, published, daySource, out);
        holdings(text, id, from, to, here, published, daySource, out, gated);
        possessives(text, id, from, to, here, before, people, published, daySource, out, gated);
        brackets(text, id, from, to, here, published, daySource, out);
        suspensions(text, id, from, to, here, before, published, daySource, out);
        times(text, id, from, to, here, before, published, daySource, out);
        averages(text, id, from, to, here, before, published, daySource, out);
    }

    /** "the 300-seat parliament", "People's Council - a 2,507-member assembly". */
    static void sizes(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                      List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "-")
                || SIZE_WORDS != null && !Literals.containsAnyIgnoringAsciiCase(text, from, to, SIZE_WORDS)) {
            return;
        }
        Matcher s = SIZE.matcher(text).region(from, to);
        while (s.find()) {
            String count = SIZES.get(s.group(2).toLowerCase(Locale.ROOT));
            int n = number(s.group(1));
            if (count == null || n <= 1) {
                continue;
            }
            String holder = null;
            // In apposition to a name before it: "Lindor Council - a 2,507-member assembly".
            String lead = text.substring(from, s.start());
            Matcher a = APPOSED.matcher(lead);
            if (a.find()) {
                Matcher name = NAME_RUN.matcher(lead.substring(0, a.start()));
                if (name.find()) {
                    holder = thing(name.group(1));
                }
            }
            // The noun phrase the size describes, when it is named (a capitalised word) or definite
            // ("the 300-seat parliament"): "a five-member family" may be any family.
            Matcher p = PHRASE.matcher(text).region(s.end(), to);
            if (holder == null && p.lookingAt() && (DEFINITE.matcher(lead).find() || p.group(1).matches("(?s).*\\p{Lu}.*"))) {
                holder = thing(p.group(1));
            }
            if (holder == null || person(holder, here)) {
                continue;
            }
            Span span = new Span(s.start(), s.end());
            add(text, id, span, s.group(1), null, holder, count, n, n, published, daySource, out);
        }
    }

    /** "the Lindor Party holds 160 seats", "Lindor Church, which has at least 10,000 members", "a majority of 160". */
    static void holdings(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                         List<AttributeClaim> out, boolean gated) {
        for (Pattern pattern : List.of(HOLDS, MAJORITY)) {
            if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, pattern == MAJORITY ? MAJORITY_WORDS : HOLDS_WORDS)
                    || gated && !PrisonTerms.mayHoldNumber(text, from, to)) {
                // Every count either pattern keeps stands after white space and is a number of
                // digits or of words (number > 0): without one there ("the party has its own seats")
                // each match would be passed over.
                continue;
            }
            Matcher h = pattern.matcher(text).region(from, to);
            while (h.find()) {
                String count;
                String written;
                if (pattern == MAJORITY) {
                    count = "seats";
                    written = h.group(2);
                } else {
                    count = noun(text, h.start(3), h.end(3), HOLDINGS);
                    written = h.group(2);
                }
                Matcher name = NAME_RUN.matcher(text.substring(from, h.start()));
                if (count == null || !name.find() || name.start(1) > 0 && !boundary(text, from + name.start(1))) {
                    continue;
                }
                // "Jon Alder's Unionists hold": the holder is what follows the last possessive, a thing
                // of the possessor's, never the possessor.
                String run = name.group(1);
                Matcher owned = OWNED.matcher(run);
                boolean possessed = owned.find();
                String holder = thing(possessed ? owned.group(1) : run);
                People.Mention who = possessed ? null : personAt(here, from + name.end(1));
                if (holder == null && who == null) {
                    continue;
                }
                int n = number(written);
                if (n <= 0) {
                    continue;
                }
                double[] range = hedged(h.group(1), n);
                Span span = new Span(from + name.start(1), h.end());
                add(text, id, span, (h.group(1) == null ? "" : h.group(1) + " ") + written, who, holder, count, range[0], range[1],
                        published, daySource, out);
            }
        }
    }

    /** "Roe's 2,100 career points", "her four cats", "Roe's 58th victory". */
    static void possessives(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                            List<People.Mention> people, long published, String daySource, List<AttributeClaim> out,
                            boolean gated) {
        // A count both patterns keep stands after white space and begins with a digit or a number's
        // word (an ordinal's with a digit; a possessive's has number > 0): a sentence with none there
        // ("her own dog") gives neither, and is not searched.
        boolean possessive = Literals.containsAnyIgnoringAsciiCase(text, from, to, POSSESSIVE_WORDS);
        boolean ordinal = Literals.containsAnyIgnoringAsciiCase(text, from, to, ORDINAL_WORDS);
        if (gated && (possessive || ordinal) && !PrisonTerms.mayHoldNumber(text, from, to)) {
            possessive = false;
            ordinal = false;
        }
        // Nor where no possessive is followed by that count: each match of POSSESSIVE or ORDINAL
        // holds "his", "her" or "their" (no letter before it) or "'s", then white space, then its
        // count ("her own dog, 12 of them" holds a number, but not after "her").
        if (gated && (possessive || ordinal) && !possessiveCount(text, from, to)) {
            possessive = false;
            ordinal = false;
        }
        Matcher p = POSSESSIVE.matcher(text).region(from, to);
        while (possessive && p.find()) {
            String count = noun(text, p.start(3), p.end(3), HeldCounts.NOUNS);
            int n = number(p.group(2));
            // A family's tally is the holder's whatever the words; a player's count is a career's only
            // when described so ("her 2,100 career points"): "his 14 points" may be one game's.
            if (count == null || n <= 0 || occasion(text, p.end(), to)
                    || !HeldCounts.EXACT.contains(count) && !CAREER_WORDS.matcher(p.group(3)).find()) {
                continue;
            }
            People.Mention who = p.group(1) == null ? personAt(here, p.start()) : pronounHolder(text, p.start(), p.group(1), here,
                    before, people);
            Span span = new Span(who != null && p.group(1) == null ? who.nameSpan().start() : p.start(), p.end());
            add(text, id, span, p.group(2), who, null, count, n, n, published, daySource, out);
        }
        Matcher o = ORDINAL.matcher(text).region(from, to);
        while (ordinal && o.find()) {
            String count = plural(o.group(2).toLowerCase(Locale.ROOT));
            count = CAREER_TALLIES.contains(count) ? count : null;
            int n = Integer.parseInt(o.group(1));
            People.Mention who = personAt(here, o.start());
            if (count == null || who == null || n <= 0 || STREAK.matcher(text).region(o.end(), to).lookingAt()
                    || occasion(text, o.end(), to)) {
                continue;
            }
            add(text, id, new Span(who.nameSpan().start(), o.end()), o.group(1), who, null, count, n, n, published, daySource, out);
        }
    }

    /**
     * Whether {@code [from, to)} holds a possessive followed by a count where {@link #POSSESSIVE} and
     * {@link #ORDINAL} read one: "'s" or "\u2019s" ("S" in either case), or "his", "her" or "their" (A
     * to Z in either case) with no letter of A to Z right before it, then white space ({@code \s}),
     * then a digit or a number's word ({@link PrisonTerms#numberAt}). A count either pattern keeps
     * begins there (a possessive's has a number above 0, an ordinal's digits).
     */
    static boolean possessiveCount(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int end;
            if ((c == '\'' || c == '\u2019') && i + 1 < to && (text.charAt(i + 1) | 0x20) == 's') {
                end = i + 2;
            } else if ((c == 'h' || c == 'H' || c == 't' || c == 'T')
                    && (i == from || !org.crosscheck.text.Literals.asciiLetter(text.charAt(i - 1)))) {
                end = asciiWordEnd(text, i, to, "his", "her", "their");
                if (end < 0) {
                    continue;
                }
            } else {
                continue;
            }
            int j = end;
            while (j < to && isSpace(text.charAt(j))) {
                j++;
            }
            if (j > end && j < to && PrisonTerms.numberAt(text, j, to)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first of {@code words} (lower case) written at {@code i} ends, A to Z in either case; -1 for none. */
    private static int asciiWordEnd(String text, int i, int to, String... words) {
        for (String w : words) {
            int k = 0;
            while (k < w.length() && i + k < to) {
                char c = text.charAt(i + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != w.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == w.length()) {
                return i + k;
            }
        }
        return -1;
    }

    /** A character {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** "Roe (58 wins, 51 by knockout, three defeats)": every item a tally of the name before the bracket. */
    static void brackets(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                         List<AttributeClaim> out) {
        for (People.Mention m : here) {
            Matcher b = BRACKET.matcher(text).region(m.nameSpan().end(), to);
            if (!b.lookingAt()) {
                continue;
            }
            String previous = null;
            int at = b.start(1);
            for (String item : b.group(1).split(",|;")) {
                Matcher i = ITEM.matcher(item);
                if (i.matches()) {
                    String words = i.group(2).toLowerCase(Locale.ROOT);
                    String count = words.startsWith("by ") ? previous == null ? null : previous + " by knockout"
                            : HeldCounts.NOUNS.get(words.substring(words.lastIndexOf(' ') + 1));
                    count = count == null || !CAREER_TALLIES.contains(count.replace(" by knockout", "")) ? null : count;
                    int n = number(i.group(1));
                    if (count != null && n > 0) {
                        Span span = new Span(at + i.start(1), at + i.end());
                        add(text, id, span, i.group(1), m, null, count, n, n, published, daySource, out);
                        previous = words.startsWith("by ") ? previous : count;
                    }
                }
                at += item.length() + 1;
            }
        }
    }

    /** "Roe was suspended four games", "suspended by the NFL for the first four games". */
    static void suspensions(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                            long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "suspended", "banned")) {
            return;
        }
        Matcher s = SUSPENDED.matcher(text).region(from, to);
        while (s.find()) {
            People.Mention who = FallDistances.holder(text, from, s.start(), here, before);
            int n = number(s.group(1));
            if (who != null && n > 0) {
                addNamed(text, id, new Span(s.start(), s.end()), s.group(1), who, AttributeClaim.GAMES_SUSPENDED, n, n, published,
                        daySource, out);
            }
        }
    }

    /** "Roe has hosted the awards eight times": Roe's count of times hosted the awards. */
    static void times(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                      long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, " times")) {
            return;
        }
        Matcher t = TIMES.matcher(text).region(from, to);
        while (t.find()) {
            int n = number(t.group(1));
            // The verb nearest before the count, with only its object's words between.
            String lead = text.substring(Math.max(from, t.start() - 80), t.start());
            int verbAt = -1;
            String verb = null;
            Matcher w = LETTER_RUN.matcher(lead);
            while (w.find()) {
                if (TIMES_VERBS.contains(w.group().toLowerCase(Locale.ROOT))) {
                    verbAt = w.start();
                    verb = w.group().toLowerCase(Locale.ROOT);
                }
            }
            if (verb == null || n <= 1) {
                continue;
            }
            Matcher b = BEFORE_TIMES.matcher(lead.substring(verbAt));
            if (!b.matches()) {
                continue;
            }
            int start = t.start() - lead.length() + verbAt;
            People.Mention who = FallDistances.holder(text, from, start, here, before);
            String object = b.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("^(?:the|a|an)\\s+", "")
                    .replace('\u2019', '\'');
            if (who == null || PRONOUN_OBJECT.matcher(object).matches()) {
                continue;
            }
            String count = "times " + verb + (object.isEmpty() ? "" : " " + object);
            add(text, id, new Span(start, t.end()), t.group(1), who, null, count, n, n, published, daySource, out);
        }
    }

    /** "Roe averaged 8.6 rebounds a game": a career's or a season's when the sentence says so. */
    static void averages(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "averag")) {
            return;
        }
        Matcher a = AVERAGE.matcher(text).region(from, to);
        while (a.find()) {
            String noun = a.group(3).toLowerCase(Locale.ROOT);
            String count = HeldCounts.NOUNS.getOrDefault(noun, GameTallies.NOUNS.get(noun));
            People.Mention who = FallDistances.holder(text, from, a.start(), here, before);
            if (count == null || who == null) {
                continue;
            }
            boolean career = CAREER.matcher(text).region(from, to).find();
            boolean season = SEASON.matcher(text).region(from, to).find();
            if (career && season) {
                continue;
            }
            double v = Double.parseDouble(a.group(2));
            int decimals = a.group(2).contains(".") ? a.group(2).length() - a.group(2).indexOf('.') - 1 : 0;
            double half = Math.pow(10, -decimals) / 2;
            double[] range = hedged(a.group(1), v);
            String attribute = "average " + count + " per game" + (career ? " (career)" : season ? " (season)" : "");
            addNamed(text, id, new Span(a.start(), a.end()), a.group(2), who, attribute,
                    a.group(1) == null ? v - half : range[0], a.group(1) == null ? v + half : range[1], published, daySource, out);
        }
    }

    /** A count of one game, half or season after a tally: "in the first half", "this season". */
    private static boolean occasion(String text, int at, int to) {
        return OCCASION.matcher(text).region(at, to).lookingAt();
    }

    private static final Pattern OCCASION = Pattern.compile("(?i)\\s*(?:in|on|of|for|during|so\\s+far)?\\s*(?:the|this|that|last"
            + "|his|her|their|a)?\\s*(?:first|second|third|fourth|opening|last|final|previous|next|single)?\\s*(?:season|half|quarter"
            + "|period|game|match|year|month|week|night|tonight|day|bout|fight|round)\\b");

    /** The count the first noun of the words names, after plain describing words ({@link HeldCounts#plain}); null when none. */
    private static String noun(String text, int start, int end, Map<String, String> nouns) {
        Matcher w = WORD.matcher(text).region(start, end);
        while (w.find()) {
            String count = nouns.get(w.group().toLowerCase(Locale.ROOT));
            if (count != null) {
                return HeldCounts.plain(text.substring(start, w.start())) ? count : null;
            }
        }
        return null;
    }

    /** The person whose name ends at a possessive or a verb ({@code at}, spaces allowed), or null. */
    private static People.Mention personAt(List<People.Mention> here, int at) {
        for (People.Mention m : here) {
            if (m.nameSpan().end() == at || m.nameSpan().end() == at - 1) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whom "his", "her" or "their" stands for: the person named nearest before it in the sentence
     * when the pronoun may stand for them ({@link Genders#agreesWithPerson}), else the person the
     * sentence before names, when the sentence names no one before the pronoun.
     */
    private static People.Mention pronounHolder(String text, int at, String pronoun, List<People.Mention> here, People.Mention before,
                                                List<People.Mention> people) {
        if (pronoun.equalsIgnoreCase("their")) {
            return null;
        }
        People.Mention nearest = null;
        for (People.Mention m : here) {
            if (m.nameSpan().end() <= at && (nearest == null || m.nameSpan().end() > nearest.nameSpan().end())) {
                nearest = m;
            }
        }
        String he = pronoun.equalsIgnoreCase("his") ? "he" : "she";
        if (nearest != null) {
            return Genders.agreesWithPerson(he, nearest, people, text) ? nearest : null;
        }
        return before != null && Genders.agreesWithPerson(he, before, people, text) ? before : null;
    }

    /** The tally a singular noun counts ("victory": wins), by its plural in {@code held-count-nouns.tsv}; null when none. */
    static String plural(String singular) {
        String count = HeldCounts.NOUNS.get(singular + "s");
        if (count == null && singular.endsWith("y")) {
            count = HeldCounts.NOUNS.get(singular.substring(0, singular.length() - 1) + "ies");
        }
        return count;
    }

    /** Whether a name run starts at a word's start, not inside a word. */
    private static boolean boundary(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    /** Whether the thing's last word is the last word of a person's name the sentence gives. */
    private static boolean person(String thing, List<People.Mention> here) {
        return TeamRecords.person(thing, here);
    }

    /**
     * The thing a phrase names, without a leading article and a trailing possessive, or null when
     * nothing is left or it opens a sentence's common word ("The", "It").
     */
    static String thing(String phrase) {
        String t = phrase.strip().replaceFirst("^(?i:the|a|an)\\s+", "").replaceFirst("['\u2019]s?$", "").strip();
        if (t.isEmpty() || t.matches("(?i)(?:the|it|they|he|she|this|that|its|their|his|her)")) {
            return null;
        }
        return t;
    }

    /** An interval of a hedged count: "at least 10,000" is [10000, inf), "about 50" is 50 exactly as the tally's reader takes it. */
    static double[] hedged(String hedge, double n) {
        if (hedge == null) {
            return new double[] {n, n};
        }
        String h = hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (h) {
            case "at least", "more than", "over" -> new double[] {n, Double.POSITIVE_INFINITY};
            case "nearly", "almost", "just under", "fewer than", "less than", "up to" -> new double[] {n * 0.9, n};
            default -> new double[] {n * 0.9, n * 1.1};
        };
    }

    /** The number written in digits (with thousands commas) or in words; -1 when none. */
    static int number(String written) {
        return HeldCounts.number(written.toLowerCase(Locale.ROOT));
    }

    /** A tally ({@link AttributeClaim#TALLY}) of a person, or of a thing when no person holds it. */
    private static void add(String text, String id, Span span, String written, People.Mention who, String thing, String count,
                            double low, double high, long published, String daySource, List<AttributeClaim> out) {
        if (who != null) {
            addNamed(text, id, span, written, who, AttributeClaim.TALLY + count, low, high, published, daySource, out);
        } else if (thing != null) {
            String key = THING_KEY + thing.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            out.add(new AttributeClaim(id, span, span.of(text), thing, key, false, AttributeClaim.TALLY + count, written, low,
                    false, high, Double.isInfinite(high), published, daySource, null));
        }
    }

    private static void addNamed(String text, String id, Span span, String written, People.Mention who, String attribute,
                                 double low, double high, long published, String daySource,
                                 List<AttributeClaim> out) {
        if (who.key().startsWith(AttributeClaim.DESCRIBED)) {
            return;
        }
        String own = AttributeExtractor.ownName(who.fullName());
        String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
        out.add(new AttributeClaim(id, span, span.of(text), own, key, true, attribute, written, low, false, high,
                Double.isInfinite(high), published, daySource, null));
    }
}
