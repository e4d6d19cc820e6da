package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HouseStyle.KeyCache}: the function's value always, worked out again only for what both generations lost. */
class KeyCacheTest {

    private final List<String> computed = new ArrayList<>();
    private final HouseStyle.KeyCache cache = new HouseStyle.KeyCache(2, s -> {
        computed.add(s);
        return s.toUpperCase(java.util.Locale.ROOT);
    });

    @Test
    void aValueIsWorkedOutOnceWhileAGenerationHoldsIt() {
        assertEquals("SAID", cache.get("said"));
        assertEquals("SAID", cache.get("said"));
        assertEquals(List.of("said"), computed);
        assertArrayEquals(new int[] {1, 0}, cache.sizes());
    }

    @Test
    void aFullYoungGenerationBecomesTheOldOneAndItsWordsStay() {
        cache.get("a");
        cache.get("b");
        assertArrayEquals(new int[] {2, 0}, cache.sizes());
        // The young generation is full: "c" starts a new one, and "a" and "b" are still known.
        assertEquals("C", cache.get("c"));
        assertArrayEquals(new int[] {1, 2}, cache.sizes());
        assertEquals("A", cache.get("a"));
        assertEquals(List.of("a", "b", "c"), computed);
        // "a", found in the old generation, went into the young one again: it outlives the next turn.
        assertArrayEquals(new int[] {2, 2}, cache.sizes());
        assertEquals("D", cache.get("d"));
        assertArrayEquals(new int[] {1, 2}, cache.sizes());
        assertEquals("A", cache.get("a"));
        assertEquals("C", cache.get("c"));
        assertEquals(List.of("a", "b", "c", "d"), computed);
        // "b" was in neither of the last two generations: worked out again.
        assertEquals("B", cache.get("b"));
        assertEquals(List.of("a", "b", "c", "d", "b"), computed);
    }

    @Test
    void theHouseStyleKeyIsTheSameThroughTheCache() {
        for (String w : List.of("Vendôme", "Wi-Fi", "Technicolour", "said", "")) {
            assertEquals(HouseStyle.key(w), HouseStyle.cachedKey(w));
            assertEquals(HouseStyle.key(w), HouseStyle.cachedKey(w));
        }
    }

    @Test
    void theRecentTableAnswersAStringInItsSlotAndAnotherOfTheSlotReplacesIt() {
        List<String> asked = new ArrayList<>();
        HouseStyle.Recent recent = new HouseStyle.Recent(4, s -> {
            asked.add(s);
            return s.toUpperCase(java.util.Locale.ROOT);
        });
        // "a" (hash 97) and "e" (hash 101) share slot 1 of 4; "b" (98) has slot 2.
        assertEquals("A", recent.get("a"));
        assertEquals("A", recent.get("a"));
        assertEquals("A", recent.get(new String("a")), "an equal string, not the same one");
        assertEquals("B", recent.get("b"));
        assertEquals(List.of("a", "b"), asked);
        assertEquals("E", recent.get("e"));
        assertEquals("B", recent.get("b"), "another slot kept");
        assertEquals("A", recent.get("a"));
        assertEquals(List.of("a", "b", "e", "a"), asked);
        assertEquals("", recent.get(""));
        for (int size : new int[] {0, 3, -4}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HouseStyle.Recent(size, s -> s));
        }
        new HouseStyle.Recent(1, s -> s);
        assertEquals(4096, HouseStyle.RECENT_SLOTS);
    }
}
