package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/**
 * The noun a figure counts read past adverbs, joined describing words, words of a nation and a
 * partitive's "of" ({@link CountedPhrases}), on sentences written for the test in several forms.
 */
class CountedPhrasesTest {

    private static List<String> rewritten(String written) {
        return CountedPhrases.rewritten(written.isEmpty() ? List.of() : List.of(written.split(" ")));
    }

    /** {measure, counted} of each figure the extractor reads in one sentence of a dated article. */
    private static List<String> measures(String sentence) {
        String text = "Published: March 3, 2022 10:00 GMT\nA report from Valmora\n" + sentence + "\n";
        List<Claim> claims = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims();
        return claims.stream().filter(c -> c instanceof QuantityClaim).map(c -> (QuantityClaim) c)
                .map(q -> q.measure() + "/" + q.subject() + "/" + q.counted()).toList();
    }

    @Test
    void adverbsAndJoinedDescribingWordsArePassed() {
        assertEquals(List.of("pirates", "near"), rewritten("heavily armed Somali and Yemeni pirates near"));
        assertEquals(List.of("girls"), rewritten("extremely impressionable and young girls"));
        assertEquals(List.of("brigands", "were", "held"), rewritten("Somali and Yemeni sea brigands were held"));
        assertEquals(List.of("houses"), rewritten("very badly burnt houses"));
        assertEquals(List.of("girls", "who"), rewritten("10-year-old girls who"));
    }

    @Test
    void aSingleProperWordBeforeTheNounIsKept() {
        assertEquals(List.of("Valmoran", "fishermen", "were", "seized"), rewritten("heavily armed Valmoran fishermen were seized"));
        assertEquals(List.of("fishermen"), rewritten("armed Valmoran and Ostrian fishermen"), "joined words of two nations: none kept");
    }

    @Test
    void aPartitivesDeterminerIsPassed() {
        assertEquals(List.of("people", "were", "targeted"), rewritten("of the people were targeted"));
        assertEquals(List.of("kids", "while"), rewritten("of her daughter's orphaned kids while"));
        assertEquals(List.of("people", "who", "have", "been", "convicted"), rewritten("of those who have been convicted"));
        assertEquals(List.of("officers"), rewritten("of the police officers"), "a noun before a plural describes it");
        assertNull(rewritten("of those"), "no clause: whom 'those' stands for is not said");
        assertNull(rewritten("of them were"));
        assertNull(rewritten("of which were form"));
    }

    @Test
    void thePhraseEndsAtAPrepositionVerbOrMark() {
        assertNull(rewritten("for the visitors"));
        assertNull(rewritten("heavily in the"));
        assertNull(rewritten("were killed"));
        assertNull(rewritten("and killed"), "'and' joins nothing at the start");
        assertNull(rewritten("always"), "an adverb ending in s: not-counted-nouns.txt");
        assertNull(rewritten("quick brown lazy old grey tired sleepy dogs"), "the noun past seven words");
        assertNull(rewritten(""));
    }

    @Test
    void wordsAreReadInTheSentenceUpToAMark() {
        String text = "seized 23 heavily armed Somali pirates' boats, and others";
        assertEquals(List.of("heavily", "armed", "Somali", "pirates'", "boats"), CountedPhrases.words(text, 10, text.length(), 10));
        assertEquals(List.of("two", "10-year-old", "girls"), CountedPhrases.words("two 10-year-old girls 5 more", 0, 28, 10));
        assertEquals(List.of("a", "b"), CountedPhrases.words("a b c d", 0, 7, 2), "at most the words asked for");
        assertTrue(CountedPhrases.possessive("daughter's"));
        assertTrue(CountedPhrases.possessive("workers'"));
        assertFalse(CountedPhrases.possessive("s'"));
    }

    @Test
    void theWordListsAreRead() {
        assertTrue(CountedPhrases.DETERMINERS.containsAll(List.of("the", "those", "her", "all")));
        assertTrue(CountedPhrases.RELATIVES.contains("who"));
        assertTrue(CountedPhrases.NOT_NOUNS.contains("always"));
        assertFalse(CountedPhrases.noun("always"));
        assertTrue(CountedPhrases.noun("pirates"));
    }

    @Test
    void theExtractorReadsTheNoun() {
        assertEquals(List.of("arrested/valmoran/pirates"), measures("The navy arrested 23 heavily armed Valmoran pirates."));
        assertEquals(List.of("arrested/null/pirates"), measures("The navy arrested 23 heavily armed Valmoran and Ostrian pirates."));
        assertEquals(List.of("girls/null/null"), measures("It was done in front of two extremely impressionable and young girls."));
        assertEquals(List.of("people/null/null"), measures("Not all three of the people were there."));
        assertTrue(measures("All seven of those who have been prosecuted were convicted on Monday.").get(0).startsWith("people/"));
        assertEquals(List.of("people/null/children"), measures("She cares for five of her daughter's orphaned children now."));
        assertEquals(List.of("people/null/null"), measures("Ten people were at the scene."), "the usual reading is kept");
        assertEquals(List.of("for/null/null"), measures("Smith scored 13 for the visitors."), "no noun: the reading is kept");
    }
}
