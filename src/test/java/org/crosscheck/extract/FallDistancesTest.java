package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.text.QuantityParser;
import org.junit.jupiter.api.Test;

/** How far a named person fell: the word lists, the holder, the unit; whole articles are in the rule cases. */
class FallDistancesTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, name);
    }

    private static List<AttributeClaim> read(String text, List<People.Mention> here, People.Mention before) {
        List<AttributeClaim> out = new ArrayList<>();
        FallDistances.sentence(text, "d", 0, text.length(), here, before, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(FallDistances.VERBS.containsAll(List.of("fell", "falling", "fallen", "plunged")));
        assertEquals("0.3048", FallDistances.UNITS.get("ft"));
        assertEquals("1", FallDistances.UNITS.get("metres"));
        assertEquals("1000", FallDistances.UNITS.get("km"));
        for (String w : FallDistances.VERBS) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        for (String u : FallDistances.UNITS.values()) {
            assertTrue(Double.parseDouble(u) > 0, u);
        }
    }

    @Test
    void aFallInFeetIsHeldInMetresAndShownAsWritten() {
        String s = "Rhys Alden, 41, died after falling about 200ft from a ledge.";
        List<AttributeClaim> claims = read(s, List.of(person(s, "Rhys Alden")), null);
        assertEquals(1, claims.size());
        AttributeClaim c = claims.get(0);
        assertEquals(AttributeClaim.FALL, c.attribute());
        assertEquals("Rhys Alden", c.entity());
        assertTrue(c.person());
        assertEquals("falling about 200ft", c.text());
        assertEquals("about 200ft", c.written());
        assertEquals(150 * 0.3048, c.low(), 1e-9);
        assertEquals(250 * 0.3048, c.high(), 1e-9);
        assertEquals("about 200ft (61 m)", c.valueText());
        assertTrue(c.eventBound());
    }

    @Test
    void metresGluedToTheNumberAreNotMillions() {
        String s = "Rhys Alden fell 60m down a gully.";
        AttributeClaim c = read(s, List.of(person(s, "Rhys Alden")), null).get(0);
        assertEquals("fell 60m", c.text());
        assertEquals(60, (c.low() + c.high()) / 2, 1);
        assertEquals("60m", c.valueText());
        String t = "Rhys Alden fell 60 metres down a gully.";
        assertEquals("fell 60 metres", read(t, List.of(person(t, "Rhys Alden")), null).get(0).text());
    }

    @Test
    void aFigureWithoutAUnitOfLengthOrFarFromTheVerbIsNoFall() {
        String s = "Rhys Alden fell 60 places in the rankings.";
        assertTrue(read(s, List.of(person(s, "Rhys Alden")), null).isEmpty());
        String money = "Rhys Alden fell $60m short of the target.";
        assertTrue(read(money, List.of(person(money, "Rhys Alden")), null).isEmpty());
        String far = "Rhys Alden fell on the ice near the hut, some 60 metres below.";
        assertTrue(read(far, List.of(person(far, "Rhys Alden")), null).isEmpty());
        String none = "Rhys Alden died on the ridge.";
        assertTrue(read(none, List.of(person(none, "Rhys Alden")), null).isEmpty());
    }

    @Test
    void theFallerIsTheNearestNameBeforeTheVerbInItsClause() {
        String s = "After Tom Hale's rescue, Rhys Alden fell 60 metres.";
        People.Mention hale = person(s, "Tom Hale");
        People.Mention alden = person(s, "Rhys Alden");
        assertEquals("Rhys Alden", read(s, List.of(hale, alden), null).get(0).entity());
        String speaker = "Inspector Tom Hale said the climber fell 60 metres.";
        assertTrue(read(speaker, List.of(person(speaker, "Tom Hale")), null).isEmpty(), "a speaker is not the faller");
        String that = "Tom Hale thinks that he fell 60 metres.";
        assertTrue(read(that, List.of(person(that, "Tom Hale")), null).isEmpty());
        String other = "Tom Hale watched as his son fell 60 metres.";
        assertTrue(read(other, List.of(person(other, "Tom Hale")), null).isEmpty(), "another person's noun");
        String owner = "Tom Hale's brother fell 60 metres.";
        assertTrue(read(owner, List.of(person(owner, "Tom Hale")), null).isEmpty(), "a possessor");
        String curly = "Tom Hale\u2019 s brother fell 60 metres.";
        assertTrue(read(curly, List.of(person(curly, "Tom Hale")), null).isEmpty());
        String after = "The climber fell 60 metres, Tom Hale said.";
        assertTrue(read(after, List.of(person(after, "Tom Hale")), null).isEmpty(), "a name after the verb");
    }

    @Test
    void aPronounOpeningTheSentenceIsThePersonTheSentenceBeforeNames() {
        String before = "Rhys Alden was climbing alone.";
        People.Mention alden = person(before, "Rhys Alden");
        assertEquals("Rhys Alden", read("He fell 60 metres.", List.of(), alden).get(0).entity());
        assertEquals("Rhys Alden", read("She slipped and fell 60 metres.", List.of(), alden).get(0).entity());
        assertTrue(read("He fell 60 metres.", List.of(), null).isEmpty());
        assertTrue(read("The man fell 60 metres.", List.of(), alden).isEmpty());
        assertTrue(read("He said the man fell 60 metres.", List.of(), alden).isEmpty());
        assertSame(alden, FallDistances.holder("He fell", 0, 3, List.of(), alden));
        assertNull(FallDistances.holder("Hence fell", 0, 6, List.of(), alden));
    }

    @Test
    void aSentenceWithoutAWordOfFallingIsNotRead() {
        assertFalse(FallDistances.mayGiveFall("Rhys Alden climbed 60 metres.", 0, 29));
        assertTrue(FallDistances.mayGiveFall("Rhys Alden FELL 60 metres.", 0, 26));
        assertTrue(FallDistances.mayGiveFall("x plummeted", 0, 11));
        assertFalse(FallDistances.mayGiveFall("x plummeted", 0, 5), "past the region");
    }

    @Test
    void theValueInMetres() {
        String s = "2 km and 3 miles and 5 yards and 7 and $9";
        var found = QuantityParser.find(s, 0, s.length());
        assertEquals(2000, FallDistances.metres(s, found.get(0)), 1e-9);
        assertEquals(3 * 1609.344, FallDistances.metres(s, found.get(1)), 1e-9);
        assertEquals(5 * 0.9144, FallDistances.metres(s, found.get(2)), 1e-9);
        assertTrue(Double.isNaN(FallDistances.metres(s, found.get(3))));
        assertTrue(Double.isNaN(FallDistances.metres(s, found.get(4))));
    }

    @Test
    void thePronounOpeningTheSentence() {
        assertEquals("He", FallDistances.openingPronoun("He fell 20 feet.", 0, 16));
        assertEquals("She", FallDistances.openingPronoun("She fell.", 0, 9));
        assertEquals("he", FallDistances.openingPronoun("But he fell.", 0, 12));
        assertEquals("she", FallDistances.openingPronoun("And, she fell.", 0, 14));
        String two = "Ann fell. She rose.";
        assertEquals("She", FallDistances.openingPronoun(two, 10, two.length()));
        assertNull(FallDistances.openingPronoun(two, 0, two.length()), "not at the start");
        assertNull(FallDistances.openingPronoun("Then he fell.", 0, 13));
        assertNull(FallDistances.openingPronoun("Hector fell.", 0, 12));
    }
}
