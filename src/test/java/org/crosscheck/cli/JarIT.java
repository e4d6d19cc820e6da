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
        return javaWith(workDir, List.of(), args);
    }

    static Result javaWith(Path workDir, List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished in time");
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theLauncherWithItsClassArchiveGivesWhatTheJarGives(@TempDir Path elsewhere) throws Exception {
        Path archive = JAR.resolveSibling("crosscheck.jsa");
        assertTrue(Files.isRegularFile(archive), "the build writes the class archive beside the jar");
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) >= 0,
                "the archive is made after the jar it is for");
        Result jar = java(elsewhere, "check", SEEDS.toString());
        Result launched = launcher(elsewhere, null, "check", SEEDS.toString());
        assertEquals(jar.code(), launched.code());
        assertEquals(jar.out(), launched.out(), "byte for byte, no JVM message in it");
    }

    /**
     * The launcher {@code bin/crosscheck} run as a user runs it, with this JVM's java and, unless
     * {@code opts} is null, {@code CROSSCHECK_JAVA_OPTS} set to it; its standard error is dropped.
     */
    private static Result launcher(Path dir, String opts, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", Path.of("bin/crosscheck").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (opts != null) {
            pb.environment().put("CROSSCHECK_JAVA_OPTS", opts);
        }
        Path out = Files.createTempFile("launcher-out", ".txt");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished in time");
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), "");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** A folder {@code many} in {@code dir} of 21 articles, each {@code text}: more than the launcher's small input. */
    private static Path manyArticles(Path dir, String text) throws IOException {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 21; i++) {
            Files.writeString(many.resolve(i + ".txt"), text);
        }
        return many;
    }

    /** The JVM options the launcher would start with, printed by a stand-in for java. */
    private static String launcherOptions(Path dir, String... args) throws Exception {
        return launcherOptionsWith(dir, null, args);
    }

    /** As {@link #launcherOptions}, with {@code CROSSCHECK_JAVA_OPTS} set to {@code opts} unless null. */
    private static String launcherOptionsWith(Path dir, String opts, String... args) throws Exception {
        Path stand = dir.resolve("print-args");
        Files.writeString(stand, "#!/bin/sh\necho \"$@\"\n");
        assertTrue(stand.toFile().setExecutable(true));
        List<String> cmd = new ArrayList<>(List.of("sh", Path.of("bin/crosscheck").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA", stand.toString());
        pb.environment().remove("CROSSCHECK_JAVA_OPTS");
        if (opts != null) {
            pb.environment().put("CROSSCHECK_JAVA_OPTS", opts);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.substring(0, out.indexOf(" -jar "));
    }

    @Test
    void theLauncherRaisesTheCompilersThresholdsForASmallInputOnly(@TempDir Path dir) throws Exception {
        String raised = "-XX:CompileThresholdScaling=4";
        assertTrue(launcherOptions(dir, "check", SEEDS.toString(), "--format", "json").contains(raised), "five articles");
        Path many = manyArticles(dir, "The port reopened on Wednesday.\n");
        assertFalse(launcherOptions(dir, "check", many.toString()).contains(raised), "21 files");
        assertTrue(launcherOptions(dir, "check", many.resolve("0.txt").toString(), many.resolve("1.txt").toString()).contains(raised));
        Path large = dir.resolve("large.jsonl");
        Files.write(large, new byte[101 * 1024]);
        assertFalse(launcherOptions(dir, "check", large.toString()).contains(raised), "a file over 100 kB");
        assertFalse(launcherOptions(dir, "check", SEEDS.toString(), large.toString()).contains(raised));
        assertFalse(launcherOptions(dir, "rules").contains(raised), "no input named");
        assertTrue(launcherOptions(dir, "check", SEEDS.toString()).contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theLauncherGivesALargerInputALargerYoungGenerationUnlessTheHeapIsSizedByTheUser(@TempDir Path dir) throws Exception {
        String young = "-Xmn256m";
        Path many = manyArticles(dir, "The ferry sailed again on Monday.\n");
        assertTrue(launcherOptions(dir, "check", many.toString()).contains(young), "21 files");
        assertTrue(launcherOptions(dir, "check", many.toString()).contains("-Xlog:gc+ergo=off"), "no sizing warning on standard output");
        assertFalse(launcherOptions(dir, "check", SEEDS.toString()).contains(young), "five articles");
        assertFalse(launcherOptions(dir, "rules").contains(young), "no input named");
        for (String own : List.of("-Xmx2g", "-Xmn64m", "-XX:MaxHeapSize=1g", "-XX:NewSize=32m", "-XX:NewRatio=3")) {
            assertFalse(launcherOptionsWith(dir, own, "check", many.toString()).contains(young), own);
        }
        assertTrue(launcherOptionsWith(dir, "-Xss2m", "check", many.toString()).contains(young), "another option");
    }

    @Test
    void aLargerInputUnderASmallInitialHeapGetsNoJvmMessageInItsReport(@TempDir Path dir) throws Exception {
        Path many = manyArticles(dir, "Published: May 3, 2022 09:00 GMT\nThe ferry sailed again on Monday, its owner said.\n");
        Result jar = java(dir, "check", many.toString(), "--format", "json");
        // An initial heap smaller than the launcher's young generation: the JVM would warn on standard output.
        Result launched = launcher(dir, "-Xms64m", "check", many.toString(), "--format", "json");
        assertEquals(jar.code(), launched.code());
        assertEquals(jar.out(), launched.out(), "byte for byte, no JVM message in it");
    }

    @Test
    void checksTheSeedsFromAnotherFolder(@TempDir Path elsewhere) throws Exception {
        Result r = java(elsewhere, "check", SEEDS.toString(), "--format", "json");
        assertEquals(1, r.code(), "001's timestamp is an error: " + r.err());
        JsonNode report = JsonRenderer.MAPPER.readTree(r.out());
        assertEquals(5, report.get("documents").size());
        assertEquals("2023-09-15T06:14:22+03:00", report.get("documents").get(1).get("published").asText());
        assertEquals(8, report.get("findings").size());
        assertEquals("timestamp-story-mismatch", report.get("findings").get(0).get("rule").asText());
        assertEquals("quote-variant", report.get("findings").get(1).get("rule").asText(), "the rules are packaged in the jar");
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
    void aThreeHundredMegabyteFileIsRefusedByTheCapUnderASmallHeap(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        Files.writeString(corpus.resolve("small.txt"), "Published: April 15, 2021 10:00 GMT\nThe port reopened on Wednesday, officials said.\n");
        Result r = javaWith(dir, List.of("-Xmx64m"), "check", corpus.toString(), "--format", "json");
        assertEquals(4, r.code(), r.err());
        JsonNode report = JsonRenderer.MAPPER.readTree(r.out());
        assertEquals(1, report.get("documents").size());
        assertTrue(report.get("errors").get(0).get("message").asText().startsWith("larger than the per-document cap"));
    }

    @Test
    void runningOutOfMemoryIsAnInternalFailureWithAdviceNotExitOne(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("line.txt");
        String sentence = "The ministers met in Brussels on Tuesday and 40 people were evacuated, officials said. ";
        try (java.io.Writer w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 40 * 1024 * 1024 / sentence.length(); i++) {
                w.write(sentence);
            }
        }
        Result r = javaWith(dir, List.of("-Xmx128m"), "check", big.toString(), "--max-document-bytes", "60000000", "--fail-on", "never");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("out of memory"), r.err());
    }

    @Test
    void writesReportFilesRelativeToTheWorkingFolder(@TempDir Path elsewhere) throws Exception {
        Result r = java(elsewhere, "check", SEEDS.toString(), "--report", "json:out.json", "--fail-on", "never");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(elsewhere.resolve("out.json")).contains("\"formatVersion\": 2"));
    }
    @Test
    void theJarServesTheReviewAppOnAStore(@TempDir Path elsewhere) throws Exception {
        Result stored = java(elsewhere, "check", SEEDS.toString(), "--store", "s.db", "--fail-on", "never");
        assertEquals(0, stored.code(), stored.err());
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "review", "--store", "s.db");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            java.util.regex.Matcher m = ReviewCommandTest.START_LINE.matcher(String.valueOf(line));
            assertTrue(m.matches(), "the contract's start line: " + line);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(line.substring("crosscheck review: ".length()))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), "the page is packaged in the jar");
            for (String asset : List.of("/review.js", "/review.css")) {
                assertEquals(200, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + m.group(2)
                        + asset + "?token=" + m.group(3))).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(), asset);
            }
            java.net.http.HttpResponse<String> api = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + m.group(2) + "/api/findings"))
                    .header("Authorization", "Bearer " + m.group(3)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode(), api.body());
            assertEquals(8, JsonRenderer.MAPPER.readTree(api.body()).get("total").asInt());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
