package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.Lexicon;

/**
 * The other party of a happening of two that a sentence tells of: whom or what someone met,
 * visited, held talks with, called or interviewed ("met with Defence Secretary Ravi Sandu" gives
 * "defence secretary ravi sandu", or "ravi sandu" when the caller names the titles; "visited
 * Telmar" gives "telmar"; "met the foreign minister of Freedonia" gives "foreign minister of
 * freedonia"). The words that name such a happening are listed in {@code two-party-kinds.txt},
 * each with its kind. The party is read from the words right after them: an optional "with",
 * then no article, up to a mark, a word in lower case that starts what follows ("on", "in",
 * "last", "said"...; "of" too, but after a name only), a day's name or a figure, and at most {@value
 * #MAX_WORDS} words. A pronoun names no one here ("met him"): no party.
 *
 * <p>A sentence whose words give two different parties (a meeting and a visit, two meetings) gives
 * none: which one its date is of cannot be told.
 */
public final class OtherParty {
    /** The words that name a happening of two, folded, by the kind of happening they name. */
    static final Map<String, String> INTRODUCERS = Lexicon.pairs(OtherParty.class, "two-party-kinds.txt");
    /**
     * The first word of each introducer: a phrase is looked up only where a word that starts one
     * stands, so a sentence's other words cost no joined phrase (an introducer matches only a
     * phrase whose first word is its own, words holding no space).
     */
    static final Set<String> FIRST_WORDS = INTRODUCERS.keySet().stream().map(k -> k.split(" ", -1)[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The longest introducer, in words. */
    private static final int LONGEST = INTRODUCERS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    /** The most words a party is read to. */
    static final int MAX_WORDS = 6;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> PRONOUNS = Set.of("him", "her", "them", "it", "us", "me", "you", "himself", "herself",
            "themselves", "each", "one", "both", "there", "here");
    private static final Pattern DAY_WORD = Pattern.compile(
            "(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today|tonight|tomorrow|\\d.*");

    private OtherParty() {
    }

    /** A party found: its folded words and the kind of happening its introducer names. */
    public record Found(String party, String kind) {
    }

    /**
     * The one other party that the words of {@code text} from {@code from} to {@code to} (a
     * sentence) give, or null when they give none, or two that differ.
     */
    public static Found in(String text, int from, int to) {
        return in(text, from, to, Set.of());
    }

    /**
     * As {@link #in(String, int, int)}, with the titles (folded single words: "president",
     * "secretary", "dr") that are left out before a person's name: "met President Ann Vale" and
     * "met Ann Vale" name one party, "ann vale".
     */
    public static Found in(String text, int from, int to, Set<String> titles) {
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, Math.min(to, text.length()));
        while (m.find()) {
            String w = m.group();
            w = w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            words.add(w.toLowerCase(Locale.ROOT));
            capital.add(Character.isUpperCase(w.charAt(0)));
        }
        Found found = null;
        for (int i = 0; i < words.size(); i++) {
            // The longest introducer that starts here, in lower case: "Meet the Press" is a name.
            if (capital.get(i) || !FIRST_WORDS.contains(words.get(i))) {
                continue;
            }
            int after = -1;
            String kind = null;
            for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && after < 0; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                if (INTRODUCERS.containsKey(phrase)) {
                    after = i + n;
                    kind = INTRODUCERS.get(phrase);
                }
            }
            if (after < 0) {
                continue;
            }
            String party = partyFrom(words, capital, after, titles);
            if (party == null) {
                continue;
            }
            if (found != null && !found.party().equals(party)) {
                return null;
            }
            found = new Found(party, kind);
            i = after - 1;
        }
        return found;
    }

    /**
     * The party the words from {@code at} name, or null. An office written in lower case takes the
     * capitalised body or country after its "of" ("the foreign minister of Freedonia"); a name does
     * not ("President Ann Vale of Freedonia" is Ann Vale), and loses the capitalised titles before
     * it ({@link #withoutTitles}).
     */
    static String partyFrom(List<String> words, List<Boolean> capital, int at, Set<String> titles) {
        int i = at;
        if (i < words.size() && words.get(i).equals("with")) {
            i++;
        }
        if (i < words.size() && Lexicon.ARTICLES.contains(words.get(i))) {
            i++;
        }
        int start = i;
        boolean office = true;
        List<String> party = new ArrayList<>();
        for (; i < words.size() && party.size() < MAX_WORDS; i++) {
            String w = words.get(i);
            if (w.equals("of") && office && !party.isEmpty() && ofBody(words, capital, i + 1)) {
                party.add(w);
                continue;
            }
            if (!Character.isLetterOrDigit(w.charAt(0)) || DAY_WORD.matcher(w).matches() || STOPS.contains(w)) {
                break;
            }
            office &= !capital.get(i);
            party.add(w);
        }
        if (party.isEmpty() || party.size() == 1 && PRONOUNS.contains(party.get(0))) {
            return null;
        }
        return String.join(" ", withoutTitles(party, capital.subList(start, start + party.size()), titles));
    }

    /** Whether the words from {@code at} are a capitalised name, or an article and one ("of Freedonia", "of the Telmar council"). */
    private static boolean ofBody(List<String> words, List<Boolean> capital, int at) {
        int k = at < words.size() && Lexicon.ARTICLES.contains(words.get(at)) ? at + 1 : at;
        return k < words.size() && capital.get(k) && Character.isLetter(words.get(k).charAt(0));
    }

    /**
     * The words of a party without the capitalised titles that open it before a capitalised name
     * ("President Ann Vale", "Defence Secretary Ravi Sandu", "Dr Ravi Sandu" give the name): every
     * word up to the last word of {@code titles} that a capitalised word follows, when all of them
     * are capitalised.
     */
    static List<String> withoutTitles(List<String> party, List<Boolean> capital, Set<String> titles) {
        int cut = 0;
        for (int k = 0; k + 1 < party.size() && capital.get(k); k++) {
            if (titles.contains(party.get(k)) && capital.get(k + 1)) {
                cut = k + 1;
            }
        }
        return party.subList(cut, party.size());
    }

    /** Words that end a party: what follows it in the sentence ("on Monday", "in Telmar", "last week", "said"). */
    static final Set<String> STOPS = Lexicon.words(OtherParty.class, "two-party-stops.txt");

    /**
     * Whether two parties differ: neither's words end the other's ("ravi sandu" and "sandu" are one;
     * "telmar" and "orsk", "the gendran envoy" and "ida marsh" are two).
     */
    public static boolean differ(String a, String b) {
        return !(a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a));
    }
}
