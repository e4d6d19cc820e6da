package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.QuantityMatch;

/**
 * The noun phrase a figure counts, read past what stands between the figure and its noun further
 * than {@link QuantityExtractor#headAfterModifiers} reads: adverbs and the words they grade
 * ("23 heavily armed pirates", "two visibly frightened and young girls"), describing words
 * joined by "and" or "or" ("Somali and Yemeni sea brigands"), words of a nation or other proper
 * describing words, compounds with a number ("two 10-year-old girls"), and a partitive's "of"
 * with its determiner ("three of the people", "five of her daughter's orphaned kids", "all seven
 * of those who were convicted"). The phrase ends at a preposition, an auxiliary, a verb or any
 * mark but a hyphen or an apostrophe inside a word; no noun in it, no head.
 *
 * <p>It is asked only where the usual reading of the words after a figure names no counted thing
 * (the figure's measure came out a function word, an adverb or a describing word: "the", "heavily",
 * "and"): {@link #reread} gives the figure with its words after it starting at the noun, which the
 * extractor reads again. The words are the sentence's own, read further than the quantity parser's
 * five.
 */
final class CountedPhrases {
    /** Words that open a partitive's noun phrase after "of" ({@code phrase-determiners.txt}). */
    static final Set<String> DETERMINERS = Lexicon.words(CountedPhrases.class, "phrase-determiners.txt");
    /** Words after "those" that make the partitive count people ({@code relative-pronouns.txt}). */
    static final Set<String> RELATIVES = Lexicon.words(CountedPhrases.class, "relative-pronouns.txt");
    /** Words ending in "s" that are no plural noun ({@code not-counted-nouns.txt}). */
    static final Set<String> NOT_NOUNS = Lexicon.words(CountedPhrases.class, "not-counted-nouns.txt");
    /** How many words after a figure are read for its noun. */
    static final int WORDS = 10;
    /** How many describing words may stand between the start of the phrase and its noun. */
    static final int SPAN = 7;
    /** How many words after the noun are kept for the extractor (its participle or act). */
    static final int KEPT = 6;

    private CountedPhrases() {
    }

    /**
     * The figure {@code q} with its words after it ({@link QuantityMatch#after}) starting at the noun
     * it counts, read in the text up to {@code to} (the end of its sentence), and the one word of a
     * nation or other proper describing word written right before the noun kept before it as the
     * usual reading takes it ("23 Somali pirates"), a word of a part before the phrase passed and told
     * ("seven other elder members"); or null when the phrase names no noun further
     * than the usual reading goes, the figure is glued to the word after it, or a name's ({@link #named}).
     */
    static Reread reread(QuantityMatch q, String text, int to) {
        if (!q.spaced() || named(q.before())) {
            return null;
        }
        List<String> written = words(text, q.end(), to, WORDS);
        boolean partial = !written.isEmpty() && QuantityExtractor.PARTIAL.contains(written.get(0).toLowerCase(Locale.ROOT));
        List<String> rest = partial ? written.subList(1, written.size()) : written;
        List<String> after = rewritten(rest);
        if (after == null) {
            return null;
        }
        String first = rest.get(0).toLowerCase(Locale.ROOT);
        boolean relative = RELATIVES.contains(first);
        // The people of a relative clause are its subject: a verb before the figure ("killed during
        // demonstrations by thousands who marched") is not what they did.
        List<String> before = relative ? List.of() : q.before();
        return new Reread(new QuantityMatch(q.start(), q.end(), q.value(), q.precision(), q.hedge(), q.low(), q.lowOpen(),
                q.high(), q.highOpen(), q.currency(), q.magnitude(), q.alsoWritten(), before, after, q.spaced()),
                partial || relative || first.equals("of"));
    }

    /**
     * Whether the word right before a figure is a capitalised one other than a determiner that opens
     * its sentence ("All seven of"): the figure is part of a name ("Article 5 of the treaty", "Route
     * 52", "Flight 447"), counting nothing.
     */
    static boolean named(List<String> before) {
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1);
        return Character.isUpperCase(w.charAt(0)) && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * A figure read again at its noun, and whether it is a part of a count or a group a clause picks
     * out rather than a count told whole: a word of a part before the noun ({@code
     * count-partial-words.txt}: "seven other workers", "two more victims"), a partitive ("30 of the 80
     * wounded") or a relative clause ("the three who voted against"). Such a figure is read, never
     * compared.
     */
    record Reread(QuantityMatch match, boolean part) {
    }

    /**
     * The words after a figure ({@code written}, as written) from the noun they count, with the proper
     * describing word right before it when there is one and no other is joined to it; "people" for
     * "those" before "who" in a partitive ("seven of those who were convicted": the people of the
     * clause). Null when no noun is found within the phrase.
     */
    static List<String> rewritten(List<String> written) {
        List<String> lower = new ArrayList<>(written.size());
        for (String w : written) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        if (!lower.isEmpty() && RELATIVES.contains(lower.get(0))) {
            // "all seven who have been prosecuted", "thousands who loved": people.
            return people(written, 0);
        }
        int i = 0;
        boolean partitive = false;
        if (i < lower.size() && lower.get(0).equals("of")) {
            i = 1;
            partitive = true;
            while (i < lower.size() && (DETERMINERS.contains(lower.get(i)) || possessive(lower.get(i)))) {
                if (lower.get(i).equals("those") && i + 1 < lower.size() && RELATIVES.contains(lower.get(i + 1))) {
                    return people(written, i + 1);
                }
                i++;
            }
        }
        String subject = null;
        boolean joined = false;
        for (int j = i; j < Math.min(lower.size(), i + SPAN); j++) {
            String w = lower.get(j);
            boolean capital = Character.isUpperCase(written.get(j).charAt(0));
            if (!capital && noun(w)) {
                int head = j;
                // "police officers": a noun before a plural noun describes it.
                if (j + 1 < lower.size() && !QuantityExtractor.plural(w) && noun(lower.get(j + 1))
                        && QuantityExtractor.plural(lower.get(j + 1)) && Character.isLowerCase(written.get(j + 1).charAt(0))) {
                    head = j + 1;
                }
                List<String> out = new ArrayList<>();
                if (subject != null && !joined && head == j && j > 0 && written.get(j - 1).equals(subject)) {
                    out.add(subject);
                }
                out.addAll(written.subList(head, Math.min(written.size(), head + KEPT)));
                return out;
            }
            if (partitive && Character.isDigit(w.charAt(0))) {
                // "ten of the team's first 17 points": the whole's figure describes its noun.
                continue;
            }
            if (capital) {
                subject = written.get(j);
            } else if ((w.equals("and") || w.equals("or")) && j > i && j + 1 < lower.size() && describing(lower.get(j + 1))) {
                joined = true;
            } else if (!describing(w)) {
                return null;
            }
        }
        return null;
    }

    /** How a sum's measure starts when it is the worth of a thing ("$60 million worth of crude oil"). */
    static final String WORTH = "value of ";

    /**
     * The thing a sum is the worth of, from the words after it ({@code after}, as written): the last
     * word, lower case, of the phrase after "worth of" ("worth of crude oil" is oil, "worth of arson
     * damage" damage), the phrase being plain describing words up to a word that ends it or a mark.
     * Null when the words are no "worth of" and a phrase.
     */
    static String worthOf(List<String> after) {
        if (after.size() < 3 || !after.get(0).equalsIgnoreCase("worth") || !after.get(1).equalsIgnoreCase("of")) {
            return null;
        }
        String last = null;
        for (int j = 2; j < after.size(); j++) {
            String w = after.get(j).toLowerCase(Locale.ROOT);
            if (j == 2 && DETERMINERS.contains(w)) {
                continue;
            }
            if (!describing(w) || w.endsWith("ly") || possessive(w)) {
                break;
            }
            last = w;
        }
        return last == null ? null : WORTH + QuantityExtractor.singular(last);
    }

    /** "people" and the words of the clause about them from {@code from}. */
    private static List<String> people(List<String> written, int from) {
        List<String> out = new ArrayList<>();
        out.add("people");
        out.addAll(written.subList(from, Math.min(written.size(), from + KEPT)));
        return out;
    }

    /**
     * Whether a word names a thing a figure can count: a listed noun, people, or a plural, starting
     * with a letter ("76ers" is a name), not a word of {@code not-counted-nouns.txt}.
     */
    static boolean noun(String w) {
        return Character.isLetter(w.charAt(0)) && QuantityExtractor.counted(w) && !NOT_NOUNS.contains(w) && !w.contains("'");
    }

    /**
     * Whether a word may stand before the noun of a figure's phrase: an adverb ("heavily"), a compound
     * with a number ("10-year-old"), an owner's word ("daughter's"), or a plain word that ends no
     * phrase and is no auxiliary, verb of a count, word of a part, unit's word or owner's pronoun (a
     * participle is a describing word here: "heavily armed").
     */
    static boolean describing(String w) {
        if (w.endsWith("ly") || w.equals("very") || possessive(w) || NUMBERED.matcher(w).matches()) {
            return true;
        }
        return PLAIN.matcher(w).matches() && !QuantityExtractor.PHRASE_END.contains(w)
                && !QuantityExtractor.BEFORE_PARTICIPLE.contains(w) && !QuantityExtractor.VERBS.containsKey(w)
                && !QuantityExtractor.PARTIAL.contains(w) && !QuantityExtractor.UNIT_MODIFIERS.contains(w)
                && !DETERMINERS.contains(w) && !RELATIVES.contains(w);
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d+(?:-\\p{L}+)+");

    /** Whether a word is an owner's: "daughter's", "Greece's". */
    static boolean possessive(String w) {
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019"));
    }

    /**
     * Up to {@code max} words in {@code [from, to)} as written: letters and digits with hyphens and
     * apostrophes inside ("10-year-old", "daughter's", "players'"); stopping at any other mark than a
     * space (a number's comma or point among them).
     */
    static List<String> words(String text, int from, int to, int max) {
        List<String> out = new ArrayList<>();
        int k = from;
        while (k < to && out.size() < max) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                int e = k;
                while (e < to && (Character.isLetterOrDigit(text.charAt(e))
                        || (text.charAt(e) == '-' || text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                                && e + 1 < to && Character.isLetterOrDigit(text.charAt(e + 1))
                        || (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && e > k && text.charAt(e - 1) == 's'
                                && (e + 1 >= to || text.charAt(e + 1) == ' '))) {
                    e++;
                }
                out.add(text.substring(k, e));
                k = e;
            } else if (c == ' ') {
                k++;
            } else {
                break;
            }
        }
        return out;
    }
}
