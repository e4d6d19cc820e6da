package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link EventLinkage#similarPairs}: every pair's similarity to the last bit as the plain cosine over maps gives it. */
class SimilarPairsTest {

    private static List<EventLinkage.Pair> plain(List<Map<String, Double>> words, Set<Long> passages) {
        List<EventLinkage.Pair> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                double s = passages.contains((long) i * words.size() + j) ? 2 : StoryGrouper.cosine(words.get(i), words.get(j));
                if (s >= StoryGrouper.CANDIDATE_SIMILARITY) {
                    out.add(new EventLinkage.Pair(s, i, j));
                }
            }
        }
        return out;
    }

    private static List<EventLinkage.Pair> sorted(List<EventLinkage.Pair> pairs) {
        List<EventLinkage.Pair> out = new ArrayList<>(pairs);
        out.sort(Comparator.comparingInt(EventLinkage.Pair::a).thenComparingInt(EventLinkage.Pair::b));
        return out;
    }

    private static void same(List<Map<String, Double>> words, Set<Long> passages) {
        int n = words.size();
        assertEquals(sorted(plain(words, passages)),
                sorted(EventLinkage.similarPairs(words, (i, j) -> passages.contains((long) i * n + j))));
    }

    @Property(tries = 300)
    void everyPairAsThePlainCosineAddsIt(@ForAll @IntRange(min = 0, max = 25) int n, @ForAll @IntRange(min = 1, max = 60) int vocabulary,
            @ForAll long seed) {
        // Unscaled random weights: sums of a few products differ in their last bits when added in
        // another order, and a record's equality compares the doubles' bits.
        Random r = new Random(seed);
        List<Map<String, Double>> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> w = new HashMap<>();
            int size = r.nextInt(Math.min(vocabulary, 30) + 1);
            for (int k = 0; k < size; k++) {
                w.put("w" + r.nextInt(vocabulary), 0.01 + r.nextDouble() * 0.5);
            }
            words.add(w);
        }
        Set<Long> passages = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (r.nextInt(8) == 0) {
                    passages.add((long) i * n + j);
                }
            }
        }
        same(words, passages);
    }

    @Test
    void aPassageCountsTwoAndUnlikeWordsNothing() {
        List<Map<String, Double>> words = List.of(Map.of("quake", 0.8, "toll", 0.6), Map.of("quake", 0.6, "toll", 0.8), Map.of("vote", 1.0),
                Map.of());
        List<EventLinkage.Pair> pairs = sorted(EventLinkage.similarPairs(words, (i, j) -> i == 2 && j == 3));
        assertEquals(List.of(new EventLinkage.Pair(0.8 * 0.6 + 0.6 * 0.8, 0, 1), new EventLinkage.Pair(2, 2, 3)), pairs);
        same(words, Set.of(2L * 4 + 3));
        // A cosine of exactly the candidates' threshold is a candidate; one a hair under is not.
        List<Map<String, Double>> edge = List.of(Map.of("quake", 1.0), Map.of("quake", StoryGrouper.CANDIDATE_SIMILARITY),
                Map.of("quake", Math.nextDown(StoryGrouper.CANDIDATE_SIMILARITY)));
        assertEquals(List.of(new EventLinkage.Pair(StoryGrouper.CANDIDATE_SIMILARITY, 0, 1)), sorted(EventLinkage.similarPairs(edge, (i, j) -> false)));
    }
}
