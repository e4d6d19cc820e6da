package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.claims.ListedName;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Names of one word given in lists of three or more (since the twenty-ninth session). */
class ListedNamesTest {

    private static List<String> listed(String sentences) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt",
                "Published: May 2, 2010\nA quake\n" + sentences + "\n", List.of())));
        return d.claims().stream().filter(ListedName.class::isInstance)
                .map(c -> ((ListedName) c).text() + " " + ((ListedName) c).others()).toList();
    }

    @Test
    void threeOrMoreLoneNamesBetweenCommasAndAnAndMakeAList() {
        assertEquals(List.of("Tonban [Selmar, Gourian]", "Selmar [Tonban, Gourian]", "Gourian [Tonban, Selmar]"),
                listed("The hardest-hit villages were Tonban, Selmar and Gourian, officials said."));
        assertEquals(List.of("Tonban [Selmar, Gourian]", "Selmar [Tonban, Gourian]", "Gourian [Tonban, Selmar]"),
                listed("The hardest-hit villages were Tonban, Selmar, and Gourian, officials said."));
        assertEquals(List.of("Tonban [Selmar, Gourian]", "Selmar [Tonban, Gourian]", "Gourian [Tonban, Selmar]"),
                listed("Teams may reach Tonban, Selmar or Gourian today."));
    }

    @Test
    void twoNamesOrAListWithoutItsAndAreNoList() {
        assertEquals(List.of(), listed("The hardest-hit villages were Tonban and Gourian, officials said."));
        assertEquals(List.of(), listed("Villages hit: Tonban, Selmar, Gourian, Hushan."));
    }

    @Test
    void aWordOfALongerNameBreaksTheList() {
        assertEquals(List.of(), listed("Flights left New York, Boston and Chicago on time."));
        assertEquals(List.of(), listed("Police named Ann Ray, Selmar and Gourian as witnesses."));
        assertEquals(List.of(), listed("The reports from Tonban, Monday and Gourian differ."), "a day is no name");
    }

    @Test
    void aWordWithAMarkAnAcronymOrAPossessiveIsNoListedName() {
        assertEquals(List.of(), listed("Aid reached Tonban, O'Hara and Gourian today."));
        assertEquals(List.of(), listed("Aid reached Tonban, NATO and Gourian today."));
        assertEquals(List.of(), listed("Aid reached Tonban, Selmar's and Gourian today."));
        assertEquals(List.of(), listed("Aid reached Tonban, Selmar and Gourian Street today."), "the last word of a longer name");
        assertEquals(List.of("Tonban [Selmar, Gourian]", "Selmar [Tonban, Gourian]", "Gourian [Tonban, Selmar]"),
                listed("Tonban, Selmar and Gourian were hit."), "a list that opens the sentence");
    }

    @Test
    void aWordInTwoListsOfTheArticleHoldsTheOtherNamesOfBoth() {
        assertEquals(List.of("Tonban [Selmar, Gourian, Hushan, Pirvan]", "Selmar [Tonban, Gourian]",
                        "Gourian [Tonban, Selmar]", "Hushan [Tonban, Pirvan]", "Pirvan [Hushan, Tonban]"),
                listed("The hardest-hit villages were Tonban, Selmar and Gourian. Aid reached Hushan, Tonban and Pirvan."));
    }
}
