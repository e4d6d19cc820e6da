package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts of things with what was done to them ("355 shops were damaged"), read by QuantityExtractor. */
class CountedThingsTest {

    private static List<String> words(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    @Test
    void theActIsReadAfterTheNounOrBeforeTheNumber() {
        assertArrayEquals(new String[] {"shop", "damaged"}, QuantityExtractor.thingCounted(words("shops were damaged"), words(""), 0));
        assertArrayEquals(new String[] {"village", "destroyed"},
                QuantityExtractor.thingCounted(words("villages and killing"), words("the storm flattening"), 0));
        assertArrayEquals(new String[] {"house", "damaged"},
                QuantityExtractor.thingCounted(words("mudbrick houses in about"), words("destroyed or damaged an estimated"), 0));
        assertArrayEquals(new String[] {"rifle", "seized"}, QuantityExtractor.thingCounted(words("rifles seized from"), words(""), 0));
        assertArrayEquals(new String[] {"house", "destroyed"},
                QuantityExtractor.thingCounted(words("homes along the coast"), words("storms destroyed"), 0), "homes are counted as houses");
    }

    @Test
    void thingsCutThroughAreCountedApartFromThingsDamaged() {
        assertArrayEquals(new String[] {"cable", "cut"}, QuantityExtractor.thingCounted(words("undersea cables were cut"), words(""), 0));
        assertArrayEquals(new String[] {"pipeline", "cut"},
                QuantityExtractor.thingCounted(words("pipelines near the border"), words("saboteurs severed"), 0), "severed is folded to cut");
        assertArrayEquals(new String[] {"line", "cut"}, QuantityExtractor.thingCounted(words("lines"), words("crews cutting"), 0));
        assertArrayEquals(new String[] {"cable", "cut"}, QuantityExtractor.thingCounted(words("cables severing"), words(""), 0));
        assertEquals("cut", QuantityExtractor.ACTS.get("cut"));
        assertEquals("cut", QuantityExtractor.ACTS.get("severed"));
        assertEquals("damaged", QuantityExtractor.ACTS.get("damaged"), "a cut is no damage: reports say which of the things were which");
    }

    @Test
    void aCountOfOtherThingsOpensWithOther() {
        assertTrue(QuantityExtractor.otherThings(words("other automatic weapons")));
        assertTrue(QuantityExtractor.otherThings(words("of other rifles")), "after of");
        assertFalse(QuantityExtractor.otherThings(words("rifles and other arms")), "other later in the phrase");
        assertFalse(QuantityExtractor.otherThings(words("of the other boats")));
        assertFalse(QuantityExtractor.otherThings(words("of")));
        assertFalse(QuantityExtractor.otherThings(words("")));
        assertEquals("other", QuantityExtractor.OTHER);
    }

    @Test
    void theCountedNounIsThePhrasesFirstPlural() {
        assertArrayEquals(new String[] {"tank", "destroyed"}, QuantityExtractor.thingCounted(words("gas tanks destroyed"), words(""), 0),
                "three letters ending in s are no plural");
        assertArrayEquals(new String[] {"pane", "damaged"}, QuantityExtractor.thingCounted(words("glass panes were damaged"), words(""), 0));
        assertArrayEquals(new String[] {"village", "destroyed"},
                QuantityExtractor.thingCounted(words("villages homes destroyed"), words(""), 0), "the first plural wins");
        assertArrayEquals(new String[] {"truck", "burned"},
                QuantityExtractor.thingCounted(words("fire truck burned"), words(""), 0), "no plural: the last word");
        assertArrayEquals(new String[] {"car", "burned"}, QuantityExtractor.thingCounted(words("of cars burned"), words(""), 1),
                "the phrase starts at its index");
    }

    @Test
    void aNounIsCountedAsTheNounItIsASynonymOf() {
        assertArrayEquals(new String[] {"boat", "seized"}, QuantityExtractor.thingCounted(words("skiffs were seized"), words(""), 0));
        assertArrayEquals(new String[] {"boat", "seized"}, QuantityExtractor.thingCounted(words("speedboats"), words("the navy recovered"), 0));
        assertArrayEquals(new String[] {"ship", "hijacked"}, QuantityExtractor.thingCounted(words("vessels were hijacked"), words(""), 0));
        assertArrayEquals(new String[] {"engine", "damaged"},
                QuantityExtractor.thingCounted(words("fire appliances were damaged"), words(""), 0), "the plural head, then its synonym");
        assertArrayEquals(new String[] {"truck", "burned"}, QuantityExtractor.thingCounted(words("trucks burned"), words(""), 0),
                "a noun of no synonym is itself");
        assertEquals("boat", QuantityExtractor.sameThing("boat"));
        assertEquals("house", QuantityExtractor.sameThing("home"));
        assertEquals("ship", QuantityExtractor.sameThing("ship"), "a ship is no boat");
    }

    @Test
    void anActTheThingsDidOrNoActAtAllCountsNothing() {
        assertNull(QuantityExtractor.thingCounted(words("quakes destroyed homes"), words(""), 0), "the quakes are the agents");
        assertNull(QuantityExtractor.thingCounted(words("engines fought the blaze"), words("called in"), 0));
        assertNull(QuantityExtractor.thingCounted(words("were damaged"), words(""), 0), "no noun");
        assertNull(QuantityExtractor.thingCounted(words("slightly damaged"), words(""), 0), "an adverb is no noun");
        assertNull(QuantityExtractor.thingCounted(words("buses joined"), words(""), 0), "a crowd's act is no act on things");
        assertNull(QuantityExtractor.thingCounted(words("shops damaged roads"), words(""), 0), "an object after the act: active");
        assertNull(QuantityExtractor.thingCounted(words("shops"), words("the fire that"), 0));
    }

    @Test
    void anActIsReadPastAWordOfMannerThatNarrowsIt() {
        assertArrayEquals(new String[] {"house", "badly damaged"},
                QuantityExtractor.thingCounted(words("houses were badly damaged"), words(""), 0), "the manner narrows the act");
        assertArrayEquals(new String[] {"house", "totally destroyed"},
                QuantityExtractor.thingCounted(words("houses were totally flattened"), words(""), 0));
        assertEquals("dropped", QuantityExtractor.actAfter(words("bombs were reportedly dropped"), 1), "reportedly says who tells");
        assertNull(QuantityExtractor.actAfter(words("people peacefully marched"), 1), "a crowd's act with a manner");
        assertEquals("marched", QuantityExtractor.actAfter(words("people marched"), 1));
        assertTrue(QuantityExtractor.adverb("badly"));
        assertTrue(QuantityExtractor.adverb("fully"), "five letters");
        assertFalse(QuantityExtractor.adverb("only"), "four letters: a word of degree");
        assertFalse(QuantityExtractor.adverb("damaged"));
        assertNull(QuantityExtractor.actAfter(words("houses were badly"), 1), "no act after the adverb");
        assertNull(QuantityExtractor.actAfter(words("houses were very badly hit"), 1), "a word that is neither stops the reading");
    }

    @Test
    void aCrowdsActIsReadPastAuxiliaries() {
        assertEquals("marched", QuantityExtractor.actAfter(words("people marched"), 1));
        assertEquals("marched", QuantityExtractor.actAfter(words("people took to the streets"), 1));
        assertEquals("marched", QuantityExtractor.actAfter(words("people have joined"), 1));
        assertNull(QuantityExtractor.actAfter(words("people took the bus"), 1));
        assertNull(QuantityExtractor.actAfter(words("people watched and marched"), 1));
        assertNull(QuantityExtractor.actAfter(words("people were"), 1));
        assertNull(QuantityExtractor.actAfter(words("people were were were marched"), 1), "three words at most");
        assertNull(QuantityExtractor.actAfter(words("people were were have been marched"), 1), "no relative: three words at most");
    }

    @Test
    void aRelativeClausesPassiveIsReadAsThePlainOne() {
        assertArrayEquals(new String[] {"site", "infected"},
                QuantityExtractor.thingCounted(words("websites that have been infected"), words("found"), 0));
        assertArrayEquals(new String[] {"house", "destroyed"},
                QuantityExtractor.thingCounted(words("homes which had been razed by the flood"), words(""), 0));
        assertArrayEquals(new String[] {"boat", "seized"},
                QuantityExtractor.thingCounted(words("skiffs that were seized"), words(""), 0), "one auxiliary, as before");
        assertEquals("damaged", QuantityExtractor.actAfter(words("shops that were also damaged"), 1),
                "the relative and two words before the act");
        assertEquals("marched", QuantityExtractor.actAfter(words("people who have been marching"), 1));
        assertNull(QuantityExtractor.actAfter(words("shops that have been reportedly also damaged"), 1),
                "at most two words between the relative and the act");
        assertNull(QuantityExtractor.thingCounted(words("sites that the gang had infected"), words(""), 0),
                "the things are the object of another's act: no passive");
        assertNull(QuantityExtractor.actAfter(words("people and have been were marched"), 1), "and is no relative");
        assertNull(QuantityExtractor.actAfter(words("websites"), 1), "nothing after the noun");
        assertNull(QuantityExtractor.passiveAct(words("shops"), 1));
        assertEquals("damaged", QuantityExtractor.passiveAct(words("shops damaged"), 1));
        assertEquals("damaged", QuantityExtractor.passiveAct(words("shops damaged in"), 1));
    }

    @Test
    void oneSpellingForBothNumbersOfANoun() {
        assertEquals("village", QuantityExtractor.singular("villages"));
        assertEquals("body", QuantityExtractor.singular("bodies"));
        assertEquals("church", QuantityExtractor.singular("churches"));
        assertEquals("bush", QuantityExtractor.singular("bushes"));
        assertEquals("box", QuantityExtractor.singular("boxes"));
        assertEquals("glass", QuantityExtractor.singular("glasses"));
        assertEquals("glass", QuantityExtractor.singular("glass"));
        assertEquals("bus", QuantityExtractor.singular("bus"));
        assertEquals("tie", QuantityExtractor.singular("ties"), "too short to be read as a plural in -ies: only the s goes");
        assertEquals("gas", QuantityExtractor.singular("gas"));
        assertEquals("village", QuantityExtractor.singular("village"));
    }

    @Test
    void aNumberJoinedByAHyphenMeasuresOrNamesSomething() {
        assertTrue(QuantityExtractor.modifier("a 38-caliber gun", 2, 4));
        assertTrue(QuantityExtractor.modifier("eight AK-47 rifles", 9, 11));
        assertFalse(QuantityExtractor.modifier("38 guns", 0, 2));
        assertTrue(QuantityExtractor.modifier("seized 14 AK 47 rifles", 13, 15), "a model's name after capitals");
        assertTrue(QuantityExtractor.modifier("an F 16 jet", 5, 7));
        assertFalse(QuantityExtractor.modifier("seized 14 AK 47 rifles", 7, 9));
        assertFalse(QuantityExtractor.modifier("A 5.9 magnitude quake", 2, 5), "A is a word");
        assertFalse(QuantityExtractor.modifier("NATO 5,000 troops", 5, 10), "four capitals are a name, not a model");
        assertFalse(QuantityExtractor.modifier("for 47 days", 4, 6));
        assertFalse(QuantityExtractor.modifier("from 20-30 people", 5, 7), "a range: a digit after the hyphen");
        assertFalse(QuantityExtractor.modifier("38-", 0, 2));
        assertFalse(QuantityExtractor.modifier("x 1-2", 4, 5), "a digit before the hyphen");
        assertFalse(QuantityExtractor.modifier("-5 degrees", 1, 2));
        assertTrue(QuantityExtractor.modifier("5-a", 0, 1), "a letter right at the end of the text");
        assertFalse(QuantityExtractor.modifier("5-", 0, 1));
    }

    @Test
    void anActWrittenBeforeTheNounNamesWhatWasDoneToTheThings() {
        assertArrayEquals(new String[] {"shop", "damaged"}, QuantityExtractor.thingCounted(words("damaged shops in athens"), words("have"), 0));
        assertArrayEquals(new String[] {"rifle", "seized"}, QuantityExtractor.thingCounted(words("of seized rifles"), words(""), 1));
        assertNull(QuantityExtractor.thingCounted(words("damaged"), words(""), 0), "no noun after the participle");
        assertNull(QuantityExtractor.thingCounted(words("damaged in the"), words(""), 0), "a preposition is no noun");
        assertNull(QuantityExtractor.thingCounted(words("marched people"), words(""), 0), "a crowd's act names no thing");
        assertArrayEquals(new String[] {"house", "burned"}, QuantityExtractor.thingCounted(words("damaged houses burned"), words(""), 0),
                "the act after the noun comes first");
        assertNull(QuantityExtractor.thingCounted(words("damaged burned"), words(""), 0), "two acts, no noun");
    }

    @Test
    void aVagueCountKeepsTheFirstPlaceForAnExactOne() {
        java.util.Set<String> first = new java.util.HashSet<>();
        org.crosscheck.text.QuantityMatch several = new org.crosscheck.text.QuantityMatch(0, 7, 3, 1, "vague", 3, false, 10, true,
                null, false, null, List.of(), List.of("villages"));
        org.crosscheck.text.QuantityMatch four = new org.crosscheck.text.QuantityMatch(0, 4, 4, 1, "", 4, false, 4, false,
                null, false, null, List.of(), List.of("villages"));
        assertTrue(QuantityExtractor.first(first, "village destroyed|null", several));
        assertTrue(QuantityExtractor.first(first, "village destroyed|null", several), "a vague count takes no place");
        assertTrue(QuantityExtractor.first(first, "village destroyed|null", four));
        assertFalse(QuantityExtractor.first(first, "village destroyed|null", four));
        assertFalse(QuantityExtractor.first(first, "village destroyed|null", several), "after an exact one, a vague one is not first");
    }
    private static org.crosscheck.claims.DateClaim date(int start, int end, String text) {
        return new org.crosscheck.claims.DateClaim("d", new org.crosscheck.claims.Span(start, end), text, "DATE", "2022-12-01", null, null,
                false, 0, 0, null, null, null, List.of());
    }

    @Test
    void aCountsClauseGivesItsPlace() {
        String s = "10 houses were damaged in Marlowen, the chief town of the valley.";
        assertEquals("Marlowen", QuantityExtractor.scope(s, 2, s.length(), List.of()));
        String streets = "12,000 people took to the streets of Belmar as rallies began.";
        assertEquals("Belmar", QuantityExtractor.scope(streets, 6, streets.length(), List.of()));
        String two = "40 homes were flattened in Central Aceh district.";
        assertEquals("Central Aceh", QuantityExtractor.scope(two, 2, two.length(), List.of()), "a run of capitalised words");
        String three = "40 homes were flattened in New South Wales Hills Country today.";
        assertEquals("New South Wales", QuantityExtractor.scope(three, 2, three.length(), List.of()), "at most three words");
        String possessive = "40 homes were flattened in Lindor's old town.";
        assertEquals("Lindor", QuantityExtractor.scope(possessive, 2, possessive.length(), List.of()));
        String curly = "40 homes were flattened in Lindor\u2019s old town.";
        assertEquals("Lindor", QuantityExtractor.scope(curly, 2, curly.length(), List.of()));
        String of = "Dozens of shops of Lindor burned.";
        assertEquals("Lindor", QuantityExtractor.scope(of, 6, of.length(), List.of()), "the first capitalised word after of");
    }

    @Test
    void noPlaceBeyondItsClauseOrInADate() {
        String comma = "10 houses were damaged, officials in Marlowen said.";
        assertNull(QuantityExtractor.scope(comma, 2, comma.length(), List.of()), "a comma ends the clause");
        String stop = "10 houses were damaged. In Marlowen the roads closed.";
        assertNull(QuantityExtractor.scope(stop, 2, stop.length(), List.of()), "a full stop ends it");
        String dash = "10 houses were damaged \u2014 most in Marlowen.";
        assertNull(QuantityExtractor.scope(dash, 2, dash.length(), List.of()));
        String lower = "10 houses were damaged in the capital.";
        assertNull(QuantityExtractor.scope(lower, 2, lower.length(), List.of()), "no capitalised word after in");
        String far = "10 houses were damaged by the strong quake and its aftershocks in Marlowen.";
        assertNull(QuantityExtractor.scope(far, 2, far.length(), List.of()), "more than eight words on");
        String near = "10 houses were damaged by the quake in Marlowen.";
        assertEquals("Marlowen", QuantityExtractor.scope(near, 2, near.length(), List.of()), "the eighth word");
        String month = "10 houses were damaged in December.";
        assertNull(QuantityExtractor.scope(month, 2, month.length(), List.of(date(26, 34, "December"))), "a date is no place");
        String monthAfter = "10 houses were damaged in Marlowen December floods.";
        assertEquals("Marlowen", QuantityExtractor.scope(monthAfter, 2, monthAfter.length(), List.of(date(35, 43, "December"))),
                "a date ends the run");
        String capital = "10 houses were damaged In Marlowen.";
        assertEquals("Marlowen", QuantityExtractor.scope(capital, 2, capital.length(), List.of()), "the preposition in any case");
        String name = "10 houses were damaged near Marlowen.";
        assertNull(QuantityExtractor.scope(name, 2, name.length(), List.of()), "only in and of");
        String bound = "10 houses were damaged in Marlowen.";
        assertNull(QuantityExtractor.scope(bound, 2, 22, List.of()), "the sentence's end bounds the search");
        String ninth = "10 houses were damaged by the quake today in Marlowen.";
        assertNull(QuantityExtractor.scope(ninth, 2, ninth.length(), List.of()), "the ninth word is beyond");
        String hyphen = "10 houses were damaged in Banda-Aceh.";
        assertEquals("Banda-Aceh", QuantityExtractor.scope(hyphen, 2, hyphen.length(), List.of()), "a hyphen between letters");
        String dangling = "10 houses were damaged in Marlowen-";
        assertEquals("Marlowen", QuantityExtractor.scope(dangling, 2, dangling.length(), List.of()), "a hyphen at the end");
        String york = "10 houses were damaged in New York";
        assertEquals("New York", QuantityExtractor.scope(york, 2, york.length(), List.of()), "a run to the sentence's end");
        assertEquals("New", QuantityExtractor.scope(york, 2, york.length() - 4, List.of()), "the sentence's end cuts the run");
        assertEquals("New", QuantityExtractor.scope(york, 2, york.length() - 5, List.of()), "spaces up to the end");
    }
}
