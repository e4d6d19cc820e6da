package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A speaker named with a middle initial or a title word is the story's shorter name of that surname. */
class StoryPeopleTest {

    @Test
    void theOneShortestNameWhoseWordsAreAllInTheLongerOne() {
        assertEquals("james vodiford", StoryPeople.shorterName("james g vodiford", Set.of("james g vodiford", "james vodiford")));
        assertEquals("jumane viliams", StoryPeople.shorterName("kunkilman jumane d viliams",
                Set.of("kunkilman jumane d viliams", "jumane d viliams", "jumane viliams")));
        assertEquals("jumane d viliams", StoryPeople.shorterName("kunkilman jumane d viliams",
                Set.of("kunkilman jumane d viliams", "jumane d viliams")));
    }

    @Test
    void noneWhenThereIsNoneOrTwoOfThatLength() {
        assertNull(StoryPeople.shorterName("james vodiford", null));
        assertNull(StoryPeople.shorterName("james vodiford", Set.of("james vodiford")));
        assertNull(StoryPeople.shorterName("jane john roe", Set.of("jane john roe", "jane roe", "john roe")));
        assertNull(StoryPeople.shorterName("james g vodiford", Set.of("mary vodiford")));
        assertNull(StoryPeople.shorterName("james g vodiford", Set.of("vodiford")), "a surname alone is resolved elsewhere");
        assertNull(StoryPeople.shorterName("james vodiford", Set.of("james g vodiford")), "never a longer name");
        assertNull(StoryPeople.shorterName("james g vodiford", Set.of("g james vodiford x")));
    }

    @Test
    void aSurnameIsTheOnePersonQuotedOnceTitleWordsAreSetAside() {
        assertEquals("peter kapaldi", StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("aktor peter kapaldi", "peter kapaldi"))));
        assertEquals("peter kapaldi", StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("peter kapaldi"))));
        assertNull(StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("peter kapaldi", "mary kapaldi"))), "two people");
        assertNull(StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("aktor peter kapaldi", "peter kapaldi", "mary kapaldi"))));
        assertNull(StoryPeople.uniqueUpToShorter(null));
        assertNull(StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>()));
    }
}
