package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** A sentence opened by "the" and a happening's word, then its date: the article's own happening. */
class DefiniteHappeningsTest {

    private static boolean opens(String text, String trigger, String date) {
        int t = text.indexOf(trigger);
        int d = text.lastIndexOf(date);
        return DefiniteHappenings.opensAsSubject(text, new Span(d, d + date.length()), new Span(t, t + trigger.length()));
    }

    @Test
    void theHappeningsWordOpeningItsSentenceThenTheDate() {
        assertTrue(opens("The fire broke out early Saturday.", "fire", "early Saturday"));
        assertTrue(opens("A barn burned. The fire broke out on Friday.", "fire", "Friday"), "after a full stop");
        assertTrue(opens("A barn burned.\nThe deadly fire broke out on Friday.", "fire", "Friday"), "one adjective; a new line");
        assertTrue(opens("\"The shooting happened on Friday", "shooting", "Friday"), "after an opening quotation mark");
        assertTrue(opens("the fire broke out Friday", "fire", "Friday"), "the text's first word, lower case");
    }

    @Test
    void notAnotherOpeningNorAClauseBetweenNorADateBefore() {
        assertFalse(opens("Police said the fire broke out on Friday.", "fire", "Friday"), "a teller opens the sentence");
        assertFalse(opens("A fire broke out on Friday.", "fire", "Friday"), "\"a\": another fire");
        assertFalse(opens("The fire, which spread, broke out on Friday.", "fire", "Friday"), "a comma between");
        assertFalse(opens("The fire broke out. On Friday it spread.", "fire", "Friday"), "a stop between");
        assertFalse(opens("On Friday the fire broke out.", "fire", "Friday"), "the date before the word");
        assertFalse(opens("The old wooden fire broke out on Friday.", "fire", "Friday"), "two words between \"the\" and the word");
        assertFalse(opens("Then the fire broke out on Friday.", "fire", "Friday"), "a word before \"the\"");
        assertFalse(opens("Breathe fire on Friday.", "fire", "Friday"), "\"the\" inside a word");
    }
}
