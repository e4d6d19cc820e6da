package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseClusteringTest {

    @Test
    void pairsAreScoredAndUnlistedArticlesAreStoriesOfTheirOwn() {
        // Truth: {a, b, c} one story; d and e on no line (each alone).
        Map<String, String> truth = StoryFile.parse(List.of("s\ta b c"));
        List<String> ids = List.of("a", "b", "c", "d", "e");
        // Predicted: {a, b} and {c, d}, e alone. Pairs predicted: ab (true), cd (false);
        // true pairs: ab, ac, bc. P = 1/2, R = 1/3, F1 = 0.4.
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3");
        assertArrayEquals(new double[] {0.5, 1.0 / 3, 0.4}, PairwiseClustering.score(ids, predicted, truth), 1e-9);
        // Two unlisted articles put together is a false pair, never a true one.
        Map<String, String> joined = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "4");
        assertArrayEquals(new double[] {0, 0, 0}, PairwiseClustering.score(ids, joined, truth), 1e-9);
        // Every article alone: nothing predicted, nothing found.
        Map<String, String> alone = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        assertArrayEquals(new double[] {0, 0, 0}, PairwiseClustering.score(ids, alone, truth), 1e-9);
        // The truth exactly.
        Map<String, String> exact = Map.of("a", "1", "b", "1", "c", "1", "d", "4", "e", "5");
        assertArrayEquals(new double[] {1, 1, 1}, PairwiseClustering.score(ids, exact, truth), 1e-9);
    }

    @Test
    void eventsAndStoriesAreEachScoredOverTheSortedIds() {
        // Events split what the story joins: x1 x2 one event, x3 another, all one story.
        PairwiseClustering c = new PairwiseClustering(List.of("x1", "x2", "x3"),
                Map.of("x1", "E1", "x2", "E1", "x3", "E2"), Map.of("x1", "S1", "x2", "S1", "x3", "S1"));
        Map<String, String> truth = Map.of("x1", "t", "x2", "t", "x3", "t");
        // Events: one pair predicted, true; three true pairs. P = 1, R = 1/3, F1 = 0.5.
        assertArrayEquals(new double[] {1, 1.0 / 3, 0.5}, c.events(truth), 1e-9);
        assertArrayEquals(new double[] {1, 1, 1}, c.stories(truth), 1e-9);
    }

    @Test
    void aTableRowLinesUpUnderTheHeader() {
        String row = PairwiseClustering.row("events vs a reader", new double[] {0.5, 1.0 / 3, 0.4});
        assertEquals("events vs a reader                     0.500     0.333     0.400" + System.lineSeparator(), row);
        assertEquals(PairwiseClustering.HEADER.length(), row.length());
    }
}
