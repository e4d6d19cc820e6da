package org.crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Mapping on several threads gives what one thread gives, in the list's order, faults included. */
class ParallelTest {

    private static final List<Integer> NUMBERS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsComeInTheListsOrderWhateverTheThreadsAndCosts() {
        List<Integer> one = Parallel.map(NUMBERS, 1, i -> i * i);
        assertEquals(NUMBERS.stream().map(i -> i * i).toList(), one);
        for (int threads : new int[] {2, 3, 8, 500}) {
            assertEquals(one, Parallel.map(NUMBERS, threads, i -> i * i));
            assertEquals(one, Parallel.map(NUMBERS, threads, i -> i % 7, i -> i * i));
        }
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), 4, i -> i));
        assertEquals(List.of(9), Parallel.map(List.of(3), 4, i -> i * i));
    }

    @Test
    void oneThreadRunsOnTheCallersThreadAndSeveralUseHelpers() throws Exception {
        Thread caller = Thread.currentThread();
        assertTrue(Parallel.map(NUMBERS, 1, i -> Thread.currentThread()).stream().allMatch(t -> t == caller));
        // Two items that each wait for the other can only finish on two threads at once.
        CountDownLatch both = new CountDownLatch(2);
        Set<String> names = ConcurrentHashMap.newKeySet();
        List<Boolean> met = Parallel.map(List.of(1, 2), 2, i -> {
            names.add(Thread.currentThread().getName());
            both.countDown();
            try {
                return both.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(true, true), met);
        assertTrue(names.contains("crosscheck-worker"), names.toString());
        assertTrue(Parallel.cores() >= 1);
    }

    @Test
    void aMapInsideAnItemOfAnotherMapDoesNotWaitForAFreeThread() {
        List<List<Integer>> nested = Parallel.map(NUMBERS.subList(0, 8), 2,
                i -> Parallel.map(NUMBERS.subList(0, 5), 2, j -> i * j));
        assertEquals(List.of(0, 7, 14, 21, 28), nested.get(7));
    }

    @Test
    void theFaultRaisedIsTheFirstFailingItemsInListOrder() {
        for (int threads : new int[] {1, 2, 4}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.map(NUMBERS, threads,
                    i -> i * 2, i -> {
                        if (i % 50 == 17) {
                            throw new IllegalArgumentException("item " + i);
                        }
                        return i;
                    }));
            assertEquals("item 17", e.getMessage());
        }
        AssertionError error = new AssertionError("an error");
        assertSame(error, assertThrows(AssertionError.class, () -> Parallel.map(NUMBERS, 3, i -> {
            if (i == 150) {
                throw error;
            }
            return i;
        })));
    }

    @Test
    void anInterruptOfTheCallerIsKeptNotLost() {
        Thread.currentThread().interrupt();
        try {
            List<Integer> out = Parallel.map(NUMBERS, 2, i -> {
                if (Thread.currentThread().getName().equals("crosscheck-worker")) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return i;
            });
            assertEquals(NUMBERS, out);
            assertTrue(Thread.interrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theCostliestItemsStartFirstTiesInListOrder() {
        assertArrayEquals(new int[] {2, 4, 0, 1, 3}, Parallel.startOrder(new int[] {1, 0, 5, 0, 3}));
        assertArrayEquals(new int[] {0, 1, 2}, Parallel.startOrder(new int[] {4, 4, 4}));
        assertArrayEquals(new int[0], Parallel.startOrder(new int[0]));
        List<Integer> started = new ArrayList<>();
        Parallel.map(List.of(1, 9, 5), 1, i -> i, started::add);
        assertEquals(List.of(1, 9, 5), started);
    }
}
