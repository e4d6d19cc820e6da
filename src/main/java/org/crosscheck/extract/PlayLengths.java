package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * How many yards a play of a game covered, read as a count of yards of that play, not as a bare
 * count: "a 45-yard field goal", "Roe's 2-yard touchdown run", "on a one-yard pass", "went 73 yards
 * in 13 plays" (a drive). The play is one of {@code play-nouns.txt}; the attribute names it
 * ({@link AttributeClaim#PLAY_LENGTH}). The player it is of is the name before in "'s", the name
 * after "by" ("a 2-yard run by Ann Roe"), else the name nearest before in the clause ({@link
 * GameTallies#player}); a drive is the team's ({@link GameScores#subject}). A play marked as the one
 * of its kind in the game ({@code decisive-play-words.txt}: "the game-winning field goal") is
 * compared inside one event; any other is read as "length of a field goal" and not compared, since a
 * player makes many plays in a game. A document that gives one player two lengths of one play gives none.
 */
final class PlayLengths {

    static final Set<String> PLAYS = Lexicon.words(PlayLengths.class, "play-nouns.txt");
    static final Set<String> DECISIVE = Lexicon.words(PlayLengths.class, "decisive-play-words.txt");

    private static final String NUMBER = "(\\d{1,3}|[a-z]+(?:-[a-z]+)?)";
    /** "a 45-yard field goal", "a one- yard pass", "Roe's 2-yard touchdown run", "the game-winning 45-yard field goal". */
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\d-])(?:((?i:an?|the|his|her|their|its))|(\\p{Lu}[\\p{L}'\u2019-]*)['\u2019]s?)\\s+"
            + "(?:([\\p{L}-]+)\\s+)?" + NUMBER + "\\s?-\\s?(?i:yard|yd)s?(?:\\s+((?i:" + Lexicon.alternatives(DECISIVE) + ")))?\\s+((?i:"
            + Lexicon.alternatives(PLAYS) + "))(?![\\p{L}-])");
    /** "went 73 yards in 13 plays", "drove 80 yards": a drive. */
    private static final Pattern DRIVE = Pattern.compile("(?i)(?<![\\p{L}-])(?:went|drove|marched|moved|traveled|travelled)\\s+"
            + NUMBER + "\\s+yards\\s+(?:in|on)\\s+(\\d{1,2}|[a-z]+)\\s+plays");
    /** "by Ann Roe", "from Ann Roe": the player after the play. */
    private static final Pattern BY = Pattern.compile("\\s+(?:by|from)\\s+(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})");

    private PlayLengths() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, long published, String daySource,
                         List<AttributeClaim> out) {
        if (!org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, "yard")) {
            return;
        }
        Matcher b = BEFORE.matcher(text).region(from, to);
        while (b.find()) {
            int yards = HeldCounts.number(b.group(4));
            if (yards <= 0 || yards > 110) {
                continue;
            }
            String play = b.group(6).toLowerCase(Locale.ROOT);
            boolean decisive = b.group(3) != null && DECISIVE.contains(b.group(3).toLowerCase(Locale.ROOT))
                    || b.group(5) != null;
            String[] who = null;
            if (b.group(2) != null) {
                who = named(b.group(2), here);
            }
            int end = b.end();
            Matcher by = BY.matcher(text).region(end, to);
            if (who == null && by.lookingAt()) {
                who = named(by.group(1), here);
            }
            if (who == null) {
                People.Mention m = GameTallies.player(text, from, b.start(), here);
                if (m != null && !m.key().startsWith(AttributeClaim.DESCRIBED)) {
                    String own = AttributeExtractor.ownName(m.fullName());
                    who = new String[] {own, own.equals(m.fullName()) ? m.key() : People.personKey(own), "person"};
                }
            }
            if (who == null) {
                String team = GameScores.subject(text, from, b.start(), here);
                who = team == null ? null : new String[] {team, TeamRecords.TEAM_KEY + team.toLowerCase(Locale.ROOT), "team"};
            }
            if (who == null) {
                continue;
            }
            add(text, id, b.start(), end, b.group(4), yards, play, decisive, who, published, daySource, out);
        }
        Matcher d = DRIVE.matcher(text).region(from, to);
        while (d.find()) {
            int yards = HeldCounts.number(d.group(1));
            String team = GameScores.subject(text, from, d.start(), here);
            if (yards <= 0 || yards > 110 || team == null) {
                continue;
            }
            add(text, id, d.start(), d.end(), d.group(1), yards, "drive", false,
                    new String[] {team, TeamRecords.TEAM_KEY + team.toLowerCase(Locale.ROOT), "team"}, published, daySource, out);
        }
    }

    /** A player named before "'s" or after "by": their name and key, when the article's people name them; else a team's. */
    private static String[] named(String written, List<People.Mention> here) {
        for (People.Mention m : here) {
            String full = m.fullName();
            if (full.equals(written) || full.endsWith(" " + written)) {
                String own = AttributeExtractor.ownName(full);
                return new String[] {own, own.equals(full) ? m.key() : People.personKey(own), "person"};
            }
        }
        String team = GameScores.team(written);
        if (team == null || org.crosscheck.text.Transliteration.firstName(team.split("\\s+")[0])
                || GameScores.NOT_NAMES.contains(team.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new String[] {team, TeamRecords.TEAM_KEY + team.toLowerCase(Locale.ROOT), "team"};
    }

    private static void add(String text, String id, int start, int end, String written, int yards, String play, boolean decisive,
                            String[] who, long published, String daySource, List<AttributeClaim> out) {
        Span span = new Span(start, end);
        String attribute = AttributeClaim.PLAY_LENGTH + (decisive ? "the winning " : "a ") + play;
        out.add(new AttributeClaim(id, span, span.of(text), who[0], who[1], who[2].equals("person"), attribute,
                written + " yards", yards, false, yards, false, published, daySource, null));
    }

    /** The lengths of a document, without a player's play the document gives two lengths. */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
