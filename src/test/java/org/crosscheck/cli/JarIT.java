package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: from another folder, in a fresh JVM. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("crosscheck.jar", "target/crosscheck.jar")).toAbsolutePath();
    private static final Path SEEDS = Path.of("fixtures/seeds").toAbsolutePath();

    record Result(int code, String out, String err) {
    }

    static Result java(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished in time");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void checksTheSeedsFromAnotherFolder(@TempDir Path elsewhere) throws Exception {
        Result r = java(elsewhere, "check", SEEDS.toString(), "--format", "json");
        assertEquals(1, r.code(), "001's timestamp is an error: " + r.err());
        JsonNode report = JsonRenderer.MAPPER.readTree(r.out());
        assertEquals(5, report.get("documents").size());
        assertEquals("2023-09-15T06:14:22+03:00", report.get("documents").get(1).get("published").asText());
        assertEquals(3, report.get("findings").size());
        assertEquals("timestamp-story-mismatch", report.get("findings").get(0).get("rule").asText());
    }

    @Test
    void exitCodesFromTheJar(@TempDir Path elsewhere) throws Exception {
        assertEquals(1, java(elsewhere, "check", SEEDS.toString(), "--fail-on", "note").code());
        assertEquals(0, java(elsewhere, "check", SEEDS.toString(), "--fail-on", "never").code());
        Files.writeString(elsewhere.resolve("broken.drl"), "package crosscheck.rules\nrule \"x\"\nwhen\n  $a : (\nthen\nend\n");
        Result broken = java(elsewhere, "check", SEEDS.toString(), "--rules", elsewhere.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("broken.drl:"), broken.err());
        assertFalse(broken.err().contains("\tat "), broken.err());
    }

    @Test
    void writesReportFilesRelativeToTheWorkingFolder(@TempDir Path elsewhere) throws Exception {
        Result r = java(elsewhere, "check", SEEDS.toString(), "--report", "json:out.json", "--fail-on", "never");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(elsewhere.resolve("out.json")).contains("\"formatVersion\": 1"));
    }
}
