package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** How many years a named person has served, read where the clause says whose years they are. */
class ServiceYearsTest {

    /** The claims of one sentence as "Name: N (words)", the people being those of the names listed that it holds. */
    private static List<String> read(String text, People.Mention before) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        for (String name : List.of("Lund", "Okafor", "Roe")) {
            if (text.contains(name)) {
                here.add(TestPeople.mention(text, name, "Ada " + name));
            }
        }
        here.sort((x, y) -> x.nameSpan().compareTo(y.nameSpan()));
        ServiceYears.sentence(text, "d", 0, text.length(), here, before, DateClaim.NO_DAY, null, out);
        List<String> got = new ArrayList<>();
        for (AttributeClaim a : out) {
            assertEquals(AttributeClaim.SERVICE_YEARS, a.attribute());
            assertTrue(a.person() && a.eventBound(), text);
            assertEquals(a.low(), a.high(), 1e-9);
            got.add(a.entity() + ": " + (int) a.low() + " (" + a.text() + ")");
        }
        return got;
    }

    private static List<String> read(String text) {
        return read(text, null);
    }

    @Test
    void nounsAreReadFromTheirList() {
        assertTrue(ServiceYears.NOUNS.containsAll(List.of("veteran", "employee", "member")));
        assertFalse(ServiceYears.NOUNS.contains("old"), "an age");
        ServiceYears.NOUNS.forEach(w -> assertEquals(w.strip().toLowerCase(Locale.ROOT), w));
    }

    @Test
    void theOwnerOfTheYears() {
        assertEquals(List.of("Ada Lund: 15 (Lund, a 15-year veteran)"),
                read("Lund, a 15-year veteran of the force, was hurt."), "an apposition");
        assertEquals(List.of("Ada Lund: 12 (Lund, a twelve-year police veteran)"),
                read("Lund, a twelve-year police veteran, was hurt."), "in words, a word between");
        assertEquals(List.of("Ada Lund: 28 (was a 28-year member)"), read("Captain Lund was a 28-year member of the unit."));
        assertEquals(List.of("Ada Lund: 28 (has been a twenty-eight-year employee)"),
                read("Lund has been a twenty-eight-year employee."));
        assertEquals(List.of("Ada Lund: 15 (had worked for the county for 15 years)"),
                read("Lund had worked for the county for 15 years."));
        assertEquals(List.of("Ada Lund: 9 (has worked for nine years)"), read("Lund has worked for nine years at the mill."));
        assertEquals(List.of("Ada Lund: 11 (had been with the force for 11 years)"),
                read("Lund had been with the force for 11 years."));
        assertEquals(List.of("Ada Lund: 15 (\u2019d worked for 15 years)"),
                read("Lund was suspended from the plant, where she\u2019d worked for 15 years."));
    }

    @Test
    void twoOwnersInOneSentenceKeepTheirOwnYears() {
        assertEquals(List.of("Ada Lund: 28 (was a 28-year veteran)", "Ada Okafor: 11 (had been with the force for 11 years)"),
                read("Captain Lund was a 28-year veteran, and Trooper Okafor, a dog handler, had been with the force for 11 years."));
        assertEquals(List.of("Ada Okafor: 20 (Okafor, a 20-year veteran)"),
                read("Lund said Okafor, a 20-year veteran, was stable."), "the apposition's name, not the sentence's first");
    }

    @Test
    void aPronounOpeningTheSentenceStandsForThePersonBefore() {
        People.Mention before = TestPeople.mention("Ada Roe", "Ada Roe", "Ada Roe");
        assertEquals(List.of("Ada Roe: 15 (was a 15-year veteran)"), read("He was a 15-year veteran of the department.", before));
        assertEquals(List.of(), read("He was a 15-year veteran of the department."), "no one before");
    }

    @Test
    void theOwnerIsKeyedAsTheArticleKeysThePerson() {
        String text = "Lund, a 15-year veteran of the force, was hurt.";
        org.crosscheck.claims.Span at = new org.crosscheck.claims.Span(0, 4);
        People.Mention lund = new People.Mention(at, at, "Lund", "Ada Lund", "ada lund of the story", true, null, null, null, true,
                null, 0, null);
        List<AttributeClaim> out = new ArrayList<>();
        ServiceYears.sentence(text, "d", 0, text.length(), List.of(lund), null, DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals("ada lund of the story", out.get(0).entityKey(), "the mention's own key, not one made again from the name");
    }

    @Test
    void notReadWithoutAClearOwnerOrExactYears() {
        assertEquals(List.of(), read("Lund, a 15-year-old member of the club, was hurt."), "an age");
        assertEquals(List.of(), read("Lund has worked for about 15 years."), "a hedged number");
        assertEquals(List.of(), read("The 15-year veteran was hurt."), "no name");
        assertEquals(List.of(), read("A 40-year-old deputy was a 15-year veteran of the force."), "a person described by age alone");
        assertEquals(List.of(), read("Lund said he was a 15-year veteran."), "another clause");
        assertEquals(List.of(), read("Lund was given a 15-year sentence."), "not a service noun");
        assertEquals(List.of(), read("Lund had been in prison for 15 years."), "not work");
        assertEquals(List.of(), read("Lund was a zero-year veteran."), "no number");
        assertFalse(ServiceYears.mayGive("Lund worked hard.", 0, 17), "no year");
        assertFalse(ServiceYears.mayGive("Lund is 15 years old.", 0, 21), "no service word");
        assertTrue(ServiceYears.mayGive("Lund had been with them for 15 years.", 0, 37));
    }
}
