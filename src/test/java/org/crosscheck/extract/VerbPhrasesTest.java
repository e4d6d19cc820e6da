package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** A price closes a verb's phrase; a participle after an article is no verb (thirty-seventh session). */
class VerbPhrasesTest {

    @Test
    void withoutPriceTakesOutAnObjectThatEndsInAPrice() {
        assertEquals(" in ", VerbPhrases.withoutPrice(" two of his pits for a reported $4 million in "));
        assertEquals(" ", VerbPhrases.withoutPrice(" the farm for $900,000 "));
        assertEquals(" the farm, for $900,000 in ", VerbPhrases.withoutPrice(" the farm, for $900,000 in "), "a comma in the object");
        assertEquals(" the farm for nothing in ", VerbPhrases.withoutPrice(" the farm for nothing in "), "no sum");
        assertEquals(" the farm for $9 million and then in ", VerbPhrases.withoutPrice(" the farm for $9 million and then in "),
                "the price does not end the words");
        assertEquals(" 1 2 3 4 5 6 7 8 9 for $9 in ", VerbPhrases.withoutPrice(" 1 2 3 4 5 6 7 8 9 for $9 in "), "nine words of object");
        assertEquals(" in ", VerbPhrases.withoutPrice(" 1 2 3 4 5 6 7 8 for $9 in "), "eight words of object");
    }

    @Test
    void aParticipleAfterAnArticleHasNoDateOfItsOwn() {
        String text = "It fetched a reported $4 million. He reported it.";
        assertTrue(VerbPhrases.participleAfterArticle(text, new Span(13, 21)), "a reported sum");
        assertFalse(VerbPhrases.participleAfterArticle(text, new Span(37, 45)), "a verb after its subject");
        assertFalse(VerbPhrases.participleAfterArticle("the announcement", new Span(4, 16)), "a noun, not a participle");
        assertFalse(VerbPhrases.participleAfterArticle("the ed", new Span(4, 6)), "too short for a participle");
    }

    @Test
    void anUpperCaseParticipleAfterAnArticleIsOneToo() {
        assertTrue(VerbPhrases.participleAfterArticle("The REPORTED sum", new Span(4, 12)));
        assertFalse(VerbPhrases.participleAfterArticle("his reported sum", new Span(4, 12)), "no article before it");
    }
}
