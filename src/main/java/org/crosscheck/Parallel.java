package org.crosscheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Maps a list on several threads and hands the results back in the list's order, so that what
 * comes out does not depend on how the threads were scheduled: the caller works too, and helpers
 * take the next item as they free up. A fault is raised as one thread would have raised it: the
 * fault of the first item, in list order, that failed.
 *
 * <p>The helpers come from a pool that grows as needed (a map may run inside another map's item
 * without waiting for a free thread) and whose idle threads end after a minute.
 */
public final class Parallel {

    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "crosscheck-worker");
        t.setDaemon(true);
        return t;
    });

    private Parallel() {
    }

    /** One thread per core. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** {@code f} of each item, in the order of {@code items}, on up to {@code threads} threads. */
    public static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> f) {
        return map(items, threads, x -> 0, f);
    }

    /**
     * {@code f} of each item, in the order of {@code items}, on up to {@code threads} threads;
     * the items that cost most by {@code cost} are started first (ties in list order), so that a
     * long one does not start last and keep the others waiting. The order of the results is the
     * list's whatever the costs.
     */
    public static <T, R> List<R> map(List<T> items, int threads, ToIntFunction<? super T> cost,
                                     Function<? super T, ? extends R> f) {
        int n = items.size();
        int workers = Math.min(threads, n);
        if (workers <= 1) {
            List<R> out = new ArrayList<>(n);
            for (T item : items) {
                out.add(f.apply(item));
            }
            return out;
        }
        int[] costs = new int[n];
        for (int i = 0; i < n; i++) {
            costs[i] = cost.applyAsInt(items.get(i));
        }
        int[] order = startOrder(costs);
        Object[] results = new Object[n];
        Throwable[] faults = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                int i = order[k];
                try {
                    results[i] = f.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    faults[i] = e;
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            helpers.add(HELPERS.submit(work));
        }
        work.run();
        awaitAll(helpers);
        List<R> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (faults[i] instanceof RuntimeException e) {
                throw e;
            }
            if (faults[i] instanceof Error e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            R r = (R) results[i];
            out.add(r);
        }
        return out;
    }

    /** The indexes of {@code costs}, highest cost first, ties in index order. */
    static int[] startOrder(int[] costs) {
        Integer[] order = new Integer[costs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> costs[i]).reversed().thenComparingInt(i -> i));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** Waits for every helper to end (their items are finite); an interrupt is kept for the caller. */
    private static void awaitAll(List<Future<?>> helpers) {
        boolean interrupted = false;
        for (Future<?> h : helpers) {
            while (true) {
                try {
                    h.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    // The work catches every fault of an item itself; nothing else can fail.
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
