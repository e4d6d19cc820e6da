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
 * A team's win-loss record as sports news gives it after the game it reports, an attribute of the
 * team (a figure of a named entity, not a bare pair of numbers):
 *
 * <ul>
 *   <li>in brackets right after the team's name: "led Riverton (10-5) downfield", "the Hawks (10-5,
 *       4-4 away)" (the first record only);</li>
 *   <li>the team's record moving to it: "Riverton's record rose to 9-5", "the Hawks improved to
 *       25-7", "the Hawks stand at 10-5" ({@code team-record-verbs.txt}).</li>
 * </ul>
 *
 * The team is the run of one to three capitalised words before, without a leading "The"; its key is
 * its name in lower case, so "Riverton" and "the Hawks" are two teams to the rules. A name that is a
 * person's the article names or opens with a first name (a pitcher's "Roe (3-2)", a player's
 * height and weight "Ann Roe (5-11, 220)"), a height and weight in one bracket ("(5-11,220)") or a word of time ("Sunday (1-0)") is not
 * read, nor a record followed by a part of a season ("in the division", "at home", "away"). A
 * document that gives one team two records gives none ({@link AttributeExtractor#oneValueEach}), and a
 * round-up of a day's games (records of more than {@value #MAX_TEAMS} teams) gives none.
 * Compared inside one event, as every record: the event's reports all speak of the record after the game.
 */
final class TeamRecords {
    /** A clause's end: a stop, comma, semicolon or closing bracket, or the text's end. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.,;)]|$)");
    /** A closing bracket, spaces before it allowed. */
    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\s*\\)");
    /** A leading "The". */
    private static final Pattern LEADING_THE = Pattern.compile("^(?:The|THE)\\s+");
    /** A trailing apostrophe, with or without s. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s?$");
    /** A run of white space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Verbs a team's record moves or stands with: "rose to", "improved to", "stand at". */
    static final Set<String> VERBS = Lexicon.words(TeamRecords.class, "team-record-verbs.txt");

    private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019&-]*";
    private static final String TEAM = "(" + WORD + "(?:\\s+" + WORD + "){0,2})";
    private static final String RECORD = "(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?";
    /** "Riverton (10-5)", "the Hawks (10-5, 4-4 away)". */
    private static final Pattern BRACKETED = Pattern.compile("(?<![\\p{L}\\d])" + TEAM + "\\s+\\(" + RECORD + "(?=\\s*\\)|,\\s|;)");
    /** "Riverton's record rose to 9-5", "the Hawks improved to 25-7", "the Hawks stand at 10-5". */
    private static final Pattern MOVED = Pattern.compile("(?<![\\p{L}\\d])" + TEAM + "(?:['\u2019]s?)?\\s+(?:record\\s+)?(?:"
            + Lexicon.alternatives(VERBS).replace(" ", "\\E\\s+\\Q") + ")\\s+" + RECORD + "(?![\\d-])");
    /** Parts of a season a record may be given for, and the name each is compared by: {@code record-stretch-words.tsv}. */
    static final java.util.Map<String, String> STRETCHES = Lexicon.pairs(TeamRecords.class, "record-stretch-words.tsv");
    /** A part of a season right after a record: "at home", ", 1-7 on the road" (its words in group 1). */
    private static final Pattern STRETCH = Pattern.compile("(?i)\\s*(" + Lexicon.alternatives(STRETCHES.keySet()).replace(" ", "\\E\\s+\\Q")
            + ")(?![\\p{L}-])");
    /** A second record in a team's bracket, of a part of the season: "(2-13, 1-7 home)". */
    private static final Pattern SECOND = Pattern.compile(",\\s*" + RECORD + "(?![\\d-])");
    /** "Riverton's 9-14 record", "the Hawks' disappointing 9-14 start". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\d])" + TEAM + "['\u2019]s?\\s+(?:\\p{Ll}+\\s+){0,2}?" + RECORD
            + "\\s+(?:record|mark|start)(?![\\p{L}-])");
    /** "the Hawks are 1-7 at home", "Riverton went 9-14": a record after a copula or "went". */
    private static final Pattern COPULA = Pattern.compile("(?<![\\p{L}\\d])" + TEAM + "\\s+(?:are|is|were|was|went)\\s+(?:now\\s+|just\\s+|only\\s+)?"
            + RECORD + "(?![\\d-])");
    /** A record of a run of games, not of the season: "in their last ten", "in the last 10 games", "in one-run games". */
    private static final Pattern RUN = Pattern.compile("(?i)\\s*(?:in|over)\\s+(?:their|its|the|his|her)?\\s*(?:last|past|previous|first|next)\\b");
    /** What makes a record one part of a season: "in the division", "at home", "on the road", "away". */
    private static final Pattern PART = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:in\\s+(?:the\\s+)?(?:division|conference|league|group)"
            + "|at\\s+home|on\\s+the\\s+road|away|home|against|vs\\.?|versus|since|in\\s+\\d{4}|in\\s+one-|in\\s+games)\\b");
    /** Words of time a bracket may follow: no team. */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");

    private TeamRecords() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> people, long published, String daySource,
                         List<AttributeClaim> out) {
        if (!FigureAttributes.hasRecordShape(text, from, to)) {
            return;
        }
        for (Pattern p : List.of(BRACKETED, MOVED, POSSESSIVE, COPULA)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                String team = team(x.group(1));
                if (team == null || person(team, people) || org.crosscheck.text.Transliteration.firstName(team.split("\\s+")[0])
                        || GameScores.NOT_NAMES.contains(team.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String attribute = AttributeClaim.RECORD;
                if (p != BRACKETED && p != POSSESSIVE) {
                    Matcher part = STRETCH.matcher(text).region(x.end(), to);
                    if (part.lookingAt()) {
                        // A part of the season's record: "1-7 at home" is the record at home.
                        attribute = AttributeClaim.RECORD + " " + stretch(part.group(1));
                    } else if (PART.matcher(text).region(x.end(), to).lookingAt() || RUN.matcher(text).region(x.end(), to).lookingAt()
                            || p == COPULA && (!recordAfterCopula(text, x.end(), to) || partBefore(text, from, x.start()))) {
                        continue;
                    }
                }
                if (p == BRACKETED) {
                    second(text, id, to, x, team, published, daySource, out);
                }
                int wins = Integer.parseInt(x.group(2));
                int losses = Integer.parseInt(x.group(3));
                int draws = x.group(4) == null ? 0 : Integer.parseInt(x.group(4));
                double value = AttributeClaim.record(wins, losses, draws);
                int start = x.start(1) + x.group(1).indexOf(team);
                Span span = new Span(start, x.end());
                out.add(new AttributeClaim(id, span, span.of(text), team, TEAM_KEY + team.toLowerCase(Locale.ROOT), false,
                        attribute, text.substring(x.start(2), x.group(4) != null ? x.end(4) : x.end(3)),
                        value, false, value, false, published, daySource, null));
            }
        }
    }

    /** A word before a record's team that names what the record covers: "a home campaign in which the Hawks went 2-6". */
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:which|where|during|"
            + Lexicon.alternatives(STRETCHES.keySet()).replace(" ", "\\E\\s+\\Q") + ")\\b");

    /**
     * Whether the sentence, before a record's team, says what stretch the record covers (a relative
     * clause, "during", a part of the season): "the home campaign in which the Hawks went 2-6" is the
     * home record, not the season's.
     */
    private static boolean partBefore(String text, int from, int team) {
        return PART_BEFORE.matcher(text).region(from, team).find();
    }

    /** The name a part of a season is compared by ("home" and "at home" are one part). */
    private static String stretch(String words) {
        return STRETCHES.get(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /**
     * Whether a record after a copula or "went" ends its clause: a full stop, a comma, a semicolon or
     * the sentence's end after it ("the Hawks are 9-14." but not "the Hawks were 9-14 down"), so that a
     * score ("was 14-0 at the time") or a vote is not taken for a record.
     */
    private static boolean recordAfterCopula(String text, int end, int to) {
        return CLAUSE_END.matcher(text).region(end, to).lookingAt();
    }

    /** A second record in the team's bracket that names its part of the season: "(2-13, 1-7 home)". */
    private static void second(String text, String id, int to, Matcher x, String team, long published, String daySource,
                               List<AttributeClaim> out) {
        Matcher more = SECOND.matcher(text).region(x.end(), to);
        if (!more.lookingAt()) {
            return;
        }
        Matcher part = STRETCH.matcher(text).region(more.end(), to);
        if (!part.lookingAt() || !CLOSING_BRACKET.matcher(text).region(part.end(), to).lookingAt()) {
            return;
        }
        int wins = Integer.parseInt(more.group(1));
        int losses = Integer.parseInt(more.group(2));
        int draws = more.group(3) == null ? 0 : Integer.parseInt(more.group(3));
        double value = AttributeClaim.record(wins, losses, draws);
        Span span = new Span(more.start(1), part.end());
        out.add(new AttributeClaim(id, span, span.of(text), team, TEAM_KEY + team.toLowerCase(Locale.ROOT), false,
                AttributeClaim.RECORD + " " + stretch(part.group(1)), text.substring(more.start(1), more.end()), value, false, value,
                false, published, daySource, null));
    }

    /** The key prefix of a team. */
    static final String TEAM_KEY = "team:";

    /**
     * The team a run of capitalised words names: without a leading "The" and a trailing possessive,
     * or null when nothing is left or a word is a word of time.
     */
    static String team(String run) {
        String t = POSSESSIVE_END.matcher(LEADING_THE.matcher(run).replaceFirst("")).replaceFirst("");
        if (t.isEmpty() || t.equals("The")) {
            return null;
        }
        for (String w : SPACES.split(t)) {
            if (TIME_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return t;
    }

    /** Whether the name is a person's the article names: its last word a surname of {@code people}. */
    static boolean person(String name, List<People.Mention> people) {
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        for (People.Mention m : people) {
            String[] own = SPACES.split(m.fullName());
            if (own[own.length - 1].equals(last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document that gives more teams' records than this is a round-up of a day's games: which of
     * its games a team's record follows is not known, so it gives none.
     */
    static final int MAX_TEAMS = 4;

    /**
     * The records of a document, without those of a team the document gives two records, and none
     * of a round-up (records of more than {@value #MAX_TEAMS} teams).
     */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        long teams = claims.stream().map(AttributeClaim::entityKey).distinct().count();
        return teams > MAX_TEAMS ? List.of() : AttributeExtractor.oneValueEach(claims);
    }
}
