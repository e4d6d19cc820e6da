package org.crosscheck.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Two readings of a weekday that the tense cues of {@link TemporalParser} leave open: a bare
 * weekday after a present verb of plan in its own clause is the coming one ("the minister meets
 * her counterpart on Thursday"), and a weekday written before a date without a year ("Tuesday,
 * October 20") picks the near year in which the date falls on it, unless the date lies near the
 * publication day (forty-first session).
 */
final class WeekdayReading {
    /** Present verbs of plan that put a bare weekday after them in their clause ahead (see present-plan-verbs.txt). */
    private static final Set<String> PRESENT_PLAN_VERBS = Lexicon.words(TemporalParser.class, "present-plan-verbs.txt");
    /** The present of "be", which does the same ("the vote is on Friday"; see present-be.txt). */
    private static final Set<String> PRESENT_BE = Lexicon.words(TemporalParser.class, "present-be.txt");
    /** Words that open a clause: a present verb before one gives a weekday after it no tense (see clause-openers.txt). */
    private static final Set<String> CLAUSE_OPENERS = Lexicon.words(TemporalParser.class, "clause-openers.txt");
    /** Words after which a present verb's form is a noun ("the meets"; see noun-determiners.txt). */
    private static final Set<String> NOUN_DETERMINERS = Lexicon.words(TemporalParser.class, "noun-determiners.txt");

    private WeekdayReading() {
    }

    /**
     * Whether a present verb of plan (present-plan-verbs.txt) or a present of "be"
     * (present-be.txt) stands before token {@code from} in its clause, within {@code window}
     * words. The clause ends where {@code sentenceEnd} says a sentence does, at a comma, colon or
     * bracket, at a line break, or at a word that opens a clause (clause-openers.txt: "after the
     * storm on Monday"). A verb's form after a determiner (noun-determiners.txt: "their votes") or
     * opening its sentence ("Reports on Tuesday said") is a noun, and a word in "-ed" between the
     * verb and the weekday ("is accused of hitting him on Monday") is a participle of the past:
     * neither gives the weekday a plan's tense.
     */
    static boolean presentPlan(Tokens t, int from, int window, IntPredicate sentenceEnd) {
        int words = 0;
        for (int k = from - 1; k >= 0 && words < window; k--) {
            if (t.type(k) != Tokens.WORD) {
                if (sentenceEnd.test(k) || t.isPunctIn(k, ",:()") || lineBreak(t, k)) {
                    return false;
                }
                continue;
            }
            words++;
            String w = t.lower(k);
            if (CLAUSE_OPENERS.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                return false;
            }
            if (PRESENT_PLAN_VERBS.contains(w) || PRESENT_BE.contains(w)) {
                int p = k - 1;
                if (t.type(p) == Tokens.SPACE) {
                    p--;
                }
                // A verb has its subject before it: a word opening its sentence or line ("Reports on
                // Tuesday indicated") is a noun, as one after a determiner is.
                if (t.type(p) == Tokens.WORD && !lineBreak(t, k - 1) && !NOUN_DETERMINERS.contains(t.lower(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the token at {@code k} is white space that breaks a line: a headline or list item ends there. */
    static boolean lineBreak(Tokens t, int k) {
        if (t.type(k) != Tokens.SPACE) {
            return false;
        }
        for (int c = t.start(k); c < t.end(k); c++) {
            if (t.text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * How many days before the publication day a date written without a year may lie for its nearest
     * reading to stand whatever its weekday: "Tuesday, April 14" in a report of April 15 is
     * yesterday's date with a wrong weekday (reported by {@code weekday-mismatch}), not a date a year
     * away.
     */
    static final int NEAR_DAYS_BEFORE = 60;
    /**
     * How many days after the publication day the same holds: a date weeks ahead may be a past one of
     * the year before ("on Tuesday, January 12" in a November account of a trial), so there the
     * weekday still picks the year.
     */
    static final int NEAR_DAYS_AFTER = 7;

    /**
     * The date with this month and day that falls on {@code weekday} ("Tuesday, March 4"), or
     * {@code null} when none does. The nearest occurrence of the date, when it lies from
     * {@value #NEAR_DAYS_BEFORE} days before the anchor to {@value #NEAR_DAYS_AFTER} days after it,
     * is the only reading: it is found when it falls on the weekday, and otherwise nothing is. Any
     * other date is looked for in the anchor's year, the one before and the one after ("Tuesday,
     * October 20" in a report of April); the weekday of one date moves by one or two days a year, so
     * at most one of three years in a row fits.
     */
    static LocalDate withWrittenWeekday(LocalDate anchor, int month, int day, DayOfWeek weekday) {
        LocalDate nearest = TemporalParser.nearestTo(anchor, month, day);
        long ahead = nearest == null ? Long.MAX_VALUE : java.time.temporal.ChronoUnit.DAYS.between(anchor, nearest);
        if (ahead >= -NEAR_DAYS_BEFORE && ahead <= NEAR_DAYS_AFTER) {
            return nearest.getDayOfWeek() == weekday ? nearest : null;
        }
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (month == 2 && day == 29 && !Year.isLeap(y)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (d.getDayOfWeek() == weekday) {
                return d;
            }
        }
        return null;
    }
}
