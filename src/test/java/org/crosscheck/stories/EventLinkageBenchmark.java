package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The linkage alone on one story of n documents whose every pair is a candidate (similarities
 * mostly under the threshold, three days): {@code java -cp ... org.crosscheck.stories.EventLinkageBenchmark
 * 100,200,400 [old]}, with {@code old} also the straightforward linkage of {@link EventLinkageTest#reference}
 * (and whether the two agree). Wall ms of each of two rounds. A benchmark's tool, not a test.
 */
public final class EventLinkageBenchmark {
    private EventLinkageBenchmark() {
    }

    public static void main(String[] args) {
        boolean old = args.length > 1 && args[1].equals("old");
        for (String size : args[0].split(",")) {
            int n = Integer.parseInt(size);
            Random r = new Random(n);
            List<EventLinkage.Member> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                members.add(new EventLinkage.Member(15_000 + r.nextInt(3), true, null, null));
            }
            List<EventLinkage.Pair> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    pairs.add(new EventLinkage.Pair(0.02 + 0.1 * r.nextDouble() * r.nextDouble(), i, j));
                }
            }
            pairs.sort(Comparator.comparingDouble((EventLinkage.Pair p) -> -p.similarity()).thenComparingInt(EventLinkage.Pair::a)
                    .thenComparingInt(EventLinkage.Pair::b));
            for (int round = 1; round <= 2; round++) {
                long t0 = System.nanoTime();
                List<List<Integer>> kept = EventLinkage.link(members, pairs);
                long t1 = System.nanoTime();
                List<List<Integer>> straight = old ? EventLinkageTest.reference(members, pairs) : kept;
                long t2 = System.nanoTime();
                System.out.printf("n=%d pairs=%d groups=%d round %d: kept sums %.0f ms%s%n", n, pairs.size(), kept.size(), round, (t1 - t0) / 1e6,
                        old ? String.format(", old linkage %.0f ms, same groups: %s", (t2 - t1) / 1e6, kept.equals(straight)) : "");
            }
        }
    }
}
