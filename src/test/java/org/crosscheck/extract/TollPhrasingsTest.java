package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways a report gives a toll, each read as the count it is (sentences written for this test). */
class TollPhrasingsTest {

    /** The measure of the figure written {@code figure} in {@code sentence}, as QuantityExtractor reads it. */
    private static String measureOf(String sentence, String figure) {
        List<QuantityMatch> found = QuantityParser.find(sentence, 0, sentence.length());
        for (QuantityMatch q : found) {
            if (sentence.substring(q.start(), q.end()).equals(figure)) {
                String[] m = QuantityExtractor.measure(q);
                if (m[0].equals("people")) {
                    String act = QuantityExtractor.actPastAside(sentence, q.end(), sentence.length());
                    return act != null ? act : m[0];
                }
                return m[0];
            }
        }
        throw new AssertionError(figure + " not read in: " + sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The storm left a death toll of 24 on Monday.|24|killed",
        "Officials put the toll at 31 by nightfall.|31|killed",
        "The gunmen killed five and injured 20.|five|killed",
        "The gunmen killed five and injured 20.|20|injured",
        "Death toll hits 45 after floods|45|killed",
        "Gunman kills three, wounds four at mall|four|injured",
        "Blast leaves 30 dead, 100 hurt|100|injured",
        "Authorities confirmed the deaths of 8 people.|8|killed",
        "At least 10 people are feared dead.|At least 10|killed",
        "Twenty-three people were later confirmed dead.|Twenty-three|killed",
        "Two people were shot dead and one was wounded.|Two|killed",
        "About 2,000 people were left homeless.|About 2,000|displaced",
        "They found 10 people still missing.|10|missing",
        "It killed 612 people and injured more than 1,400.|612|killed",
        "Ten people, including three children, were killed.|Ten|killed",
        "Fourteen people, most of them women, died in the fire.|Fourteen|killed",
        "Six people, among them a guard, were hurt.|Six|injured",
        // an aside that names or counts the people, set off by commas or dashes; a death told as a
        // noun (tolls34)
        "Three people, one of them a nurse, were killed.|Three|killed",
        "At least four people, a man and three women, died in the blaze.|At least four|killed",
        "Five miners — two brothers and their uncle — were hurt.|Five|injured",
        "Seven hikers – all of them students – are missing.|Seven|missing",
        "The fire led to the death of three workers.|three|killed",
        "A man shot to death one person at the depot.|one|killed",
        "Some two dozen people were injured in the blast.|Some two dozen|injured",
        "The army has lost seven soldiers since June.|seven|killed",
        "The militia has killed 24 to 30 on the road.|24 to 30|killed",
        // one person in the singular, a harm and its outcome, "is" before the participle (counts2)
        "The gunman fired into the crowd, killing one man.|one|killed",
        "One victim died in the blast.|One|killed",
        "A gunman killed one male employee.|one|killed",
        "One man was shot and killed outside the bar.|One|killed",
        "Two workers were stabbed and wounded.|Two|injured",
        "One woman is dead after the crash.|One|killed",
        "1 child was hurt.|1|injured",
        // people by what they were doing, "pronounced dead", a harm to death, a headline's "die"
        "Two climbers were killed in the avalanche.|Two|killed",
        "The gunman left three teachers dead.|three|killed",
        "Two women were pronounced dead at the scene.|Two|killed",
        "Three people were burnt to death in the bank.|Three|killed",
        "Four miners have suffocated to death.|Four|killed",
        "Three die in bank fire|Three|killed",
        "Ten people die as floods hit the coast|Ten|killed",
    })
    void aTollIsReadAsItsCount(String sentence, String figure, String measure) {
        assertEquals(measure, measureOf(sentence, figure));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a figure after a preposition or a plural between it and the verb counts something else
        "Two were killed during protests by 5,000 who marched.|5,000",
        // a source between commas is no aside
        "Nine people, police said, were taken to hospital.|Nine",
        // an exception changes the count
        "Twelve workers, except two, were evacuated.|Twelve",
        // a verb that counts people only with its noun, and a score
        "The Hawks have lost 5 in a row.|5",
        "They lost 24 to 17 on Sunday.|24",
        // a part of the injured is no count of them
        "Four of the injured were in critical condition.|Four",
        // the act after an aside too long to be one is another clause's
        "Ten people, including the many who had come from the far villages of the northern valley to see it, later were hurt.|Ten",
        // a singular before another noun describes it; a figure other than one names no singular person
        "The navy chased one pirate boat that killed two.|one",
        "The 1,000-member church was burned and 12 killed.|1,000",
        "At least one Thai crew member was killed.|At least one",
        "One man told reporters three were killed.|One",
        // "and" after any other word than a harm ends the search; a harm needs "and" and an outcome
        "Three people were shot and taken to hospital.|Three",
        "Five people were captured and two killed.|Five",
        "Two people were shot, killed said the report.|Two",
        // "to death" only after a harm; "death" before a figure is no toll ("death penalties even if one")
        "Three people were sentenced to death.|Three",
        "Five people were burnt to the ground.|Five",
        "The death penalty was sought though one or two jurors voted against it.|one or two",
    })
    void otherCountsAreNoToll(String sentence, String figure) {
        String m = measureOf(sentence, figure);
        assertEquals(false, m.equals("killed") || m.equals("injured") || m.equals("evacuated"), m);
    }

    @org.junit.jupiter.api.Test
    void aFigureWithoutANounNamesNoSubject() {
        String s = "The gunmen killed five and injured 20.";
        QuantityMatch five = QuantityParser.find(s, 0, s.length()).get(0);
        String[] m = QuantityExtractor.measure(five);
        assertEquals("killed", m[0]);
        assertNull(m[1], "'and' is no one killed");
        String t = "The army has lost seven soldiers since June.";  // soldiers are counted as troops, one toll whatever the noun (tolls29)
        assertEquals("troops", QuantityExtractor.measure(QuantityParser.find(t, 0, t.length()).get(0))[1]);
        String u = "The rebels killed 12 during the night.";
        assertEquals("killed", measureOf(u, "12"));
        String v = "The toll was 12 during the night.";
        assertEquals("killed", measureOf(v, "12"), "'was' links the toll to its figure");
        String w = "The rebels killed villagers during raids by 12 who came.";
        assertEquals(false, measureOf(w, "12").equals("killed"));
    }

    @org.junit.jupiter.api.Test
    void oneManCountsAsMenAndOneVictimAsAnyone() {
        String s = "The gunman fired into the crowd, killing one man.";
        QuantityMatch one = QuantityParser.find(s, 0, s.length()).get(0);
        assertEquals("men", QuantityExtractor.measure(one)[2], "narrowed as 'two men' is");
        String t = "One victim died in the blast.";
        assertNull(QuantityExtractor.measure(QuantityParser.find(t, 0, t.length()).get(0))[2], "'victims' narrow nothing");
        String u = "Police said one woman was killed.";
        assertEquals("women", QuantityExtractor.measure(QuantityParser.find(u, 0, u.length()).get(0))[2]);
    }

    /** Where {@link QuantityExtractor#onePerson} finds the person after the first figure of {@code sentence}. */
    private static int person(String sentence) {
        QuantityMatch q = QuantityParser.find(sentence, 0, sentence.length()).get(0);
        List<String> after = new java.util.ArrayList<>();
        for (String w : q.after()) {
            after.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        return QuantityExtractor.onePerson(q, after, 0);
    }

    @org.junit.jupiter.api.Test
    void onePersonEndsItsPhraseAndIsWrittenInLowerCase() {
        assertEquals(0, person("He shot one man"), "nothing after the noun");
        assertEquals(0, person("One man in the crowd was hurt."), "a word that ends a phrase");
        assertEquals(0, person("One man was hurt."), "an auxiliary");
        assertEquals(0, person("One man reportedly died."), "a word of report");
        assertEquals(0, person("One man dead after crash"), "the participle itself");
        assertEquals(-1, person("One man told us."), "a verb of his own");
        assertEquals(1, person("One young man died."), "a describing word before the noun");
        assertEquals(3, person("One very old tall man died."), "three describing words");
        assertEquals(-1, person("One very old tall thin man died."), "four are too many");
        assertEquals(-1, person("One young Man died."), "a capital after the first word is a name");
        assertEquals(-1, person("One young Sami man died."), "nor a capital between");
        assertEquals(-1, person("One pirate boat sank."), "a singular before another noun describes it");
        assertEquals(-1, person("Two men died."), "a figure of two");
        assertEquals(-1, person("At least one man died."), "an open figure");
    }

    @org.junit.jupiter.api.Test
    void aHarmPassesOnlyBeforeAndItsOutcome() {
        assertEquals(true, QuantityExtractor.harmThen(List.of("man", "was", "shot", "and", "killed"), 2));
        assertEquals(true, QuantityExtractor.harmThen(List.of("man", "was", "shot", "and", "killed"), 3));
        assertEquals(false, QuantityExtractor.harmThen(List.of("man", "was", "shot", "and", "taken"), 2));
        assertEquals(false, QuantityExtractor.harmThen(List.of("man", "was", "shot", "and"), 2), "nothing after 'and'");
        assertEquals(false, QuantityExtractor.harmThen(List.of("man", "was", "shot", "then", "killed"), 2));
        assertEquals(false, QuantityExtractor.harmThen(List.of("people", "and", "killed"), 1), "'and' after no harm");
        assertEquals(false, QuantityExtractor.harmThen(List.of("and", "killed"), 0), "'and' first");
        assertEquals(false, QuantityExtractor.harmThen(List.of("shot"), 0));
        assertEquals(true, QuantityExtractor.toDeath(List.of("were", "burnt", "to", "death"), 1));
        assertEquals(false, QuantityExtractor.toDeath(List.of("were", "burnt", "to"), 1), "the phrase cut short");
        assertEquals(false, QuantityExtractor.toDeath(List.of("were", "sentenced", "to", "death"), 1), "no harm");
        assertEquals(false, QuantityExtractor.toDeath(List.of("were", "burnt", "to", "ashes"), 1));
        assertEquals(false, QuantityExtractor.toDeath(List.of("were", "burnt", "by", "death"), 1));
    }

    @org.junit.jupiter.api.Test
    void aNounOfDeathCountsOnlyThroughALink() {
        assertEquals("killed", measureOf("Relatives mourned the death of these two men.", "two"), "a link and a determiner");
        assertEquals("killed", measureOf("A gunman shot to death one person.", "one"), "the noun right before");
        org.junit.jupiter.api.Assertions.assertNotEquals("killed",
                measureOf("Voters backed death penalties for 12 inmates.", "12"), "another noun and a preposition between");
        assertEquals(true, QuantityExtractor.linkedOnly(List.of("led", "to", "the", "death", "of", "these"), "death"));
        assertEquals(true, QuantityExtractor.linkedOnly(List.of("shot", "to", "death"), "death"));
        assertEquals(true, QuantityExtractor.linkedOnly(List.of("death", "of"), "death"), "the noun first of the words");
        assertEquals(false, QuantityExtractor.linkedOnly(List.of("approve", "death", "penalties", "even", "if"), "death"));
        assertEquals(false, QuantityExtractor.linkedOnly(List.of("death", "of", "these", "trapped"), "death"), "a word neither link nor determiner");
        assertEquals(false, QuantityExtractor.linkedOnly(List.of("the", "loss", "of"), "death"), "no such noun");
    }

    @org.junit.jupiter.api.Test
    void anAsideIsShortAndItsActNear() {
        assertEquals("killed", QuantityExtractor.actPastAside("Ten young Iraqi men, including two boys, died.", 3, 46), "three words");
        assertNull(QuantityExtractor.actPastAside("Ten people", 3, 10), "the sentence ends after the noun");
        assertNull(QuantityExtractor.actPastAside("Ten people; including two boys, died.", 3, 37), "another mark than a comma");
        String mixed = "Ten people — including two boys, died.";
        assertNull(QuantityExtractor.actPastAside(mixed, 3, mixed.length()), "a dash is closed by a dash, not a comma");
        String dashed = "Ten people — two of them boys — died.";
        assertEquals("killed", QuantityExtractor.actPastAside(dashed, 3, dashed.length()), "a dash closed by a dash");
        String taken = "Ten people, one of them a nurse, were taken to hospital.";
        assertNull(QuantityExtractor.actPastAside(taken, 3, taken.length()), "an aside of people, no act after it");
        String filler = "x".repeat(QuantityExtractor.ASIDE_LENGTH - " including ".length());
        String fits = "Ten people, including " + filler + ", died.";
        assertEquals("killed", QuantityExtractor.actPastAside(fits, 3, fits.length()), "an aside of the longest length");
        String over = "Ten people, including x" + filler + ", died.";
        assertNull(QuantityExtractor.actPastAside(over, 3, over.length()), "one character longer");
        String fifth = "Ten people, including two boys, were still now later dead.";
        assertEquals("killed", QuantityExtractor.actPastAside(fifth, 3, fifth.length()), "the fifth word after the aside");
        String sixth = "Ten people, including two boys, were still now later confirmed dead.";
        assertNull(QuantityExtractor.actPastAside(sixth, 3, sixth.length()), "the sixth is too far");
        String run = "Ten people, including two boys, were still now later confirmed";
        assertNull(QuantityExtractor.actPastAside(run, 3, run.length()), "no act among the five words");
    }

    @org.junit.jupiter.api.Test
    void anAsideNeedsItsNounItsOpenerAndItsClose() {
        String s = "Ten people, including three children, were killed.";
        assertEquals("killed", QuantityExtractor.actPastAside(s, 3, s.length()));
        assertNull(QuantityExtractor.actPastAside("Ten, including three children, were killed.", 3, 43), "no noun before the comma");
        assertNull(QuantityExtractor.actPastAside("Ten people including three children were killed.", 3, 48), "no comma");
        assertNull(QuantityExtractor.actPastAside("Ten people, including three children were killed.", 3, 49), "no closing comma");
        assertNull(QuantityExtractor.actPastAside("Ten people, including three children, ran away.", 3, 46), "no act after it");
        assertNull(QuantityExtractor.actPastAside("Ten young men from town, including two boys, died.", 3, 50), "four words before the comma");
        assertEquals("killed", QuantityExtractor.actPastAside("Ten young men, including two boys, died.", 3, 40));
        assertNull(QuantityExtractor.actPastAside(s, 3, 20), "the sentence ends before the aside closes");
        assertNull(QuantityExtractor.actPastAside("Ten people (including three children), were killed.", 3, 50), "a bracket is no comma");
    }
}
