package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists that say what a figure counts, as data beside QuantityExtractor. */
class QuantityWordListsTest {

    /** The measures the rules know; every list maps into them. */
    private static final Set<String> MEASURES = Set.of(
            "troops", "killed", "injured", "arrested", "missing", "evacuated", "displaced", "aftershocks", "marched",
            "rescued", "charged", "convicted");

    /** The acts done to counted things, and the crowd's act. */
    private static final Set<String> ACTS = Set.of("damaged", "destroyed", "looted", "burned", "seized", "infected", "attacked",
            "reissued", "dropped", "hijacked", "marched", "cut");

    private static void mapsIntoMeasures(Map<String, String> list) {
        assertFalse(list.isEmpty());
        for (Map.Entry<String, String> e : list.entrySet()) {
            assertTrue(MEASURES.contains(e.getValue()), e.toString());
            assertEquals(e.getKey().strip().toLowerCase(java.util.Locale.ROOT), e.getKey());
        }
    }

    @Test
    void countNounsNameTheirMeasure() {
        mapsIntoMeasures(QuantityExtractor.NOUNS);
        assertEquals("troops", QuantityExtractor.NOUNS.get("soldiers"));
        assertEquals("killed", QuantityExtractor.NOUNS.get("fatalities"));
        assertEquals("injured", QuantityExtractor.NOUNS.get("wounded"));
    }

    @Test
    void participlesAndVerbsNameTheirMeasure() {
        mapsIntoMeasures(QuantityExtractor.PARTICIPLES);
        mapsIntoMeasures(QuantityExtractor.VERBS);
        assertEquals("killed", QuantityExtractor.PARTICIPLES.get("lives"), "lost their lives");
        assertEquals("displaced", QuantityExtractor.PARTICIPLES.get("homeless"));
        assertEquals("killed", QuantityExtractor.VERBS.get("lost"), "Israel has lost seven soldiers");
        assertEquals("arrested", QuantityExtractor.VERBS.get("detained"));
    }

    @Test
    void peopleAndTheftWordsAreLists() {
        assertTrue(QuantityExtractor.PEOPLE.containsAll(Set.of("people", "civilians", "children", "protesters")));
        assertTrue(QuantityExtractor.PEOPLE.containsAll(Set.of("crewmen", "crewmembers", "seamen")),
                "a ship's crew is people, as its \"crew members\" are");
        assertFalse(QuantityExtractor.PEOPLE.contains("soldiers"), "soldiers are troops, a measure of their own");
        assertTrue(QuantityExtractor.THEFT.containsAll(Set.of("stolen", "heist", "robbery", "stealing", "steals")));
    }

    @Test
    void eachPersonInTheSingularIsCountedAsAListedPlural() {
        assertFalse(QuantityExtractor.PERSON.isEmpty());
        for (Map.Entry<String, String> e : QuantityExtractor.PERSON.entrySet()) {
            assertTrue(QuantityExtractor.PEOPLE.contains(e.getValue()), e.toString());
            assertFalse(QuantityExtractor.PEOPLE.contains(e.getKey()), "a singular is read only after a figure of one: " + e);
        }
        assertEquals("men", QuantityExtractor.PERSON.get("man"));
        assertEquals("victims", QuantityExtractor.PERSON.get("victim"));
    }

    @Test
    void harmsAreParticiplesThatNameNoOutcome() {
        assertTrue(QuantityExtractor.HARMS.containsAll(Set.of("shot", "stabbed")));
        for (String w : QuantityExtractor.HARMS) {
            assertFalse(QuantityExtractor.PARTICIPLES.containsKey(w), w + " would be read as the outcome itself");
        }
        assertTrue(QuantityExtractor.BEFORE_PARTICIPLE.contains("is"), "'One man is dead'");
        assertTrue(QuantityExtractor.BEFORE_PARTICIPLE.contains("pronounced"), "'were pronounced dead'");
        assertTrue(QuantityExtractor.PEOPLE.containsAll(Set.of("climbers", "teachers", "shoppers")), "victims by what they were doing");
        assertEquals("killed", QuantityExtractor.NOUNS.get("die"), "'Three die in bank fire'");
        // "death" counts only through a link ("the death of three workers"), never across a compound
        // ("death penalties even if one or two"): a verb of the list, held by linked-count-nouns.txt.
        assertEquals("killed", QuantityExtractor.VERBS.get("death"));
        assertTrue(QuantityExtractor.LINKED_NOUNS.contains("death"));
        for (String w : QuantityExtractor.LINKED_NOUNS) {
            assertTrue(QuantityExtractor.VERBS.containsKey(w), w + " is linked only as a verb of count-verbs.txt");
        }
    }

    @Test
    void countedNounSynonymsAreSingularsOfThingsNotPeople() {
        assertFalse(QuantityExtractor.SAME_THINGS.isEmpty());
        for (Map.Entry<String, String> e : QuantityExtractor.SAME_THINGS.entrySet()) {
            assertEquals(QuantityExtractor.singular(e.getKey()), e.getKey(), "singular, as the counted noun is compared: " + e);
            assertEquals(QuantityExtractor.singular(e.getValue()), e.getValue(), e.toString());
            assertFalse(QuantityExtractor.SAME_THINGS.containsKey(e.getValue()), "one step to the noun compared: " + e);
            assertFalse(e.getKey().equals(e.getValue()), e.toString());
            assertFalse(QuantityExtractor.NOUNS.containsKey(e.getKey() + "s") || QuantityExtractor.PEOPLE.contains(e.getKey() + "s"),
                    "counted things, not the people of count-nouns.txt: " + e);
        }
        assertEquals("boat", QuantityExtractor.SAME_THINGS.get("skiff"));
        assertEquals("ship", QuantityExtractor.SAME_THINGS.get("vessel"));
        assertFalse(QuantityExtractor.SAME_THINGS.containsKey("ship"), "a ship is no boat");
        assertFalse(QuantityExtractor.SAME_THINGS.containsKey("truck"), "a truck is no fire engine");
    }

    @Test
    void modelNounsSayNoMoreThanTheModel() {
        assertTrue(QuantityExtractor.MODEL_NOUNS.containsAll(Set.of("gun", "rifle", "s")));
        assertFalse(QuantityExtractor.MODEL_NOUNS.contains("rifles"), "singular, as the counted noun is compared");
        for (String w : QuantityExtractor.MODEL_NOUNS) {
            assertEquals(QuantityExtractor.singular(w), w);
        }
        assertEquals("weapon", QuantityExtractor.MODEL_THING);
    }

    @Test
    void actsNameWhatWasDoneToTheThingsCounted() {
        assertFalse(QuantityExtractor.ACTS.isEmpty());
        for (Map.Entry<String, String> e : QuantityExtractor.ACTS.entrySet()) {
            assertTrue(ACTS.contains(e.getValue()), e.toString());
            assertEquals(e.getKey().strip().toLowerCase(java.util.Locale.ROOT), e.getKey());
        }
        assertEquals("destroyed", QuantityExtractor.ACTS.get("flattening"), "flattening seven villages");
        assertEquals("seized", QuantityExtractor.ACTS.get("confiscated"));
        assertEquals("marched", QuantityExtractor.ACTS.get("took to"), "took to the streets");
        assertEquals("marched", QuantityExtractor.NOUNS.get("protesters"), "a crowd of protesters");
        assertFalse(QuantityExtractor.ACTS.containsKey("received"), "yards received in a season are no count of a happening");
        assertFalse(QuantityExtractor.ACTS.containsKey("fired"), "attorneys fired are dismissed, not shots");
        assertEquals("seized", QuantityExtractor.ACTS.get("intercepted"), "boats intercepted are seized");
        assertEquals("dropped", QuantityExtractor.ACTS.get("dropped"), "four bombs were dropped");
        assertEquals("cut", QuantityExtractor.ACTS.get("severed"), "two cables were severed: things cut, not damaged");
        assertEquals("attacked", QuantityExtractor.ACTS.get("attacked"), "youths attacked two banks");
        assertFalse(QuantityExtractor.ACTS.containsKey("fire to"), "contained the fire to one corner");
    }

    @Test
    void wordsBeforeAParticipleAreNoActsOfTheirOwn() {
        assertTrue(QuantityExtractor.BEFORE_PARTICIPLE.containsAll(Set.of("were", "feared", "believed", "confirmed", "left", "still")));
        assertFalse(QuantityExtractor.BEFORE_PARTICIPLE.contains("and"),
                "'killed 612 people and injured 1,400': the second act is another count's");
        for (String w : QuantityExtractor.BEFORE_PARTICIPLE) {
            assertFalse(QuantityExtractor.PARTICIPLES.containsKey(w), w);
            assertFalse(QuantityExtractor.ACTS.containsKey(w), w);
            assertTrue(w.matches("[a-z]+"), w);
        }
    }

    @Test
    void linksJoinAVerbToItsFigure() {
        assertTrue(QuantityExtractor.LINKS.containsAll(Set.of("of", "at", "to", "was")));
        assertFalse(QuantityExtractor.LINKS.contains("during"), "killed during protests by thousands");
        assertFalse(QuantityExtractor.LINKS.contains("by"));
        assertTrue(QuantityExtractor.NOUN_BOUND_VERBS.contains("lost"), "lost 5 in a row");
        assertTrue(QuantityExtractor.VERBS.keySet().containsAll(QuantityExtractor.NOUN_BOUND_VERBS));
        assertFalse(QuantityExtractor.NOUN_BOUND_VERBS.contains("killed"), "killed five and injured 20");
        for (String w : QuantityExtractor.LINKS) {
            assertTrue(w.matches("[a-z]+"), w);
            assertFalse(QuantityExtractor.NOUNS.containsKey(w), w);
            assertTrue(QuantityExtractor.PHRASE_END.contains(w), w + ": only a word that ends a phrase needs listing");
        }
    }

    @Test
    void asidesOpenWithAWordOfPart() {
        assertTrue(QuantityExtractor.ASIDE_OPENERS.containsAll(Set.of("including", "most", "among")));
        assertFalse(QuantityExtractor.ASIDE_OPENERS.contains("except"), "an exception changes the count");
        assertFalse(QuantityExtractor.ASIDE_OPENERS.contains("police"), "'Nine people, police said, were' is a source");
        assertEquals("killed", QuantityExtractor.NOUNS.get("deaths"));
        assertEquals("killed", QuantityExtractor.VERBS.get("deaths"), "the deaths of 8 people");
        assertEquals("injured", QuantityExtractor.NOUNS.get("hurt"), "30 dead, 100 hurt");
        assertEquals("injured", QuantityExtractor.VERBS.get("wounds"), "kills three, wounds four");
    }

    @Test
    void theftWordsAreOneWordOrTwo() {
        for (String w : QuantityExtractor.THEFT) {
            assertTrue(w.split(" ").length <= 2, w);
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        assertTrue(QuantityExtractor.THEFT.containsAll(Set.of("made off", "making off", "got away")));
    }

    @Test
    void happeningCountsAreNounsOfRepeatedHappenings() {
        assertTrue(ListActs.HAPPENING_COUNTS.containsAll(Set.of("operations", "raids", "missions")));
        assertFalse(ListActs.HAPPENING_COUNTS.contains("attacks"), "one event is often told as two attacks");
        for (String w : ListActs.HAPPENING_COUNTS) {
            assertTrue(w.matches("[a-z]+s"), w);
        }
    }

    @Test
    void oneMoreWordsCountOnePersonMore() {
        assertTrue(OneMoreHurt.ONE_MORE.containsAll(Set.of("another", "a third")));
        assertFalse(OneMoreHurt.ONE_MORE.contains("others"), "two others is a figure the reader reads");
        assertFalse(OneMoreHurt.ONE_MORE.contains("more"), "more is a hedge or an increment of a figure");
        for (String w : OneMoreHurt.ONE_MORE) {
            assertTrue(w.matches("another|one other|a (third|fourth|fifth)"), w);
        }
    }

    @Test
    void convictionKindsNameOneOffence() {
        assertEquals("drunk driving", PriorConvictions.KINDS.get("dui"));
        assertEquals("drunk driving", PriorConvictions.KINDS.get("dwi"));
        assertEquals("drunk driving", PriorConvictions.offence("DWI "));
        assertEquals("theft", PriorConvictions.offence("theft "), "words not listed are kept as written");
        assertEquals("", PriorConvictions.offence(""));
        for (Map.Entry<String, String> e : PriorConvictions.KINDS.entrySet()) {
            assertEquals(e.getKey().strip().toLowerCase(java.util.Locale.ROOT), e.getKey());
            assertTrue(e.getKey().split("[ -]").length <= 2, e.getKey());
        }
    }

    @Test
    void compassWordsAreBearings() {
        assertTrue(AttributeExtractor.COMPASS.containsAll(Set.of("north", "southeast", "south-west")));
        for (String w : AttributeExtractor.COMPASS) {
            assertTrue(w.matches("(north|south|east|west)(-?(north|south|east|west))*"), w);
        }
    }

    @Test
    void durationActsNameWhatALengthOfTimeTimes() {
        assertEquals(Set.of("deliberating", "in hospital", "it lasted"), Set.copyOf(Durations.ACTS.values()));
        assertEquals("deliberating", Durations.ACTS.get("deliberation"));
        assertEquals("in hospital", Durations.ACTS.get("hospitalised"));
        assertFalse(Durations.ACTS.containsKey("sentenced"), "a story gives the sentences of several people");
        for (String word : Durations.ACTS.keySet()) {
            assertEquals(word.strip().toLowerCase(java.util.Locale.ROOT), word);
        }
    }

    @Test
    void riseWordsTellACountAsRisenToItsFigure() {
        assertTrue(QuantityExtractor.RISE_WORDS.containsAll(Set.of("rose", "risen", "climbed")));
        String text = "The death toll rose to 10 on Monday, and the death toll stood at 12.";
        assertTrue(QuantityExtractor.toldRisen(text, text.indexOf("10")));
        assertFalse(QuantityExtractor.toldRisen(text, text.indexOf("12")), "stood at: no rise");
        assertFalse(QuantityExtractor.toldRisen("It went to 10", 11), "a verb that is no rise");
    }

    @Test
    void tollNounsAreAList() {
        assertTrue(Happenings.TOLL_NOUNS.containsAll(Set.of("toll", "count")));
        assertFalse(Happenings.TOLL_NOUNS.contains("death"));
    }
}
