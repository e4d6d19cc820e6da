package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TollWords} searches its patterns only in a text that holds a word every match holds (a
 * harm's word, or "reported" or "there"): on any text made of those words, others near them and
 * others far from them, in any case, it finds what searching every pattern finds.
 */
class TollWordsGateProperties {

    private static final List<String> WORDS = List.of(
            "no", "one", "no one", "No-one", "nobody", "Nobody", "was", "were", "has been", "killed", "KILLED", "dead",
            "died", "injured", "Injuries", "wounded", "hurt", "Hurt", "shot", "reported", "REPORTED", "there", "There",
            "a", "A", "an", "man", "woman", "officer", "person", "second", "and", "another", "killing", "injuring",
            "fatally", "deaths", "the", "storm", "passed", "quietly", "they", "therein", "report", "kil", ",", ".",
            // whole tolls, so that every pattern has texts it matches
            "there were no deaths", "THERE HAVE BEEN NO injuries", "no injuries were reported", "No arrests were Reported",
            "no one was killed", "NOBODY WAS HURT", "a man was killed", "A woman died", "killed a police officer",
            "wounding an officer and", "an elderly man was shot dead");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(16).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 3000)
    void theGatedSearchFindsWhatSearchingEveryPatternFinds(@ForAll("texts") String text) {
        for (int from : new int[] {0, Math.min(3, text.length())}) {
            assertEquals(TollWords.find(text, from, text.length(), false), TollWords.find(text, from, text.length()), text);
        }
    }
}
