package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the jar while it writes its reports, many times: every report file must hold either its
 * old content or a complete new report, never a torn one. Kill times are spread over the whole
 * run, so some land while the reports are being written.
 */
class CrashConsistencyIT {
    private static final Path JAR = Path.of(System.getProperty("crosscheck.jar", "target/crosscheck.jar")).toAbsolutePath();
    private static final List<String> FORMATS = List.of("json", "html", "sarif", "markdown", "junit");
    private static final int KILLS = 20;

    @Test
    void aKilledRunLeavesEachReportWholeOldOrWholeNew(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 1500; i++) {
            Files.writeString(corpus.resolve(String.format("d%04d.txt", i)), "Published: April 15, 2021 10:00 GMT\n"
                    + "Storm number " + i + " hits the coast\n"
                    + "The storm reached the town of Lindor" + i + " on Tuesday, April 14, 2021, and about " + (i + 10)
                    + " people were evacuated, officials said.\n");
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "check", corpus.toString(), "--fail-on", "never"));
        for (String f : FORMATS) {
            command.add("--report");
            command.add(f + ":" + out.resolve("report." + f));
        }
        long t0 = System.nanoTime();
        Process full = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(full.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, full.exitValue());
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        List<String> complete = new ArrayList<>();
        for (String f : FORMATS) {
            complete.add(Files.readString(out.resolve("report." + f)));
        }

        Random random = new Random(42);
        int torn = 0;
        int newWhole = 0;
        for (int k = 0; k < KILLS; k++) {
            for (String f : FORMATS) {
                Files.writeString(out.resolve("report." + f), "OLD " + f);
            }
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(runMillis / 4 + random.nextInt((int) Math.max(1, runMillis)));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            for (int i = 0; i < FORMATS.size(); i++) {
                String content = Files.readString(out.resolve("report." + FORMATS.get(i)));
                if (content.equals(complete.get(i))) {
                    newWhole++;
                } else if (!content.equals("OLD " + FORMATS.get(i))) {
                    torn++;
                }
            }
        }
        long leftovers;
        try (Stream<Path> s = Files.list(out)) {
            leftovers = s.filter(p -> p.getFileName().toString().startsWith(".crosscheck-")).count();
        }
        System.out.printf("crash test: %d kills over a %d ms run, %d report files found whole and new, %d torn, "
                + "%d temporary files left by killed writes%n", KILLS, runMillis, newWhole, torn, leftovers);
        assertEquals(0, torn, "no report file may be torn");
        JsonRenderer.MAPPER.readTree(complete.get(0));
    }
}
