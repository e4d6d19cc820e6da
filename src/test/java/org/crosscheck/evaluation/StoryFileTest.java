package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void pairsAreScoredAndUnlistedArticlesAreStoriesOfTheirOwn() {
        // Truth: {a, b, c} one story; d and e on no line (each alone).
        Map<String, String> truth = StoryFile.parse(List.of("s\ta b c"));
        List<String> ids = List.of("a", "b", "c", "d", "e");
        // Predicted: {a, b} and {c, d}, e alone. Pairs predicted: ab (true), cd (false);
        // true pairs: ab, ac, bc. P = 1/2, R = 1/3, F1 = 0.4.
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3");
        assertArrayEquals(new double[] {0.5, 1.0 / 3, 0.4}, StoryFile.score(ids, predicted, truth), 1e-9);
        // Two unlisted articles put together is a false pair, never a true one.
        Map<String, String> joined = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "4");
        assertArrayEquals(new double[] {0, 0, 0}, StoryFile.score(ids, joined, truth), 1e-9);
        // Every article alone: nothing predicted, nothing found.
        Map<String, String> alone = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        assertArrayEquals(new double[] {0, 0, 0}, StoryFile.score(ids, alone, truth), 1e-9);
        // The truth exactly.
        Map<String, String> exact = Map.of("a", "1", "b", "1", "c", "1", "d", "4", "e", "5");
        assertArrayEquals(new double[] {1, 1, 1}, StoryFile.score(ids, exact, truth), 1e-9);
    }
}
