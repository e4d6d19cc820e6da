package org.crosscheck.cli;

import static org.crosscheck.cli.CheckCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.crosscheck.Fixtures;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's commands as a CI job runs them: check --store, report --store, store stats|export|vacuum, and their exit codes. */
class StoreCommandTest {

    @Test
    void checkWithAStoreCreatesItReportsAsCheckDoesAndReportShowsWhatStands(@TempDir Path dir) throws Exception {
        String store = dir.resolve("corpus.db").toString();
        CheckCommandTest.Run plain = run("check", Fixtures.SEEDS.toString());
        CheckCommandTest.Run first = run("check", "--store", store, Fixtures.SEEDS.toString());
        assertEquals(1, first.code(), first.err());
        assertEquals(plain.out(), first.out());
        CheckCommandTest.Run again = run("check", "--store", store, Fixtures.SEEDS.toString(), "--fail-on", "never");
        assertEquals(0, again.code());
        assertEquals(plain.out(), again.out());
        CheckCommandTest.Run report = run("report", "--store", store);
        assertEquals(1, report.code());
        assertEquals(plain.out(), report.out());
        Path sarif = dir.resolve("r.sarif");
        assertEquals(0, run("report", "--store", store, "--fail-on", "never", "--report", "sarif:" + sarif).code());
        assertEquals(8, JsonRenderer.MAPPER.readTree(sarif.toFile()).get("runs").get(0).get("results").size());
    }

    @Test
    void aCorpusLargerThanABatchGoesThroughATemporaryStoreWithTheSameOutput() {
        for (String format : new String[] {"json", "text"}) {
            CheckCommandTest.Run plain = run("check", Fixtures.SEEDS.toString(), "--format", format);
            CheckCommandTest.Run batched = run("check", Fixtures.SEEDS.toString(), "--format", format, "--batch-size", "2");
            assertEquals(plain.code(), batched.code(), batched.err());
            assertEquals(plain.out(), batched.out());
        }
        assertEquals(2, run("check", Fixtures.SEEDS.toString(), "--batch-size", "0").code());
        // The smallest values each option takes are taken: one article a batch, one firing, no days, no wait.
        CheckCommandTest.Run smallest = run("check", Fixtures.SEEDS.toString(), "--batch-size", "1",
                "--story-mismatch-days", "0", "--store-timeout", "0", "--fail-on", "never");
        assertEquals(0, smallest.code(), smallest.err());
        // One firing is a limit the seeds' stories reach: the run says so (exit 4), it is not refused (exit 2).
        CheckCommandTest.Run oneFiring = run("check", Fixtures.SEEDS.toString(), "--firing-limit", "1", "--fail-on", "never");
        assertEquals(ExitCode.INPUT_ERRORS.code(), oneFiring.code(), oneFiring.err());
        CheckCommandTest.Run oneByte = run("check", Fixtures.SEEDS.toString(), "--max-document-bytes", "1", "--fail-on", "never");
        assertEquals(ExitCode.INPUT_ERRORS.code(), oneByte.code(), oneByte.err());
    }

    /**
     * Without --batch-size a corpus goes through a temporary store only when it is too large for
     * the heap (and larger than a batch); with it, whenever it has more articles than a batch.
     */
    @Test
    void aCorpusGoesThroughATemporaryStoreWhenItIsTooLargeForTheHeapOrABatchGiven() {
        long heap = 1_000_000_000L;
        assertFalse(CheckCommand.throughStore(null, 100_164, 99_999_999L, heap), "fits: 100 MB of text, 1 GB of heap");
        assertFalse(CheckCommand.throughStore(null, 100_164, 100_000_000L, heap), "just fits");
        assertTrue(CheckCommand.throughStore(null, 100_164, 100_000_001L, heap), "too large for the heap");
        assertFalse(CheckCommand.throughStore(null, 10_000, 5_000_000_000L, heap), "no more than one batch");
        assertTrue(CheckCommand.throughStore(null, 10_001, 5_000_000_000L, heap));
        assertTrue(CheckCommand.throughStore(3, 4, 10, heap), "a batch size given");
        assertFalse(CheckCommand.throughStore(4, 4, 5_000_000_000L, heap), "no more articles than a batch given");
        assertEquals(10_000, CheckCommand.DEFAULT_BATCH_SIZE);
    }

    @Test
    void storeStatsExportAndVacuum(@TempDir Path dir) throws Exception {
        String store = dir.resolve("corpus.db").toString();
        run("check", "--store", store, Fixtures.SEEDS.toString());
        CheckCommandTest.Run stats = run("store", "stats", store);
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("documents: 5\n"), stats.out());
        assertTrue(stats.out().contains("findings: 8\n"), stats.out());
        assertTrue(stats.out().contains("schema version: 3\n"), stats.out());
        Path findings = dir.resolve("findings.json");
        Path suppressions = dir.resolve("suppressions.json");
        CheckCommandTest.Run export = run("store", "export", store, "--findings", findings.toString(),
                "--suppressions", suppressions.toString());
        assertEquals(0, export.code(), export.err());
        JsonNode report = JsonRenderer.MAPPER.readTree(findings.toFile());
        assertEquals(8, report.get("findings").size());
        assertEquals(0, JsonRenderer.MAPPER.readTree(suppressions.toFile()).get("suppressions").size());
        // The exported suppressions file is one check --suppressions reads.
        assertEquals(1, run("check", Fixtures.SEEDS.toString(), "--suppressions", suppressions.toString()).code());
        CheckCommandTest.Run vacuum = run("store", "vacuum", store);
        assertEquals(0, vacuum.code(), vacuum.err());
        assertTrue(vacuum.out().startsWith("vacuumed "), vacuum.out());
        assertEquals(2, run("store", "shrink", store).code());
        assertEquals(2, run("store", "stats", dir.resolve("missing.db").toString()).code());
    }

    @Test
    void aBusyStoreExitsWithItsOwnCodeAndAClearMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.db");
        run("check", "--store", file.toString(), Fixtures.SEEDS.toString());
        try (Store holder = Store.open(file, Duration.ofSeconds(1))) {
            holder.begin();
            CheckCommandTest.Run busy = run("check", "--store", file.toString(), "--store-timeout", "0", Fixtures.SEEDS.toString());
            assertEquals(5, busy.code(), busy.err());
            assertTrue(busy.err().contains("another crosscheck run is writing it"), busy.err());
            assertEquals("", busy.out());
            holder.rollback();
        }
        assertEquals(1, run("check", "--store", file.toString(), Fixtures.SEEDS.toString()).code());
    }

    @Test
    void aFileThatIsNotAStoreIsAUsageErrorAndStaysAsItWas(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a store\n");
        CheckCommandTest.Run bad = run("check", "--store", notes.toString(), Fixtures.SEEDS.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("is not a crosscheck store"), bad.err());
        assertEquals("not a store\n", Files.readString(notes));
        assertEquals(2, run("report", "--store", notes.toString()).code());
        assertEquals(2, run("report", "--store", dir.resolve("none.db").toString()).code());
    }
}
