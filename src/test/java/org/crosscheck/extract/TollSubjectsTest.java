package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A toll as the subject of its clause (sentences written for this test). */
class TollSubjectsTest {

    private static final Map<String, String> SUBJECTS = Map.of("dead", "killed", "injured", "injured", "toll", "killed",
            "arrested", "arrested");
    private static final Set<String> PEOPLE = Set.of("people");
    private static final Set<String> RISES = Set.of("rose", "risen");

    private static String read(String words) {
        return TollSubjects.measure(List.of(words.split(" ")), SUBJECTS, PEOPLE, RISES);
    }

    private static String measureOf(String sentence, String figure) {
        for (QuantityMatch q : QuantityParser.find(sentence, 0, sentence.length())) {
            if (sentence.substring(q.start(), q.end()).equals(figure)) {
                return QuantityExtractor.measure(q)[0];
            }
        }
        throw new AssertionError(figure + " not read in: " + sentence);
    }

    @Test
    void aTollSubjectAndItsVerb() {
        assertEquals("killed", read("the dead numbered"));
        assertEquals("killed", read("dead numbered"), "the words read may open with the subject");
        assertEquals("injured", read("said the injured numbered"));
        assertEquals("killed", read("the dead have now numbered"), "words between subject and verb");
        assertEquals("killed", read("the death toll stood at"), "a verb that takes at");
        assertEquals("killed", read("death toll has risen to"), "a verb of a count that rose, with to");
        assertEquals("killed", read("the number of dead reached"));
        assertEquals("arrested", read("number of people arrested reached"));
        assertEquals("killed", read("those dead were"));
        assertEquals("killed", read("quake claimed the lives of"));
        assertEquals("killed", read("claimed the lives of"));
        assertEquals("killed", read("individual took the life of"), "the life of two officers");
    }

    @Test
    void noTollSubjectNoMeasure() {
        assertNull(read("among the dead were"), "a part of the toll");
        assertNull(read("including the dead were"));
        assertNull(read("weapons seized were"), "another noun before the participle");
        assertNull(read("the dead rose"), "a verb of rising without to");
        assertNull(read("the dead rose at"), "rose takes to, not at");
        assertNull(read("the death toll rose"), "rose takes to");
        assertNull(read("the dead talked to"), "another verb");
        assertNull(read("numbered"), "no subject");
        assertNull(read("to"));
        assertNull(read(""));
        assertNull(read("the quake numbered"), "not a toll's people");
        assertNull(read("claimed the lives"), "lives of");
        assertNull(read("claimed lives of"), "the lives of");
        assertNull(read("praised the lives of"), "a verb that takes no lives");
        assertNull(read("claimed the homes of"));
        assertNull(read("rose to"), "no subject before the verb");
        assertEquals("killed", read("toll rose to"));
        assertNull(read("of the toll rose to"), "a toll of another phrase");
    }

    @Test
    void theHedgeIsNotAWordBeforeTheFigure() {
        assertEquals(List.of("claimed", "the", "lives", "of"),
                TollSubjects.withoutHedge(List.of("claimed", "the", "lives", "of", "at", "least"), "at least"));
        assertEquals(List.of("rose", "to"), TollSubjects.withoutHedge(List.of("rose", "to"), ""));
        assertEquals(List.of(), TollSubjects.withoutHedge(List.of("nearly"), "nearly"));
    }

    @Test
    void theListsAreRead() {
        assertTrue(TollSubjects.VERBS.containsAll(Set.of("numbered", "reached", "stood", "totalled")));
        assertTrue(TollSubjects.LIFE_VERBS.containsAll(Set.of("claimed", "took", "cost")));
        assertTrue(TollSubjects.TOLLS.contains("toll"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The death toll rose to 12 on Monday.|12|killed",
        "The death toll has risen to more than 40.|more than 40|killed",
        "The official death toll stood at 45.|45|killed",
        "The dead numbered 40, officials said.|40|killed",
        "In the quake, the dead numbered 40.|40|killed",
        "Those killed numbered 12, police said.|12|killed",
        "The number of dead stood at nearly 70.|nearly 70|killed",
        "The number of people injured reached 70.|70|injured",
        "Officials said the injured numbered about 200.|about 200|injured",
        "Fatalities have now reached 45.|45|killed",
        "The quake claimed the lives of 300 people.|300|killed",
        "The quake has claimed the lives of at least 300 people.|at least 300|killed",
        "The fire took the lives of 12.|12|killed",
        "The gunman took the life of two police officers.|two|killed",
        "Police said the number of people arrested had reached 120.|120|arrested",
    })
    void aTollAsTheSubjectCountsTheHappeningsPeople(String sentence, String figure, String measure) {
        assertEquals(measure, measureOf(sentence, figure), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Among the dead were 3 children.|3|people",
        "The weapons seized were 12.|12|count",
        "The team's wins totalled 12.|12|count",
        "The dead man was 45 years old.|45|years",
    })
    void otherSubjectsCountNoToll(String sentence, String figure, String measure) {
        assertEquals(measure, measureOf(sentence, figure), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The apprehended included 12 Somalis and 11 Yemenis.|12|arrested",
        "The arrested included 12 Somalis and 11 Yemenis.|12|arrested",
        "Those killed include 4 children.|4|killed",
        "The quake killed dozens, including 12 children.|12|killed",
        "The police arrested, among others, 12 Somalis.|12|arrested",
    })
    void aPartOfACountIsNotTheCount(String sentence, String figure, String notMeasure) {
        org.junit.jupiter.api.Assertions.assertNotEquals(notMeasure, measureOf(sentence, figure), sentence);
        assertTrue(QuantityExtractor.PART_VERBS.containsAll(Set.of("included", "including", "among")));
    }

    private static String across(String words) {
        return TollSubjects.measure(List.of(words.split(" ")), SUBJECTS, PEOPLE, RISES, true);
    }

    @Test
    void aPhraseBetweenTheTollAndItsVerbIsReadOnlyWhenAsked() {
        assertEquals("killed", across("the death toll from the quake has risen to"));
        assertEquals("killed", across("the toll in sunday's quake in the north rose to"), "up to five words");
        assertNull(across("the toll in the quake that struck the north coast rose to"), "a phrase past five words is a clause");
        assertNull(read("the death toll from the quake has risen to"), "a figure's own words: no phrase between");
        assertEquals("injured", across("the number of people injured in the blast rose to"));
        assertNull(across("among the dead in the city were"), "a part of the toll");
        assertNull(across("the crowd from the city rose to"), "no toll before the phrase");
    }

    @Test
    void wordsBeforeAFigureAreReadPastItsMatch() {
        String text = "Officials said the death toll from Sunday\u2019s quake in the north has risen to 20.";
        List<String> words = TollSubjects.wordsBefore(text, 0, text.indexOf("20"));
        assertEquals(List.of("said", "the", "death", "toll", "from", "sunday\u2019s", "quake", "in", "the", "north", "has", "risen", "to"),
                words.subList(1, words.size()));
        assertEquals(TollSubjects.WORDS_BEFORE, TollSubjects.wordsBefore("a b c d e f g h i j k l m n o p q 5", 0, 34).size());
        assertEquals(List.of("b"), TollSubjects.wordsBefore("a b 5", 2, 4), "from the sentence's start only");
        assertEquals("killed", measureOfSentence("The death toll from the quake has risen to 20.", "20"));
        assertEquals("killed", measureOfSentence("Death toll from Sunday's quake in Iran climbs to 12", "12"));
    }

    private static String measureOfSentence(String sentence, String figure) {
        String text = "Published: March 3, 2022 10:00 GMT\nQuake in Varnia\n" + sentence + "\n";
        return Extractor.extract(org.crosscheck.clean.Cleaner.clean(new org.crosscheck.corpus.Document("d", "d.txt", text, List.of())))
                .claims().stream().filter(c -> c instanceof org.crosscheck.claims.QuantityClaim q && q.text().equals(figure))
                .map(c -> ((org.crosscheck.claims.QuantityClaim) c).measure()).findFirst().orElse("none");
    }
}
