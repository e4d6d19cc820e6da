package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

/**
 * How many yards a play of a game covered, read as a count of yards of that play, not as a bare
 * count: "a 45-yard field goal", "Roe's 2-yard touchdown run", "on a one-yard pass", "went 73 yards
 * in 13 plays" (a drive). The play is one of {@code play-nouns.txt}; the attribute names it
 * ({@link AttributeClaim#PLAY_LENGTH}). The player it is of is the name before in "'s", the name
 * after "by" ("a 2-yard run by Ann Roe"), else the name nearest before in the clause ({@link
 * GameTallies#player}); a drive is the team's ({@link GameScores#subject}). A play marked as the one
 * of its kind in the game ({@code decisive-play-words.txt}: "the game-winning field goal") is
 * compared inside one event; any other is read as "length of a field goal" and not compared, since a
 * player makes many plays in a game. A play pinned to one moment of the game ("on the first play of
 * the second half", "on the game's final play", "on the opening kickoff"; {@code
 * play-moment-ordinals.tsv}, {@code play-moment-nouns.tsv}, {@code play-moment-parts.txt}) is that
 * one play, whatever the source calls it ("a touchdown run", "a scamper"): its length is compared as
 * the length of the play at that moment. The moment is read right after the play ("an 86-yard run
 * on the first play of the second half") or opening the sentence before it, with no comma or new
 * clause between ("On the game's last play, Roe kicked a 40-yard field goal"); a moment "of" a part
 * not listed ("of the Cleveland game") is of no play here. A document that gives one player two
 * lengths of one play gives none.
 */
final class PlayLengths {

    static final Set<String> PLAYS = Lexicon.words(PlayLengths.class, "play-nouns.txt");
    static final Set<String> DECISIVE = Lexicon.words(PlayLengths.class, "decisive-play-words.txt");
    /** "opening" -> "first", "final" -> "last": ordinals of a moment, as compared. */
    static final Map<String, String> ORDINALS = Lexicon.pairs(PlayLengths.class, "play-moment-ordinals.tsv");
    /** "second half", "game", "overtime": parts of a game a moment is given in. */
    static final Set<String> PARTS = Lexicon.words(PlayLengths.class, "play-moment-parts.txt");
    /** "snap" -> {"play", "-"}, "kickoff" -> {"kickoff", "game"}: what a moment counts, and the part meant when none is named. */
    static final Map<String, String[]> MOMENT_NOUNS = momentNouns();

    /** The nouns of {@link #MOMENT_NOUNS}, for the cheap test before {@link #moments}. */
    static final String[] MOMENT_NOUN_WORDS = MOMENT_NOUNS.keySet().toArray(new String[0]);

    private static final String ORDINAL = Lexicon.alternatives(ORDINALS.keySet());
    /** A part as written, its ordinal in any form ("2nd half"). */
    private static final String PART = "(?:(?:" + ORDINAL + ")\\s+)?(?:" + Lexicon.alternatives(partNouns()) + ")";
    /**
     * "on the first play of the second half", "on the game's final play", "on the opening kickoff",
     * "on the first play of the Cleveland game" (group 4 without group 5: no part of this game).
     */
    private static final String MOMENT = "(?i:on\\s+the\\s+(?:(" + PART + ")['\u2019]s\\s+)?(" + ORDINAL + ")\\s+("
            + Lexicon.alternatives(MOMENT_NOUNS.keySet()) + ")(?![\\p{L}\\d-])(\\s+of\\s+(?:the\\s+)?(?:(" + PART
            + ")(?![\\p{L}\\d-]|['\u2019])|[\\p{L}\\d'\u2019-]+))?)";
    /** The moment right after the play. */
    private static final Pattern MOMENT_AFTER = Pattern.compile("\\s*,?\\s+" + MOMENT);
    /** A moment anywhere. */
    private static final Pattern MOMENT_ANYWHERE = Pattern.compile("(?<![\\p{L}\\d-])" + MOMENT);
    /** The moment opening the sentence, and its comma if any. */
    private static final Pattern MOMENT_FIRST = Pattern.compile("\\s*" + MOMENT + "\\s*,?");

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
        Matcher first = MOMENT_FIRST.matcher(text).region(from, to);
        String opening = first.lookingAt() ? moment(first) : null;
        int openingEnd = opening == null ? -1 : first.end();
        Matcher b = BEFORE.matcher(text).region(from, to);
        while (b.find()) {
            boolean opened = openingEnd >= 0 && openingEnd <= b.start() && oneClause(text, openingEnd, b.start());
            openingEnd = -1;
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
            boolean byWhom = by.lookingAt();
            if (who == null && byWhom) {
                who = named(by.group(1), here);
            }
            Matcher after = MOMENT_AFTER.matcher(text).region(byWhom ? by.end() : end, to);
            String moment = after.lookingAt() ? moment(after) : null;
            if (moment == null && opened) {
                moment = opening;
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
            if (moment != null) {
                add(text, id, b.start(), end, b.group(4), yards, moment, who, published, daySource, out);
            }
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

    /**
     * The moments of plays in {@code [from, to)} ("on the first play of the second half"): a part of
     * a game named there ("the second half", "the third quarter") is the game's, not a half or
     * quarter of a year, and is no date.
     */
    static List<Span> moments(String text, int from, int to) {
        return moments(text, from, to, true);
    }

    /** As {@link #moments(String, int, int)}; {@code gated} false searches every text: only for tests. */
    static List<Span> moments(String text, int from, int to, boolean gated) {
        List<Span> out = new ArrayList<>();
        // Every moment holds one of the nouns of MOMENT_NOUNS as a word of its own (white space
        // before it, nothing of [\p{L}\d-] after it): a paragraph without one ("a play" is one,
        // "played" or "display" none) is not searched, as most are not.
        if (gated && !Literals.scanWordIgnoringAsciiCase(text, from, to, MOMENT_NOUN_WORDS)) {
            return out;
        }
        Matcher m = MOMENT_ANYWHERE.matcher(text).region(from, to);
        while (m.find()) {
            if (moment(m) != null) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * The moment a matcher of {@link #MOMENT} read, as compared ("the first play of the second half"),
     * or null when it names no part of this game: "of" a part not listed, or no part where the noun
     * needs one ("on the first play").
     */
    private static String moment(Matcher m) {
        String before = m.group(1);
        String ofPart = m.group(5);
        String[] noun = MOMENT_NOUNS.get(m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        String part;
        if (m.group(4) != null) {
            part = before == null ? ofPart : null;
        } else {
            part = before != null ? before : "-".equals(noun[1]) ? null : noun[1];
        }
        String compared = part == null ? null : part(part);
        if (compared == null || !PARTS.contains(compared)) {
            return null;
        }
        return "the " + ORDINALS.get(m.group(2).toLowerCase(Locale.ROOT)) + " " + noun[0] + " of the " + compared;
    }

    /** A part as compared, its ordinal in its compared form: "2nd  Half" -> "second half". */
    private static String part(String written) {
        StringBuilder out = new StringBuilder();
        for (String word : written.toLowerCase(Locale.ROOT).split("\\s+")) {
            out.append(out.length() == 0 ? "" : " ").append(ORDINALS.getOrDefault(word, word));
        }
        return out.toString();
    }

    /** Whether the words between a moment that opens a sentence and a play hold no comma and no word of a new clause. */
    private static boolean oneClause(String text, int from, int to) {
        String between = text.substring(from, to);
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) {
            return false;
        }
        for (String word : between.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (Mentions.CLAUSE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The nouns of the parts, without the ordinals a part may begin with: "second half" -> "half". */
    private static Set<String> partNouns() {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : PARTS) {
            String[] words = p.split(" ", 2);
            out.add(words.length == 2 && ORDINALS.containsKey(words[0]) ? words[1] : p);
        }
        return out;
    }

    private static Map<String, String[]> momentNouns() {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Lexicon.Line line : Lexicon.lines(PlayLengths.class, "play-moment-nouns.tsv")) {
            String content = line.text().replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] cells = content.toLowerCase(Locale.ROOT).split("\\s*\t\\s*");
            if (cells.length != 3 || out.put(cells[0], new String[] {cells[1], cells[2]}) != null) {
                throw new IllegalStateException("play-moment-nouns.tsv:" + line.number() + ": expected 3 columns, a noun once");
            }
        }
        return Collections.unmodifiableMap(out);
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

    /** The length of the play at a moment of the game ({@link #moment}): one play, compared. */
    private static void add(String text, String id, int start, int end, String written, int yards, String moment, String[] who,
                            long published, String daySource, List<AttributeClaim> out) {
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), who[0], who[1], who[2].equals("person"),
                AttributeClaim.PLAY_LENGTH + "the play on " + moment, written + " yards", yards, false, yards, false, published,
                daySource, null));
    }

    /** The lengths of a document, without a player's play the document gives two lengths. */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
