package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sentence passed over for populations is one none of the population patterns could match. */
class PopulationPrefilterTest {

    @Test
    void sentencesThatMayGiveAPopulationAreSearched() {
        assertTrue(AttributeExtractor.mayGivePopulation("Zarand, a town of about 15,000 people"));
        assertTrue(AttributeExtractor.mayGivePopulation("Zarand, a town\tof about 15,000 people"));
        assertTrue(AttributeExtractor.mayGivePopulation("Qeshm island, home to 120,000 people"));
        assertTrue(AttributeExtractor.mayGivePopulation("Qeshm has a population of more than 100,000"));
        // The second "port" is followed by "of".
        assertTrue(AttributeExtractor.mayGivePopulation("The report said Sur, a port of 20,000"));
    }

    @Test
    void sentencesWithoutThoseWordsAreNot() {
        assertFalse(AttributeExtractor.mayGivePopulation("The quake struck on Tuesday, officials said."));
        assertFalse(AttributeExtractor.mayGivePopulation("A town mayor spoke."));
        assertFalse(AttributeExtractor.mayGivePopulation("The townof 20,000"));
        assertFalse(AttributeExtractor.mayGivePopulation("The town"));
        assertFalse(AttributeExtractor.mayGivePopulation("A city plans 20,000 jobs"));
        assertFalse(AttributeExtractor.mayGivePopulation(""));
    }

    @Test
    void eachOfAfterSpaceIsTriedAgainstTheNounBeforeIt() {
        assertTrue(AttributeExtractor.mayGivePopulation("the end of it came in a city of 5,000"), "a later of");
        assertTrue(AttributeExtractor.mayGivePopulation("the downtown  \n of the port"), "a noun ending a longer word, much space");
        assertFalse(AttributeExtractor.mayGivePopulation(" of the town"), "of after space at the start");
        assertFalse(AttributeExtractor.mayGivePopulation("of a city"));
        assertFalse(AttributeExtractor.mayGivePopulation("a city, of course"), "a comma between");
    }

    /** The search before this one: every occurrence of every noun, then the space and "of" after it. */
    private static boolean everyNoun(String sentence) {
        if (sentence.contains("population") || sentence.contains("home")) {
            return true;
        }
        for (String noun : AttributeExtractor.PLACE_NOUNS) {
            for (int i = sentence.indexOf(noun); i >= 0; i = sentence.indexOf(noun, i + 1)) {
                int after = i + noun.length();
                int k = after;
                while (k < sentence.length() && Character.isWhitespace(sentence.charAt(k))) {
                    k++;
                }
                if (k > after && sentence.startsWith("of", k)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void randomSentencesGiveTheAnswerOfSearchingEveryNoun() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"of", "town", "city", "port", "state", " ", "  ", "\t", "a", "s", ",", "the", "f", "o", "statesman", "of f"};
        int yes = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String sentence = sb.toString();
            boolean expected = everyNoun(sentence);
            yes += expected ? 1 : 0;
            org.junit.jupiter.api.Assertions.assertEquals(expected, AttributeExtractor.mayGivePopulation(sentence), sentence);
        }
        assertTrue(yes > 100 && yes < 4900, "both answers are tried: " + yes);
    }
}
