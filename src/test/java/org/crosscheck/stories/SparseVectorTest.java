package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link SparseVector#cosine}: to the last bit the plain cosine over maps, {@code StoryGrouper.cosine(Map, Map)}. */
class SparseVectorTest {

    @Property(tries = 300)
    void everyPairAsThePlainCosineAddsIt(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 60) int words,
            @ForAll long seed) {
        // Unscaled random weights: sums of a few products differ in their last bits when added in
        // another order, and assertEquals on doubles compares them exactly.
        Random r = new Random(seed);
        List<Map<String, Double>> maps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> w = new HashMap<>();
            int size = r.nextInt(Math.min(words, 30) + 1);
            for (int k = 0; k < size; k++) {
                w.put("w" + r.nextInt(words), 0.01 + r.nextDouble() * 0.5);
            }
            maps.add(w);
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<SparseVector> vectors = new ArrayList<>();
        for (Map<String, Double> m : maps) {
            vectors.add(SparseVector.of(m, vocabulary));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(StoryGrouper.cosine(maps.get(i), maps.get(j)), SparseVector.cosine(vectors.get(i), vectors.get(j)));
            }
        }
    }

    @Test
    void theSmallerVectorsOrderDecidesAndTheFirstOnATie() {
        // Three products whose sum depends on the order they are added in: a + b + c against c + b + a.
        double a = 0.1;
        double b = 0.2;
        double c = 0.3;
        Map<String, Double> x = new LinkedHashMap<>();
        x.put("a", a);
        x.put("b", b);
        x.put("c", c);
        Map<String, Double> y = new LinkedHashMap<>();
        y.put("c", 1.0);
        y.put("b", 1.0);
        y.put("a", 1.0);
        assertEquals(false, (a + b) + c == (c + b) + a);
        Map<String, Integer> vocabulary = new HashMap<>();
        SparseVector vx = SparseVector.of(x, vocabulary);
        SparseVector vy = SparseVector.of(y, vocabulary);
        // Equal sizes: the first vector's order.
        assertEquals((0.0 + a + b) + c, SparseVector.cosine(vx, vy));
        assertEquals((0.0 + c + b) + a, SparseVector.cosine(vy, vx));
        // The smaller vector's order, whichever comes first.
        Map<String, Double> z = new LinkedHashMap<>(y);
        z.put("d", 1.0);
        SparseVector vz = SparseVector.of(z, vocabulary);
        assertEquals((0.0 + a + b) + c, SparseVector.cosine(vz, vx));
        assertEquals((0.0 + a + b) + c, SparseVector.cosine(vx, vz));
    }

    @Test
    void wordsNumberedApartAreComparedByTheirMaps() {
        Map<String, Double> x = new LinkedHashMap<>();
        x.put("quake", 0.8);
        x.put("toll", 0.6);
        Map<String, Double> y = Map.of("toll", 0.5);
        // Numbered apart, "quake" and "toll" are both word 0: read by number, the cosine would be 0.8 * 0.5.
        SparseVector vx = SparseVector.of(x, new HashMap<>());
        SparseVector vy = SparseVector.of(y, new HashMap<>());
        assertEquals(0.6 * 0.5, SparseVector.cosine(vx, vy));
        assertEquals(0.0, SparseVector.cosine(SparseVector.EMPTY, vy));
        assertEquals(0.0, SparseVector.cosine(vx, SparseVector.EMPTY));
        assertEquals(0.0, SparseVector.cosine(SparseVector.EMPTY, SparseVector.EMPTY));
    }

    @Test
    void aWordTheOtherLacksAddsNothing() {
        Map<String, Integer> vocabulary = new HashMap<>();
        SparseVector vx = SparseVector.of(Map.of("quake", 0.8, "toll", 0.6), vocabulary);
        SparseVector vy = SparseVector.of(Map.of("vote", 1.0, "poll", 0.4, "toll", 0.5), vocabulary);
        assertEquals(0.6 * 0.5, SparseVector.cosine(vx, vy));
        assertEquals(0.0, SparseVector.cosine(vx, SparseVector.of(Map.of("vote", 1.0), vocabulary)));
    }
}
