package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * A game's score as sports news writes it, a pair read as a pair ("31-24"), never as one number:
 *
 * <ul>
 *   <li>after a verb of {@code game-score-verbs.tsv}, the other side between or not: "the Hawks won
 *       31-24", "Riverton beat the Hawks 31-24", "trailing 14-0", "tied the game at 24-24";</li>
 *   <li>before a noun of {@code game-score-nouns.tsv}: "a 31-24 win over the Hawks", "a 14-0 lead",
 *       "a 14-7 halftime lead".</li>
 * </ul>
 *
 * What the score measures is the verb's or the noun's: the score the game ended at ({@link
 * AttributeClaim#FINAL_SCORE}), a score at a point the clause names ("at halftime", "at the start of
 * the second quarter", {@code score-point-words.tsv}: {@link AttributeClaim#SCORE_AT}), or one the
 * game passed through at a point it does not name (a lead, a tie: {@link AttributeClaim#SCORE_SEEN},
 * never compared). The side is the team the clause makes it of, in brackets ("final score (won)"):
 * the run of capitalised words nearest before the verb or the noun, else the team after "over",
 * "against" or "to", whose side is the other ("a 31-24 win over the Hawks": the Hawks lost 31-24).
 * The pair keeps its written order (winner first, as sports news writes it). A clause naming no team
 * gives the score of "the game", never compared. A document that gives one team two scores of one
 * measure gives none (two games).
 */
final class GameScores {

    /** Verbs a score follows, and the side and measure each gives ("won" -> "won final"). */
    static final Map<String, String> VERBS = Lexicon.pairs(GameScores.class, "game-score-verbs.tsv");
    /** Nouns a score stands before, and the side and measure each gives ("lead" -> "leading point"). */
    static final Map<String, String> NOUNS = Lexicon.pairs(GameScores.class, "game-score-nouns.tsv");
    /** Points of a game a score may be given at, and the name each is compared by. */
    static final Map<String, String> POINTS = Lexicon.pairs(GameScores.class, "score-point-words.tsv");
    /** Words after a game clock that make it the time left ("to play" -> "left"). */
    static final Map<String, String> CLOCK_WORDS = Lexicon.pairs(GameScores.class, "game-clock-point-words.tsv");

    private static final String PAIR = "(\\d{1,3})\\s?[-\u2013]\\s?(\\d{1,3})(?![\\d%\u2013-])(?!\\s*(?:percent|per\\s+cent|years?|months?|\\)))";
    /** A score's pair alone, for a search within a region. */
    private static final Pattern PAIR_ALONE = Pattern.compile(PAIR);
    private static final String TEAM_WORD = "\\p{Lu}[\\p{L}.'\u2019&-]*";
    private static final String TEAM = "(?:the\\s+)?(" + TEAM_WORD + "(?:\\s+" + TEAM_WORD + "){0,2})";
    /** "won 31-24", "beat the Hawks 31-24", "tied the game at 24-24", "trailing 14-0". */
    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}-])(?i:(" + Lexicon.alternatives(VERBS.keySet()) + "))"
            + "\\s+(?:(?i:the\\s+(?:game|score)|it|things)\\s+at\\s+|at\\s+|by\\s+|(?:the\\s+)?(" + TEAM_WORD
            + "(?:\\s+" + TEAM_WORD + "){0,2})\\s+)?" + PAIR);
    /** "a 31-24 win", "the Hawks' 14-0 lead", "a 14-7 halftime lead". */
    private static final Pattern NOUN = Pattern.compile("(?<![\\p{L}\\d-])(?i:an?|the|their|its|his|her)?\\s*" + PAIR
            + "\\s+(?:(?i:(" + Lexicon.alternatives(POINTS.keySet()) + "))\\s+)?(?i:(" + Lexicon.alternatives(NOUNS.keySet())
            + "))(?![\\p{L}-])");
    /** The other side after the score: "over the Hawks", "against Riverton", "to the Hawks". */
    private static final Pattern OTHER = Pattern.compile("\\s+(?:in\\s+\\p{Ll}+\\s+)?(?i:over|against|to|on)\\s+" + TEAM);
    /**
     * A point of the game after the score: "at halftime", "at the half", "at the start of the second
     * quarter", "after the first quarter", "through three quarters", "in the first half".
     */
    private static final Pattern POINT = Pattern.compile("(?i)\\s*,?\\s*(at|after|through|entering|into|in|early\\s+in|late\\s+in)\\s+"
            + "(?:the\\s+)?(?:(start|end|close|middle)\\s+of\\s+the\\s+)?(?:(first|second|third|fourth|fifth|1st|2nd|3rd|4th|one|two|three)\\s+)?("
            + Lexicon.alternatives(POINTS.keySet()) + ")s?(?![\\p{L}-])");
    /**
     * The game clock after the score, counting down, as the point the score stood at: "with 13:41 to
     * play", "with 4:43 left in the first half", also after a phrase of how it was scored ("on two free
     * throws with 13:41 to go"). The words of the clock and of its part ({@code game-clock-point-words.tsv})
     * name the point; a clock of no part is one reading of the game's clock, which two reports of one
     * game give alike only at one moment.
     */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\s*,?\\s*(?:(?:on|off|after)\\s+[^,;:.!?\"\u201c\u201d\\n]{1,60}?\\s+)?"
            + "with\\s+(?:just\\s+|only\\s+)?(\\d{1,2}:\\d{2}(?:\\.\\d)?)\\s+(" + Lexicon.alternatives(CLOCK_WORDS.keySet())
            + ")(?:\\s+in\\s+(?:the\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+)?(" + Lexicon.alternatives(POINTS.keySet())
            + "|game|regulation|overtime)s?)?(?![\\p{L}-])");
    /**
     * "took its first lead of the day at 45-35", "stretched their lead to 60-46": a score the clause's
     * subject's own lead or deficit stood at ("its", "their": "cut the lead to 47-44" is the other side's).
     */
    private static final Pattern NOUN_AT = Pattern.compile("(?<![\\p{L}-])(?i:its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?i:("
            + Lexicon.alternatives(NOUNS.keySet()) + "))(?:\\s+of\\s+the\\s+(?i:day|game|night|afternoon|evening))?\\s+(?:at|to)\\s+" + PAIR);
    /** A run of capitalised words, possibly after "the". */
    private static final Pattern TEAMS = Pattern.compile("(?<![\\p{L}'\u2019-])" + TEAM_WORD + "(?:\\s+" + TEAM_WORD + "){0,2}");
    /** Words that end a clause between a team and its verb: another verb's subject may follow. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:\"\u201c\u201d]|\\b(?:but|while|when|who|which|that|after|before|as)\\b");
    /** The word after a run. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    /** Capitalised words that open sentences and name no team. */
    static final java.util.Set<String> NOT_NAMES = Lexicon.words(GameScores.class, "not-names.txt");

    private GameScores() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> people, long published, String daySource,
                         List<AttributeClaim> out) {
        if (!FigureAttributes.hasRecordShape(text, from, to) && text.substring(from, to).indexOf('\u2013') < 0) {
            return;
        }
        List<Span> taken = new ArrayList<>();
        Matcher v = VERB.matcher(text).region(from, to);
        while (v.find()) {
            String[] said = VERBS.get(v.group(1).toLowerCase(Locale.ROOT)).split(" ");
            String own = subject(text, from, v.start(), people);
            String other = v.group(2) == null ? null : team(v.group(2));
            if (other != null && (TeamRecords.person(other, people) || NOT_NAMES.contains(other.toLowerCase(Locale.ROOT)))) {
                other = null;
            }
            int pairStart = v.start(3);
            add(text, id, from, to, v.start(1), pairStart, v.end(), said, own, other, null, people, published, daySource, out);
            taken.add(new Span(pairStart, v.end()));
        }
        Matcher n = NOUN.matcher(text).region(from, to);
        while (n.find()) {
            int pairStart = n.start(1);
            if (taken.stream().anyMatch(s -> s.start() == pairStart)) {
                continue;
            }
            String[] said = NOUNS.get(n.group(4).toLowerCase(Locale.ROOT)).split(" ");
            String own = subject(text, from, n.start(), people);
            String other = null;
            Matcher o = OTHER.matcher(text).region(n.end(), to);
            if (o.lookingAt()) {
                other = team(o.group(1));
                if (other != null && (TeamRecords.person(other, people) || NOT_NAMES.contains(other.toLowerCase(Locale.ROOT)))) {
                    other = null;
                }
            }
            String point = n.group(3) == null ? null : POINTS.get(n.group(3).toLowerCase(Locale.ROOT));
            add(text, id, from, to, n.start(), pairStart, n.end(), said, own, other, point, people, published, daySource, out);
        }
        Matcher l = NOUN_AT.matcher(text).region(from, to);
        while (l.find()) {
            // No verb's nor noun's score above ends in "at" or "to" and a pair, so none is read twice.
            int pairStart = l.start(2);
            String[] said = NOUNS.get(l.group(1).toLowerCase(Locale.ROOT)).split(" ");
            if (!said[1].equals("point")) {
                // "a victory at 71-65" is a final score's noun: only a lead, a deficit or a tie stands at a score.
                continue;
            }
            String own = subject(text, from, l.start(), people);
            add(text, id, from, to, l.start(), pairStart, l.end(), said, own, null, null, people, published, daySource, out);
        }
    }

    /**
     * One score: of the team {@code own} (the clause's subject) on the side {@code said} gives, else
     * of the team {@code other} on the other side, else of the game; at the point named after it or
     * before its noun ({@code point}).
     */
    private static void add(String text, String id, int from, int to, int start, int pairStart, int end, String[] said, String own,
                            String other, String point, List<People.Mention> people, long published, String daySource,
                            List<AttributeClaim> out) {
        Matcher p = PAIR_ALONE.matcher(text).region(pairStart, end);
        if (!p.find()) {
            return;
        }
        int a = Integer.parseInt(p.group(1));
        int b = Integer.parseInt(p.group(2));
        String side = said[0];
        if ((side.equals("won") || side.equals("lost")) && a <= b) {
            // A score written loser first is no final score as news writes one.
            return;
        }
        if (side.equals("tied") != (a == b)) {
            return;
        }
        String measure = said[1];
        String at = point == null ? null : point.equals("halftime") ? "halftime" : null;
        Matcher pt = POINT.matcher(text).region(end, to);
        if (pt.lookingAt()) {
            at = pointName(pt);
            end = pt.end();
        } else if (point == null && measure.equals("point")) {
            Matcher clock = CLOCK.matcher(text).region(end, to);
            if (clock.lookingAt()) {
                at = clockName(clock);
                end = clock.end();
            }
        }
        String attribute;
        if (at != null && !at.startsWith("in ")) {
            attribute = AttributeClaim.SCORE_AT + at;
        } else if (measure.equals("final") && at == null) {
            attribute = AttributeClaim.FINAL_SCORE;
        } else {
            attribute = AttributeClaim.SCORE_SEEN;
        }
        String team = own;
        if (team == null && other != null) {
            team = other;
            side = switch (side) {
                case "won" -> "lost";
                case "lost" -> "won";
                case "leading" -> "trailing";
                case "trailing" -> "leading";
                default -> side;
            };
        }
        String entity = team == null ? "the game" : team;
        String key = team == null ? "game:" + id : TeamRecords.TEAM_KEY + team.toLowerCase(Locale.ROOT);
        if (team == null && !attribute.equals(AttributeClaim.SCORE_SEEN)) {
            // The score of a game the clause names no team of: read, never compared.
            attribute = AttributeClaim.SCORE_SEEN;
        }
        double value = AttributeClaim.record(a, b, 0);
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), entity, key, false, side.equals("none") ? attribute : attribute + " (" + side + ")",
                text.substring(pairStart, p.end()), value, false, value, false, published, daySource, null));
    }

    /**
     * The name a score's point on the game clock is compared by: "13:41 left", "4:43 left in the first
     * half"; a part with no ordinal is kept as written ("in the half"), and the game or regulation is no part.
     */
    static String clockName(Matcher clock) {
        String name = clock.group(1) + " " + CLOCK_WORDS.get(clock.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        String part = clock.group(4) == null ? null : clock.group(4).toLowerCase(Locale.ROOT);
        if (part == null || part.equals("game") || part.equals("regulation")) {
            return name;
        }
        String word = POINTS.getOrDefault(part, part);
        String nth = clock.group(3) == null ? null : ORDINAL_OF_COUNT.getOrDefault(clock.group(3).toLowerCase(Locale.ROOT),
                clock.group(3).toLowerCase(Locale.ROOT));
        return name + " in the " + (nth == null ? "" : nth + " ") + word;
    }

    /** "Through three quarters" is the end of the third: a count of parts names its last part. */
    private static final java.util.Map<String, String> ORDINAL_OF_COUNT = java.util.Map.of("one", "first", "two", "second",
            "three", "third", "1st", "first", "2nd", "second", "3rd", "third", "4th", "fourth");

    /** The name a point of the game is compared by: "halftime", "the end of the first quarter"; "in ..." for a stretch. */
    static String pointName(Matcher pt) {
        String word = POINTS.get(pt.group(4).toLowerCase(Locale.ROOT));
        String prep = pt.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String edge = pt.group(2) == null ? null : pt.group(2).toLowerCase(Locale.ROOT);
        String nth = pt.group(3) == null ? null : ORDINAL_OF_COUNT.getOrDefault(pt.group(3).toLowerCase(Locale.ROOT),
                pt.group(3).toLowerCase(Locale.ROOT));
        if (prep.endsWith("in") || prep.equals("into") && edge == null) {
            return "in " + (nth == null ? "" : nth + " ") + word;
        }
        if (word.equals("halftime") || word.equals("half") && nth == null && edge == null) {
            return "halftime";
        }
        // "after the third quarter" and "through three quarters" are its end; "entering the fourth" its start.
        String point = (edge != null ? "the " + edge + " of the " : prep.equals("after") || prep.equals("through") ? "the end of the "
                : prep.equals("entering") || prep.equals("into") ? "the start of the " : "the ")
                + (nth == null ? "" : nth + " ") + word;
        return point.strip();
    }

    /**
     * The team a score before {@code at} is of: the run of capitalised words nearest before it in the
     * sentence, with no clause's end between ({@link #CLAUSE_END}), that is no person the article
     * names, no word of time and no sentence's opening word; null when there is none.
     */
    static String subject(String text, int from, int at, List<People.Mention> people) {
        Matcher t = TEAMS.matcher(text).region(from, at);
        String found = null;
        int foundEnd = -1;
        while (t.find()) {
            String team = team(t.group());
            if (team == null || NOT_NAMES.contains(team.toLowerCase(Locale.ROOT)) || TeamRecords.person(team, people)
                    || org.crosscheck.text.Transliteration.firstName(team.split("\\s+")[0])) {
                continue;
            }
            boolean opening = t.start() == from && !team.contains(" ");
            if (opening && NEXT_WORD.matcher(text).region(t.end(), at).lookingAt()
                    && NOT_NAMES.contains(NEXT_WORD.matcher(text).region(t.end(), at).results().findFirst().orElseThrow().group(1)
                    .toLowerCase(Locale.ROOT))) {
                // One word opening the sentence before an article or a pronoun is no team's name ("Then they won").
                continue;
            }
            found = team;
            foundEnd = t.end();
        }
        if (found == null || CLAUSE_END.matcher(text.substring(foundEnd, at)).find() || at - foundEnd > 80) {
            return null;
        }
        return found;
    }

    /** The team a run names ({@link TeamRecords#team}), without a full stop ending its sentence ("to the Hawks."). */
    static String team(String run) {
        String t = TeamRecords.team(run);
        if (t != null && t.endsWith(".") && t.length() - t.lastIndexOf(' ') > 4) {
            t = t.substring(0, t.length() - 1);
        }
        return t == null || t.isEmpty() ? null : t;
    }

    /** The scores of a document, without a team's measure the document gives two values (two games). */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
