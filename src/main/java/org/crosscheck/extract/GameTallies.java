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

/**
 * What a named player did in the game an article reports, as a count tied to the player instead of
 * read as a bare count of a noun: "Ann Roe grabbed 14 rebounds", "Roe, a junior, had 12 rebounds and
 * four assists", "Roe ran for 226 yards" (not points: a player's points in a game have a reader of their own). The verb is one of {@code game-tally-verbs.txt} (a past
 * tense: "has 2,129 points" is a career's tally, {@link HeldCounts}), the noun one of {@code
 * game-tally-nouns.tsv} right after the number or after at most two plain describing words; a
 * second count joined by "and" after the first takes the same player ("12 rebounds and four
 * assists"). The player is the name nearest before the verb in its clause ({@link
 * FallDistances#holder}), named in full.
 * <p>
 * Not read: a part of the game or a longer stretch after the noun ("14 rebounds in the first half",
 * "in his career", "this season"), a count described as a career's, a season's or a total
 * ("1,000 career rebounds"), a part ("three more points", {@code count-partial-words.txt}).
 * A document that gives one player two counts of one thing gives none (a half's and the game's).
 * Compared only inside one event ({@link AttributeClaim#eventBound()}): every game is another count.
 */
final class GameTallies {

    /** Verbs whose object is a count of what a player did in a game. */
    static final Set<String> VERBS = Lexicon.words(GameTallies.class, "game-tally-verbs.txt");
    /** Nouns of what a player counts in a game, and the count each names. */
    static final Map<String, String> NOUNS = Lexicon.pairs(GameTallies.class, "game-tally-nouns.tsv");
    /** Which yards a count of yards is, by the verb's first word or a describing word: {@code yard-kinds.tsv}. */
    static final Map<String, String> YARDS = Lexicon.pairs(GameTallies.class, "yard-kinds.tsv");

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,5}|[a-z]+(?:-[a-z]+)?)";
    private static final String COUNT = NUMBER + "((?:\\s+[\\p{L}-]+){1,3})";
    /** "grabbed 14 rebounds", "finished with 23 rebounds": a verb, the number and up to three words after it. */
    private static final Pattern VERB = Pattern.compile("(?i)(?<![\\p{L}])(?:"
            + Lexicon.alternatives(VERBS).replace(" ", "\\E\\s+\\Q") + ")\\s+" + COUNT);
    /** "and four assists": a further count of the same player right after the first. */
    /** The first word of each verb: every match of {@link #VERB} holds one (A to Z in any case). */
    private static final String[] VERB_FIRST_WORDS = VERBS.stream().map(v -> v.split(" ")[0]).distinct().toArray(String[]::new);
    private static final Pattern AND = Pattern.compile("(?i),?\\s+and\\s+" + COUNT);
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    /** A part of the game or a longer stretch after the count: "in the first half", "in his career", "this season". */
    private static final Pattern PART = Pattern.compile("(?i)\\s*(?:(?:in|during|over|through|before|after|on|for|of)\\b"
            + "(?:\\s+[\\p{L}\\d'\u2019-]+){0,5}?\\s+)?(?:the\\s+|this\\s+|that\\s+|his\\s+|her\\s+|their\\s+|last\\s+)?"
            + "(?:" + Lexicon.alternatives(Lexicon.words(GameTallies.class, "game-stretch-words.txt")) + ")\\b"
            + "|\\s*during\\b");
    /** Describing words that make a count no game's: "career rebounds", "season yards". */
    static final Set<String> NOT_GAME = Lexicon.words(GameTallies.class, "not-game-words.txt");

    private GameTallies() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                         List<AttributeClaim> out) {
        sentence(text, id, from, to, here, published, daySource, out, true);
    }

    /**
     * As {@link #sentence(String, String, int, int, List, long, String, List)}; {@code gated} false
     * searches every sentence holding a verb's first word's letters anywhere: only for tests.
     */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                         List<AttributeClaim> out, boolean gated) {
        // Most sentences hold none of the verbs and are not searched. Every match of VERB holds a
        // verb's first word as a word of its own (no letter before it, white space after it):
        // "shadows" or "headed" ("had", "added") hold none.
        if (gated ? !org.crosscheck.text.Literals.containsWordIgnoringAsciiCase(text, from, to, VERB_FIRST_WORDS)
                : !org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, VERB_FIRST_WORDS)) {
            return;
        }
        Matcher v = VERB.matcher(text).region(from, to);
        while (v.find()) {
            People.Mention who = player(text, from, v.start(), here);
            if (who == null || who.key().startsWith(AttributeClaim.DESCRIBED)) {
                continue;
            }
            Matcher m = v;
            int start = v.start();
            while (true) {
                int end = count(text, id, to, start, m, v.group().split("\\s+")[0].toLowerCase(Locale.ROOT), who, published,
                        daySource, out);
                if (end < 0) {
                    break;
                }
                Matcher more = AND.matcher(text).region(end, to);
                if (!more.lookingAt()) {
                    break;
                }
                m = more;
                start = more.start(1);
            }
        }
    }

    /** A name in full right before the verb: two or three capitalised words, the first a first name ("Ann Roe grabbed"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+)((?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})\\s+$");

    /**
     * Who a count is of: a name in full written right before the verb whose first word is a first
     * name of {@code male-first-names.txt} or {@code female-first-names.txt} (a player a wire story
     * names once, with no title or quote to make a person of them: "Ann Roe had 14 rebounds"), else
     * the name the article's people give nearest before in the clause ({@link FallDistances#holder}).
     */
    static People.Mention player(String text, int from, int verb, List<People.Mention> here) {
        Matcher n = NAME_BEFORE.matcher(text).region(from, verb);
        if (n.find() && org.crosscheck.text.Transliteration.firstName(n.group(1))
                && (n.start() == from || !Character.isLetterOrDigit(text.charAt(n.start() - 1)))) {
            Span at = new Span(n.start(), n.start() + n.group().stripTrailing().length());
            String name = at.of(text);
            for (People.Mention m : here) {
                if (m.nameSpan().equals(at)) {
                    return m;
                }
            }
            return new People.Mention(at, at, name, name, People.personKey(name), true, null, null, null, true, null, -1, null);
        }
        return here.isEmpty() ? null : FallDistances.holder(text, from, verb, here, null);
    }

    /**
     * Reads the count {@code m} holds (its number in group 1, the words after it in group 2) for
     * {@code who}, from {@code start}: the end of its noun, or -1 when it is no game count.
     */
    private static int count(String text, String id, int to, int start, Matcher m, String verb, People.Mention who, long published,
                             String daySource, List<AttributeClaim> out) {
        Matcher w = WORD.matcher(text).region(m.start(2), m.end(2));
        int described = m.start(2);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            String tally = NOUNS.get(word);
            if (tally != null) {
                String describing = text.substring(described, w.start());
                if (!plain(describing) || PART.matcher(text).region(w.end(), to).lookingAt()) {
                    return -1;
                }
                int n = HeldCounts.number(m.group(1));
                String kind = tally.equals("yards") ? yards(verb, describing) : "";
                if (n <= 0 || kind == null) {
                    return -1;
                }
                tally = kind.isEmpty() ? tally : kind + " " + tally;
                String own = AttributeExtractor.ownName(who.fullName());
                String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
                Span span = new Span(start, w.end());
                double step = HeldCounts.rounding(m.group(1));
                out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.GAME_TALLY + tally, m.group(1),
                        step > 1 ? n - step / 2 : n, false, step > 1 ? n + step / 2 : n, step > 1, published, daySource, null));
                return w.end();
            }
        }
        return -1;
    }

    /**
     * Which yards a count of yards is ({@code yard-kinds.tsv}): by a describing word before the noun
     * ("102 rushing yards"), else by the verb ("ran for"), else null: yards of no kind are not compared.
     */
    static String yards(String verb, String describing) {
        for (String w : describing.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (YARDS.containsKey(w)) {
                return YARDS.get(w);
            }
        }
        return YARDS.get(verb);
    }

    /** Whether the describing words before a count's noun are plain ones: none a career's, a season's or a part. */
    static boolean plain(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (NOT_GAME.contains(w)) {
                return false;
            }
        }
        return HeldCounts.plain(words);
    }

    /** The claims, less every count a document gives one player with two values (a half's and the game's). */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
