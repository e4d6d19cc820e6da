package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryFileTest {

    @Test
    void readsSlugsAndIdsSkippingCommentsAndBlankLines() {
        Map<String, String> s = StoryFile.parse(List.of(
                "# two stories a reader saw",
                "",
                "harbour-strike\tq1 q2  q3",
                "ferry-fire\tz9 z8",
                "   # an indented comment"));
        assertEquals(Map.of("q1", "harbour-strike", "q2", "harbour-strike", "q3", "harbour-strike",
                "z9", "ferry-fire", "z8", "ferry-fire"), s);
    }

    @Test
    void aLineWithoutATabSplitsAtTheFirstSpace() {
        assertEquals(Map.of("a1", "vote", "a2", "vote"), StoryFile.parse(List.of("vote a1 a2")));
    }

    @Test
    void anArticleInTwoStoriesOrAStoryWithoutArticlesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> StoryFile.parse(List.of("one\tx1 x2", "two\tx2")));
        assertThrows(IllegalArgumentException.class, () -> StoryFile.parse(List.of("lonely\t  ")));
        assertThrows(IllegalArgumentException.class, () -> StoryFile.parse(List.of("lonely")));
    }
}
