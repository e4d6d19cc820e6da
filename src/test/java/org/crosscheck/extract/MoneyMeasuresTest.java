package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a sum of money is, where its words name it ("a $35,000 reward", "bail of $200,000"). */
class MoneyMeasuresTest {

    private static List<String> words(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    private static String measure(String before, String after) {
        return MoneyMeasures.measure(words(before), words(after));
    }

    @Test
    void aNounRightAfterTheSumNamesIt() {
        assertEquals("reward", measure("officials are offering a", "reward for information"));
        assertEquals("bail", measure("was ordered held on", "bail and"));
        assertEquals("fine", measure("prison and a", "fine"), "the noun ends the words read");
        assertEquals("damage", measure("the fire caused", "in damages to the"), "after \"in\", in the plural");
        assertEquals("damage", measure("clashes have caused", "of damage in Athens"), "after \"of\"");
        assertEquals("damage", measure("caused", "in property damage"), "one describing word before the noun");
        assertEquals("ransom", measure("they paid a", "cash ransom"));
        assertEquals("reward", measure("", "Reward for information"), "the noun's case does not count");
    }

    @Test
    void aNounAfterTheSumNamesNothingWhenItDescribesAnother() {
        assertNull(measure("filed a", "damage claim against"), "a claim for damage is a claim");
        assertNull(measure("a", "reward fund"));
        assertNull(measure("caused", "in Athens damage"), "a capitalised word is no describing word");
        assertNull(measure("caused", "in severe property damage"), "two describing words are too many");
        assertNull(measure("worth", "of business"));
        assertNull(measure("", ""));
        assertNull(measure("a", "in"), "a word that opens a phrase and nothing after it");
        assertNull(measure("a", "cash"), "a describing word and no noun");
    }

    @Test
    void aNounBeforeTheSumNamesItThroughLinkingWords() {
        assertEquals("reward", measure("the FBI announced a reward of", "for information"));
        assertEquals("bail", measure("the judge set bail at", "for the suspect"));
        assertEquals("bail", measure("his bail was set at", ""));
        assertEquals("damage", measure("Property damage is an estimated", ""), "three linking words");
        assertEquals("damage", measure("pastor estimates damages at", "to the church"));
        assertEquals("settlement", measure("a settlement of", ""));
        assertEquals("bail", measure("Bail of", ""), "the noun the first word read");
        assertEquals("ransom", measure("the ransom has been set at", ""), "four linking words");
    }

    @Test
    void aNounBeforeTheSumNeedsLinkingWordsAndNoOthers() {
        assertNull(measure("the reward", ""), "no word between the noun and the sum");
        assertNull(measure("the reward was raised to", ""), "a word no link");
        assertNull(measure("ransom demand of", ""), "the noun is another's");
        assertNull(measure("bail was ever set at", ""), "\"ever\" is no link");
        assertNull(measure("of", ""), "links and no noun");
        assertNull(measure("fine has been set at an", ""), "five linking words are more than are read");
    }

    @Test
    void aVerbRightBeforeTheSumNamesIt() {
        assertEquals("fine", measure("Finnegan was fined", "by the league"));
        assertEquals("fine", measure("Fined", ""));
        assertNull(measure("was fined and then ordered to pay", ""), "a verb further back names nothing");
    }

    @Test
    void aNounAfterTheSumIsReadBeforeOneBefore() {
        assertEquals("reward", measure("the damage of", "reward"));
    }

    @Test
    void namedAndRisingMeasuresAreReadFromTheMeasureBeforeTheCurrency() {
        assertTrue(MoneyMeasures.named("bail:USD"));
        assertTrue(MoneyMeasures.named("damage:EUR"));
        assertFalse(MoneyMeasures.named("money:USD"), "money alone");
        assertFalse(MoneyMeasures.named("value stolen:USD"), "a haul is read apart");
        assertFalse(MoneyMeasures.named("bail"), "no currency");
        assertFalse(MoneyMeasures.named(":bail"));
        assertFalse(MoneyMeasures.named("damages:USD"), "a noun, not its measure");
        assertTrue(MoneyMeasures.rising("damage:USD"));
        assertTrue(MoneyMeasures.rising("reward:USD"));
        assertFalse(MoneyMeasures.rising("bail:USD"));
        assertFalse(MoneyMeasures.rising("damage"));
        assertFalse(MoneyMeasures.rising(":damage"));
    }

    @Test
    void aSumAfterAWordOfWhatMayComeIsOneThatMayCome() {
        String s = "If convicted, he faces up to 55 years in prison and a $60,000 fine.";
        assertTrue(MoneyMeasures.possible(s, 0, s.indexOf('$')));
        String t = "He was fined $25,000 by the league.";
        assertFalse(MoneyMeasures.possible(t, 0, t.indexOf('$')));
        String u = "The lawsuit is seeking $5 million in damages.";
        assertTrue(MoneyMeasures.possible(u, 0, u.indexOf('$')));
        assertFalse(MoneyMeasures.possible(s, s.indexOf("prison"), s.indexOf('$')), "only the words from the sentence's start are read");
        assertFalse(MoneyMeasures.possible("Surface damage", 0, 14), "a word of the list inside another is none");
        assertTrue(MoneyMeasures.possible("Maximum", 0, 7), "the last word, its case aside");
    }

    @Test
    void theListsAreLowerCaseAndMapIntoTheMeasures() {
        assertFalse(MoneyMeasures.NOUNS.isEmpty());
        for (Map.Entry<String, String> e : MoneyMeasures.NOUNS.entrySet()) {
            assertEquals(e.getKey().toLowerCase(Locale.ROOT), e.getKey());
            assertTrue(MoneyMeasures.NOUNS.containsKey(e.getValue()), "each measure is a listed noun itself: " + e);
        }
        for (Map.Entry<String, String> e : MoneyMeasures.HELD_NOUNS.entrySet()) {
            assertEquals(e.getKey().toLowerCase(Locale.ROOT), e.getKey());
            assertTrue(MoneyMeasures.HELD_NOUNS.containsKey(e.getValue()), "each measure is a listed noun itself: " + e);
            assertFalse(MoneyMeasures.NOUNS.containsKey(e.getKey()), "a noun names an event's sum or a holder's: " + e);
        }
        for (Map.Entry<String, String> e : MoneyMeasures.VERBS.entrySet()) {
            assertTrue(MoneyMeasures.NOUNS.containsValue(e.getValue()) || MoneyMeasures.HELD_NOUNS.containsValue(e.getValue()),
                    e.toString());
            String[] w = e.getKey().split(" ");
            assertTrue(w.length == 1 || w.length == 2 && w[1].equals("for"), "a verb, or a verb and \"for\": " + e);
        }
        for (String m : MoneyMeasures.RISING) {
            assertTrue(MoneyMeasures.NOUNS.containsValue(m) || MoneyMeasures.HELD_NOUNS.containsValue(m), m);
        }
        for (String w : MoneyMeasures.FOLLOWERS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
            assertFalse(MoneyMeasures.NOUNS.containsKey(w) || MoneyMeasures.HELD_NOUNS.containsKey(w), w);
        }
        assertEquals("contract", MoneyMeasures.HELD_NOUNS.get("deal"));
        assertEquals("gross", MoneyMeasures.VERBS.get("grossed"));
        assertEquals("sale", MoneyMeasures.VERBS.get("sold for"));
        assertTrue(MoneyMeasures.LINKS.containsAll(List.of("worth", "valued")));
        assertTrue(MoneyMeasures.FOLLOWERS.containsAll(List.of("last", "runs")));
        assertFalse(MoneyMeasures.VERBS.containsKey("received"), "a verb whose object may be any sum");
        assertFalse(MoneyMeasures.NOUNS.containsKey("price"), "an event prices many things");
        assertFalse(MoneyMeasures.NOUNS.containsKey("bond"), "a bond may be a loan");
        assertFalse(MoneyMeasures.NOUNS.containsKey("money"));
        assertEquals("reward", MoneyMeasures.NOUNS.get("bounty"));
        assertEquals("fine", MoneyMeasures.VERBS.get("fined"));
        assertTrue(MoneyMeasures.LINKS.containsAll(List.of("of", "at", "set", "estimated")));
        assertFalse(MoneyMeasures.LINKS.contains("to"), "\"raised to\" tells a change");
        assertTrue(MoneyMeasures.POSSIBLE.containsAll(List.of("faces", "could", "seeking", "maximum")));
        assertFalse(MoneyMeasures.POSSIBLE.contains("demanded"), "a ransom demanded is the ransom");
    }

    private static String measure(String before, String after, String hedge) {
        return MoneyMeasures.measure(words(before), words(after), hedge);
    }

    private static String holder(String before, String after) {
        return MoneyMeasures.holder(words(before), words(after), "");
    }

    @Test
    void aHoldersSumIsNamedByItsNounInTheFormsOfAnEventsSum() {
        assertEquals("contract", measure("the club signed Tom Vale to an", "deal and"), "a compound");
        assertEquals("contract", measure("Vale s", "contract runs through"), "a word of time or a verb after the noun");
        assertEquals("contract", measure("Vale s", "deal last summer"));
        assertEquals("fee", measure("paid a posting fee of", "to the club"), "\"of\" after the noun");
        assertEquals("contract", measure("signed a three year deal worth", ""), "\"worth\"");
        assertEquals("contract", measure("a pact valued at", ""), "\"valued at\"");
        assertEquals("salary", measure("earns a yearly", "salary"), "the noun before a verb's: the noun is read first");
        assertEquals("sale", measure("the", "sale of the ranch"));
        assertNull(measure("filed a", "contract dispute"), "a noun that describes another");
        assertNull(measure("a", "deal memo"));
    }

    @Test
    void aVerbOrAVerbAndForNamesTheSumItsObject() {
        assertEquals("gross", measure("the studio said the film grossed", "in its first weekend"));
        assertEquals("gross", measure("the film grossing", "domestically"));
        assertEquals("earnings", measure("the pitcher earned", "last season"));
        assertEquals("payment", measure("the team paid", "for the right"));
        assertEquals("cost", measure("the bridge cost", "to build"));
        assertEquals("sale", measure("the family sold for", ""), "the verb and \"for\"");
        assertEquals("sale", measure("the county sold the old airfield for", ""), "three words of the object between");
        assertNull(measure("sold the old rusty airfield for", ""), "four words of the object are too many");
        assertNull(measure("sold it to the city for", ""), "a phrase between the verb and \"for\"");
        assertNull(measure("the team received", ""), "a verb that names no sum");
        assertNull(measure("the film grossed more than", ""), "a hedge not given as the sum's stays a word");
        assertEquals("gross", measure("the film grossed more than", "", "more than"), "the sum's hedge is dropped");
        assertEquals("contract", measure("a deal worth about", "", "about"));
        assertEquals("gross", measure("the film grossed", "", "more than"), "a hedge the words do not end with");
    }

    @Test
    void theHolderIsThePossessiveTheNameSignedToTheDealOrTheNameBeforeTheVerb() {
        assertEquals("vale", holder("Vale s", "contract runs through"));
        assertEquals("vale", holder("Vale s four year", "deal"), "past the contract's length");
        assertEquals("vale", holder("signed guard Tom Vale to an", "deal last summer"));
        assertNull(holder("sent guard Tom Vale to an", "deal"), "no verb of signing before the name");
        assertNull(holder("signed guard tom vale to an", "deal"), "no capitalised name");
        assertEquals("vale", holder("Vale s deal worth", ""), "the possessive before the noun a link ties");
        assertNull(holder("the deal worth", ""));
        assertEquals("vale", holder("the pitcher Tom Vale earned", "last season"), "the name before the verb");
        assertEquals("lumen", holder("the studio said Lumen has grossed", ""), "past \"has\"");
        assertNull(holder("Lumen has grossed", ""), "a word that may open the sentence alone is no name");
        assertEquals("lumen", holder("and the film Lumen has grossed", ""), "a name after other words");
        assertNull(holder("the film has grossed", ""));
        assertNull(holder("said The grossed", ""), "an article is no name");
        assertNull(holder("Vale s", "reward fund"), "a sum its words do not name has no holder");
        assertNull(holder("the team paid", ""), "a verb and no name");
        assertNull(holder("a", "fee"));
        assertNull(holder("", ""));
    }

    @Test
    void aHoldersSumIsComparedOnlyWithItsHolderAndAContractNeverAsASum() {
        assertTrue(MoneyMeasures.named("fee:USD"));
        assertTrue(MoneyMeasures.named("contract:USD"));
        assertTrue(MoneyMeasures.held("fee:USD"));
        assertFalse(MoneyMeasures.held("bail:USD"));
        assertFalse(MoneyMeasures.held("money:USD"));
        assertFalse(MoneyMeasures.held("fee"));
        assertTrue(MoneyMeasures.comparable("bail:USD", null), "an event's sum needs no holder");
        assertTrue(MoneyMeasures.comparable("fee:USD", "vale"));
        assertFalse(MoneyMeasures.comparable("fee:USD", null), "a holder's sum without one");
        assertFalse(MoneyMeasures.comparable("contract:USD", "vale"), "Contracts compares a player's contract");
        assertTrue(MoneyMeasures.rising("gross:USD"));
        assertFalse(MoneyMeasures.rising("fee:USD"));
    }
}
