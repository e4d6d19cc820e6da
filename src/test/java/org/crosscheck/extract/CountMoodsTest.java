package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure planned or possible, read from its own clause, is apart from one that happened. */
class CountMoodsTest {

    /** {@link CountMoods#planned} of the figure {@code figure} (its first occurrence) in the one-sentence {@code text}. */
    private static boolean planned(String text, String figure) {
        int start = text.indexOf(figure);
        return CountMoods.planned(text, 0, text.length(), start, start + figure.length());
    }

    @Test
    void aMoodWordBeforeTheFigureInItsClauseMakesItPlanned() {
        assertTrue(planned("Dravia plans to send 5,000 troops to the border.", "5,000"));
        assertTrue(planned("The new bridge could cost up to $2 billion.", "up to $2 billion"));
        assertTrue(planned("The mill may lay off 300 workers next year.", "300"));
        assertTrue(planned("The plant is expected to hire 200 people.", "200"));
        assertTrue(planned("The deal would add 40 jobs in Ostvik.", "40"));
        assertTrue(planned("The council proposed 12 new stations.", "12"));
        assertTrue(planned("The firm is to be fined 900 crowns.", "900"), "a phrase of three words");
    }

    @Test
    void aMoodWordAfterTheFigureOverItsNounMakesItPlanned() {
        assertTrue(planned("Some 5,000 troops will be sent to the border.", "5,000"));
        assertTrue(planned("About 300 jobs could go at the mill.", "300"));
    }

    @Test
    void aGroupAlreadyThereTakesNoMoodFromItsVerb() {
        assertFalse(planned("The two sides will meet again in Ostvik.", "two"), "an article before the figure");
        assertFalse(planned("A meeting of 27 ministers will cost a fortune.", "27"), "the figure inside another noun phrase");
        assertFalse(planned("Its 300 workers could strike.", "300"));
        assertTrue(planned("The council may close the 12 stations.", "12"), "a mood word before still counts");
        for (String w : CountMoods.DEFINITES) {
            assertTrue(w.matches("[a-z]+"), w);
        }
    }

    @Test
    void aFigureThatHappenedIsNotPlanned() {
        assertFalse(planned("Dravia sent 3,000 troops to the border.", "3,000"));
        assertFalse(planned("The mill laid off 300 workers on Friday.", "300"));
        assertFalse(planned("The storm killed 12 people in Ostvik.", "12"));
        assertFalse(planned("3,000 troops crossed the border.", "3,000"), "nothing before the figure");
    }

    @Test
    void theReadingStaysInsideTheFiguresClause() {
        assertFalse(planned("Officials expected trouble after 12 people were killed.", "12"), "after opens another clause");
        assertFalse(planned("The quake, which could be felt in Ostvik, killed 12 people.", "12"), "a comma ends the clause");
        assertFalse(planned("The army would later say 12 soldiers died.", "12"), "say opens the reported clause");
        assertFalse(planned("Rescuers found 12 bodies and may find more.", "12"), "and opens another clause after the figure");
        assertFalse(planned("Twelve soldiers who could not swim drowned in the river at dawn on Monday.", "Twelve"),
                "who opens a relative clause");
        assertFalse(planned("Planners could not agree on the route yesterday when officials sent 300 troops.", "300"),
                "when opens another clause");
        assertFalse(planned("Could one say whether the village sent out only about 300 men to fight?", "300"),
                "more than six words back");
    }

    @Test
    void peopleWhoWillActArePlannedAndPeopleWhoActedAreNot() {
        assertTrue(planned("About 300 dockers will strike on Monday.", "300"), "what many will do is a planned figure");
        assertTrue(planned("Some 2,000 nurses will march through Ostvik.", "2,000"));
        assertFalse(planned("About 300 dockers struck on Monday.", "300"), "what many did is a figure that happened");
        assertFalse(planned("Some 2,000 nurses marched through Ostvik on Sunday.", "2,000"));
    }

    @Test
    void aQuoteInSingleMarksIsAnotherClause() {
        assertFalse(planned("``We will not give in '' 300 dockers chanted on Monday.", "300"), "marks of plain text");
        assertFalse(planned("'We will not give in' 300 dockers chanted on Monday.", "300"), "straight single marks");
        assertFalse(planned("\u2018We will not give in\u2019 300 dockers chanted.", "300"), "curly single marks");
        assertFalse(planned("About 300 dockers marched `until the owners will talk'.", "300"), "a quote after the figure");
        assertTrue(planned("Ostvik could see the port's owners hire 300 dockers.", "300"), "an apostrophe between letters ends nothing");
        assertTrue(planned("About 300 dockers' jobs will go.", "300"), "a plural possessive's apostrophe ends nothing");
        assertTrue(planned("About 300 dockers\u2019 jobs will go.", "300"), "nor a curly one");
        assertFalse(planned("'Ostvik will rise again, as it always does' 300 dockers chanted.", "300"),
                "a quote's closing mark after an s, before a figure, still ends the clause");
    }

    @Test
    void aSingleMarkIsPartOfAWordOnlyBetweenTwoLetters() {
        assertTrue(CountMoods.wordChar("don't", 3));
        assertFalse(CountMoods.wordChar("'tis", 0), "at the text's start");
        assertFalse(CountMoods.wordChar("dockers'", 7), "at the text's end");
        assertFalse(CountMoods.wordChar(" 'b", 1), "a space before");
        assertFalse(CountMoods.wordChar("b' ", 1), "a space after");
        assertTrue(CountMoods.wordChar("a`b", 1), "a back-tick between letters reads as an apostrophe too");
        assertTrue(CountMoods.wordChar("a-b", 1), "other marks are part of a word");
        assertTrue(CountMoods.wordChar("the dockers' jobs", 11), "a plural possessive");
        assertTrue(CountMoods.wordChar("the Dockers\u2019 jobs", 11), "a plural possessive, curly, after a capital S word");
        assertFalse(CountMoods.wordChar("the dockers' Jobs", 11), "a capital after");
        assertFalse(CountMoods.wordChar("the dockers'  jobs", 11), "two spaces after");
        assertFalse(CountMoods.wordChar("the dockert' jobs", 11), "no s before");
        assertFalse(CountMoods.wordChar(" s' jobs", 2), "no letter before the s");
        assertFalse(CountMoods.wordChar("s' jobs", 1), "nothing before the s");
        assertTrue(CountMoods.wordChar("xs' jobs", 2), "the shortest possessive");
        assertFalse(CountMoods.wordChar("-s' jobs", 2), "a mark before the s");
        assertTrue(CountMoods.pluralPossessive("ms' jobs", 2));
        assertTrue(CountMoods.wordChar("THE DOCKERS' jobs", 11), "a capital S");
        assertFalse(CountMoods.pluralPossessive("m' sjobs", 1));
        assertFalse(CountMoods.wordChar("the dockers` jobs", 11), "a back-tick opens a quote");
        assertFalse(CountMoods.wordChar("the dockers\u2018 jobs", 11), "an opening curly mark");
        assertFalse(CountMoods.wordChar("dockers' ", 7), "nothing after the space");
        assertFalse(CountMoods.wordChar("a,b", 1));
        assertFalse(CountMoods.wordChar("a b", 1));
    }

    @Test
    void aMoodWordCountsOnlyInLowerCase() {
        assertFalse(planned("In May 300 troops crossed the border.", "300"), "May the month");
        assertFalse(planned("Captain Will Marsh led 300 troops.", "300"), "Will the name");
        assertTrue(planned("The ministry may send 300 troops.", "300"));
    }

    @Test
    void wordsAreReadUpToTheirLimitAndTheSentence() {
        String text = "one two three four five six seven eight 9 ten eleven twelve thirteen fourteen";
        int at = text.indexOf('9');
        assertEquals(List.of("three", "four", "five", "six", "seven", "eight"), CountMoods.wordsBack(text, 0, at, CountMoods.BACK));
        assertEquals(List.of("ten", "eleven", "twelve", "thirteen"), CountMoods.wordsForward(text, at + 1, text.length(), CountMoods.FORWARD));
        assertEquals(List.of("eight"), CountMoods.wordsBack(text, text.indexOf("eight"), at, CountMoods.BACK), "not before the sentence");
        assertEquals(List.of("ten"), CountMoods.wordsForward(text, at + 1, text.indexOf(" eleven"), CountMoods.FORWARD),
                "not past the sentence");
        assertEquals(List.of(), CountMoods.wordsBack(text, 0, 0, CountMoods.BACK));
        assertEquals(List.of(), CountMoods.wordsForward("a, b", 1, 4, 3), "a comma first");
        assertEquals(List.of("b"), CountMoods.wordsBack("a, b 3", 0, 5, 3), "a comma stops the reading back");
    }

    @Test
    void theListsHoldLowerCaseWordsAndShortPhrases() {
        assertTrue(CountMoods.WORDS.contains("plans"));
        assertTrue(CountMoods.WORDS.contains("could"));
        assertTrue(CountMoods.WORDS.contains("is to be"));
        assertFalse(CountMoods.WORDS.contains("sent"));
        for (String w : CountMoods.WORDS) {
            assertTrue(w.matches("[a-z]+( [a-z]+){0," + (CountMoods.LONGEST - 1) + "}"), w);
        }
        assertTrue(CountMoods.STOPS.contains("said"));
        for (String w : CountMoods.STOPS) {
            assertTrue(w.matches("[a-z]+"), w);
            assertFalse(CountMoods.WORDS.contains(w), w + " is no mood word");
        }
    }
}
