package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** "No one was killed" is a count of none, never a toll of one. */
class NoOneTest {

    private static boolean noOne(String text) {
        int at = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("one");
        return QuantityExtractor.noOne(text, at, at + 3);
    }

    @Test
    void noOneAndNotOneAreNone() {
        assertTrue(noOne("but no one was killed"));
        assertTrue(noOne("No one"));
        assertTrue(noOne("not  one"));
        assertFalse(noOne("killing one"));
        assertFalse(noOne("one"));
        assertFalse(noOne("piano one"), "a word that ends in 'no' is not 'no'");
        assertFalse(QuantityExtractor.noOne("no two were hurt", 3, 6), "only the word one");
    }

    @Test
    void noOneWasKilledIsATollOfNoneThatAFigureOfTheArticleOutranks() {
        String text = "Published: March 3, 2022 10:00 GMT\nFlood in Valmora\n"
                + "A flood struck the town of Valmora on Wednesday, but no one was killed.\n"
                + "One person was killed in Lindor.\n";
        List<QuantityClaim> tolls = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims().stream()
                .filter(c -> c instanceof QuantityClaim).map(c -> (QuantityClaim) c).toList();
        assertEquals(List.of("killed 0", "killed 1"), tolls.stream().map(Claim::value).toList(),
                "the none is read (TollWords), never as a toll of one");
        assertFalse(tolls.get(0).comparable(), "a figure the article gives for the measure is its claim");
        assertTrue(tolls.get(1).comparable());
    }
}
