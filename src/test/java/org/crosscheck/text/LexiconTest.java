package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word lists as data: comments, blank lines, folding, columns, and mistakes named with their line. */
class LexiconTest {

    @Test
    void oneColumnListsFoldAndSkipCommentsAndBlankLines() {
        assertEquals(List.of("alpha", "beta", "gamma"), List.copyOf(Lexicon.words(LexiconTest.class, "lexicon/words.txt")));
    }

    @Test
    void twoColumnListsMapTheFirstToTheSecond() {
        assertEquals(Map.of("colour", "color", "centre", "center"), Lexicon.pairs(LexiconTest.class, "lexicon/pairs.tsv"));
    }

    @Test
    void aRepeatedEntryIsAMistake() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.words(LexiconTest.class, "lexicon/repeated.txt"));
        assertEquals("lexicon/repeated.txt: 'alpha' is listed twice", e.getMessage());
        IllegalStateException p = assertThrows(IllegalStateException.class,
                () -> Lexicon.pairs(LexiconTest.class, "lexicon/repeated-pairs.tsv"));
        assertEquals("lexicon/repeated-pairs.tsv: 'colour' is listed twice", p.getMessage());
    }

    @Test
    void aRowWithTheWrongColumnsIsNamedByLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.pairs(LexiconTest.class, "lexicon/words.txt"));
        assertEquals("lexicon/words.txt:2: expected 2 tab-separated column(s), found 1", e.getMessage());
    }

    @Test
    void keyedPairsFoldTheWordAndKeepTheKeysCase() {
        Map<String, String> keyed = Lexicon.keyedPairs(LexiconTest.class, "lexicon/keyed.tsv");
        assertEquals(Map.of("kremlin", "Russia", "u.s.", "US"), keyed);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.keyedPairs(LexiconTest.class, "lexicon/keyed-repeated.tsv"));
        assertEquals("lexicon/keyed-repeated.tsv: 'KREMLIN' is listed twice", e.getMessage());
        IllegalStateException c = assertThrows(IllegalStateException.class,
                () -> Lexicon.keyedPairs(LexiconTest.class, "lexicon/words.txt"));
        assertEquals("lexicon/words.txt:2: expected 2 tab-separated columns, found 1", c.getMessage());
    }

    @Test
    void groupsAreCommaSeparatedFoldedAndHoldTwoEntriesOrMore() {
        assertEquals(List.of(Set.of("ceo", "chairman", "president"), Set.of("prosecutor", "lawyer")),
                Lexicon.groups(LexiconTest.class, "lexicon/groups.txt"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.groups(LexiconTest.class, "lexicon/groups-single.txt"));
        assertEquals("lexicon/groups-single.txt:2: a group needs two entries or more", e.getMessage());
    }

    @Test
    void wordsAsWrittenKeepTheirCase() {
        assertEquals(List.of("Rs", "USD"), List.copyOf(Lexicon.wordsAsWritten(LexiconTest.class, "lexicon/cased.txt")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.wordsAsWritten(LexiconTest.class, "lexicon/cased-repeated.txt"));
        assertEquals("lexicon/cased-repeated.txt: 'Rs' is listed twice", e.getMessage());
    }

    @Test
    void aMissingListSaysWhichAndWhere() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.words(LexiconTest.class, "lexicon/none.txt"));
        assertEquals("word list lexicon/none.txt is missing beside org.crosscheck.text.LexiconTest", e.getMessage());
    }

    @Test
    void theStopWordsAreLowerCaseSingleWords() {
        Set<String> stop = Lexicon.words(Lexicon.class, "stopwords.txt");
        assertTrue(stop.size() > 100);
        assertTrue(stop.contains("the"));
        for (String w : stop) {
            assertTrue(w.matches("[a-z]+"), w);
        }
    }

    @Test
    void theTenseCuesAreLowerCaseSingleWordsOnOneSideOnly() {
        Set<String> future = Lexicon.words(TemporalParser.class, "future-words.txt");
        Set<String> past = Lexicon.words(TemporalParser.class, "past-words.txt");
        assertTrue(future.contains("will") && future.contains("payable"), future.toString());
        assertTrue(past.contains("said"), past.toString());
        for (Set<String> list : List.of(future, past)) {
            for (String w : list) {
                assertTrue(w.matches("[a-z]+"), w);
            }
        }
        for (String w : future) {
            assertTrue(!past.contains(w), w + " is both a future and a past cue");
        }
    }

    @Test
    void theWordsBeforeToAreLowerCaseAndNoTenseCueAlone() {
        Set<String> beforeTo = Lexicon.words(TemporalParser.class, "to-future-words.txt");
        Set<String> future = Lexicon.words(TemporalParser.class, "future-words.txt");
        Set<String> past = Lexicon.words(TemporalParser.class, "past-words.txt");
        assertTrue(beforeTo.contains("is") && beforeTo.contains("set"), beforeTo.toString());
        for (String w : beforeTo) {
            assertTrue(w.matches("[a-z]+"), w);
            assertTrue(!future.contains(w) && !past.contains(w), w + " is a tense cue on its own");
        }
    }

    @Test
    void theReportingVerbsAreLowerCasePastTenseCues() {
        Set<String> reporting = Lexicon.words(TemporalParser.class, "reporting-words.txt");
        Set<String> past = Lexicon.words(TemporalParser.class, "past-words.txt");
        assertTrue(reporting.contains("said") && reporting.contains("told"), reporting.toString());
        for (String w : reporting) {
            assertTrue(w.matches("[a-z]+"), w);
            assertTrue(past.contains(w), w + " is a reporting verb but no past cue");
        }
    }

    /**
     * The lists that put a bare weekday after a present verb of plan ahead: single lower-case
     * words, the verbs in the third person ("meets"), none already a tense cue on its own, and no
     * clause opener or determiner that is also such a verb.
     */
    @Test
    void thePresentPlanListsAreLowerCaseWordsAndNoTenseCues() {
        Set<String> verbs = Lexicon.words(TemporalParser.class, "present-plan-verbs.txt");
        Set<String> be = Lexicon.words(TemporalParser.class, "present-be.txt");
        Set<String> openers = Lexicon.words(TemporalParser.class, "clause-openers.txt");
        Set<String> determiners = Lexicon.words(TemporalParser.class, "noun-determiners.txt");
        Set<String> future = Lexicon.words(TemporalParser.class, "future-words.txt");
        Set<String> past = Lexicon.words(TemporalParser.class, "past-words.txt");
        assertTrue(verbs.contains("meets") && verbs.contains("votes") && verbs.contains("reports"), verbs.toString());
        assertEquals(Set.of("is", "are"), be);
        assertTrue(openers.contains("after") && openers.contains("who") && openers.contains("said"), openers.toString());
        assertTrue(determiners.contains("the") && determiners.contains("their"), determiners.toString());
        for (String w : verbs) {
            assertTrue(w.matches("[a-z]+s"), w + " is no verb in the third person");
            assertTrue(!future.contains(w) && !past.contains(w), w + " is a tense cue on its own");
        }
        for (Set<String> list : List.of(openers, determiners)) {
            for (String w : list) {
                assertTrue(w.matches("[a-z]+"), w);
                assertTrue(!verbs.contains(w) && !be.contains(w), w + " is also a present verb");
            }
        }
    }

    @Test
    void alternativesTryTheLongestWordFirstAndQuoteEachOne() {
        String re = Lexicon.alternatives(new java.util.LinkedHashSet<>(List.of("ko", "kos", "a.b")));
        assertEquals("\\Qkos\\E|\\Qa.b\\E|\\Qko\\E", re, "longest first, words of one length in their order");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re).matcher("3 kos");
        assertTrue(m.find());
        assertEquals("kos", m.group(), "not cut short at ko");
        assertTrue(!java.util.regex.Pattern.compile(re).matcher("axb").find(), "a dot is a dot");
    }
}
