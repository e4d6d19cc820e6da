package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The date grammar's cheap test of a capitalised word before it looks the word up as a month's or
 * weekday's name ({@code DateTimeParser.noNameBegins}): it may pass a word that is no name, but
 * never rule out one that is.
 */
class DateNamePrefixTest {

    private static final List<String> NAMES = List.of("january", "jan", "february", "feb", "march", "mar", "april",
            "apr", "may", "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept", "october", "oct",
            "november", "nov", "december", "dec", "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
            "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun");

    private static boolean noName(String word) {
        return DateTimeParser.noNameBegins("x " + word + " y", 2, word.length());
    }

    @Test
    void namesAndTheirCapitalsAreNeverRuledOut() {
        for (String name : NAMES) {
            assertFalse(noName(name), name);
            assertFalse(noName(Character.toUpperCase(name.charAt(0)) + name.substring(1)), name);
            assertFalse(noName(name.toUpperCase(Locale.ROOT)), name);
        }
    }

    @Test
    void commonCapitalisedWordsAreRuledOut() {
        for (String word : List.of("The", "He", "A", "Police", "Obama", "Thomas", "Sa", "Ju", "Mob", "Frank")) {
            assertTrue(noName(word), word);
        }
        // Words that begin as a name does are looked up.
        for (String word : List.of("Mayor", "Marine", "Juneau", "Sunny", "Decker", "Satan", "Monarch", "Frigate")) {
            assertFalse(noName(word), word);
        }
    }

    /** A word with a letter outside ASCII among its first three is always looked up. */
    @Test
    void otherLettersAreLookedUp() {
        for (String word : List.of("\u00c9l", "M\u00e4r", "Ma\u00ef", "\u0130an", "\u212Aay", "Ma\u0080")) {
            assertFalse(noName(word), word);
        }
        assertTrue(noName("Abc\u00e9"), "the fourth letter is not read");
    }

    /** Every word of three ASCII letters, in either case: ruled out exactly when no name begins with it. */
    @Test
    void everyThreeLetterWordIsToldAsTheNamesTellIt() {
        int ruledOut = 0;
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    String word = "" + a + b + c;
                    boolean begins = NAMES.stream().anyMatch(n -> n.startsWith(word));
                    assertEquals(!begins, noName(word), word);
                    assertEquals(!begins, noName(word.toUpperCase(Locale.ROOT)), word);
                    assertEquals(!begins, noName(Character.toUpperCase(a) + word.substring(1) + "ing"), word);
                    ruledOut += begins ? 0 : 1;
                }
            }
        }
        assertEquals(26 * 26 * 26 - 19, ruledOut);
    }
}
