package org.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaling corpus: distinct ids, the same bytes every time, replicas that tell other stories. */
class ScaleCorpusTest {

    /** A small source of our own words, in two topics. */
    private static void source(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("1"));
        Files.createDirectories(dir.resolve("2"));
        Files.writeString(dir.resolve("1/1_a.txt"), "Marla Quint of Dunsby said 12 people were hurt on Monday.\n"
                + "The police in Dunsby said 12 were hurt, and 3 of them badly.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("1/1_b.txt"), "Police said Quint, 44, was at the NDR plant at 9 a.m. on March 3.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2/2_a.txt"), "The Orvane team won 3-2 in Kelp on Dec. 14, with 1,500 people there and 2.5 goals.\n",
                StandardCharsets.UTF_8);
    }

    private static TreeMap<String, String> read(Path out) throws IOException {
        TreeMap<String, String> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                texts.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Test
    void writesExactlyNArticlesUnderDistinctIdsAndTheSameBytesEveryTime(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        source(src);
        assertEquals(8, ScaleCorpus.write(src, tmp.resolve("a"), 8, ScaleCorpus.Mode.DISTINCT));
        assertEquals(8, ScaleCorpus.write(src, tmp.resolve("b"), 8, ScaleCorpus.Mode.DISTINCT));
        TreeMap<String, String> a = read(tmp.resolve("a"));
        assertEquals(8, a.size());
        assertEquals(List.of("r00000/1/1_a.txt", "r00000/1/1_b.txt", "r00000/2/2_a.txt", "r00001/1/1_a.txt",
                "r00001/1/1_b.txt", "r00001/2/2_a.txt", "r00002/1/1_a.txt", "r00002/1/1_b.txt"), List.copyOf(a.keySet()));
        assertEquals(a, read(tmp.resolve("b")));
        // Replica 0 is the source as it is.
        assertEquals(Files.readString(src.resolve("2/2_a.txt")), a.get("r00000/2/2_a.txt"));
    }

    @Test
    void replicatedArticlesAreTheSourceUnderDistinctIds(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        source(src);
        assertEquals(7, ScaleCorpus.write(src, tmp.resolve("r"), 7, ScaleCorpus.Mode.REPLICATED));
        TreeMap<String, String> r = read(tmp.resolve("r"));
        assertEquals(7, r.size());
        for (String id : r.keySet()) {
            assertEquals(Files.readString(src.resolve(id.substring("r00000/".length()))), r.get(id), id);
        }
        assertEquals(Set.of("r00000", "r00001", "r00002"), Set.copyOf(r.keySet().stream().map(id -> id.substring(0, 6)).toList()));
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}*");

    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        out.removeAll(Set.of("monday", "march", "dec", "i"));
        return out;
    }

    @Test
    void replicasShareNoNameAndKeepEachNameTheSameWithinThemselves(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        source(src);
        ScaleCorpus.write(src, tmp.resolve("d"), 12, ScaleCorpus.Mode.DISTINCT);
        TreeMap<String, String> d = read(tmp.resolve("d"));
        for (int k = 0; k < 4; k++) {
            for (int j = k + 1; j < 4; j++) {
                Set<String> a = names(d.get(ScaleCorpus.replicaFolder(k) + "/1/1_a.txt") + d.get(ScaleCorpus.replicaFolder(k) + "/1/1_b.txt"));
                Set<String> b = names(d.get(ScaleCorpus.replicaFolder(j) + "/1/1_a.txt") + d.get(ScaleCorpus.replicaFolder(j) + "/1/1_b.txt"));
                assertFalse(a.isEmpty());
                Set<String> common = new HashSet<>(a);
                common.retainAll(b);
                assertEquals(Set.of(), common, "replicas " + k + " and " + j);
                assertNotEquals(d.get(ScaleCorpus.replicaFolder(k) + "/2/2_a.txt"), d.get(ScaleCorpus.replicaFolder(j) + "/2/2_a.txt"));
            }
        }
        String one = d.get("r00003/1/1_a.txt");
        String two = d.get("r00003/1/1_b.txt");
        ScaleCorpus.Source source = ScaleCorpus.Source.of(List.of(
                d.get("r00000/1/1_a.txt"), d.get("r00000/1/1_b.txt"), d.get("r00000/2/2_a.txt")));
        String dunsby = ScaleCorpus.styled(ScaleCorpus.word(3, source.names().get("dunsby")), "Dunsby");
        // One name is one word throughout the replica.
        assertTrue(one.indexOf(dunsby) >= 0 && one.indexOf(dunsby) != one.lastIndexOf(dunsby), one);
        // A frequent word at a sentence's start is written in lower case.
        assertTrue(one.contains("\nthe police in " + dunsby + " said "), one);
        assertTrue(two.startsWith("police said "), two);
        // An acronym stays in capitals; the weekday and the month are kept.
        assertTrue(two.contains(" the " + ScaleCorpus.word(3, source.names().get("ndr")).toUpperCase(Locale.ROOT) + " plant"), two);
        assertTrue(one.contains(" on Monday."), one);
        assertTrue(two.contains(" on March 3."), two);
    }

    @Test
    void aReplicaRenderedFromItsTemplateIsTheTextRenamedAndItsFiguresMoved() {
        List<String> texts = List.of("Marla Quint of Dunsby said 12 people were hurt on Monday.\nThe police said 12.",
                "On Dec. 14 at 9 a.m. the NDR team won 3-2 in Kelp; 44-year-old Quint scored 2, with 1,500 there.",
                "By November-end 7 GMT 5 Quint 8 UTC 6 Hours 9 hours 10 o'clock 11 Sept 12",
                "", "no names, 4 figures 5 6 7 8", "I saw Ann 3 times; U.S. troops 20 and 200 and 2000.");
        ScaleCorpus.Source source = ScaleCorpus.Source.of(texts);
        for (int k : new int[] {1, 2, 3, 9, 1000, (1 << 14) - 1}) {
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(ScaleCorpus.figures(source.rename(texts.get(i), k), k), source.replica(i, k), i + " in replica " + k);
            }
        }
        assertEquals(texts.get(1), source.replica(1, 0));
    }

    @Test
    void figuresMoveByTheReplicasAmountButDatesTimesScoresAndLongNumbersStay() {
        int by = ScaleCorpus.shift(3);
        assertTrue(by >= 1 && by <= 7);
        assertEquals(0, ScaleCorpus.shift(0));
        assertEquals("said " + (12 + by) + " were hurt, " + (12 + by) + " in all, and " + (3 + by) + " badly; "
                        + (44 + by) + "-year-old",
                ScaleCorpus.figures("said 12 were hurt, 12 in all, and 3 badly; 44-year-old", 3));
        String kept = "on March 3, Dec. 14 and 5 June, at 9 a.m. and 10:30, won 3-2, 1,500 people, 2.5 goals, 1990s, 2008, 3rd";
        assertEquals(kept, ScaleCorpus.figures(kept, 3));
        assertEquals("same", ScaleCorpus.figures("same", 0));
        assertEquals("12 hurt", ScaleCorpus.figures("12 hurt", 0));
    }

    @Test
    void theMadeUpWordsOfTwentyThousandNamesInTenReplicasAreAllDifferent() {
        Set<String> words = new HashSet<>();
        for (int k = 0; k < 10; k++) {
            for (int name = 0; name < 20_000; name++) {
                String w = ScaleCorpus.word(k, name);
                assertEquals(2 * ScaleCorpus.WORD_SYLLABLES, w.length());
                words.add(w);
            }
        }
        assertEquals(200_000, words.size());
        assertEquals(ScaleCorpus.word(7, 41), ScaleCorpus.word(7, 41));
        assertThrows(IllegalArgumentException.class, () -> ScaleCorpus.word(1 << 14, 0));
        assertThrows(IllegalArgumentException.class, () -> ScaleCorpus.word(0, 1 << 24));
        assertThrows(IllegalArgumentException.class, () -> ScaleCorpus.word(-1, 0));
    }

    @Property
    void twoPairsOfReplicaAndNameNeverGetOneWord(@ForAll @IntRange(min = 0, max = (1 << 14) - 1) int k,
                                                 @ForAll @IntRange(min = 0, max = (1 << 24) - 1) int name,
                                                 @ForAll @IntRange(min = 0, max = (1 << 14) - 1) int j,
                                                 @ForAll @IntRange(min = 0, max = (1 << 24) - 1) int other) {
        assertEquals(k == j && name == other, ScaleCorpus.word(k, name).equals(ScaleCorpus.word(j, other)));
    }

    @Property
    void scrambleKeepsTheNumbersOf38BitsApart(@ForAll @LongRange(min = 0, max = (1L << 38) - 1) long a,
                                              @ForAll @LongRange(min = 0, max = (1L << 38) - 1) long b) {
        assertEquals(a == b, ScaleCorpus.scramble(a) == ScaleCorpus.scramble(b));
        assertTrue(ScaleCorpus.scramble(a) >= 0 && ScaleCorpus.scramble(a) <= ScaleCorpus.MASK);
    }

    @Test
    void scrambleIsABijectionOnASmallerWidthToo() {
        // The same steps are invertible at any width; 2^38 cannot be enumerated here, so the
        // low numbers' images are checked distinct, and neighbours' images far apart.
        Set<Long> images = new HashSet<>();
        for (long x = 0; x < 300_000; x++) {
            images.add(ScaleCorpus.scramble(x));
        }
        assertEquals(300_000, images.size());
        assertNotEquals(ScaleCorpus.scramble(1) >>> 30, ScaleCorpus.scramble(2) >>> 30);
    }

    @Test
    void anEmptySourceIsAnError(@TempDir Path tmp) {
        assertThrows(IOException.class, () -> ScaleCorpus.write(tmp, tmp.resolve("o"), 3, ScaleCorpus.Mode.DISTINCT));
    }

    @Test
    void wordsBeforeAndAfter() {
        assertEquals("dec", ScaleCorpus.wordBefore("on Dec. 14", 8));
        assertEquals("", ScaleCorpus.wordBefore("14", 0));
        assertEquals("june", ScaleCorpus.wordAfter("5 June", 1));
        assertEquals("", ScaleCorpus.wordAfter("5", 1));
    }
}
