package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** Telephone numbers an article gives for whom to call, and whom they are keyed by. */
class PhoneNumbersTest {

    private static List<String> read(String text) {
        return SentenceReaders.read(PhoneNumbers::sentence, text).stream().map(c -> c.entityKey() + " " + c.written() + " [" + c.span().start() + "," + c.span().end() + "]").toList();
    }

    @Test
    void theVerbsAreDataInLowerCase() {
        assertTrue(PhoneNumbers.VERBS.containsAll(java.util.Set.of("call", "contact", "ring")));
        for (String v : PhoneNumbers.VERBS) {
            assertEquals(v.strip().toLowerCase(java.util.Locale.ROOT), v);
        }
        assertFalse(PhoneNumbers.VERBS.contains("said"));
    }

    @Test
    void aNumberAfterWhomToCallAndASecondOneAfterOr() {
        assertEquals(List.of("phone:police 0845 310 4477 [34,47]", "phone:crimestoppers 0800 444 121 [80,92]"),
                read("Anyone is asked to call police on 0845 310 4477 or Crimestoppers anonymously on 0800 444 121."));
        assertEquals(List.of("phone:office (555) 013-2400 [39,53]"), read("Please contact the sheriff's office at (555) 013-2400."));
        assertEquals(List.of("phone:police 0845 310 4477 [22,35]"), read("Ring Lindor Police on 0845 310 4477 today."));
    }

    @Test
    void aPronounStandsForAnOrganisationOpeningTheSentence() {
        assertEquals(List.of("phone:police 0845 310 447 [58,70]"), read("Surrey Police are appealing for anyone to contact them on 0845 310 447."));
        assertEquals(List.of(), read("Witnesses of the fire should call them on 0845 310 4477."));
        assertEquals(List.of(), read("asked to call them on 0845 310 4477."), "no capitalised words open the sentence");
    }

    @Test
    void tooFewOrTooManyDigitsOrLettersAfterAreNoNumber() {
        assertEquals(List.of(), read("Call police on 555 123."), "six digits");
        assertEquals(List.of("phone:police 555 1234 [15,23]"), read("Call police on 555 1234."), "seven digits");
        assertEquals(List.of("phone:police 0845 310 4477 4477 [15,33]"), read("Call police on 0845 310 4477 4477."), "fifteen digits");
        assertEquals(List.of(), read("Call police on 0845 310 4477 44771."), "sixteen digits");
        assertEquals(List.of(), read("Call the tip line at 1-800-555-TIPS."));
        assertEquals(List.of(), read("She will call him at 10 tonight."));
        assertEquals(List.of(), read("Police said the call came in at 0845 310 4477."), "no verb before whom to call");
    }

    @Test
    void whomToCallIsTheLastWordBeforeOnOrAt() {
        assertEquals("office", PhoneNumbers.holder("x", 0, 1, "the sheriff's office"));
        assertEquals("Police", PhoneNumbers.holder("x", 0, 1, "Surrey Police"));
        assertEquals("Smith", PhoneNumbers.holder("x", 0, 1, "Smith's"));
        assertNull(PhoneNumbers.holder("x", 0, 1, "the"));
        assertNull(PhoneNumbers.holder("x", 0, 1, "x"));
        String text = "Lindor Police want anyone to call them.";
        assertEquals("Police", PhoneNumbers.holder(text, 0, text.length(), "them"));
        assertEquals("Police", PhoneNumbers.holder(text, 0, text.length(), "us"));
        String people = "Neighbours want anyone to call them.";
        assertNull(PhoneNumbers.holder(people, 0, people.length(), "them"));
    }

    @Test
    void digitsAlone() {
        assertEquals("5550132400", PhoneNumbers.digits("(555) 013-2400"));
    }
}
