package org.crosscheck.cli;

import static org.crosscheck.cli.CheckCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --store} and {@code check}'s report of a temporary store write the store's whole
 * report as it is read when every format asked for streams (json, text, github), and give what the
 * report gathered in memory gives, byte for byte, with the same exit code. Asking for a format that
 * is built whole (an HTML file here) takes the old way, in memory, for every output of the run:
 * that is the reference each streamed run is compared with.
 */
class StreamedReportCommandTest {

    /** The same run, once streamed and once in memory (an HTML file asked for too): outputs and exit codes equal. */
    private static void assertStreamedAsInMemory(Path dir, String... args) throws Exception {
        Path streamedJson = dir.resolve("streamed.json");
        Path streamedText = dir.resolve("streamed.txt");
        Path memoryJson = dir.resolve("memory.json");
        Path memoryText = dir.resolve("memory.txt");
        List<String> streamed = new ArrayList<>(List.of(args));
        streamed.addAll(List.of("--report", "json:" + streamedJson, "--report", "text:" + streamedText,
                "--report", "markdown:" + dir.resolve("streamed.md"), "--report", "sarif:" + dir.resolve("streamed.sarif")));
        List<String> inMemory = new ArrayList<>(List.of(args));
        inMemory.addAll(List.of("--report", "json:" + memoryJson, "--report", "text:" + memoryText,
                "--report", "markdown:" + dir.resolve("memory.md"), "--report", "sarif:" + dir.resolve("memory.sarif"),
                "--report", "html:" + dir.resolve("forces-memory.html")));
        CheckCommandTest.Run s = run(streamed.toArray(String[]::new));
        CheckCommandTest.Run m = run(inMemory.toArray(String[]::new));
        assertEquals(m.code(), s.code(), s.err());
        assertEquals(m.out(), s.out(), String.join(" ", args));
        assertEquals(m.err(), s.err());
        assertEquals(Files.readString(memoryJson), Files.readString(streamedJson));
        assertEquals(Files.readString(memoryText), Files.readString(streamedText));
        assertEquals(Files.readString(dir.resolve("memory.md")), Files.readString(dir.resolve("streamed.md")));
        assertEquals(Files.readString(dir.resolve("memory.sarif")), Files.readString(dir.resolve("streamed.sarif")));
        assertTrue(Files.size(streamedJson) > 1000);
        assertTrue(Files.readString(dir.resolve("streamed.sarif")).contains("\"results\""));
    }

    @Test
    void reportStoreStreamsWhatItGathers(@TempDir Path dir) throws Exception {
        String store = dir.resolve("corpus.db").toString();
        assertEquals(1, run("check", "--store", store, Fixtures.SEEDS.toString()).code());
        for (String format : new String[] {"json", "text", "github", "markdown"}) {
            assertStreamedAsInMemory(dir, "report", "--store", store, "--format", format);
            assertStreamedAsInMemory(dir, "report", "--store", store, "--format", format, "--fail-on", "note");
            assertStreamedAsInMemory(dir, "report", "--store", store, "--format", format, "--fail-on", "never");
        }
        // store export writes the same JSON report from the store as it is read.
        CheckCommandTest.Run export = run("store", "export", store);
        assertEquals(0, export.code(), export.err());
        assertEquals(run("report", "--store", store, "--format", "json", "--report", "html:" + dir.resolve("m.html")).out(),
                export.out());
    }

    @Test
    void aBaselineAndSuppressionsMarkTheStreamedFindingsAsTheGatheredOnes(@TempDir Path dir) throws Exception {
        String store = dir.resolve("corpus.db").toString();
        assertEquals(1, run("check", "--store", store, Fixtures.SEEDS.toString()).code());
        JsonNode plain = JsonRenderer.MAPPER.readTree(run("report", "--store", store, "--format", "json").out());
        String first = plain.get("findings").get(0).get("fingerprint").asText();
        String second = plain.get("findings").get(1).get("fingerprint").asText();
        Path suppressions = Files.writeString(dir.resolve("s.json"), "{\"suppressions\": [{\"fingerprint\": \"" + first
                + "\", \"reason\": \"corrected upstream\"}, {\"rule\": \"timestamp-missing\", \"document\": \"004_8ee1d2e5487640d6\","
                + " \"reason\": \"wire copy\", \"expires\": \"2999-01-01\"}]}");
        Path baseline = Files.writeString(dir.resolve("b.json"), "{\"formatVersion\": 1, \"fingerprints\": [\"" + second + "\"]}");
        for (String format : new String[] {"json", "text", "github"}) {
            assertStreamedAsInMemory(dir, "report", "--store", store, "--format", format, "--suppressions", suppressions.toString());
            assertStreamedAsInMemory(dir, "report", "--store", store, "--format", format, "--baseline", baseline.toString(),
                    "--suppressions", suppressions.toString(), "--fail-on", "warning");
        }
        // An editor's dismissal in the store, and the same baseline and suppressions on top.
        try (org.crosscheck.store.Store s = org.crosscheck.store.Store.open(Path.of(store), java.time.Duration.ofSeconds(5))) {
            new org.crosscheck.store.Decisions(s).decide(second, "false-positive", "other", "seen", "ed", null);
        }
        assertStreamedAsInMemory(dir, "report", "--store", store, "--format", "json", "--baseline", baseline.toString(),
                "--suppressions", suppressions.toString());
    }

    @Test
    void checkThroughATemporaryStoreStreamsItsReport(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"json", "text", "github", "markdown"}) {
            assertStreamedAsInMemory(dir, "check", Fixtures.SEEDS.toString(), "--batch-size", "2", "--format", format);
        }
        Path bad = Files.createDirectory(dir.resolve("with-errors"));
        for (Path p : Fixtures.seedFiles()) {
            Files.copy(p, bad.resolve(p.getFileName()));
        }
        Files.writeString(bad.resolve("broken.jsonl"), "{not json\n");
        assertStreamedAsInMemory(dir, "check", bad.toString(), "--batch-size", "3", "--format", "json", "--fail-on", "never");
        // And the streamed report is the report of one run in memory.
        assertEquals(run("check", Fixtures.SEEDS.toString(), "--format", "json").out(),
                run("check", Fixtures.SEEDS.toString(), "--batch-size", "2", "--format", "json").out());
    }
}
