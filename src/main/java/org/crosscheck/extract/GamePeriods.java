package org.crosscheck.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Timex;

/**
 * A quarter or half written without its year ("the third quarter", "a second-half surge") is a
 * part of a game, not of a year, when its words or its sentence say so: "of the season" or "of the
 * game" after it, or a word of a game in its sentence ({@code game-period-words.txt}: "scored",
 * "touchdown", "overtime") and none of business or the calendar ({@code calendar-period-words.txt}:
 * "fiscal", "earnings", "profit", "year"). A sentence with neither follows its article: a game
 * report (three or more distinct game words, more game words than calendar words) reads it as the
 * game's. A quarter with its year ("the second quarter of 2012") is always a date.
 */
final class GamePeriods {

    static final Set<String> GAME_WORDS = Lexicon.words(GamePeriods.class, "game-period-words.txt");
    static final Set<String> CALENDAR_WORDS = Lexicon.words(GamePeriods.class, "calendar-period-words.txt");

    /** A quarter's or half's value with or without a known year: "2012-Q3", "XXXX-H1". */
    private static final Pattern PART_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-(?:Q[1-4]|H[12])");
    /** What follows a part of a game or season: "of the season", "of the game", "of play". */
    private static final Pattern OF_GAME = Pattern.compile(
            "(?i)\\s+of\\s+(?:the\\s+|this\\s+|that\\s+|their\\s+|his\\s+|its\\s+)?(?:season|game|match|contest|play|loss|win|victory)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** How many distinct game words make an article a game report. */
    private static final int REPORT_WORDS = 3;

    private GamePeriods() {
    }

    /** A document's words, read once: whether it is a game report. */
    static final class Article {
        private final boolean report;

        Article(String text, int from, int to) {
            Set<String> seen = new java.util.HashSet<>();
            int game = 0;
            int calendar = 0;
            Matcher w = WORD.matcher(text).region(from, to);
            while (w.find()) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (GAME_WORDS.contains(word)) {
                    game++;
                    seen.add(word);
                } else if (CALENDAR_WORDS.contains(word)) {
                    calendar++;
                }
            }
            report = seen.size() >= REPORT_WORDS && game > calendar;
        }

        boolean report() {
            return report;
        }
    }

    /** Whether {@code x} is a quarter or half of a year, written with or without its year. */
    static boolean part(Timex x) {
        return x.value() != null && PART_VALUE.matcher(x.value()).matches();
    }

    /** Whether {@code x} is a part of a game: a quarter or half without its year, in a game's words. */
    static boolean ofGame(String text, Timex x, int from, int to, Article article) {
        if (!part(x)) {
            return false;
        }
        String written = text.substring(x.start(), x.end());
        if (written.chars().anyMatch(Character::isDigit) || written.toLowerCase(Locale.ROOT).contains("year")) {
            return false;
        }
        if (OF_GAME.matcher(text).region(x.end(), to).lookingAt()) {
            return true;
        }
        for (int[] s : Sentences.split(text, from, to)) {
            if (s[0] <= x.start() && x.end() <= s[1]) {
                int game = 0;
                Matcher w = WORD.matcher(text).region(s[0], s[1]);
                while (w.find()) {
                    String word = w.group().toLowerCase(Locale.ROOT);
                    if (CALENDAR_WORDS.contains(word)) {
                        return false;
                    }
                    game += GAME_WORDS.contains(word) ? 1 : 0;
                }
                String sentence = text.substring(s[0], s[1]);
                if (sentence.indexOf('$') >= 0 || sentence.indexOf('%') >= 0) {
                    return false;
                }
                return game > 0 || article.report();
            }
        }
        return false;
    }
}
