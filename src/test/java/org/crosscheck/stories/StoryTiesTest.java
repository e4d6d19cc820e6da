package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How ties between documents make neighbourhoods (where events are sought) and stories. */
class StoryTiesTest {

    private static StoryGrouper.Tie strong(int a, int b) {
        return new StoryGrouper.Tie(a, b, true, 0.5);
    }

    private static StoryGrouper.Tie weak(int a, int b) {
        return weak(a, b, 0.25);
    }

    private static StoryGrouper.Tie weak(int a, int b, double similarity) {
        return new StoryGrouper.Tie(a, b, false, similarity);
    }

    /** Two stories of three documents each, each held together by strong ties. */
    private static List<StoryGrouper.Tie> twoStories() {
        List<StoryGrouper.Tie> t = new ArrayList<>();
        t.add(strong(0, 1));
        t.add(strong(1, 2));
        t.add(strong(3, 4));
        t.add(strong(4, 5));
        return t;
    }

    @Test
    void oneWeakTieDoesNotJoinTwoStoriesButLeavesThemOneNeighbourhood() {
        List<StoryGrouper.Tie> t = twoStories();
        t.add(weak(2, 3));
        StoryGrouper.Ties ties = StoryGrouper.ties(6, t);
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3}, ties.story());
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, ties.neighbourhood());
    }

    @Test
    void weakTiesAsManyAsTheSmallerStoryHasDocumentsJoinThem() {
        List<StoryGrouper.Tie> t = twoStories();
        t.add(weak(0, 3));
        t.add(weak(1, 4));
        assertNotEquals(StoryGrouper.ties(6, t).story()[0], StoryGrouper.ties(6, t).story()[3], "two of three");
        t.add(weak(2, 5));
        assertEquals(StoryGrouper.ties(6, t).story()[0], StoryGrouper.ties(6, t).story()[3], "three of three");
    }

    @Test
    void aLoneDocumentJoinsAStoryByOneWeakTie() {
        List<StoryGrouper.Tie> t = twoStories();
        t.add(weak(6, 4));
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 3}, StoryGrouper.ties(7, t).story());
    }

    @Test
    void twoLoneDocumentsJoinEachOtherByOneWeakTie() {
        assertArrayEquals(new int[] {0, 0, 2}, StoryGrouper.ties(3, List.<StoryGrouper.Tie>of(weak(0, 1))).story());
    }

    @Test
    void aLoneDocumentWeaklyTiedToTwoStoriesJoinsTheOneItIsMoreAlikeToAndDoesNotJoinThem() {
        List<StoryGrouper.Tie> t = twoStories();
        t.add(weak(6, 0, 0.22));
        t.add(weak(6, 4, 0.31));
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 3}, StoryGrouper.ties(7, t).story());
        t.add(weak(6, 1, 0.21));
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 0}, StoryGrouper.ties(7, t).story(), "two ties summed outweigh one");
    }

    @Test
    void aLoneDocumentIsOneWhicheverSideOfItsTiesItStandsOn() {
        List<StoryGrouper.Tie> t = twoStories();
        t.add(weak(0, 6, 0.22));
        t.add(weak(4, 6, 0.31));
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 3}, StoryGrouper.ties(7, t).story());
    }

    @Test
    void aLoneDocumentEquallyAlikeToTwoStoriesJoinsTheFirst() {
        List<StoryGrouper.Tie> t = twoStories();
        t.add(weak(4, 6, 0.3));
        t.add(weak(1, 6, 0.3));
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 0}, StoryGrouper.ties(7, t).story());
    }

    @Test
    void weakTiesBetweenLoneDocumentsJoinThem() {
        assertArrayEquals(new int[] {0, 0, 0}, StoryGrouper.ties(3, List.of(weak(0, 1), weak(1, 2))).story());
    }

    /** Random ties among {@code n} documents, from {@code seed}. */
    private static List<StoryGrouper.Tie> randomTies(int n, long seed) {
        Random r = new Random(seed);
        List<StoryGrouper.Tie> t = new ArrayList<>();
        int count = r.nextInt(3 * n);
        for (int k = 0; k < count; k++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a != b) {
                t.add(new StoryGrouper.Tie(Math.min(a, b), Math.max(a, b), r.nextBoolean(), 0.2 + r.nextInt(20) / 100.0));
            }
        }
        return t;
    }

    @Property
    void theOrderOfTheTiesDoesNotMatter(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed) {
        List<StoryGrouper.Tie> t = randomTies(n, seed);
        StoryGrouper.Ties before = StoryGrouper.ties(n, t);
        List<StoryGrouper.Tie> shuffled = new ArrayList<>(t);
        Collections.shuffle(shuffled, new Random(seed + 1));
        StoryGrouper.Ties after = StoryGrouper.ties(n, shuffled);
        assertArrayEquals(before.story(), after.story());
        assertArrayEquals(before.neighbourhood(), after.neighbourhood());
    }

    @Property
    void storiesLieInsideNeighbourhoodsAndStrongTiesAreAlwaysOneStory(@ForAll @IntRange(min = 1, max = 30) int n,
                                                                        @ForAll long seed) {
        List<StoryGrouper.Tie> t = randomTies(n, seed);
        StoryGrouper.Ties ties = StoryGrouper.ties(n, t);
        for (int i = 0; i < n; i++) {
            assertEquals(ties.neighbourhood()[i], ties.neighbourhood()[ties.story()[i]], "a story in one neighbourhood");
        }
        for (StoryGrouper.Tie tie : t) {
            assertEquals(ties.neighbourhood()[tie.a()], ties.neighbourhood()[tie.b()], "any tie, one neighbourhood");
            if (tie.strong()) {
                assertEquals(ties.story()[tie.a()], ties.story()[tie.b()], "a strong tie, one story");
            }
        }
    }
}
