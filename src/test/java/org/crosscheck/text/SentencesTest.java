package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where sentences end: . ! ? before a space and a capital, minding abbreviations and initials. */
class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void endsAtAStopBeforeACapital() {
        assertEquals(List.of("He fell.", "She ran!", "Why?"), split("He fell. She ran! Why?"));
        assertEquals(List.of("He said \"yes.\"", "Then he left."), split("He said \"yes.\" Then he left."));
        assertEquals(List.of("It cost 5.5 million.", "Or more."), split("It cost 5.5 million. Or more."));
    }

    @Test
    void anInitialIsNoEnd() {
        assertEquals(List.of("Judge Philip H. Hickock sentenced him.", "He left."),
                split("Judge Philip H. Hickock sentenced him. He left."));
        assertEquals(List.of("W. Mark Felt died on Thursday."), split("W. Mark Felt died on Thursday."));
    }

    @Test
    void anAbbreviationIsNoEnd() {
        assertEquals(List.of("Mr. Gigante and Gov. Palin met on Dec. 9 in the U.S. capital."),
                split("Mr. Gigante and Gov. Palin met on Dec. 9 in the U.S. capital."));
        assertEquals(List.of("Const. Roe and Det. Ames met Supt. Lind, Insp. Varga and Cpl. Moss."),
                split("Const. Roe and Det. Ames met Supt. Lind, Insp. Varga and Cpl. Moss."));
        assertTrue(Sentences.isAbbreviation("Const"));
        assertFalse(Sentences.isAbbreviation("Constable"));
    }

    @Test
    void aLowerCaseWordAfterTheStopGoesOn() {
        assertEquals(List.of("He earned 3.5 m. dollars a year."), split("He earned 3.5 m. dollars a year."));
    }
}
