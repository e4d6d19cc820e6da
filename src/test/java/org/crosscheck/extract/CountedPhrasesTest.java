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
        assertEquals(List.of("girls"), rewritten("visibly frightened and young girls"));
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
    void aRelativeAfterTheFigureCountsPeople() {
        assertEquals(List.of("people", "who", "loved", "him"), rewritten("who loved him"));
        assertEquals(List.of("people", "whom", "police"), rewritten("whom police"));
        assertNull(rewritten("that entered his body"), "'that' may stand for anything");
    }

    @Test
    void aPartitivesWholeMayBeGivenByAFigure() {
        assertEquals(List.of("points", "in"), rewritten("of Valmora's first 17 points in"));
        assertEquals(List.of("games", "with"), rewritten("of the Rovers' 16 games with"));
        assertNull(rewritten("heavily 17 points"), "a figure outside a partitive ends the phrase");
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
        assertEquals(List.of("two", "10-year-old", "girls", "5", "more"), CountedPhrases.words("two 10-year-old girls 5 more", 0, 28, 10));
        assertEquals(List.of("of", "the", "1"), CountedPhrases.words("of the 1,263 others", 0, 19, 10), "a number's comma ends the words");
        assertEquals(List.of("a", "b"), CountedPhrases.words("a b c d", 0, 7, 2), "at most the words asked for");
        assertTrue(CountedPhrases.possessive("daughter's"));
        assertTrue(CountedPhrases.possessive("workers'"));
        assertFalse(CountedPhrases.possessive("s'"));
    }

    @Test
    void aPartOfACountIsReadAtItsNounAndNeverCompared() {
        List<QuantityClaim> q = claims("Seven other elder workers were hiding nearby, and two more workers were killed in the blast.");
        assertEquals("people", q.get(0).measure());
        assertEquals("workers", q.get(0).counted());
        assertFalse(q.get(0).comparable());
        assertEquals("killed", q.get(1).measure());
        assertFalse(q.get(1).comparable(), "two more killed: a part of the toll");
        List<QuantityClaim> rifles = claims("Officers seized seven rifles and three other rifles in the boat.");
        assertEquals("rifle seized", rifles.get(1).measure());
        assertFalse(rifles.get(1).comparable(), "three other rifles are not the rifles' count");
        assertTrue(claims("Valmoran police said 23 heavily armed Valmoran pirates were arrested on Monday.").get(0).comparable(),
                "the whole count is compared");
    }

    @Test
    void aPartitiveOrARelativesGroupIsNeverCompared() {
        List<QuantityClaim> q = claims("Doctors said 25 of the 90 wounded stayed in hospital.");
        assertEquals("injured", q.get(0).measure());
        assertFalse(q.get(0).comparable(), "a part of the wounded");
        assertTrue(q.get(1).comparable(), "the whole count keeps its place as the article's first");
        List<QuantityClaim> m = claims("Two were killed during protests by thousands who marched through Valmora.");
        assertEquals("marched", m.get(1).measure(), "the relative clause's act, not the verb before the figure");
        assertFalse(m.get(1).comparable());
    }

    private static List<QuantityClaim> claims(String sentence) {
        String text = "Published: March 3, 2022 10:00 GMT\nA report from Valmora\n" + sentence + "\n";
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims().stream()
                .filter(c -> c instanceof QuantityClaim).map(c -> (QuantityClaim) c).toList();
    }

    @Test
    void aSumsWorthIsOfTheThingAfterIt() {
        assertEquals("value of oil", CountedPhrases.worthOf(List.of("worth", "of", "crude", "oil")));
        assertEquals("value of damage", CountedPhrases.worthOf(List.of("worth", "of", "the", "arson", "damage", "to")));
        assertEquals("value of ring", CountedPhrases.worthOf(List.of("worth", "of", "diamond", "rings")));
        assertNull(CountedPhrases.worthOf(List.of("worth", "of", "the")));
        assertNull(CountedPhrases.worthOf(List.of("worth", "of")));
        assertNull(CountedPhrases.worthOf(List.of("of", "crude", "oil")));
        assertNull(CountedPhrases.worthOf(List.of("worth", "it", "oil")));
        QuantityClaim oil = claims("The coastguard freed a tanker carrying $60 million worth of crude oil.").get(0);
        assertEquals("value of oil:USD", oil.measure());
        assertFalse(oil.comparable(), "read, not compared");
        assertEquals("money:USD", claims("The navy found $100 million on Monday.").get(0).measure());
    }

    @Test
    void aFigureOfANameIsNotReadAgain() {
        assertTrue(CountedPhrases.named(List.of("under", "Article")));
        assertFalse(CountedPhrases.named(List.of("All")), "a determiner opening the sentence");
        assertFalse(CountedPhrases.named(List.of("arrested")));
        assertFalse(CountedPhrases.named(List.of()));
        assertFalse(claims("Article 5 of the treaty applies.").get(0).measure().equals("applies"));
        assertEquals("people", claims("All seven of those who were tried were jailed on Monday.").get(0).measure());
    }

    @Test
    void theWordListsAreRead() {
        assertTrue(CountedPhrases.DETERMINERS.containsAll(List.of("the", "those", "her", "all")));
        assertTrue(CountedPhrases.RELATIVES.contains("who"));
        assertTrue(CountedPhrases.NOT_NOUNS.contains("always"));
        assertFalse(CountedPhrases.noun("always"));
        assertTrue(CountedPhrases.noun("pirates"));
        assertFalse(CountedPhrases.noun("76ers"), "a name");
    }

    @Test
    void theExtractorReadsTheNoun() {
        assertEquals(List.of("arrested/valmoran/pirates"), measures("The navy arrested 23 heavily armed Valmoran pirates."));
        assertEquals(List.of("arrested/null/pirates"), measures("The navy arrested 23 heavily armed Valmoran and Ostrian pirates."));
        assertEquals(List.of("girls/null/null"), measures("It happened in front of two visibly frightened and young girls."));
        assertEquals(List.of("people/null/null"), measures("Not all three of the people were there."));
        assertTrue(measures("All seven of those who have been tried were convicted on Friday.").get(0).startsWith("people/"));
        assertEquals(List.of("people/null/children"), measures("She cares for five of her daughter's orphaned children now."));
        assertEquals(List.of("people/null/null"), measures("Ten people were at the scene."), "the usual reading is kept");
        assertEquals(List.of("points/null/null"), measures("Lee scored ten of the Rovers' first 17 points on Monday.").subList(0, 1));
        assertEquals(List.of("for/null/null"), measures("Smith scored 13 for the visitors."), "no noun: the reading is kept");
    }
}
