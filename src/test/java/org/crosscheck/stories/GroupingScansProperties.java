package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * Grouping's scans of a document's text over a copy of its characters, ASCII answered without the
 * Unicode tables and short words never built, and candidate pairs through sorted numbers: the same
 * word counts, runs and pairs as the plain ways they replace (kept here as references).
 */
class GroupingScansProperties {

    /** Letters, digits, marks and spaces a generated text is made of: ASCII, Latin-1, Greek, Turkish, Cyrillic, a CJK letter. */
    private static final String ALPHABET = "aaaeeeinorstbcdfgAESTMW0123456789'''--\u2010   ,.;éÉßÀçİıΣσςКж字\u00aa\u00b2\u0660";

    private static String text(Random r, int words) {
        StringBuilder out = new StringBuilder("Report of the day\n\n");
        for (int w = 0; w < words; w++) {
            int len = 1 + r.nextInt(7);
            for (int k = 0; k < len; k++) {
                out.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            out.append(r.nextInt(12) == 0 ? ".\n\n" : " ");
        }
        return out.toString();
    }

    private static ExtractedDocument doc(String text) {
        return Extractor.extract(Cleaner.clean(new Document("g", "g.txt", text, List.of())));
    }

    /** The way words were counted before: each word cut out of the text as a string, then lower-cased. */
    private static Map<String, Integer> referenceWordCounts(ExtractedDocument d) {
        Map<String, Integer> counts = new HashMap<>();
        d.names().counts().forEach((name, k) -> counts.merge("name:" + name, k * StoryGrouper.NAME_WEIGHT, Integer::sum));
        String text = d.document().text();
        for (Block b : d.cleaned().content()) {
            int i = b.span().start();
            int end = b.span().end();
            while (i < end) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                int s = i;
                boolean capital = Character.isUpperCase(c);
                while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
                    i++;
                }
                if (capital) {
                    continue;
                }
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                if (w.length() >= 3 && !StoryGrouper.stopWord(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The way runs were hashed before: the text read a character at a time through the Unicode tables. */
    private static long[] referenceShingles(ExtractedDocument d) {
        Set<Long> distinct = new HashSet<>();
        List<Long> inOrder = new ArrayList<>();
        String text = d.document().text();
        for (Block b : d.cleaned().blocks(Block.Kind.BODY)) {
            List<Integer> words = new ArrayList<>();
            int w = 0;
            boolean inWord = false;
            for (int i = b.span().start(); i <= b.span().end(); i++) {
                char c = i < b.span().end() ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    w = 31 * w + Character.toLowerCase(c);
                    inWord = true;
                } else if (c != '-' && c != '\u2010' && inWord) {
                    words.add(w);
                    w = 0;
                    inWord = false;
                }
            }
            for (int i = 0; i + StoryGrouper.SHINGLE <= words.size(); i++) {
                long h = 1125899906842597L;
                for (int k = i; k < i + StoryGrouper.SHINGLE; k++) {
                    h = 31 * h + words.get(k);
                }
                inOrder.add(h);
            }
        }
        for (long h : inOrder) {
            if (distinct.size() < StoryGrouper.MAX_SHINGLES) {
                distinct.add(h);
            }
        }
        return distinct.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The way candidate pairs were found before: a set of boxed pair numbers, then the pairs sorted. */
    private static List<int[]> referencePairs(List<Set<String>> names) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String name : names.get(i)) {
                index.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> docs : index.values()) {
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    if (seen.add((long) docs.get(x) * names.size() + docs.get(y))) {
                        pairs.add(new int[] {docs.get(x), docs.get(y)});
                    }
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    @Property(tries = 150)
    void wordCountsAndRunsAreThePlainWays(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int words) {
        ExtractedDocument d = doc(text(new Random(seed), words));
        assertEquals(referenceWordCounts(d), StoryGrouper.wordCounts(d));
        assertArrayEquals(referenceShingles(d), StoryGrouper.shingles(d));
    }

    @Property(tries = 200)
    void candidatePairsAreThePlainWays(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int n,
                                       @ForAll @IntRange(min = 1, max = 40) int vocabulary) {
        Random r = new Random(seed);
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> set = new HashSet<>();
            int size = r.nextInt(8);
            for (int k = 0; k < size; k++) {
                set.add("n" + r.nextInt(vocabulary));
            }
            names.add(set);
        }
        List<int[]> expected = referencePairs(names);
        List<int[]> actual = StoryGrouper.candidatePairs(names, n);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i));
        }
    }

    @Test
    void aDottedCapitalIInATwoLetterWordMakesAThreeLetterWord() {
        // "xİ" lower-cases to three letters (x, i, a combining dot): counted, as before; "ox" is not.
        ExtractedDocument d = doc("Report of the day\n\nthe ox and the xİ met at noon.\n");
        Map<String, Integer> counts = StoryGrouper.wordCounts(d);
        assertEquals(referenceWordCounts(d), counts);
        assertTrue(counts.containsKey("xİ".toLowerCase(Locale.ROOT)), counts.toString());
        assertFalse(counts.containsKey("ox"), counts.toString());
    }

    @Test
    void theAsciiAnswersAreTheUnicodeTables() {
        for (char c = 0; c < 256; c++) {
            assertEquals(Character.isLetterOrDigit(c), StoryGrouper.letterOrDigit(c), "letter or digit " + (int) c);
            assertEquals(Character.isUpperCase(c), StoryGrouper.upperCase(c), "upper case " + (int) c);
            assertEquals(Character.toLowerCase(c), StoryGrouper.lowerCase(c), "lower case " + (int) c);
        }
        assertEquals(Character.toLowerCase('\u0130'), StoryGrouper.lowerCase('\u0130'));
        assertEquals(Character.isLetterOrDigit('\u0660'), StoryGrouper.letterOrDigit('\u0660'));
    }

    @Test
    void repeatedPairsPastTheFirstArrayAreDroppedInOrder() {
        // 30 documents all sharing 20 names: 435 pairs, each found 20 times.
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Set<String> set = new HashSet<>();
            for (int k = 0; k < 20; k++) {
                set.add("n" + k);
            }
            names.add(set);
        }
        List<int[]> pairs = StoryGrouper.candidatePairs(names, 30);
        assertEquals(435, pairs.size());
        assertArrayEquals(new int[] {0, 1}, pairs.get(0));
        assertArrayEquals(new int[] {28, 29}, pairs.get(434));
        long[] keys = {5, 3, 5, 1, 3, 9};
        assertEquals(4, StoryGrouper.distinctSorted(keys, 6));
        assertArrayEquals(new long[] {1, 3, 5, 9}, java.util.Arrays.copyOf(keys, 4));
    }
}
