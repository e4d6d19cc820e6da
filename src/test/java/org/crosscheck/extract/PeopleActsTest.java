package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People rescued, charged, convicted and apprehended, counted like a toll (sentences written for this test). */
class PeopleActsTest {

    private static String[] measureOf(String sentence, String figure) {
        for (QuantityMatch q : QuantityParser.find(sentence, 0, sentence.length())) {
            if (sentence.substring(q.start(), q.end()).equals(figure)) {
                return QuantityExtractor.measure(q);
            }
        }
        throw new AssertionError(figure + " not read in: " + sentence);
    }

    @Test
    void theListNamesEachActsMeasure() {
        assertEquals("rescued", PeopleActs.WORDS.get("rescued"));
        assertEquals("charged", PeopleActs.WORDS.get("indicted"), "an indictment is a charge");
        assertEquals("convicted", PeopleActs.WORDS.get("convicted"));
        assertEquals("arrested", PeopleActs.WORDS.get("apprehended"), "apprehended is arrested");
        assertEquals(Set.of("rescued", "charged", "convicted", "arrested"), PeopleActs.MEASURES);
        for (Map.Entry<String, String> e : PeopleActs.WORDS.entrySet()) {
            assertEquals(e.getKey().strip().toLowerCase(java.util.Locale.ROOT), e.getKey());
            assertTrue(PeopleActs.MEASURES.contains(e.getValue()));
        }
    }

    @Test
    void theActsJoinTheCountListsAndAWordInBothIsAMistake() {
        Map<String, String> joined = PeopleActs.with(Map.of("killed", "killed"));
        assertEquals("killed", joined.get("killed"));
        assertEquals("charged", joined.get("charging"));
        assertEquals(PeopleActs.WORDS.size() + 1, joined.size());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> PeopleActs.with(Map.of("rescued", "missing")));
        assertTrue(twice.getMessage().contains("'rescued'"), twice.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> joined.put("x", "y"));
        Set<String> measures = PeopleActs.withMeasures(Set.of("killed"));
        assertTrue(measures.containsAll(Set.of("killed", "rescued", "charged", "convicted", "arrested")));
        assertEquals(5, measures.size());
        assertThrows(UnsupportedOperationException.class, () -> measures.add("x"));
        assertFalse(QuantityExtractor.PARTICIPLES.isEmpty());
        assertEquals("rescued", QuantityExtractor.PARTICIPLES.get("rescued"));
        assertEquals("killed", QuantityExtractor.PARTICIPLES.get("killed"), "the harms stay");
        assertEquals("charged", QuantityExtractor.VERBS.get("indicted"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Twelve people were rescued from the sea.|Twelve|rescued",
        "Coast guards rescued 20 fishermen on Sunday.|20|rescued",
        "Rescuers were still rescuing 30 people from the ship.|30|rescued",
        "Five men were charged with murder.|Five|charged",
        "Police charged three men with arson.|three|charged",
        "A grand jury indicted 11 people on Tuesday.|11|charged",
        "Seven people were convicted of fraud.|Seven|convicted",
        "A jury convicted four men of the killing.|four|convicted",
        "Two suspects were apprehended on Friday.|Two|arrested",
        "Police apprehended three suspects near the border.|three|arrested",
    })
    void aCountOfPeopleTakesTheActDoneToThem(String sentence, String figure, String measure) {
        assertEquals(measure, measureOf(sentence, figure)[0], sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A former employee who killed one man has been charged with murder.|one|killed",
        "Blackmore is charged with marrying 20 women.|20|people",
        "Firefighters rescued another five people from the balcony.|five|people",
        "He was convicted of killing 3 people.|3|killed",
    })
    void anActDoneToPeopleCountsOnlyTheFigureNextToIt(String sentence, String figure, String measure) {
        assertEquals(measure, measureOf(sentence, figure)[0], sentence);
    }

    @Test
    void aPartOfThoseAnActWasDoneToIsReadNotCompared() {
        assertTrue(PeopleActs.part("rescued", true, 3, ""), "an increment");
        assertTrue(PeopleActs.part("charged", false, 1, " was charged with murder and The Other as an accomplice."));
        assertFalse(PeopleActs.part("charged", false, 2, " were charged, the other freed."), "two is no one of two");
        assertFalse(PeopleActs.part("charged", false, 1, " was charged."));
        assertFalse(PeopleActs.part("killed", true, 1, " the other"), "not an act of the list");
        assertFalse(PeopleActs.part("arrested", true, 1, " the other"), "arrests keep their reading");
        List<org.crosscheck.claims.QuantityClaim> other = quantities("The other three men were rescued on Sunday.");
        assertEquals("rescued", other.get(0).measure());
        assertFalse(other.get(0).comparable(), "the other three: a part of the rescued");
        List<org.crosscheck.claims.QuantityClaim> one = quantities("One was charged with murder and the other as an accomplice.");
        assertEquals("charged", one.get(0).measure());
        assertFalse(one.get(0).comparable(), "one of two charged");
        assertTrue(quantities("Two police officers were charged over the shooting.").get(0).comparable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A grand jury indicted at least 11 people.|at least 11|charged",
        "He was charged 21 times.|21|times",
        "He was indicted on 12 counts.|12|counts",
        "She was convicted of stealing 14 cars.|14|cars",
    })
    void aCountOfOtherThingsIsNoCountOfPeople(String sentence, String figure, String measure) {
        assertEquals(measure, measureOf(sentence, figure)[0], sentence);
    }

    @Test
    void aCountOfRescuedPeopleIsComparedLikeAToll() {
        List<org.crosscheck.claims.QuantityClaim> claims = quantities("Twelve people were rescued from the sea on Monday.");
        assertEquals(1, claims.size());
        assertEquals("rescued", claims.get(0).measure());
        assertTrue(claims.get(0).comparable(), "a count of the rescued is compared");
        assertTrue(claims.get(0).eventScoped(), "of one happening");
        assertTrue(claims.get(0).cumulative(), "and only grows");
        assertFalse(quantities("Twelve boats sailed on Monday.").stream().anyMatch(org.crosscheck.claims.QuantityClaim::cumulative));
    }

    static List<org.crosscheck.claims.QuantityClaim> quantities(String sentence) {
        ExtractedDocument d = Extractor.extract(org.crosscheck.clean.Cleaner.clean(
                org.crosscheck.Fixtures.document("s", "Published: 2024-05-06\n" + sentence + "\n")));
        return d.claims().stream().filter(c -> c instanceof org.crosscheck.claims.QuantityClaim)
                .map(c -> (org.crosscheck.claims.QuantityClaim) c).toList();
    }
}
