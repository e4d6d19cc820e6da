package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GendersTest {

    @Test
    void theListsAreLowerCaseWordsAndNoNameIsInBoth() {
        for (Set<String> list : java.util.List.of(Genders.FEMALE_NAMES, Genders.MALE_NAMES)) {
            assertTrue(list.size() > 100);
            for (String name : list) {
                assertTrue(name.matches("\\p{Ll}+"), name);
            }
        }
        for (String name : Genders.FEMALE_NAMES) {
            assertFalse(Genders.MALE_NAMES.contains(name), name + " is in both lists");
        }
        assertTrue(Genders.FEMALE_NAMES.containsAll(Set.of("anna", "mary", "bettie")));
        assertTrue(Genders.MALE_NAMES.containsAll(Set.of("mark", "john", "jerry")));
        // Names given to men and women alike are in neither.
        assertFalse(Genders.FEMALE_NAMES.contains("kim") || Genders.MALE_NAMES.contains("kim"));
        assertFalse(Genders.FEMALE_NAMES.contains("taylor") || Genders.MALE_NAMES.contains("taylor"));
    }

    @Test
    void titleNounsSayFemaleOrMale() {
        assertEquals("female", Genders.NOUNS.get("spokeswoman"));
        assertEquals("male", Genders.NOUNS.get("spokesman"));
        assertEquals("female", Genders.NOUNS.get("mrs"));
        assertNull(Genders.NOUNS.get("chairman"), "used for men and women alike");
        for (String g : Genders.NOUNS.values()) {
            assertTrue(g.equals("female") || g.equals("male"), g);
        }
    }

    @Test
    void pronouns() {
        assertEquals("female", Genders.ofPronoun("She"));
        assertEquals("female", Genders.ofPronoun("her"));
        assertEquals("male", Genders.ofPronoun("he"));
        assertEquals("male", Genders.ofPronoun("him"));
        assertNull(Genders.ofPronoun("they"));
    }

    private static People.Mention mention(String text, String name, String title) {
        int at = text.indexOf(name);
        return new People.Mention(new org.crosscheck.claims.Span(0, at + name.length()),
                new org.crosscheck.claims.Span(at, at + name.length()), name, name, name.toLowerCase(java.util.Locale.ROOT),
                true, title, null, null, true, null, 0, null);
    }

    @Test
    void aTitleOrHonorificBeforeTheNameTellsFirstThenTheFirstName() {
        String a = "Mrs. Robin Dale";
        assertEquals("female", Genders.of(mention(a, "Robin Dale", null), a));
        String b = "spokeswoman Mark Dale";
        assertEquals("female", Genders.of(mention(b, "Mark Dale", null), b), "the title before the name tells first");
        String c = "Mark Dale";
        assertEquals("male", Genders.of(mention(c, "Mark Dale", null), c));
        assertEquals("female", Genders.of(mention(c, "Mark Dale", "Beaumont Hospital spokeswoman"), c),
                "a title read elsewhere in the article");
        String d = "Anna Perl";
        assertEquals("female", Genders.of(mention(d, "Anna Perl", "chairman"), d), "chairman says nothing; the name does");
        String e = "Robin Dale";
        assertNull(Genders.of(mention(e, "Robin Dale", null), e));
        String f = "director Robin Dale";
        assertNull(Genders.of(mention(f, "Robin Dale", null), f));
        String g = "Dr. J. Dale";
        assertNull(Genders.of(mention(g, "J. Dale", null), g));
    }

    @Test
    void aPronounAgreesWithAnyoneNothingSaysIsOfTheOtherSex() {
        String a = "Mark Dale";
        assertFalse(Genders.agrees("she", mention(a, "Mark Dale", null), a));
        assertTrue(Genders.agrees("he", mention(a, "Mark Dale", null), a));
        String b = "Robin Dale";
        assertTrue(Genders.agrees("she", mention(b, "Robin Dale", null), b));
        assertTrue(Genders.agrees("he", mention(b, "Robin Dale", null), b));
        assertTrue(Genders.agrees("they", mention(a, "Mark Dale", null), a));
    }

    private static People.Mention mentionKeyed(String text, int at, String name, String key) {
        int start = at >= 4 && text.startsWith("M", at - 4) ? at - 4 : at;
        return new People.Mention(new org.crosscheck.claims.Span(start, at + name.length()),
                new org.crosscheck.claims.Span(at, at + name.length()), name, name, key, true, null, null, null, true, null, 0, null);
    }

    @Test
    void aPersonsGenderIsWhatAnyOfTheirMentionsTells() {
        String text = "Ruth Lund met Tomas Berg. Lund left. Mr. Berg stayed. Voss came. Ms. Voss and Mr. Voss.";
        People.Mention ruth = mentionKeyed(text, 0, "Ruth Lund", "lund");
        People.Mention lund = mentionKeyed(text, text.indexOf("Lund left"), "Lund", "lund");
        People.Mention tomas = mentionKeyed(text, text.indexOf("Tomas"), "Tomas Berg", "berg");
        People.Mention berg = mentionKeyed(text, text.indexOf("Berg stayed"), "Berg", "berg");
        People.Mention voss = mentionKeyed(text, text.indexOf("Voss came"), "Voss", "voss");
        People.Mention ms = mentionKeyed(text, text.indexOf("Voss and"), "Voss", "voss");
        People.Mention mr = mentionKeyed(text, text.lastIndexOf("Voss"), "Voss", "voss");
        java.util.List<People.Mention> people = java.util.List.of(ruth, tomas, lund, berg, voss, ms, mr);
        assertEquals("female", Genders.ofPerson("lund", people, text), "the first name of another mention tells");
        assertNull(Genders.of(lund, text), "the surname alone tells nothing");
        assertEquals("male", Genders.ofPerson("berg", people, text));
        assertNull(Genders.ofPerson("voss", people, text), "Ms. and Mr. Voss: two people, or none known");
        assertEquals("female", Genders.ofPerson("voss", java.util.List.of(voss, ms), text));
        assertNull(Genders.ofPerson("voss", java.util.List.of(voss), text));
        assertNull(Genders.ofPerson("nobody", people, text));
        assertFalse(Genders.agreesWithPerson("He", lund, people, text));
        assertTrue(Genders.agreesWithPerson("she", lund, people, text));
        assertTrue(Genders.agreesWithPerson("He", berg, people, text));
        assertFalse(Genders.agreesWithPerson("she", berg, people, text));
        assertTrue(Genders.agreesWithPerson("He", voss, people, text), "nothing known: either pronoun may");
        assertTrue(Genders.agreesWithPerson("they", lund, people, text));
    }
}
