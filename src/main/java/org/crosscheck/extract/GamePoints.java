package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * How many points a named player scored in the game the article reports: "Ann Roe scored 14
 * points", "Roe finished with 20 points and nine rebounds", "Roe had a game-high 29 points". The
 * verb is one of {@code game-points-verbs.txt}, the number right after it (a "game-high",
 * "career-high" or "season-high" between, all of one game), then "points"; the player is the name
 * nearest before the verb in its clause, as a fall's faller is ({@link FallDistances#holder}).
 * <p>
 * Not read: points of a part of a game or of many games, a word of {@code game-part-words.txt} in
 * the sentence before the verb or in the player's clause after the points ("14 points in the first
 * half", "in the first eight minutes", "this season", "for his career"); a tally of a career
 * ("has scored 2,000 points", after "has", "have" or "had"; {@link HeldCounts} reads "now has
 * 2,129 points"); points without the noun ("Lee added 13"). A document that gives points of more
 * than {@value #ROUNDUP} players is a roundup of several games and gives none; one that gives a
 * player two values gives none of that player's. Compared only inside one event: every game is one.
 */
final class GamePoints {

    static final Set<String> VERBS = Lexicon.words(GamePoints.class, "game-points-verbs.txt");
    static final Set<String> PART_WORDS = Lexicon.words(GamePoints.class, "game-part-words.txt");
    /** Players with points beyond which a document is a roundup of several games. */
    static final int ROUNDUP = 10;

    private static final String NUMBER = "(\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final Pattern POINTS = Pattern.compile("(?i)(?<![\\p{L}])(" + Lexicon.alternatives(VERBS).replace(" ", "\\E\\s+\\Q")
            + ")\\s+(?:an?\\s+(?:game|career|season|team)-high\\s+)?" + NUMBER + "\\s+points(?![\\p{L}])");
    private static final Pattern PERFECT = Pattern.compile("(?i)(?<![\\p{L}])(?:has|have|had|having)\\s+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*|[,;:.]");
    /** A run of two or three capitalised words ending right before the verb: "Richard Carter had". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}'\u2019-])(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){1,2})\\s+$");

    private GamePoints() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before, long published,
                         String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, " points")) {
            return;
        }
        Matcher p = POINTS.matcher(text).region(from, to);
        while (p.find()) {
            if (PERFECT.matcher(text).region(Math.max(from, p.start() - 12), p.start()).find()
                    || partOfGame(text.substring(from, p.start()), false) || partOfGame(text.substring(p.end(), to), true)) {
                continue;
            }
            int n = NumberWords.parse(p.group(2));
            String[] player = player(text, from, p.start(), here, before);
            if (player == null || n < 0) {
                continue;
            }
            String own = player[0];
            String key = player[1];
            Span span = new Span(p.start(), p.end());
            out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.GAME_POINTS, p.group(2), n, false, n,
                    false, published, daySource, null));
        }
    }

    /**
     * {name, key} of the player: the name right before the verb, a person the article names or one
     * whose name opens with a listed first name ({@link Contracts#person}: "Richard Carter had 12
     * points" of a player named only once); else the name nearest before in the clause ({@link
     * FallDistances#holder}); null for none, or for one the article does not name in full.
     */
    static String[] player(String text, int from, int verb, List<People.Mention> here, People.Mention before) {
        Matcher run = NAME_BEFORE.matcher(text).region(from, verb);
        if (run.find()) {
            String[] holder = FigureAttributes.holder(text, run.start(1), run.end(1), 0, here);
            if (holder != null && holder[1].contains(" ") && Contracts.person(holder[0], here)) {
                return new String[] {holder[0], holder[1]};
            }
        }
        People.Mention who = FallDistances.holder(text, from, verb, here, before);
        if (who == null || who.key().startsWith(AttributeClaim.DESCRIBED)) {
            return null;
        }
        String own = AttributeExtractor.ownName(who.fullName());
        return new String[] {own, own.equals(who.fullName()) ? who.key() : People.personKey(own)};
    }

    /**
     * Whether the words tell of a part of a game or of many ({@link #PART_WORDS}): all of them
     * before the verb, or after the points those of the player's own clause (up to a stop or a word
     * that opens another clause, {@link Mentions#CLAUSE_WORDS}, or "to").
     */
    static boolean partOfGame(String words, boolean clauseOnly) {
        Matcher w = WORD.matcher(words.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = w.group();
            if (clauseOnly && (!Character.isLetter(word.charAt(0)) || Mentions.CLAUSE_WORDS.contains(word) || word.equals("to"))) {
                return false;
            }
            if (PART_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document's points, each once: none when it gives points of more than {@link #ROUNDUP}
     * players (a roundup of several games), and none of a player it gives two values.
     */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        Map<String, Set<Double>> values = new HashMap<>();
        for (AttributeClaim c : claims) {
            values.computeIfAbsent(c.entityKey(), k -> new TreeSet<>()).add(c.low());
        }
        List<AttributeClaim> out = new ArrayList<>();
        if (values.size() > ROUNDUP) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (AttributeClaim c : claims) {
            if (values.get(c.entityKey()).size() == 1 && seen.add(c.entityKey())) {
                out.add(c);
            }
        }
        return out;
    }
}
