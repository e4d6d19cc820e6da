package org.crosscheck.stories;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constrained group-average linkage that forms one story's events ({@code StoryGrouper.events}),
 * in time about quadratic in the story's size instead of up to quartic: each group keeps the sum
 * of its similarities to every group it has a candidate pair with, added on a merge, and what its
 * dates and kinds can rule out ({@link #compatible}) as the distinct (day, kind) of its members
 * rather than the members themselves.
 *
 * <p>The result is the one the straightforward linkage gives, exactly: a sum kept this way is added
 * in another order than the straightforward mean over every pair across two groups, so where the
 * mean lies so near the threshold that the order of the additions could decide, the mean is
 * computed again the straightforward way ({@link #straightMean}).
 */
final class EventLinkage {
    /** What the linkage knows of a document: the day it reports (or {@link Event#NO_DAY}), whether
     *  that day is its own report of the happening's day (not only its publication), the kind of
     *  its happening, the weekday an undated document's lede gives (or null). */
    record Member(long day, boolean reports, String kind, DayOfWeek weekday) {
    }

    /** A candidate pair of members {@code a < b} and its similarity (2 for a passage in common). */
    record Pair(double similarity, int a, int b) {
    }

    private record DayKind(long day, String kind) {
        /**
         * As the record's own (components in order, {@code 31 * h + hash} from 0: the same value, so maps
         * keep their order), written out because the record's is built from method handles at the first
         * call of every start ({@code RecordMethodsTest}).
         */
        @Override
        public int hashCode() {
            int h = 0;
            h = 31 * h + Long.hashCode(day);
            h = 31 * h + java.util.Objects.hashCode(kind);
            return h;
        }

        /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof DayKind o)) {
                return false;
            }
            return day == o.day
                    && java.util.Objects.equals(kind, o.kind);
        }
    }

    /** One group: its members in the order the straightforward linkage lists them, and what it needs of them. */
    private static final class Group {
        final List<Integer> index = new ArrayList<>();
        boolean dated;
        boolean reports;
        /** Distinct (day, kind) of members whose day is their own report of it. */
        final Set<DayKind> reported = new HashSet<>();
        /** Distinct (day, kind) of members dated by their publication only. */
        final Set<DayKind> published = new HashSet<>();
        /** The weekdays (bit {@code getValue()}) of the reported days. */
        int reportedWeekdays;
        /** The weekday of the first undated member whose lede gives one, or null. */
        DayOfWeek undatedWeekday;
        /** The sum of the similarities (at most 1 each) of the pairs across this group and another, by the other's root. */
        Map<Integer, Double> sums = new HashMap<>();

        Set<DayKind> active() {
            return reports ? reported : published;
        }
    }

    private EventLinkage() {
    }

    /**
     * The groups of {@code members} that the pairs, taken in the order given (most alike first),
     * join: each group's member indices in the order the straightforward linkage lists them; groups in
     * the order of their smallest index.
     */
    static List<List<Integer>> link(List<Member> members, List<Pair> pairs) {
        int n = members.size();
        int[] parent = new int[n];
        Map<Integer, Group> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            groups.put(i, single(i, members.get(i)));
        }
        // Every pair's similarity by pair, built only when a mean falls near the threshold (rarely).
        Similar similar = new Similar(pairs, n);
        for (Pair p : pairs) {
            double s = Math.min(1, p.similarity());
            groups.get(p.a()).sums.merge(p.b(), s, Double::sum);
            groups.get(p.b()).sums.merge(p.a(), s, Double::sum);
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb) {
                continue;
            }
            Group a = groups.get(ra);
            Group b = groups.get(rb);
            double need = a.dated == b.dated ? StoryGrouper.GROUP_SIMILARITY : StoryGrouper.GROUP_SIMILARITY * StoryGrouper.UNDATED_FACTOR;
            if (!alikeEnough(a, b, rb, need, similar, n) || !compatible(a, b, p.similarity() >= 2)) {
                continue;
            }
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            groups.remove(ra);
            groups.remove(rb);
            groups.put(root, merged(a, b, ra, rb, root, groups));
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Group g = groups.get(i);
            if (g != null) {
                out.add(g.index);
            }
        }
        return out;
    }

    /**
     * The candidate pairs (i, j), i &lt; j, of documents with these content words: similarity 2 when
     * {@code passage} says they share one, else the cosine of their words, exactly as
     * {@code StoryGrouper.cosine(Map, Map)} adds it (the smaller vector's entries in its order, the first's on a
     * tie), kept when at least {@link StoryGrouper#CANDIDATE_SIMILARITY}; in no particular order.
     */
    static List<Pair> similarPairs(List<Map<String, Double>> words, java.util.function.BiPredicate<Integer, Integer> passage) {
        // Each pair's cosine as cosine(Map, Map) adds it, the smaller vector's entries in its order,
        // but with the larger one's weights looked up in a dense row by word number, not by hash:
        // each member is spread into the row once and meets there every member smaller than it.
        int n = words.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] ids = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Double> own = words.get(i);
            ids[i] = new int[own.size()];
            weights[i] = new double[own.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : own.entrySet()) {
                Integer id = vocabulary.putIfAbsent(e.getKey(), vocabulary.size());
                ids[i][k] = id == null ? vocabulary.size() - 1 : id;
                weights[i][k++] = e.getValue();
            }
        }
        double[] row = new double[vocabulary.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int large = 0; large < n; large++) {
            for (int k = 0; k < ids[large].length; k++) {
                row[ids[large][k]] = weights[large][k];
            }
            for (int small = 0; small < n; small++) {
                // cosine(Map, Map) of the pair (i, j), i < j, walks i's map when it is no larger than j's.
                boolean smaller = small < large ? ids[small].length <= ids[large].length : small > large && ids[small].length < ids[large].length;
                if (!smaller) {
                    continue;
                }
                int i = Math.min(small, large);
                int j = Math.max(small, large);
                double similarity;
                if (passage.test(i, j)) {
                    similarity = 2;
                } else {
                    similarity = 0;
                    int[] own = ids[small];
                    double[] ownWeights = weights[small];
                    for (int k = 0; k < own.length; k++) {
                        // A word the larger lacks adds 0, which leaves a sum of positive weights as it was.
                        similarity += ownWeights[k] * row[own[k]];
                    }
                }
                if (similarity >= StoryGrouper.CANDIDATE_SIMILARITY) {
                    pairs.add(new Pair(similarity, i, j));
                }
            }
            for (int k = 0; k < ids[large].length; k++) {
                row[ids[large][k]] = 0;
            }
        }
        return pairs;
    }

    private static Group single(int i, Member m) {
        Group g = new Group();
        g.index.add(i);
        g.dated = m.day() != Event.NO_DAY;
        g.reports = m.reports();
        if (m.day() != Event.NO_DAY) {
            (m.reports() ? g.reported : g.published).add(new DayKind(m.day(), m.kind()));
            if (m.reports()) {
                g.reportedWeekdays = weekdayBit(m.day());
            }
        } else if (m.weekday() != null) {
            g.undatedWeekday = m.weekday();
        }
        return g;
    }

    private static int weekdayBit(long day) {
        return 1 << LocalDate.ofEpochDay(day).getDayOfWeek().getValue();
    }

    /**
     * Whether the mean similarity over every pair across {@code a} and {@code b} reaches {@code need}:
     * from the kept sum, unless the mean lies within what the order of the additions can change
     * (each order's sum is within n u of the exact one, n the pairs and u the unit roundoff).
     */
    private static boolean alikeEnough(Group a, Group b, int rb, double need, Similar similar, int n) {
        double pairs = (double) a.index.size() * b.index.size();
        double mean = a.sums.getOrDefault(rb, 0.0) / pairs;
        double tolerance = 1e-12 + pairs * 1e-15;
        if (Math.abs(mean - need) > tolerance) {
            return mean >= need;
        }
        return straightMean(a.index, b.index, similar.map(), n) >= need;
    }

    /**
     * The pairs' similarities by {@code a * n + b} (a later pair of the same members replacing an
     * earlier), made from the pairs on the first call: only a mean near the threshold reads them.
     */
    static final class Similar {
        private final List<Pair> pairs;
        private final int n;
        private Map<Long, Double> map;

        Similar(List<Pair> pairs, int n) {
            this.pairs = pairs;
            this.n = n;
        }

        Map<Long, Double> map() {
            if (map == null) {
                map = new HashMap<>();
                for (Pair p : pairs) {
                    map.put((long) p.a() * n + p.b(), p.similarity());
                }
            }
            return map;
        }

        /** Whether the map has been made. */
        boolean made() {
            return map != null;
        }
    }

    /** The mean as the straightforward linkage computes it, in its order. */
    static double straightMean(List<Integer> a, List<Integer> b, Map<Long, Double> similar, int n) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                Double s = similar.get((long) Math.min(i, j) * n + Math.max(i, j));
                sum += s == null ? 0 : Math.min(1, s);
            }
        }
        return sum / ((double) a.size() * b.size());
    }

    private static Group merged(Group a, Group b, int ra, int rb, int root, Map<Integer, Group> groups) {
        Group g = new Group();
        g.index.addAll(a.index);
        g.index.addAll(b.index);
        g.dated = a.dated || b.dated;
        g.reports = a.reports || b.reports;
        g.reported.addAll(a.reported);
        g.reported.addAll(b.reported);
        g.published.addAll(a.published);
        g.published.addAll(b.published);
        g.reportedWeekdays = a.reportedWeekdays | b.reportedWeekdays;
        g.undatedWeekday = a.undatedWeekday != null ? a.undatedWeekday : b.undatedWeekday;
        // The larger map takes the smaller's sums (an addition's result does not depend on its order).
        Map<Integer, Double> large = a.sums.size() >= b.sums.size() ? a.sums : b.sums;
        Map<Integer, Double> small = large == a.sums ? b.sums : a.sums;
        for (Map.Entry<Integer, Double> e : small.entrySet()) {
            large.merge(e.getKey(), e.getValue(), Double::sum);
        }
        large.remove(ra);
        large.remove(rb);
        g.sums = large;
        for (Map.Entry<Integer, Double> e : large.entrySet()) {
            Map<Integer, Double> theirs = groups.get(e.getKey()).sums;
            theirs.remove(ra);
            theirs.remove(rb);
            theirs.put(root, e.getValue());
        }
        return g;
    }

    /**
     * Whether two groups can report one event (StoryGrouper's rules: another weekday in an undated
     * lede, dates too far apart, another kind of happening on another day when both days are the
     * reports' own ({@link StoryGrouper#otherKindOnOtherDay})), from their distinct
     * (day, kind): the outcome of each pair of members depends on nothing else.
     */
    private static boolean compatible(Group a, Group b, boolean passage) {
        if (otherWeekday(a, b) || otherWeekday(b, a)) {
            return false;
        }
        // Both groups' active days are their own reports of the happening's day only when both report one.
        boolean reported = a.reports && b.reports;
        long window = reported ? StoryGrouper.EVENT_DAYS : StoryGrouper.PUBLISHED_EVENT_DAYS;
        for (DayKind x : a.active()) {
            for (DayKind y : b.active()) {
                long apart = Math.abs(x.day() - y.day());
                boolean sameKind = x.kind() != null && x.kind().equals(y.kind());
                if (apart > window && !(passage && sameKind)) {
                    return false;
                }
                if (StoryGrouper.otherKindOnOtherDay(reported, apart, x.kind(), y.kind())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code StoryGrouper.otherWeekday}: the first undated weekday of {@code a} far from every reported day of {@code b}. */
    private static boolean otherWeekday(Group a, Group b) {
        if (a.undatedWeekday == null || b.reportedWeekdays == 0) {
            return false;
        }
        int w = a.undatedWeekday.getValue();
        for (int d = 1; d <= 7; d++) {
            if ((b.reportedWeekdays & (1 << d)) != 0) {
                int apart = Math.abs(w - d);
                if (Math.min(apart, 7 - apart) <= StoryGrouper.KIND_DAYS) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
