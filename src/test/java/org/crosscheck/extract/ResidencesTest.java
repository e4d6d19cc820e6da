package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** Where a named person lives, read right after the name; whole articles are in the rule cases. */
class ResidencesTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, name);
    }

    private static AttributeClaim read(String text, People.Mention... others) {
        People.Mention m = person(text, "Dana Roe");
        List<People.Mention> here = new java.util.ArrayList<>(List.of(m));
        here.addAll(List.of(others));
        return Residences.after(text, "d", text.length(), m, here, "Dana Roe", m.key(), DateClaim.NO_DAY, null);
    }

    @Test
    void theFormsOfAResidence() {
        String[][] cases = {
            {"Dana Roe, 36, of Lindor, was charged.", "Dana Roe, 36, of Lindor", "Lindor"},
            {"Dana Roe, age 36, of Lindor, was charged.", "Dana Roe, age 36, of Lindor", "Lindor"},
            {"Dana Roe, 36, of Lind. Then she left.", "Dana Roe, 36, of Lind", "Lind"},
            {"Dana Roe, 36, of Lindor", "Dana Roe, 36, of Lindor", "Lindor"},
            {"Dana Roe, 36, of O'sullivan Beach, was charged.", "Dana Roe, 36, of O'sullivan Beach", "O'sullivan Beach"},
            {"Dana Roe, 36, of Lindor Heights Tuesday was charged.", "Dana Roe, 36, of Lindor Heights", "Lindor Heights"},
            {"Dana Roe, 36, of Lindor Heights, N.Y., was charged.", "Dana Roe, 36, of Lindor Heights", "Lindor Heights"},
            {"Dana Roe, a Varth resident, saw it.", "Dana Roe, a Varth resident", "Varth"},
            {"Dana Roe, 50, a 50-year-old Varth resident, saw it.", "Dana Roe, 50, a 50-year-old Varth resident", "Varth"},
            {"Dana Roe, a resident of Varth, saw it.", "Dana Roe, a resident of Varth", "Varth"},
            {"Dana Roe, who lived in South Varth Park, was hit.", "Dana Roe, who lived in South Varth Park", "South Varth Park"},
            {"Dana Roe, who lived half a mile away in Varth, died.", "Dana Roe, who lived half a mile away in Varth", "Varth"},
            {"Dana Roe, 59, who resides with her son in Varth, died.", "Dana Roe, 59, who resides with her son in Varth", "Varth"},
            {"Dana Roe, who lived in Varth in a flat, died.", "Dana Roe, who lived in Varth", "Varth"},
            {"Dana Roe, who lived in Varth, Calif., died in 2001.", "Dana Roe, who lived in Varth", "Varth"},
            {"Dana Roe, 36, of Varth for ten years, died.", "Dana Roe, 36, of Varth", "Varth"},
        };
        for (String[] c : cases) {
            AttributeClaim a = read(c[0]);
            assertEquals(c[1], a == null ? null : a.text(), c[0]);
            assertEquals(c[2], a.written(), c[0]);
            assertEquals(AttributeClaim.RESIDENCE, a.attribute(), c[0]);
            assertEquals("Dana Roe", a.entity(), c[0]);
            assertTrue(a.person(), c[0]);
            assertEquals(c[1].length(), a.span().end() - a.span().start(), c[0]);
        }
    }

    @Test
    void wordsThatGiveNoResidence() {
        String[] cases = {
            "Dana Roe, of Acme, said so.",                  // no age: an employer as often as a town
            "Dana Roe, a Varth native, saw it.",            // born there
            "Dana Roe, 36, of the Varth police, said so.",  // not capitalized
            "Dana Roe, 36, of Monday fame, said so.",       // a common word
            "Dana Roe, 36, of St. Lindor, said so.",        // an abbreviation cut at its point
            "Dana Roe, 36, of South, said so.",             // a compass word alone
            "Dana Roe, 36, of Ft. Lindor, said so.",        // an abbreviation cut at its point
            "Dana Roe, 36, of Ely. Then she left.",         // three letters before a point: taken for one
            "Dana Roe, 36, of Lindor's police, said so.",   // a possessive
            "Dana Roe, 36, of Varth County's Lindor Township, said so.",
            "Dana Roe, who lived in fear, said so.",        // no place
            "Dana Roe, who worked in Varth, said so.",      // not a verb of living
            "Dana Roe, 36, and Lee Moss of Varth met.",     // another's
            "Dana Roe, who lived with five of her friends in Varth, died.", // five words between
            "Dana Roe, who lived in Varth for ten years, died.",           // a past period of her life
            "Dana Roe, who lived in Varth, Calif., until 2001, died.",
            "Dana Roe, who lived in Varth in the 1960s, died.",
            "Dana Roe, who lived in Varth in her twenties, died.",
            "Dana Roe, who lived in Varth as a child, died.",
        };
        for (String c : cases) {
            assertNull(read(c), c);
        }
    }

    @Test
    void aFullNameIsAPersonNotAPlace() {
        String text = "Dana Roe, 36, of Lee Moss fame, said so.";
        assertNull(read(text, person(text, "Lee Moss")));
        String oneWord = "Dana Roe, 36, of Lindor, said so.";
        assertEquals("Lindor", read(oneWord, person(oneWord, "Lindor")).written());
    }

    @Test
    void theVerbsOfLivingAreListed() {
        assertTrue(Residences.VERBS.contains("lived"));
        assertTrue(Residences.VERBS.contains("resides"));
        assertFalse(Residences.VERBS.contains("worked"));
        for (String v : Residences.VERBS) {
            assertEquals(v, v.strip().toLowerCase(java.util.Locale.ROOT), v);
            assertNull(read("Dana Roe, who " + v + " in fear, said so."), v);
            assertEquals("Varth", read("Dana Roe, who " + v + " in Varth, said so.").written(), v);
        }
    }
}
