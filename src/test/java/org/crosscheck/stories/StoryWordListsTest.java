package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** The word lists grouping reads, as data beside StoryGrouper. */
class StoryWordListsTest {

    @Test
    void acronymsAreShortLowerCaseWordsAndComeBackInCapitals() {
        assertFalse(StoryGrouper.ACRONYMS.isEmpty());
        for (String a : StoryGrouper.ACRONYMS) {
            assertEquals(a.toLowerCase(Locale.ROOT), a);
            assertTrue(a.length() <= 4 && a.chars().allMatch(Character::isLetter), a + " can never be shown in capitals");
        }
        assertEquals("NATO Summit In Vilnius", StoryGrouper.titleCase("nato summit in vilnius"));
        assertEquals("Anna Perl", StoryGrouper.titleCase("anna perl"));
        assertEquals("Nasa", StoryGrouper.titleCase("nasa"), "a short name not on the list keeps one capital");
    }

    @Test
    void aMeetingWithNoStatedModeIsInPerson() {
        assertTrue(StoryGrouper.IN_PERSON_KINDS.containsAll(List.of("meeting", "visit")));
        assertFalse(StoryGrouper.IN_PERSON_KINDS.contains("call"));
        String text = "Published: April 14, 2021 18:00 GMT\nLeaders meet\n"
                + "Prime Minister Anna Perl and President Tom Rusk met in Orvale on Wednesday to discuss trade.\n";
        Grouping g = StoryGrouper.group(List.of(Extractor.extract(Cleaner.clean(new Document("a", "a.txt", text, List.of())))));
        Event e = g.events().get(0);
        assertEquals("meeting", e.kind());
        assertEquals("in person", e.mode());
    }
}
