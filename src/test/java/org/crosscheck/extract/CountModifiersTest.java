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

/**
 * What a figure counts is its noun, past the words that describe it ("235,000 public comments",
 * "99 suspected gang members seized"), but not past a word that makes the count a part of another
 * ("three other rifles"), a unit ("150 nautical miles"), a name or an owner.
 */
class CountModifiersTest {

    private static int head(String written) {
        List<String> w = List.of(written.split(" "));
        return QuantityExtractor.headAfterModifiers(w, w.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList(), 0);
    }

    /** The values of the figures the extractor reads in one sentence of a dated article. */
    private static List<String> figures(String sentence) {
        String text = "Published: March 3, 2022 10:00 GMT\nA report from Valmora\n" + sentence + "\n";
        List<Claim> claims = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims();
        return claims.stream().filter(c -> c instanceof QuantityClaim).map(Claim::value).toList();
    }

    @Test
    void describingWordsArePassedToTheNoun() {
        assertEquals(1, head("public comments on the"));
        assertEquals(1, head("adult women and possibly"));
        assertEquals(3, head("suspected Valmoran gang members seized"), "a capitalised word inside the phrase is passed");
        assertEquals(2, head("rocket propelled grenades and"));
        assertEquals(3, head("quick brown lazy dogs"), "three describing words");
    }

    @Test
    void theSearchStartsAtTheWordGiven() {
        List<String> of = List.of("of", "public", "comments");
        assertEquals(2, QuantityExtractor.headAfterModifiers(of, of, 1), "after 'of'");
        List<String> far = List.of("of", "quick", "brown", "lazy", "old", "dogs");
        assertEquals(1, QuantityExtractor.headAfterModifiers(far, far, 1));
        assertEquals(0, QuantityExtractor.headAfterModifiers(List.of(), List.of(), 0), "no words after the figure");
        assertEquals(0, head("fresh ads today"), "three letters ending in s are no plural");
        assertEquals(1, head("fresh cars today"));
    }

    @Test
    void aCountedFirstWordIsTheNoun() {
        assertEquals(0, head("people marched through"));
        assertEquals(0, head("soldiers were killed"));
        assertEquals(0, head("rifles other than"));
    }

    @Test
    void partsUnitsOwnersAndNamesStopTheSearch() {
        assertEquals(0, head("other rifles were seized"), "a part: count-partial-words.txt");
        assertEquals(0, head("more people were killed"), "an addition");
        assertEquals(0, head("prior arrests including"), "other occasions");
        assertEquals(0, head("nautical miles east of"), "a unit: unit-modifiers.txt");
        assertEquals(0, head("square metres of"));
        assertEquals(0, head("year old Andreas said"), "a name is never the noun");
        assertEquals(0, head("of his points"), "a phrase-ending word");
        assertEquals(0, head("religious building including churches"), "a list of examples");
        assertEquals(0, head("badly burned bodies"), "an adverb");
        assertEquals(0, head("hundred marched"), "a number word");
        assertEquals(0, head("quick brown lazy old dogs"), "at most three describing words");
    }

    @Test
    void theNounNamesTheMeasureInASentence() {
        assertEquals(List.of("arrested 99"), figures("Police said 99 suspected gang members were seized in raids on Tuesday."));
        assertEquals(List.of("killed 3"), figures("Three bank employees died in the blaze."));
        assertEquals(List.of("injured [50, ∞)"), figures("At least 50 reported injured after the storm."));
    }

    @Test
    void aFigureGluedToItsWordIsNotReadPastIt() {
        List<String> glued = figures("The company sold 40,000 17-inch laptops last year.");
        assertFalse(glued.stream().anyMatch(v -> v.startsWith("laptops 17")), glued.toString());
        List<String> other = figures("Officers found seven rifles and three other rifles in the boat.");
        // A part is read at its noun ("other" is no thing counted) and never compared (CountedPhrasesTest).
        assertTrue(other.contains("rifles 3"), other.toString());
    }

    @Test
    void theListsAreLowerCaseWords() {
        assertTrue(QuantityExtractor.PARTIAL.containsAll(List.of("other", "more", "additional", "prior")));
        assertTrue(QuantityExtractor.UNIT_MODIFIERS.containsAll(List.of("nautical", "square")));
        for (String w : QuantityExtractor.PARTIAL) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        assertTrue(QuantityExtractor.PEOPLE.contains("members"));
        assertEquals("arrested", QuantityExtractor.PARTICIPLES.get("seized"));
    }
}
