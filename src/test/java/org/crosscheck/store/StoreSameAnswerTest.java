package org.crosscheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's first guarantee on real news: ECB+ checked in four batches, the articles of every
 * topic spread over all four, ends with exactly the standing findings (fingerprints), stories and
 * events of one check of the whole corpus, in either order of batches.
 */
class StoreSameAnswerTest {

    static List<List<Path>> batches = new ArrayList<>();
    static Report whole;

    @TempDir
    static Path copies;

    @BeforeAll
    static void readCorpus() throws Exception {
        Path root = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("corpora/ecbplus/text");
        if (!Files.isDirectory(root) && System.getenv("CI") == null) {
            Assumptions.abort("skipped: " + root.toAbsolutePath() + " is absent (ECB+ lives in ../shared)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (int b = 0; b < 4; b++) {
            batches.add(new ArrayList<>());
        }
        // Files in name order, dealt round the four batches: every topic's articles land in all
        // four. Each batch is a folder laid out as the corpus is, so documents keep their ids
        // (their paths under the folder given, "25/25_6ecbplus").
        for (int i = 0; i < files.size(); i++) {
            Path target = copies.resolve("batch" + i % 4).resolve(root.relativize(files.get(i)));
            Files.createDirectories(target.getParent());
            Files.copy(files.get(i), target);
        }
        for (int b = 0; b < 4; b++) {
            batches.get(b).add(copies.resolve("batch" + b));
        }
        StoreCheckTest.load();
        whole = StoreCheckTest.oneRun(List.of(root));
    }

    @Test
    void fourBatchesGiveTheFindingsOfOneRun(@TempDir Path dir) throws Exception {
        assertSameAnswer(dir.resolve("forward.db"), batches);
    }

    @Test
    void fourBatchesInReverseOrderGiveTheFindingsOfOneRun(@TempDir Path dir) throws Exception {
        List<List<Path>> reversed = new ArrayList<>(batches);
        java.util.Collections.reverse(reversed);
        assertSameAnswer(dir.resolve("reverse.db"), reversed);
    }

    private static void assertSameAnswer(Path file, List<List<Path>> order) throws Exception {
        try (Store store = Store.open(file, Duration.ofSeconds(5))) {
            int documents = 0;
            for (List<Path> batch : order) {
                StoreCheck.Outcome out = StoreCheckTest.batch(store, batch);
                documents += out.report().documents().size();
                assertEquals(out.extracted(), out.report().documents().size());
            }
            Report standing = StoreCheck.standing(store, StoreCheckTest.rules);
            assertEquals(documents, standing.documents().size());
            assertEquals(whole.documents().size(), documents);
            TreeSet<String> expected = StoreCheckTest.fingerprints(whole);
            TreeSet<String> actual = StoreCheckTest.fingerprints(standing);
            TreeSet<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            TreeSet<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            assertEquals(List.of(), whole.findings().stream().filter(f -> missing.contains(f.fingerprint()))
                    .map(f -> f.rule() + " " + f.documents()).limit(10).toList(), "findings of one run missing from the store");
            assertEquals(List.of(), standing.findings().stream().filter(f -> extra.contains(f.fingerprint()))
                    .map(f -> f.rule() + " " + f.documents()).limit(10).toList(), "findings in the store that one run does not give");
            assertEquals(StoreCheckTest.json(whole.findings()), StoreCheckTest.json(standing.findings()));
            assertEquals(StoreCheckTest.json(whole.stories()), StoreCheckTest.json(standing.stories()));
            assertEquals(StoreCheckTest.json(whole.events()), StoreCheckTest.json(standing.events()));
            assertEquals("ok", store.integrity());
        }
    }
}
