package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday after a present verb of plan in its own clause (forty-first session): where the
 * clause ends and which verb forms count. Sentences invented; the anchor is a Tuesday, so the
 * coming Thursday is 2021-04-15 and the past one 2021-04-08.
 */
class WeekdayReadingTest {

    private static final LocalDate TUESDAY = LocalDate.of(2021, 4, 13);
    private static final String AHEAD = "2021-04-15";
    private static final String PAST = "2021-04-08";

    /** The value of the expression read from "Thursday" on. */
    private static String thursday(String s) {
        List<Timex> found = TemporalParser.find(s, 0, s.length(), TUESDAY);
        for (Timex x : found) {
            if (s.substring(x.start(), x.end()).startsWith("Thursday")) {
                return x.value();
            }
        }
        throw new AssertionError(s + " " + found);
    }

    @Test
    void theVerbIsReadWithinSixWordsOfTheWeekday() {
        // on, chair, board, harbour, the, meets: the sixth word back.
        assertEquals(AHEAD, thursday("The mayor meets the harbour board chair on Thursday."));
        // One word more, and the verb is out of reach.
        assertEquals(PAST, thursday("The mayor meets the new harbour board chair on Thursday."));
    }

    @Test
    void aWordInEdOfFiveLettersOrMoreIsAParticipleAShorterOneIsNot() {
        assertEquals(PAST, thursday("The mayor is charged over a fire on Thursday."));
        // "seed" ends in "ed" but is four letters: no participle.
        assertEquals(AHEAD, thursday("The charity is at the seed fair on Thursday."));
    }

    @Test
    void aNumberIsReadPastALineBreakIsNot() {
        assertEquals(AHEAD, thursday("The club hosts 40 guests on Thursday."));
        assertEquals(PAST, thursday("The harbour board meets\non Thursday at noon."));
        // A verb that opens its line has no subject before it on that line: a heading's noun.
        assertEquals(PAST, thursday("Harbour board\nmeets on Thursday at noon."));
    }

    @Test
    void aCommaOrAClauseOpenerEndsTheClause() {
        assertEquals(PAST, thursday("The club hosts a fair, a dance on Thursday."));
        assertEquals(PAST, thursday("The club is glad when a dance on Thursday ends the season."));
        assertEquals(AHEAD, thursday("The club hosts a dance on Thursday."));
    }

    @Test
    void aVerbsFormAfterADeterminerIsANoun() {
        assertEquals(PAST, thursday("Their votes on Thursday surprised the chamber."));
        assertEquals(AHEAD, thursday("The chamber votes on Thursday."));
        assertEquals(AHEAD, thursday("Two chambers are on Thursday."));
    }
}
