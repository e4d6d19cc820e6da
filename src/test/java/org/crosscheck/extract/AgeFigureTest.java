package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A figure that is an age is no count of years ({@link QuantityExtractor#age}). */
class AgeFigureTest {

    private static boolean age(String text, String figure) {
        int at = text.indexOf(figure);
        return QuantityExtractor.age(text, at + figure.length());
    }

    @Test
    void anAgeIsNoCount() {
        assertTrue(age("A 59-year-old grandmother was killed.", "59"));
        assertTrue(age("an 11-year old girl", "11"));
        assertTrue(age("She was 27 years old then.", "27"));
        assertTrue(age("a 16-years-old boy", "16"));
        assertTrue(age("a fifty-YEAR-OLD man", "fifty"));
        assertTrue(age("the 14-year-old.", "14"));
    }

    @Test
    void aCountOfYearsIsNoAge() {
        assertFalse(age("He served 12 years in prison.", "12"));
        assertFalse(age("a 28-year veteran of the force", "28"));
        assertFalse(age("12 years older than her", "12"));
        assertFalse(age("for 15 years, old friends said", "15"));
        assertFalse(age("23 pirates", "23"));
    }

    @Test
    void readOnEndToEnd() {
        String text = "A 59-year-old grandmother and 12 neighbours were hurt in the blast.";
        ExtractedDocument d = Extractor.extract(org.crosscheck.clean.Cleaner.clean(
                org.crosscheck.Fixtures.document("s", "Published: 2024-05-06\n" + text + "\n")));
        assertTrue(d.claims().stream().noneMatch(c -> c instanceof org.crosscheck.claims.QuantityClaim q && q.low() == 59),
                "no count of 59 years");
        assertTrue(d.claims().stream().anyMatch(c -> c instanceof org.crosscheck.claims.QuantityClaim q && q.low() == 12),
                "the count beside it is read");
        assertTrue(d.claims().stream().anyMatch(c -> c instanceof org.crosscheck.claims.AttributeClaim a && "age".equals(a.attribute())
                && a.entityKey().equals(org.crosscheck.claims.AttributeClaim.DESCRIBED + 59)), "the grandmother's age");
    }
}
