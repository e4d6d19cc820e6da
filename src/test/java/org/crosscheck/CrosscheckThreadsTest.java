package org.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.report.TextRenderer;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check on several threads (extraction, grouping and the rules) writes the report one thread
 * writes, byte for byte, whatever the number of threads and however they were scheduled.
 */
class CrosscheckThreadsTest {

    static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.load(null);
    }

    private static String[] rendered(List<Path> inputs, int threads) throws Exception {
        Report report = Crosscheck.check(Corpus.open(inputs, Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules,
                Crosscheck.Options.DEFAULTS.withThreads(threads), n -> { });
        StringBuilder json = new StringBuilder();
        new JsonRenderer().render(report, json);
        StringBuilder text = new StringBuilder();
        new TextRenderer(false).render(report, text);
        return new String[] {json.toString(), text.toString()};
    }

    private static void assertSameOnAnyThreads(List<Path> inputs, int... counts) throws Exception {
        String[] one = rendered(inputs, 1);
        for (int threads : counts) {
            String[] several = rendered(inputs, threads);
            assertEquals(one[0], several[0], "JSON on " + threads + " threads");
            assertEquals(one[1], several[1], "text on " + threads + " threads");
        }
    }

    @Test
    void theSeedsCopiedIntoSeveralFoldersGiveOneThreadsReport(@TempDir Path dir) throws Exception {
        // Six copies of the five seeds: stories of many documents, and many stories.
        for (int copy = 0; copy < 6; copy++) {
            Path folder = Files.createDirectories(dir.resolve("copy" + copy));
            for (Path seed : Fixtures.seedFiles()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        String[] one = rendered(List.of(dir), 1);
        assertTrue(one[0].contains("copy5/"), "the copies are documents of their own");
        assertSameOnAnyThreads(List.of(dir), 2, 5);
    }

    @Test
    void ecbPlusGivesOneThreadsReport() throws Exception {
        Path root = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("corpora/ecbplus/text");
        if (!Files.isDirectory(root) && System.getenv("CI") == null) {
            Assumptions.abort("skipped: " + root.toAbsolutePath() + " is absent (ECB+ lives in ../shared)");
        }
        assertSameOnAnyThreads(List.of(root), 3);
    }

    @Test
    void aReadingBegunOnItsOwnThreadGivesTheSameReport(@TempDir Path dir) throws Exception {
        // What `check` does on the command line: the corpus read while the rules load.
        for (int copy = 0; copy < 3; copy++) {
            Path folder = Files.createDirectories(dir.resolve("copy" + copy));
            for (Path seed : Fixtures.seedFiles()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        Files.write(dir.resolve("copy0/not-utf8.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        for (int threads : new int[] {1, 2}) {
            Crosscheck.Options options = Crosscheck.Options.DEFAULTS.withThreads(threads);
            Report here = Crosscheck.check(Corpus.open(List.of(dir), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules, options, n -> { });
            java.util.List<Integer> progress = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Report begun = Crosscheck.check(Crosscheck.Reading.start(
                    Corpus.open(List.of(dir), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), options, progress::add), rules, options);
            StringBuilder a = new StringBuilder();
            new JsonRenderer().render(here, a);
            StringBuilder b = new StringBuilder();
            new JsonRenderer().render(begun, b);
            assertEquals(a.toString(), b.toString(), "on " + threads + " threads");
            assertEquals(here.documents().size(), progress.size(), "progress once a document");
            assertEquals(here.documents().size(), (int) progress.get(progress.size() - 1));
        }
    }

    @Test
    void aCancelledReadingEndsWithoutAFault() throws Exception {
        Crosscheck.Reading reading = Crosscheck.Reading.start(
                Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), Crosscheck.Options.DEFAULTS, n -> { });
        reading.cancel();
        Report report = Crosscheck.check(reading, rules, Crosscheck.Options.DEFAULTS);
        assertTrue(report.documents().size() <= 5, "at most the seeds, whatever was read before the cancel");
    }

    @Test
    void aFaultOfTheReadingIsThrownToTheCallerAsItWas() throws Exception {
        IllegalStateException fault = new IllegalStateException("progress failed");
        Crosscheck.Reading failing = Crosscheck.Reading.start(
                Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), Crosscheck.Options.DEFAULTS, n -> {
                    throw fault;
                });
        assertSame(fault, assertThrows(IllegalStateException.class, () -> Crosscheck.check(failing, rules, Crosscheck.Options.DEFAULTS)));
        AssertionError error = new AssertionError("an error, not an exception");
        Crosscheck.Reading erring = Crosscheck.Reading.start(
                Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), Crosscheck.Options.DEFAULTS, n -> {
                    throw error;
                });
        assertSame(error, assertThrows(AssertionError.class, () -> Crosscheck.check(erring, rules, Crosscheck.Options.DEFAULTS)));
    }

    @Test
    void optionsRunOnEveryCoreUnlessToldOtherwise() {
        assertEquals(Parallel.cores(), Crosscheck.Options.DEFAULTS.threads());
        Crosscheck.Options three = Crosscheck.Options.DEFAULTS.withThreads(3);
        assertEquals(3, three.threads());
        assertEquals(Crosscheck.Options.DEFAULTS.firingLimit(), three.firingLimit());
        assertEquals(Crosscheck.Options.DEFAULTS.maxDocumentBytes(), three.maxDocumentBytes());
        assertEquals(Crosscheck.Options.DEFAULTS.thresholds(), three.thresholds());
    }
}
