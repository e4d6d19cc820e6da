package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The act a count of things takes from the list it stands in ({@link ListActs}). */
class ListActsTest {

    /** The act of the count written as {@code count} in {@code sentence}. */
    private static String act(String sentence, String count) {
        int start = sentence.indexOf(count);
        return ListActs.act(sentence, start, start + count.length(), 0, sentence.length());
    }

    @Test
    void anActBeforeTheListGoesToEveryItem() {
        String s = "Rioters attacked a town hall, four shops and two banks.";
        assertEquals("attacked", act(s, "four"));
        assertEquals("attacked", act(s, "two"));
        assertEquals("seized", act("The navy confiscated 14 rifles, 31 magazines and 923 rounds from the skiff.", "31"));
        assertEquals("seized", act("The navy confiscated 14 rifles, 31 magazines and 923 rounds from the skiff.", "923"));
        assertEquals("attacked", act("Youths attacked a police post with fire bombs in the old town as well as at least three banks.",
                "at least three"), "as well as joins the list");
        assertEquals("seized", act("Police seized a van, plus two trucks.", "two"), "plus joins the list");
    }

    @Test
    void anActRightBeforeTheCountIsItsOwn() {
        assertEquals("attacked", act("Masked men attacked three banks.", "three"));
        assertEquals("marched", QuantityExtractor.ACTS.get("took to"));
        assertNull(act("About 200 people took to the streets, and 30 cars.", "30"), "two words, a crowd's act");
        assertNull(act("Crews contained the fire to one corner of the roof.", "one"), "no act of fire: it is no thing's");
    }

    @Test
    void anActAfterTheListGoesToEveryItem() {
        String s = "During the search, six pistols, 12 clips and about 300 cartridges were found and confiscated.";
        assertEquals("seized", act(s, "six"), "the list's first item, after a comma");
        assertEquals("seized", act(s, "12"));
        assertEquals("seized", act(s, "about 300"), "the last item, after and");
        assertEquals("seized", act("Six rifles and two boats were seized.", "Six"), "the sentence's first word");
        assertEquals("damaged", act("Four shops, two banks and a school were badly damaged.", "Four"), "an adverb before the act");
    }

    @Test
    void aListSpelledOutAfterItsVerbTakesTheActOfItsNounPhrase() {
        String s = "The confiscated arms and equipment included five pistols, two other hunting rifles and 40 cartridges.";
        assertEquals("seized", act(s, "five"), "the first item, right after the list's verb");
        assertEquals("seized", act(s, "two"));
        assertEquals("seized", act(s, "40"), "the last item, after and");
        assertEquals("seized", act("Among the seized goods were four pistols, three other rifles and 15 cartridges.", "three"),
                "an auxiliary ties the list to its noun phrase");
        assertEquals("seized", act("Seized goods included four pistols and three rifles.", "three"), "the participle opens the sentence");
        assertEquals("damaged", act("Their damaged shops are two bakeries and a bank.", "two"), "are, after a possessive");
        assertEquals("seized", act("These seized boats comprise two skiffs and a dhow.", "two"), "comprise");
    }

    @Test
    void aListVerbGivesNoActWithoutAParticipleOfTheNounPhrase() {
        assertNull(act("The men who seized the depot included two guards, and three trucks.", "three"),
                "the participle ends a clause, not a noun phrase");
        assertNull(act("Rioters attacked the hall; the losses included two banks.", "two"), "the noun phrase holds no act");
        assertNull(act("Officers seized the boat and included two rifles in the list.", "two"),
                "the act is a verb after a noun, not a participle before one");
        assertNull(act("Damaged included two banks.", "two"), "a participle with no noun after it describes nothing");
        assertNull(act("Police who raided the port say seized arms, stolen cars were two rifles and a van.", "two"),
                "a mark ends the noun phrase");
        assertNull(act("The building that was damaged in the blast and the old school were two of them.", "two"),
                "further than five words back");
        assertNull(act("The seized arms and the rest of the equipment were two rifles.", "two"),
                "the participle is more than five words before the verb");
        assertNull(act("He said seized arms were two rifles.", "two"), "a clause's word before the participle");
        assertNull(act("Seized arms, he said, were two rifles.", "two"), "a mark ends the noun phrase before its act");
        assertNull(act("Seized items he said were two rifles.", "two"), "a clause's word ends the noun phrase before its act");
        assertNull(act("Seized items had been these: two rifles.", "two"), "no list verb right before the count");
    }

    @Test
    void aCountThatIsNoListItemTakesNoAct() {
        assertNull(act("Police attacked the base with two helicopters.", "two"), "with: no list");
        assertNull(act("He had seven convictions, and three cars were damaged.", "seven"), "the count follows a verb");
        assertNull(act("The crew nabbed 26 pirates with six rifles, 12 magazines and 300 rounds.", "12"),
                "another verb in the past ends the list");
        assertNull(act("Crowds attacked the hall where the mayor sits, and two banks.", "two"), "where opens a clause");
        assertNull(act("Crowds attacked the hall, which is a museum, and two banks.", "two"), "an auxiliary ends the list");
        assertNull(act("Rioters attacked a town hall; two banks were closed.", "two"), "a semicolon ends the list");
        assertNull(act("Rioters marched through the square, and 20,000 people joined.", "20,000"), "a crowd's act is none of a thing's");
        assertNull(act("Six rifles, two boats and a net.", "Six"), "no act after the list");
        assertNull(act("Six rifles, two boats and a net were on board.", "Six"), "no act after the auxiliary");
        assertNull(act("Six rifles were on board the boat, police said, and were seized.", "Six"), "no list before the auxiliary");
        assertNull(act("Four shops, two banks and a school which were damaged.", "Four"), "a clause's word before the auxiliary");
        assertNull(act("Four shops, two banks and a school damaged by fire.", "Four"), "an act with no auxiliary");
        assertNull(act("Two boats, three skiffs, four dhows, five tugs, six barges, seven ferries, eight yachts, nine rafts, "
                + "ten canoes and eleven kayaks were seized.", "Two"), "too far from the act");
    }

    @Test
    void anActPastAPhraseOfPlaceIsTheCountsOwn() {
        assertEquals("damaged", act("Lines failed after three undersea cables between Spain and Malta were damaged.", "three"));
        assertEquals("badly damaged", act("Three old houses along the river were badly damaged.", "Three"), "a word of manner is kept");
        assertEquals("seized", act("Two boats in the port have been seized.", "Two"), "auxiliaries past the phrase");
        assertNull(act("Two boats in the port that were seized belonged to him.", "Two"), "a clause's word in the phrase");
        assertNull(act("Two boats in the port, police said, were seized.", "Two"), "a mark ends the phrase");
        assertNull(act("Two boats in were seized.", "Two"), "no phrase after the preposition");
        assertNull(act("Two in the port were seized.", "Two"), "no counted noun before the preposition");
        assertNull(act("Two big old wooden boats in the port were seized.", "Two"), "a noun phrase of more than three words");
        assertEquals("seized", act("Two big wooden boats in the port were seized.", "Two"), "a noun phrase of three words");
        assertNull(act("Two boats in the port where ships are seized.", "Two"), "a clause's word before the auxiliary");
        assertNull(act("Two boats in the seized port were there.", "Two"), "another act inside the phrase");
        assertNull(act("Two seized boats in the port were there.", "Two"), "an act inside the noun phrase");
        assertNull(act("Two boats in the port were there.", "Two"), "no act after the auxiliary");
        assertNull(act("Two boats with nets were seized.", "Two"), "with opens no phrase of place");
        assertNull(act("Two boats in the old port by the new quay of town were seized.", "Two"), "nine words of place");
        assertEquals("seized", act("Two boats in the port by the new quay of town were seized.", "Two"), "eight words of place");
        assertNull(act("Two boats in the port", "Two"), "the sentence ends before any act");
        assertNull(act("Two boats", "Two"), "the sentence ends after the noun");
    }

    @Test
    void aHarmSufferedPastAPhraseOfPlaceIsTheCountsAct() {
        assertEquals("severely damaged", act("Calls failed after two cables in the bay suffered severe damage.", "two"),
                "a describing word narrows the act, as a word of manner does");
        assertEquals("heavily damaged", act("Two huts on the hill sustained heavy damage.", "Two"));
        assertEquals("damaged", act("Calls failed after two cables in the bay suffered damage.", "two"));
        assertEquals("damaged", act("Two cables in the bay sustained damage, the firm said.", "Two"), "no describing word, a mark after");
        assertEquals("destroyed", act("Two huts on the hill suffered destruction", "Two"), "the sentence's end after the noun");
        assertNull(act("Two cables in the bay suffered damage to their casing.", "Two"), "the clause goes on past the noun");
        assertNull(act("Two cables in the bay suffered very severe damage.", "Two"), "two describing words");
        assertNull(act("Two cables in the bay suffered no that damage.", "Two"), "a clause's word before the noun");
        assertNull(act("Two cables in the bay suffered losses.", "Two"), "no noun of harm");
        assertNull(act("Two cables in suffered damage.", "Two"), "no phrase of place before the verb");
        assertNull(act("Two cables in the bay suffered", "Two"), "nothing after the verb");
        assertNull(act("Two cables in the bay suffered.", "Two"), "a mark right after the verb");
    }

    @Test
    void harmsAreReadFromTheirList() {
        assertEquals("damaged", ListActs.HARMS.get("damage"));
        for (var e : ListActs.HARMS.entrySet()) {
            assertTrue(QuantityExtractor.ACTS.containsValue(e.getValue()), e.toString());
            assertEquals(e.getKey().strip().toLowerCase(java.util.Locale.ROOT), e.getKey());
        }
    }

    @Test
    void sufferVerbsAreReadFromTheirList() {
        assertEquals(java.util.Set.of("suffered", "sustained"), ListActs.SUFFER_VERBS);
        for (String w : ListActs.SUFFER_VERBS) {
            assertTrue(w.matches("[a-z]+"), w);
            assertFalse(QuantityExtractor.ACTS.containsKey(w), w + " is no act of its own");
        }
    }

    @Test
    void aParticipleRightAfterAListsCountDescribesItsNoun() {
        String s = "Six rifles, 13 loaded magazines and 300 rounds were seized.";
        assertEquals("seized", act(s, "Six"), "the first item reads past a later item's participle");
        assertEquals("seized", act(s, "13"));
        assertNull(act("Six rifles, 13 loaded and 300 rounds were seized.", "13"), "no noun after the participle");
        assertNull(act("Six rifles, 13 loaded", "13"), "the sentence ends after the participle");
        assertNull(act("Six rifles, 13 magazines loaded and 300 rounds were seized.", "13"), "a participle after the noun is a verb");
        assertNull(act("Six rifles, 13 said magazines were seized.", "13"), "a clause's word");
        assertNull(act("Six rifles, boats loaded and 300 rounds were seized.", "Six"), "a participle after no figure is a verb");
    }

    @Test
    void aListIsReadNoFurtherThanItsReach() {
        String near = "Police seized the nets and ropes and hooks and poles and oars and two boats.";
        assertEquals("seized", act(near, "two"));
        String far = "Police seized a a a a a a a a a a a a a a a a a a a a, two boats.";
        assertNull(act(far, "two"), "twenty words at most");
    }

    @Test
    void numbersInsideWordsStayInTheirWords() {
        assertEquals("seized", act("Officers confiscated 1,500 rounds, 2.5 kilograms and 14 AK-47 rifles.", "14"));
        assertEquals("seized", act("Officers confiscated the dealer's car and 14 rifles.", "14"), "an apostrophe inside a word");
    }

    @Test
    void aCountOfSeveralHappeningsMakesTheSentenceATotal() {
        assertTrue(ListActs.severalHappenings(List.of("operations", "so", "far"), 5));
        assertTrue(ListActs.severalHappenings(List.of("Raids"), 3), "read in lower case");
        assertFalse(ListActs.severalHappenings(List.of("operations"), 1), "one operation is the event's");
        assertFalse(ListActs.severalHappenings(List.of("attacks"), 2), "an event told as two attacks keeps its toll");
        assertFalse(ListActs.severalHappenings(List.of(), 4));
        assertTrue(ListActs.HAPPENING_COUNTS.contains("operations"));
    }

    @Test
    void aCountTakesTheListsActOnlyWhenItsNounEndsItsPhrase() {
        List<String> none = List.of();
        assertArrayEquals(new String[] {"bank", "attacked"},
                QuantityExtractor.thingCounted(List.of("banks"), none, 0, "attacked"));
        assertArrayEquals(new String[] {"shop", "attacked"},
                QuantityExtractor.thingCounted(List.of("shops", "and"), none, 0, "attacked"));
        assertArrayEquals(new String[] {"round", "seized"},
                QuantityExtractor.thingCounted(List.of("rounds", "of", "ammunition"), none, 0, "seized"));
        assertArrayEquals(new String[] {"watch", "seized"},
                QuantityExtractor.thingCounted(List.of("gold", "watches"), none, 0, "seized"));
        assertNull(QuantityExtractor.thingCounted(List.of("helicopters", "landed"), none, 0, "attacked"), "a verb after the noun");
        assertNull(QuantityExtractor.thingCounted(List.of("helicopters", "landed", "safely"), none, 0, "attacked"));
        assertArrayEquals(new String[] {"shop", "damaged"},
                QuantityExtractor.thingCounted(List.of("shops", "were", "damaged"), none, 0, "attacked"), "its own act comes first");
        assertNull(QuantityExtractor.thingCounted(List.of("banks"), none, 0, (String) null));
        assertNull(QuantityExtractor.thingCounted(List.of("banks"), none, 0, QuantityExtractor.MARCHED));
    }

    @Test
    void theftIsReadInOneWordOrTwo() {
        assertTrue(QuantityExtractor.theft(List.of("making", "off", "with", "an")));
        assertTrue(QuantityExtractor.theft(List.of("thieves", "stole")));
        assertTrue(QuantityExtractor.theft(List.of("smashing", "the", "window", "and", "stealing")), "stealing");
        assertTrue(QuantityExtractor.theft(List.of("gang", "steals")), "steals");
        assertFalse(QuantityExtractor.theft(List.of("making", "the", "off")), "two words only together");
        assertFalse(QuantityExtractor.theft(List.of("made")));
        assertFalse(QuantityExtractor.theft(List.of()));
    }

    @Test
    void aListMayOpenOrCloseAtTheSentencesEdges() {
        assertEquals("attacked", act("As well as two banks were attacked.", "two"), "as well as opening the sentence");
        assertEquals("attacked", act("And two banks were attacked.", "two"), "and opening the sentence");
        assertEquals("looted", act("Looted a school and two banks, the mob fled.", "two"), "the act opens the sentence");
        assertEquals("attacked", act("Attacked two banks.", "two"), "the act right before, opening the sentence");
        assertEquals("seized", act("More than 300 rounds and six rifles were seized.", "More than 300"),
                "the count's own hedge is no clause's word");
    }

    @Test
    void aShortPastWordDoesNotEndTheList() {
        assertEquals("seized", act("Police seized a used car and two boats.", "two"), "four letters ending in ed");
        assertNull(act("Rioters attacked (a hall), and two banks.", "two"), "a bracket ends the list");
    }

    @Test
    void theActAfterTheAuxiliaryIsReadWithinFourWords() {
        assertEquals("seized", act("Six rifles and two boats were later found and seized.", "Six"));
        assertNull(act("Six rifles and two boats were later quietly found and seized.", "Six"), "five words");
        assertNull(act("Six rifles and two boats were not seized.", "Six"), "a clause's word");
        assertNull(act("Six rifles and two boats were", "Six"), "the sentence ends");
    }

    @Test
    void wordsKeepTheirInnerMarks() {
        assertEquals(List.of("no", ".", "5", "and", "2.5", "or", "1,500", "ak-47", "gray's", "a", ",", "b"),
                ListActs.tokens("No.5 and 2.5 or 1,500 AK-47 Gray's a,b", 0, 38).stream().map(ListActs.Token::text).toList());
        assertEquals(List.of("ak", "-"), ListActs.tokens("AK-47", 0, 3).stream().map(ListActs.Token::text).toList(),
                "a hyphen at the end of the range");
        assertEquals(List.of("x", "."), ListActs.tokens("x.", 0, 2).stream().map(ListActs.Token::text).toList());
        assertEquals(List.of("5", ".", "x"), ListActs.tokens("5.x", 0, 3).stream().map(ListActs.Token::text).toList(),
                "a point is inner only between digits");
        assertEquals(7, ListActs.tokens("Police seized two", 0, 17).get(1).start());
    }

    @Test
    void aDescribingWordGivesItsWordOfManner() {
        assertEquals("severely", ListActs.manner("Severe"));
        assertEquals("heavily", ListActs.manner("heavy"));
        assertEquals("terribly", ListActs.manner("terrible"));
        assertEquals("drastically", ListActs.manner("drastic"));
        assertEquals("extensively", ListActs.manner("extensive"));
        assertEquals("shyly", ListActs.manner("shy"));
    }
}
