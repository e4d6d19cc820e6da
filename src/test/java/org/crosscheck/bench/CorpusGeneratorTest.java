package org.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What makes a distinct copy's names its own. */
class CorpusGeneratorTest {

    @Test
    void noTwoNamesOfAnyCopiesAreGivenOneWord() {
        // 20,000 names in ten copies: by chance alone some hundreds of pairs would meet.
        Map<String, String> taken = new HashMap<>();
        Set<String> words = new HashSet<>();
        int given = 0;
        for (int k = 2; k <= 11; k++) {
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < 20_000; i++) {
                String text = "Name" + Integer.toString(i, 26).replace('0', 'q') + " said.";
                words.add(CorpusGenerator.rename(text, k, Set.of(), names, taken).split(" ")[0].toLowerCase());
                given++;
            }
        }
        assertEquals(given, words.size());
    }

    @Test
    void oneNameIsOneWordThroughoutACopyAndAnotherInTheNext() {
        Map<String, String> taken = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        String first = CorpusGenerator.rename("Corlen met Corlen.", 2, Set.of(), names, taken);
        String[] words = first.split("[ .]");
        assertEquals(words[0], words[2]);
        assertNotEquals(words[0], CorpusGenerator.rename("Corlen", 3, Set.of(), new HashMap<>(), taken));
    }

    @Test
    void aMonthJoinedToTheNextWordIsWrittenInLowerCase() {
        Map<String, String> taken = new HashMap<>();
        assertEquals("by november-end, on 3 November and in mid-November",
                CorpusGenerator.rename("by November-end, on 3 November and in mid-November", 2, Set.of(), new HashMap<>(), taken));
        assertEquals("the. on Monday", CorpusGenerator.rename("The. on Monday", 2, Set.of("the"), new HashMap<>(), taken));
    }
}
