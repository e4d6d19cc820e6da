package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** The month a named product or line was put out; whole articles are in the rule cases. */
class LaunchMonthsTest {

    private static List<AttributeClaim> read(String text) {
        return SentenceReaders.read(LaunchMonths::sentence, text);
    }

    @Test
    void theFormsOfALaunchMonth() {
        String[][] cases = {
            {"The singer launched a new clothing line called Lumen in March.", "launched a new clothing line called Lumen in March",
                "Lumen", "march"},
            {"Acme unveiled a phone named Orva Plus in June 2012, it said.", "unveiled a phone named Orva Plus in June 2012",
                "Orva Plus", "june 2012"},
            {"The bank introduced an app dubbed \"Kessel\" in May, 2011.", "introduced an app dubbed \"Kessel\" in May, 2011",
                "Kessel", "may 2011"},
            {"She rolled out her perfume called Dune, in October.", "rolled out her perfume called Dune, in October", "Dune", "october"},
            {"Kessel Motors Released a van called Tarn in April.", "Released a van called Tarn in April", "Tarn", "april"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> found = read(c[0]);
            assertEquals(1, found.size(), c[0]);
            AttributeClaim a = found.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals("launch:" + c[2].toLowerCase(java.util.Locale.ROOT), a.entityKey(), c[0]);
            assertEquals(c[3], a.valueText(), c[0]);
            assertEquals(AttributeClaim.MONTH_LAUNCHED, a.attribute(), c[0]);
            assertFalse(a.person(), c[0]);
            assertTrue(a.wordValued(), c[0]);
            assertTrue(a.eventBound(), c[0]);
        }
    }

    @Test
    void wordsThatGiveNoLaunchMonth() {
        String[] cases = {
            "The singer launched a new clothing line called Lumen in 2008.",   // a year alone
            "The singer launched a new clothing line called Lumen in Paris.",  // a place, no month
            "The singer launched a new clothing line in March.",               // no name
            "The singer launched Lumen in March.",                             // no description and "called"
            "The singer launched a line called lumen in March.",               // a name is capitalised
            "The singer designed a new clothing line called Lumen in March.",  // no verb of launching
            "The singer launched a very new and bold clothing line called Lumen in March.", // more than three words
        };
        for (String c : cases) {
            assertEquals(List.of(), read(c), c);
        }
    }

    @Test
    void theListedVerbsAreLowerCase() {
        for (String v : LaunchMonths.VERBS) {
            assertEquals(v.toLowerCase(java.util.Locale.ROOT), v);
        }
        assertTrue(LaunchMonths.VERBS.contains("launched"));
    }

    @Test
    void aMonthAndTheSameMonthWithItsYearAgreeAndTwoMonthsDoNot() {
        AttributeClaim march = read("She launched a line called Lumen in March.").get(0);
        AttributeClaim march2008 = read("She launched a line called Lumen in March 2008.").get(0);
        AttributeClaim june = read("She launched a line called Lumen in June.").get(0);
        assertFalse(march.disagreesWith(march2008));
        assertTrue(march.disagreesWith(june));
        assertTrue(march2008.disagreesWith(june));
    }
}
