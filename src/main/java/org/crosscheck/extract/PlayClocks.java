package org.crosscheck.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * The game clock at a play that happens once in a game, read from the play's clause: "set the
 * school record with a bank shot with 4:41 left" (the record-setting play), "tied the game at 17-17
 * with a field goal with 9:12 to play" (the play tying the game at 17: a tied score is reached once
 * in a game, as scores only grow). The clock is the time left in its period ({@link GameClocks},
 * measure "game time left"); the period itself is not part of the value, since every report of the
 * one play reads one clock. The play is told before the clock in its clause: after the sentence's
 * start or its last clock before, within {@link #REACH} characters, no semicolon between. A
 * record-setting verb ({@code record-setting-verbs.txt}) with a record noun ({@code
 * record-nouns.txt}) at most ten words after it; "tied a record" sets none. The claim is the game's,
 * compared only inside one event ({@link AttributeClaim#GAME_CLOCK}); a document that gives two
 * clocks for one play gives none ({@link AttributeExtractor#oneValueEach}).
 */
final class PlayClocks {

    static final Set<String> SETTING = Lexicon.words(PlayClocks.class, "record-setting-verbs.txt");
    static final Set<String> RECORDS = Lexicon.words(PlayClocks.class, "record-nouns.txt");

    /** "set the school scoring record", "broke Ann Roe's 20-year hold on the record". */
    private static final Pattern RECORD = Pattern.compile("(?i)(?<![\\p{L}])(?:" + Lexicon.alternatives(SETTING)
            + ")\\s+(?:[^\\s,;.]+\\s+){0,10}?(?:" + Lexicon.alternatives(RECORDS) + ")(?![\\p{L}])");
    /** "tied the game at 13-13", "tying the score at 7", "knotted it at 21-all": group 1 and 2 the two sides. */
    private static final Pattern TIE = Pattern.compile("(?i)(?<![\\p{L}])(?:tied|ties|tying|knotted|knotting)\\s+"
            + "(?:the\\s+game|the\\s+score|the\\s+contest|it|things)(?:\\s+up)?\\s+at\\s+(\\d{1,3})(?:\\s*[-\u2013]\\s*(\\d{1,3}|all))?(?![\\d])");
    /** How far before its clock a play may be told, in characters. */
    private static final int REACH = 200;
    /** The measure of a clock that counts down its period. */
    private static final String LEFT = "game time left";

    private PlayClocks() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        List<GameClocks.Clock> clocks = GameClocks.find(text, from, to);
        int start = from;
        for (GameClocks.Clock c : clocks) {
            int clause = Math.max(start, c.span().start() - REACH);
            start = c.span().end();
            if (!LEFT.equals(c.measure())) {
                continue;
            }
            String before = text.substring(clause, c.span().start());
            int semicolon = before.lastIndexOf(';');
            int playFrom = semicolon < 0 ? clause : clause + semicolon + 1;
            String play = play(text, playFrom, c.span().start());
            if (play != null) {
                Span span = c.span();
                out.add(new AttributeClaim(id, span, span.of(text), "the game", "game:" + play, false,
                        AttributeClaim.GAME_CLOCK + play, span.of(text), c.seconds(), false, c.seconds(), false, published,
                        daySource, null));
            }
        }
    }

    /** The last once-in-a-game play told in {@code [from, to)}, as compared, or null. */
    static String play(String text, int from, int to) {
        String found = null;
        int at = -1;
        Matcher r = RECORD.matcher(text).region(from, to);
        while (r.find()) {
            found = "the record-setting play";
            at = r.start();
        }
        Matcher t = TIE.matcher(text).region(from, to);
        while (t.find()) {
            String other = t.group(2);
            if (t.start() > at && (other == null || other.equalsIgnoreCase("all") || other.equals(t.group(1)))) {
                found = "the play tying the game at " + Integer.parseInt(t.group(1));
                at = t.start();
            }
        }
        return found;
    }
}
