package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * The value and length of a named person's signed contract, in the forms sports and business news
 * give them beside the person:
 *
 * <ul>
 *   <li>the person after a verb of signing: "the Hawks signed guard Alan Brisco to a four-year,
 *       $40 million contract", "re-signed Brisco to a three-year deal worth about $12 million";</li>
 *   <li>the person before it: "Alan Brisco signed a four-year, $40 million extension";</li>
 *   <li>the person as the first object of a verb of giving: "gave Brisco a two-year extension";</li>
 *   <li>the person's possessive: "Brisco's four-year, $40 million contract".</li>
 * </ul>
 *
 * A sentence that speaks of an offer, a demand, a rumour or talks ({@code contract-offer-words.txt})
 * gives none: offers rise and fall before one is signed. The value is an interval: the amount as
 * written widened by half its last written digit ("$80 million" is 79.5 to 80.5 million, "$37.5
 * million" 37.45 to 37.55), then by its hedge ({@code contract-hedges.tsv}: "nearly $80 million" is
 * 72 to 80.5 million). Compared only inside one event, as records: a player signs a new contract every
 * few years. Sentences are first searched for a contract noun.
 */
final class Contracts {

    static final Set<String> NOUNS = Lexicon.words(Contracts.class, "contract-nouns.txt");
    static final Set<String> SIGN_VERBS = Lexicon.words(Contracts.class, "contract-sign-verbs.txt");
    static final Set<String> GIVE_VERBS = Lexicon.words(Contracts.class, "contract-give-verbs.txt");
    static final Set<String> OFFER_WORDS = Lexicon.words(Contracts.class, "contract-offer-words.txt");
    static final Map<String, String> HEDGES = Lexicon.pairs(Contracts.class, "contract-hedges.tsv");
    private static final String[] NOUN_WORDS = NOUNS.toArray(new String[0]);

    /** Up to four capitalized words or initials; as FigureAttributes reads a holder. */
    private static final String NAME = AttributeExtractor.NAME;
    private static final String VERB = "(?:" + alternatives(SIGN_VERBS) + ")";
    /** An aside between commas after the name: "Lowell, the Series MVP, to a ...". */
    private static final String ASIDE = "(?:\\s*,[^,]{1,80},)?";
    /** "signed free-agent forward Alan Brisco to a". */
    private static final Pattern AFTER_VERB = Pattern.compile("(?<![\\p{L}-])" + VERB
            + "\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}" + NAME + ASIDE + "\\s+to\\s+an?\\s+");
    /** "gave guard Alan Brisco a". */
    private static final Pattern GIVEN = Pattern.compile("(?<![\\p{L}-])(?:" + alternatives(GIVE_VERBS)
            + ")\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}" + NAME + "\\s+an?\\s+");
    /** "Alan Brisco signed a", "Brisco has agreed to a", "Brisco, 27, signed an". */
    private static final Pattern BEFORE_VERB = Pattern.compile(NAME + ASIDE
            + "\\s+(?:(?:has|had|have)\\s+)?" + VERB + "\\s+an?\\s+");
    /** "Alan Brisco's". */
    private static final Pattern POSSESSIVE = Pattern.compile(NAME + "['\u2019]s\\s+");

    private static final String YEARS = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-year";
    private static final String HEDGE = "(?:(" + alternatives(HEDGES.keySet()) + ")\\s+)?";
    private static final String AMOUNT = "\\$\\s?(\\d{1,3}(?:\\.\\d{1,3})?)[\\s-]*(million|billion)";
    private static final String NOUN = "(?:" + alternatives(NOUNS) + ")";
    /**
     * The contract's terms after the article: "four-year, $40 million contract", "$40 million deal",
     * "four-year deal worth nearly $40 million", "four-year contract".
     */
    private static final Pattern TERMS = Pattern.compile("(?i)(?:" + YEARS + ",?\\s+)?" + HEDGE + AMOUNT + "\\s+" + NOUN
            + "(?![\\p{L}])|" + YEARS + "\\s+" + NOUN + "(?:\\s+worth\\s+" + HEDGE + AMOUNT + ")?(?![\\p{L}])");

    private Contracts() {
    }

    /** The words as {@link Lexicon#alternatives}, a space in a phrase matching any run of spaces. */
    private static String alternatives(Set<String> words) {
        return Lexicon.alternatives(words).replace(" ", "\\E\\s+\\Q");
    }

    /** Whether the sentence may give a contract: it names a contract noun and gives no offer. */
    /** Runs of characters that are no letter, digit or hyphen; compiled once, not at every call of {@code String.replaceAll}. */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\d-]+");

    static boolean mayGiveContract(String text, int from, int to) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, NOUN_WORDS)) {
            return false;
        }
        String folded = " " + NOT_WORD.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        for (String w : OFFER_WORDS) {
            if (folded.contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> people, long published,
                         String daySource, List<AttributeClaim> out) {
        if (!mayGiveContract(text, from, to)) {
            return;
        }
        for (Pattern p : List.of(AFTER_VERB, GIVEN, BEFORE_VERB, POSSESSIVE)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                Matcher t = TERMS.matcher(text).region(x.end(), to);
                if (!t.lookingAt()) {
                    continue;
                }
                String[] holder = FigureAttributes.holder(text, x.start(1), x.end(1), 0, people);
                if (holder == null || !holder[1].contains(" ") || !person(holder[0], people)) {
                    continue;
                }
                int start = Integer.parseInt(holder[2]);
                Span span = new Span(start, t.end());
                String years = t.group(1) != null ? t.group(1) : t.group(5);
                if (years != null) {
                    int n = NumberWords.parse(years.toLowerCase(Locale.ROOT));
                    if (n > 0) {
                        out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true,
                                AttributeClaim.CONTRACT_YEARS, years + "-year", n, false, n, false, published, daySource, null));
                    }
                }
                boolean first = t.group(3) != null;
                String hedge = first ? t.group(2) : t.group(6);
                String amount = first ? t.group(3) : t.group(7);
                String scale = first ? t.group(4) : t.group(8);
                if (amount != null) {
                    double[] value = value(hedge, amount, scale);
                    int at = hedge != null ? t.start(first ? 2 : 6) : text.lastIndexOf('$', t.start(first ? 3 : 7));
                    int end = first ? t.end(4) : t.end(8);
                    out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true,
                            AttributeClaim.CONTRACT_VALUE, text.substring(at, end), value[0], false, value[1], false,
                            published, daySource, null));
                }
            }
        }
    }

    /**
     * Whether the holder is a person, not a team or a firm that signs ("the Boston Red Sox signed
     * a ..."): the article names them as a person (a title, an age or a verb of speech beside the
     * name), or the name opens with a listed first name.
     */
    static boolean person(String name, List<People.Mention> people) {
        if (FigureAttributes.named(name, people)) {
            return true;
        }
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return Genders.MALE_NAMES.contains(first) || Genders.FEMALE_NAMES.contains(first);
    }

    /**
     * {low, high} of an amount: as written, widened by half its last written digit, then by its
     * hedge's shares ("nearly": a tenth below up to the amount).
     */
    static double[] value(String hedge, String amount, String scale) {
        double unit = scale.toLowerCase(Locale.ROOT).startsWith("b") ? 1e9 : 1e6;
        int point = amount.indexOf('.');
        double half = (point < 0 ? 0.5 : 0.5 * Math.pow(10, -(amount.length() - point - 1))) * unit;
        double v = Double.parseDouble(amount) * unit;
        double low = v - half;
        double high = v + half;
        if (hedge != null) {
            String[] shares = HEDGES.get(hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).split(" ");
            low = Math.min(low, v * (1 + Double.parseDouble(shares[0])));
            high = Math.max(high, v * (1 + Double.parseDouble(shares[1])));
        }
        return new double[] {low, high};
    }
}
