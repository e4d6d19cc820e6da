package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap tests before a pattern never say no where the pattern would match. */
class LiteralsTest {

    @Test
    void containsAnyFindsAWordAsWritten() {
        assertTrue(Literals.containsAny("officials said on Monday", "told", "said"));
        assertFalse(Literals.containsAny("officials Said on Monday", "told", "said"));
        assertFalse(Literals.containsAny("", "said"));
    }

    @Test
    void ignoringAsciiCaseFindsAWordInTheRegionOnly() {
        assertTrue(Literals.containsAnyIgnoringAsciiCase("A 33-YEAR-old man", 0, 17, "year"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("a phone Call", 0, 12, "call", "phone"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("xx Call", 3, 7, "call"));
        // Cut by the region's end, or before its start.
        assertFalse(Literals.containsAnyIgnoringAsciiCase("a phone call", 0, 11, "call"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("call here", 1, 9, "call"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("cal", 0, 3, "call"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("cAlm", 0, 4, "call"));
        // Only A to Z change case: the Kelvin sign is no k, as CASE_INSENSITIVE has it.
        assertFalse(Literals.containsAnyIgnoringAsciiCase("\u212Aey", 0, 3, "key"));
        assertFalse(Pattern.compile("key", Pattern.CASE_INSENSITIVE).matcher("\u212Aey").find());
        assertFalse(Literals.containsAnyIgnoringAsciiCase("[year]", 0, 6, "years"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("@EAR", 0, 4, "`ear"));
        // Words that start with other characters than a to z are tried where such a character stands.
        assertTrue(Literals.containsAnyIgnoringAsciiCase("the mayor's office", 0, 18, "'s", "zz"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("a 24-hour strike", 0, 16, "-hour"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("the mayors office", 0, 17, "'s"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("Zebra", 0, 5, "'s", "zeb"), "a letter word beside an other one");
        assertEquals('a', "A".toLowerCase().charAt(0));
    }
}
