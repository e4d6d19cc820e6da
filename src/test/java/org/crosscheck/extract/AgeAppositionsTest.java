package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An age in a description a name follows in apposition; whole sentences are in the attribute goldens. */
class AgeAppositionsTest {

    /** The words from where the description opens to its age (the text's first "-year-old"), or null when no one is named. */
    private static String opening(String text, String name) {
        int age = text.indexOf("-year-old");
        int start = age;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        People.Mention m = TestPeople.mention(text, name, name);
        AgeAppositions.Apposed a = AgeAppositions.named(text, 0, text.length(), start, age + "-year-old".length(), List.of(m));
        if (a == null) {
            return null;
        }
        assertEquals(m, a.person());
        return text.substring(a.start(), start);
    }

    @Test
    void aDescriptionThatANameFollows() {
        assertEquals("a ", opening("Police said a 15-year-old boy, Toby Marsh, was shot.", "Toby Marsh"));
        assertEquals("A ", opening("A 15-year-old boy, Toby Marsh was shot.", "Toby Marsh"));
        assertEquals("an unarmed ", opening("Officers arrested an unarmed 23-year-old woman, Della Crane.", "Della Crane"));
        assertEquals("Her then ", opening("Her then 19-year-old first cousin, Orrin Voss, testified.", "Orrin Voss"));
        assertEquals("their ", opening("Jackman's home-their 8-year-old son, Oscar Pell.", "Oscar Pell"));
        assertEquals("his ", opening("The body of his 58-year-old mother, Alva Brindle; no one else.", "Alva Brindle"));
        assertEquals("A ", opening("A 15-year-old boy, Toby Marsh", "Toby Marsh"));
        assertEquals("A ", opening("A 15-year-old boy, Toby Marsh, of Denver, was shot.", "Toby Marsh"));
        assertEquals("A ", opening("A 15-year-old boy, Toby Marsh Jr., was shot.", "Toby Marsh"));
        assertEquals("Her ", opening("(Her 15-year-old son, Toby Marsh) was shot.", "Toby Marsh"));
    }

    @Test
    void notAnApposition() {
        // A list of people, or a name that is one of several.
        assertNull(opening("A 15-year-old boy, Toby Marsh and Della Crane were hurt.", "Toby Marsh"));
        assertNull(opening("A 15-year-old boy, Toby Marsh or Della Crane was hurt.", "Toby Marsh"));
        assertNull(opening("A 15-year-old boy, Toby Marsh, and Della Crane were hurt.", "Toby Marsh"));
        assertNull(opening("A 15-year-old boy, Toby Marsh, or Della Crane was hurt.", "Toby Marsh"));
        assertNull(opening("A 15-year-old boy, Toby Marsh, 40, and Della Crane were hurt.", "Toby Marsh"));
        assertNull(opening("A 15-year-old boy, Toby Marsh, Della Crane and others were hurt.", "Toby Marsh"));
        assertNull(opening("A 15-year-old boy, Toby Marsh's father, spoke.", "Toby Marsh"));
        // The age of something else, or of someone the name may not be.
        assertNull(opening("He sold a 15-year-old car, Toby Marsh said.", "Toby Marsh"));
        assertNull(opening("The father of a 15-year-old boy, Toby Marsh, spoke.", "Toby Marsh"));
        assertNull(opening("The 15-year-old boy and his father, Toby Marsh, spoke.", "Toby Marsh"));
        assertNull(opening("The 15-year-old boy with his father, Toby Marsh, spoke.", "Toby Marsh"));
        // No determiner, or words between the noun and the name.
        assertNull(opening("Police said 15-year-old boy, Toby Marsh, was shot.", "Toby Marsh"));
        assertNull(opening("Police said a 15-year-old boy, said Toby Marsh, was shot.", "Toby Marsh"));
        assertNull(opening("Police said a 15-year-old boy Toby Marsh was shot.", "Toby Marsh"));
        assertNull(opening("Police said a 15-year-old Boy, Toby Marsh, was shot.", "Toby Marsh"));
        // The name must open right after the comma: a mention elsewhere is not the one in apposition.
        assertNull(opening("Toby Marsh said a 15-year-old boy, Della Crane, was shot.", "Toby Marsh"));
    }
}
