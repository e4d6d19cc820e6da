package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.Fixtures;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** Five-word runs hashed without building strings are the runs the string-building way gave. */
class ShinglesTest {

    /** The way runs were hashed before: each folded word built as a string, a set of boxed hashes. */
    private static long[] reference(ExtractedDocument d) {
        Set<Long> out = new HashSet<>();
        String text = d.document().text();
        for (Block b : d.cleaned().blocks(Block.Kind.BODY)) {
            List<String> words = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            for (int i = b.span().start(); i <= b.span().end(); i++) {
                char c = i < b.span().end() ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    w.append(Character.toLowerCase(c));
                } else if (c != '-' && c != '\u2010' && w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            }
            for (int i = 0; i + 5 <= words.size() && out.size() < 4000; i++) {
                long h = 1125899906842597L;
                for (int k = i; k < i + 5; k++) {
                    h = 31 * h + words.get(k).hashCode();
                }
                out.add(h);
            }
        }
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static ExtractedDocument doc(String id, String text) {
        return Extractor.extract(Cleaner.clean(new Document(id, id + ".txt", text, List.of())));
    }

    @Test
    void theSeedsRunsAreTheStringBuildingWays() throws Exception {
        for (Document d : Fixtures.seeds()) {
            ExtractedDocument x = Extractor.extract(Cleaner.clean(d));
            long[] runs = StoryGrouper.shingles(x);
            assertTrue(runs.length > 100, d.id() + " has " + runs.length);
            assertArrayEquals(reference(x), runs, d.id());
        }
    }

    @Test
    void hyphensRepeatsAndTheCapOfFourThousandRunsAreKept() {
        StringBuilder text = new StringBuilder("Long report of the quake\n\n");
        // Distinct words, so that every run differs: past the cap of 4,000 distinct runs.
        for (int p = 0; p < 60; p++) {
            StringBuilder para = new StringBuilder();
            for (int k = 0; k < 80; k++) {
                para.append(k == 0 ? "The" : "").append(" w").append(p).append("x").append(k).append(k % 9 == 0 ? "-up" : "");
            }
            text.append(para).append(" said the well\u2010known man.\n\n");
        }
        ExtractedDocument big = doc("big", text.toString());
        long[] runs = StoryGrouper.shingles(big);
        assertEquals(4000, runs.length);
        assertArrayEquals(reference(big), runs);
        // Repeated runs count once; a paragraph under five words gives none.
        String repeated = "Quake report\n\n" + "The same five words again and again, said the mayor of the town today.\n\n".repeat(3) + "Too short.\n";
        ExtractedDocument r = doc("repeated", repeated);
        assertArrayEquals(reference(r), StoryGrouper.shingles(r));
        assertTrue(StoryGrouper.shingles(r).length > 0);
    }

    /** The shared runs two sorted arrays of hashes hold, counted the plain way, up to the cap. */
    private static int plainShared(long[] x, long[] y) {
        Set<Long> ys = new HashSet<>();
        for (long v : y) {
            ys.add(v);
        }
        int n = 0;
        for (long v : x) {
            n += ys.contains(v) ? 1 : 0;
        }
        return Math.min(n, StoryGrouper.SHARED_RUNS);
    }

    @Test
    void theMergeCountsSharedRunsUpToTheCap() {
        long[] none = {};
        long[] a = {-9, -3, 0, 4, 7, 11};
        assertEquals(0, StoryGrouper.sharedRuns(none, a));
        assertEquals(0, StoryGrouper.sharedRuns(a, none));
        assertEquals(6, StoryGrouper.sharedRuns(a, a));
        assertEquals(2, StoryGrouper.sharedRuns(a, new long[] {-3, 5, 11}));
        assertEquals(2, StoryGrouper.sharedRuns(new long[] {-3, 5, 11}, a));
        assertEquals(1, StoryGrouper.sharedRuns(a, new long[] {11, 12}), "the last hashes are compared");
        assertEquals(1, StoryGrouper.sharedRuns(new long[] {-10, -9}, a), "the first hashes are compared");
        assertEquals(0, StoryGrouper.sharedRuns(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, a));
        long[] many = new long[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = 3L * i;
        }
        assertEquals(StoryGrouper.SHARED_RUNS, StoryGrouper.sharedRuns(many, many), "counting stops at the cap");
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            long[] x = random.longs(random.nextInt(30), 0, 40).distinct().sorted().toArray();
            long[] y = random.longs(random.nextInt(30), 0, 40).distinct().sorted().toArray();
            assertEquals(plainShared(x, y), StoryGrouper.sharedRuns(x, y), java.util.Arrays.toString(x) + " / "
                    + java.util.Arrays.toString(y));
        }
    }

    @Test
    void commonRunsKeepWhatAnotherDocumentHolds() {
        long[][] common = StoryGrouper.commonRuns(new long[][] {{-5, 1, 2, 9}, {2, 3, 9}, {3, 4}, {}, {7}});
        assertArrayEquals(new long[] {2, 9}, common[0], "-5 and 1 are the first document's alone");
        assertArrayEquals(new long[] {2, 3, 9}, common[1]);
        assertArrayEquals(new long[] {3}, common[2]);
        assertArrayEquals(new long[] {}, common[3]);
        assertArrayEquals(new long[] {}, common[4]);
        assertArrayEquals(new long[] {4}, StoryGrouper.commonRuns(new long[][] {{4}, {4}, {4}})[2], "in three documents");
        long[][] extremes = StoryGrouper.commonRuns(new long[][] {{Long.MIN_VALUE, 0, Long.MAX_VALUE}, {0}, {Long.MIN_VALUE, 1}});
        assertArrayEquals(new long[] {Long.MIN_VALUE, 0}, extremes[0]);
        assertArrayEquals(new long[] {0}, extremes[1]);
        assertArrayEquals(new long[] {Long.MIN_VALUE}, extremes[2]);
        assertArrayEquals(new long[][] {}, StoryGrouper.commonRuns(new long[][] {}));
    }

    @Test
    void commonRunsCountAsTheWholeRunsDo() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 100; round++) {
            long[][] runs = new long[1 + random.nextInt(6)][];
            long[] pool = random.longs(300).toArray();
            for (int d = 0; d < runs.length; d++) {
                // Small numbers, or any longs drawn from a few hundred.
                runs[d] = (round % 2 == 0 ? random.longs(random.nextInt(40), -60, 60)
                        : random.ints(random.nextInt(400), 0, pool.length).mapToLong(i -> pool[i])).distinct().sorted().toArray();
            }
            long[][] common = StoryGrouper.commonRuns(runs);
            for (int a = 0; a < runs.length; a++) {
                assertTrue(common[a].length <= runs[a].length);
                for (int b = 0; b < runs.length; b++) {
                    if (a != b) {
                        assertEquals(StoryGrouper.sharedRuns(runs[a], runs[b]), StoryGrouper.sharedRuns(common[a], common[b]),
                                java.util.Arrays.deepToString(runs));
                    }
                }
                Set<Long> elsewhere = new HashSet<>();
                for (int b = 0; b < runs.length; b++) {
                    if (b != a) {
                        for (long h : runs[b]) {
                            elsewhere.add(h);
                        }
                    }
                }
                assertArrayEquals(java.util.Arrays.stream(runs[a]).filter(elsewhere::contains).toArray(), common[a]);
            }
        }
    }
}
