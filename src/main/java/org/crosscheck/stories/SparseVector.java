package org.crosscheck.stories;

import java.util.Arrays;
import java.util.Map;

/**
 * A weighted word vector ({@code Map<String, Double>}) as word numbers, for cosines without a hash
 * lookup a word: its entries in the map's own order (the order {@link StoryGrouper#cosine(Map, Map)}
 * adds them in), and again sorted by word number, where the other vector of a pair finds a word by
 * binary search. Numbers are given by a {@code vocabulary} shared by the vectors compared;
 * vectors numbered by two vocabularies are compared through their maps.
 */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(Map.of(), null);

    private final Map<String, Double> map;
    private final Map<String, Integer> vocabulary;
    private final int[] ids;
    private final double[] weights;
    private final int[] sortedIds;
    private final double[] sortedWeights;

    private SparseVector(Map<String, Double> map, Map<String, Integer> vocabulary) {
        this.map = map;
        this.vocabulary = vocabulary;
        int n = map.size();
        ids = new int[n];
        weights = new double[n];
        int k = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            Integer id = vocabulary.putIfAbsent(e.getKey(), vocabulary.size());
            ids[k] = id == null ? vocabulary.size() - 1 : id;
            weights[k++] = e.getValue();
        }
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(order);
        sortedIds = new int[n];
        sortedWeights = new double[n];
        for (int i = 0; i < n; i++) {
            int at = (int) order[i];
            sortedIds[i] = ids[at];
            sortedWeights[i] = weights[at];
        }
    }

    /** {@code map} numbered by {@code vocabulary}, which gains a number for each word it lacks; {@code map} must not change after. */
    static SparseVector of(Map<String, Double> map, Map<String, Integer> vocabulary) {
        return new SparseVector(map, vocabulary);
    }

    /** {@link StoryGrouper#cosine(Map, Map)} of the two vectors' maps, to the last bit. */
    static double cosine(SparseVector x, SparseVector y) {
        if (x.vocabulary != y.vocabulary || x.vocabulary == null) {
            return StoryGrouper.cosine(x.map, y.map);
        }
        SparseVector small = x.ids.length <= y.ids.length ? x : y;
        SparseVector large = small == x ? y : x;
        double dot = 0;
        int[] own = small.ids;
        double[] ownWeights = small.weights;
        int[] theirs = large.sortedIds;
        for (int k = 0; k < own.length; k++) {
            int at = Arrays.binarySearch(theirs, own[k]);
            if (at >= 0) {
                dot += ownWeights[k] * large.sortedWeights[at];
            }
        }
        return dot;
    }
}
