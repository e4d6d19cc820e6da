package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists that find people and their titles, as data beside People and Roles. */
class PeopleWordListsTest {

    private static void lowerCaseWords(Set<String> list) {
        assertFalse(list.isEmpty());
        for (String w : list) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }

    @Test
    void speechVerbsReportSpeech() {
        lowerCaseWords(People.SPEECH);
        assertTrue(People.SPEECH.containsAll(Set.of("said", "told", "according", "tweeted")));
        assertFalse(People.SPEECH.contains("killed"));
    }

    @Test
    void honorificsComeWithAndWithoutTheirStop() {
        lowerCaseWords(People.HONORIFICS);
        assertTrue(People.HONORIFICS.containsAll(Set.of("mr", "mr.", "dr", "dr.", "sir")));
    }

    @Test
    void titlesDomainsAndRanks() {
        lowerCaseWords(Roles.NOUNS);
        lowerCaseWords(Roles.DOMAIN);
        lowerCaseWords(Roles.RANKS);
        assertTrue(Roles.NOUNS.containsAll(Set.of("minister", "president", "spokesman")));
        assertTrue(Roles.DOMAIN.contains("foreign"));
        assertTrue(Roles.RANKS.containsAll(Set.of("sergeant", "colonel")));
        assertFalse(Roles.NOUNS.contains("foreign"), "a domain is no title");
    }
}
