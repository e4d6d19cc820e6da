package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** A named person's prison term; sentences in context are in the golden file and the rule cases. */
class PrisonTermsTest {

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        PrisonTerms.sentence(text, "d", 0, text.length(), null, List.of(), null, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(PrisonTerms.NOUNS.containsAll(List.of("sentence", "term")));
        assertTrue(PrisonTerms.HEDGES.containsAll(List.of("faces", "up to", "probation", "suspended", "if convicted")));
        assertTrue(PrisonTerms.SERVING_VERBS.containsAll(List.of("received", "is serving", "was given", "served")));
        for (Set<String> list : List.of(PrisonTerms.NOUNS, PrisonTerms.HEDGES, PrisonTerms.SERVING_VERBS)) {
            assertFalse(list.isEmpty());
            for (String w : list) {
                assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
            }
        }
    }

    @Test
    void theFormsOfATerm() {
        String[][] cases = {
            // sentence, entity, claim's words, low, high, attribute
            {"A judge sentenced Ada Lund to seven years in prison.", "Ada Lund", "Ada Lund to seven years", "7", "7", "prison term"},
            {"Tom Hale, 34, was sentenced Friday to 30 months.", "Tom Hale", "Tom Hale, 34, was sentenced Friday to 30 months",
                "2.5", "2.5", "prison term"},
            {"Judge Ann Kerr sentenced Brian Tolle Saturday to 10 to 20 years.", "Brian Tolle", "Brian Tolle Saturday to 10 to 20 years",
                "10", "20", "prison term"},
            {"Ada Lund is serving a 12-year prison term.", "Ada Lund", "Ada Lund is serving a 12-year prison term", "12", "12",
                "prison term"},
            {"Ada Lund's five-year sentence ended in 2009.", "Ada Lund", "Ada Lund's five-year sentence", "5", "5", "prison term (2009)"},
            {"Before 1997, Ada Lund had served only a five-year rap in 1959.", "Ada Lund", "Ada Lund had served only a five-year rap",
                "5", "5", "prison term (1959)"},
            {"Ada Lund was sentenced in 1990 to seven years and freed in 1995.", "Ada Lund",
                "Ada Lund was sentenced in 1990 to seven years", "7", "7", "prison term (1990)"},
            {"Ada Lund was sentenced to seven years in 1990, and freed in 1995.", "Ada Lund",
                "Ada Lund was sentenced to seven years", "7", "7", "prison term (1990)"},
            {"Ada Lund was sentenced in 2001 to eight years.", "Ada Lund", "Ada Lund was sentenced in 2001 to eight years", "8", "8",
                "prison term (2001)"},
            {"Ada Lund served four and a half months in prison for the fraud.", "Ada Lund",
                "Ada Lund served four and a half months in prison", "0.375", "0.375", "time served"},
            {"Ada Lund had served 3-1/2 years behind bars.", "Ada Lund", "Ada Lund had served 3-1/2 years behind bars", "3.5", "3.5",
                "time served"},
            {"Ada Lund served two years in a state prison in 1988.", "Ada Lund", "Ada Lund served two years in a state prison", "2", "2",
                "time served (1988)"},
            {"Ada Lund received six years in federal prison.", "Ada Lund", "Ada Lund received six years in federal prison", "6", "6",
                "prison term"},
            {"A judge sentenced Ada Lund to 2 1/2 years.", "Ada Lund", "Ada Lund to 2 1/2 years", "2.5", "2.5", "prison term"},
            {"A judge sentenced Ada Lund to 4-1/2 years.", "Ada Lund", "Ada Lund to 4-1/2 years", "4.5", "4.5", "prison term"},
            {"A judge sentenced Ada Lund to two and a half years.", "Ada Lund", "Ada Lund to two and a half years", "2.5", "2.5",
                "prison term"},
            {"A judge sentenced Ada Lund to 6\u00bd months.", "Ada Lund", "Ada Lund to 6\u00bd months", "0.5416666666666666",
                "0.5416666666666666", "prison term"},
            {"A judge sentenced Ada Lund to 2-5 years.", "Ada Lund", "Ada Lund to 2-5 years", "2", "5", "prison term"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.entity(), c[0]);
            assertEquals(c[2], a.text(), c[0]);
            assertEquals(Double.parseDouble(c[3]), a.low(), 1e-9, c[0]);
            assertEquals(Double.parseDouble(c[4]), a.high(), 1e-9, c[0]);
            assertEquals(c[5], a.attribute(), c[0]);
            assertTrue(a.person() && a.eventBound() && a.prisonTerm(), c[0]);
        }
    }

    @Test
    void noTermWhereNoneWasImposedOrTheHolderIsUnclear() {
        for (String s : List.of(
                "Ada Lund faces up to 20 years in prison.",
                "Ada Lund could be sentenced to 20 years.",
                "Ada Lund was sentenced to three years of probation.",
                "Ada Lund was sentenced to life in prison.",
                "Lund was sentenced to seven years.",
                "Ada Lund was sentenced to seven years and freed in 1995, not in 1990.",
                "The Hawks signed Ada Lund to a five-year deal.",
                "Vincent Rask met Louis Rask. Rask was sentenced to seven years.",
                "He was sentenced to seven years.")) {
            assertEquals(List.of(), read(s), s);
        }
    }

    @Test
    void aLengthAfterServingIsReadOnlyInPrison() {
        assertTrue(read("Ada Lund served five months on the city council.").isEmpty());
        assertTrue(read("Ada Lund served five months as mayor.").isEmpty());
        assertTrue(read("Ada Lund served zero months in prison.").isEmpty());
        AttributeClaim served = read("Ada Lund served five months in jail.").get(0);
        AttributeClaim term = read("Ada Lund received a five-month sentence.").get(0);
        assertEquals("five months", served.valueText());
        assertFalse(served.attribute().equals(term.attribute()), "the time served is never set against the term imposed");
    }

    @Test
    void yearsKeyTheTerm() {
        assertEquals("prison term", PrisonTerms.attribute("Lund was sentenced to seven years.", 0, 34));
        String two = "In 1990 Lund, jailed in 1995, was sentenced.";
        assertNull(PrisonTerms.attribute(two, 0, two.length()));
        String one = "In 1990 Lund, jailed in 1990, was sentenced.";
        assertEquals("prison term (1990)", PrisonTerms.attribute(one, 0, one.length()));
        String comma = "Lund paid 1,995 dollars.";
        assertEquals("prison term", PrisonTerms.attribute(comma, 0, comma.length()));
    }

    @Test
    void aSentenceWithoutAYearTakesTheOneBefore() {
        String text = "Ada Lund was convicted in July 1997. He was sentenced to 12 years in prison.";
        int second = text.indexOf("He ");
        Span name = new Span(0, 8);
        People.Mention lund = new People.Mention(name, name, "Ada Lund", "Ada Lund", People.personKey("Ada Lund"), true, null,
                null, null, true, null, 0, null);
        List<AttributeClaim> out = new ArrayList<>();
        PrisonTerms.sentence(text, "d", second, text.length(), new int[] {0, second - 1}, List.of(lund), lund, DateClaim.NO_DAY,
                null, out);
        assertEquals(1, out.size());
        assertEquals("prison term (1997)", out.get(0).attribute());
        assertEquals("Ada Lund", out.get(0).entity());
        assertEquals(12, out.get(0).low());
    }

    @Test
    void aDocumentThatGivesOnePersonTwoTermsGivesNone() {
        List<AttributeClaim> a = read("A judge sentenced Ada Lund to seven years in prison.");
        List<AttributeClaim> b = read("A judge sentenced Ada Lund to five years in prison.");
        List<AttributeClaim> c = read("A judge sentenced Tom Hale to five years in prison.");
        List<AttributeClaim> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        all.addAll(c);
        assertEquals(c, PrisonTerms.settle(all));
        assertEquals(a, PrisonTerms.settle(a));
    }

    @Test
    void aTermIsWrittenAsALength() {
        AttributeClaim five = read("Ada Lund received a five-year sentence.").get(0);
        assertEquals("five years", five.valueText());
        AttributeClaim months = read("Ada Lund received a 30-month sentence.").get(0);
        assertEquals("30 months", months.valueText());
        assertEquals(2.5, months.low(), 1e-9);
    }

    @Test
    void aSentenceWithoutADigitOrANumbersWordIsNotSearched() {
        assertTrue(PrisonTerms.mayGiveTerm("Ada Lund was sentenced to 7 years.", 0, 34));
        assertTrue(PrisonTerms.mayGiveTerm("Ada Lund was sentenced to seven years.", 0, 38));
        assertTrue(PrisonTerms.mayGiveTerm("Ada Lund was sentenced to TWENTY-ONE years.", 0, 43), "case aside");
        assertFalse(PrisonTerms.mayGiveTerm("Ada Lund was sentenced to life in prison.", 0, 41));
        assertTrue(PrisonTerms.mayGiveTerm("Ada Lund was sentenced to life in prison.", 0, 41, false), "asked for no figure");
        assertFalse(PrisonTerms.mayGiveTerm("Ada Lund was sentenced to 7 years.", 0, 26), "the figure cut by the range");
        assertTrue(read("Ada Lund was sentenced to life in prison.").isEmpty());
        assertEquals(1, read("Ada Lund was sentenced to 7 years.").size());
        // A number's word inside another word ("sentenced", "someone") or without white space before it begins no term.
        assertFalse(PrisonTerms.mayHoldNumber("Someone sentenced Ada Lund (seven) to life,7", 0, 44));
        assertTrue(PrisonTerms.mayHoldNumber("Lund\tNineteen", 0, 14), "after a tab, in capitals");
        assertFalse(PrisonTerms.mayHoldNumber("Lund \u017Fix", 0, 8), "a long s is no s to the pattern");
        assertFalse(PrisonTerms.mayHoldNumber("Lund nin", 0, 8), "cut by the range");
        assertFalse(PrisonTerms.mayHoldNumber(" 7 years", 0, 1), "white space before the range counts for nothing");
        assertEquals(8 + 9 + 10, PrisonTerms.NUMBER_WORDS.length);
        assertTrue(List.of(PrisonTerms.NUMBER_WORDS).containsAll(List.of("one", "nine", "ten", "nineteen", "twenty", "ninety")));
    }

    @Test
    void aSentenceIsSearchedForAServingVerbOnlyWhenItHoldsEachWordOfOne() {
        String text = "Lund had served only a rap. Lund has been in court. Lund began it, serving little. Lund Got it.";
        assertTrue(PrisonTerms.mayServe(text, 0, 27));
        assertFalse(PrisonTerms.mayServe(text, 28, 51), "has been, without serving");
        assertTrue(PrisonTerms.mayServe(text, 52, 81), "both words of one verb, apart");
        assertTrue(PrisonTerms.mayServe(text, 82, text.length()), "case aside, as a first test");
        assertFalse(PrisonTerms.mayServe(text, 0, 10), "cut by the range");
    }
}
