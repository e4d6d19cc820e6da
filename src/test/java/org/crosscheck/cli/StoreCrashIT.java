package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store under SIGKILL and under a second writer, run through the built jar: a batch killed at
 * any moment leaves a sound store that holds the batch wholly or not at all, and a rerun ends
 * with the standing findings of a run never killed. A second run on a busy store waits, then
 * exits 5 with a message, and harms nothing.
 */
class StoreCrashIT {
    private static final Path JAR = Path.of(System.getProperty("crosscheck.jar", "target/crosscheck.jar")).toAbsolutePath();
    private static final int KILLS = 12;
    private static final int PER_BATCH = 400;

    /** Articles about storms in made-up towns: figures that disagree between pairs, so there are findings to keep. */
    private static Path batch(Path dir, int b) throws Exception {
        return batch(dir, b, PER_BATCH);
    }

    private static Path batch(Path dir, int b, int size) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch" + b));
        for (int i = 0; i < size; i++) {
            int town = (b * PER_BATCH + i) / 3;
            Files.writeString(folder.resolve(String.format("b%d-d%04d.txt", b, i)), "Published: April " + (10 + town % 15)
                    + ", 2021 10:00 GMT\nStorm hits Lindor" + town + "\n"
                    + "A storm struck the town of Lindor" + town + " in Valmora" + town + " province on Tuesday, and "
                    + (20 + i % 3 * 7) + " people were killed, said governor Anna Perl" + town + ".\n"
                    + "Rescue teams from Karsk" + town + " searched the ruins of Lindor" + town + " through the night.\n");
        }
        return folder;
    }

    private static Process start(Path store, Path batch, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "check", "--store", store.toString(), batch.toString(), "--fail-on", "never",
                "--format", "json"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private static int runToEnd(Path store, Path batch) throws Exception {
        Process p = start(store, batch);
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return p.exitValue();
    }

    private static TreeSet<String> standing(Path store) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "report", "--store", store.toString(), "--format", "json", "--fail-on", "never")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        JsonNode report = JsonRenderer.MAPPER.readTree(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        TreeSet<String> out = new TreeSet<>();
        report.get("findings").forEach(f -> out.add(f.get("fingerprint").asText()));
        return out;
    }

    /** The store as SQLite sees it after a kill: its integrity check, and how many documents and batches it holds. */
    private static long[] inspect(Path store) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertTrue(rs.next());
                assertEquals("ok", rs.getString(1));
            }
            long documents;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
                rs.next();
                documents = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(finished) FROM batches")) {
                rs.next();
                assertEquals(rs.getLong(1), rs.getLong(2), "every stored batch is finished");
                return new long[] {documents, rs.getLong(1)};
            }
        }
    }

    @Test
    void aBatchKilledAtAnyMomentIsInTheStoreWhollyOrNotAtAll(@TempDir Path dir) throws Exception {
        Path first = batch(dir, 0);
        Path second = batch(dir, 1);
        Path base = dir.resolve("base.db");
        runToEnd(base, first);
        Path reference = dir.resolve("reference.db");
        Files.copy(base, reference);
        long t0 = System.nanoTime();
        runToEnd(reference, second);
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        TreeSet<String> expected = standing(reference);
        assertTrue(expected.size() > 10, "the corpus has findings to keep: " + expected.size());

        Random random = new Random(7);
        int whole = 0;
        int none = 0;
        for (int k = 0; k < KILLS; k++) {
            Path store = dir.resolve("killed" + k + ".db");
            Files.copy(base, store, StandardCopyOption.REPLACE_EXISTING);
            Process p = start(store, second);
            // From a third of the way in to half again an unbroken run's time: most kills land
            // while the batch is extracted, grouped, written or committed, a few after it is in.
            Thread.sleep((long) (runMillis * (0.3 + 1.2 * random.nextDouble())));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            long[] after = inspect(store);
            if (after[0] == 2L * PER_BATCH) {
                whole++;
                assertEquals(2, after[1]);
            } else {
                assertEquals(PER_BATCH, after[0], "the batch is in the store wholly or not at all");
                assertEquals(1, after[1]);
                none++;
            }
            runToEnd(store, second);
            assertEquals(expected, standing(store), "a rerun finishes the job");
        }
        System.out.printf("store crash test: %d kills over a %d ms batch: %d found the batch whole, %d found none of it%n",
                KILLS, runMillis, whole, none);
        assertEquals(KILLS, whole + none);
    }

    @Test
    void aSecondRunOnABusyStoreWaitsThenExitsFiveAndHarmsNothing(@TempDir Path dir) throws Exception {
        Path first = batch(dir, 0);
        Path second = batch(dir, 1, 3 * PER_BATCH);
        Path store = dir.resolve("busy.db");
        runToEnd(store, first);
        Process writer = start(store, second);
        // The writer holds the store from its first step to its last; wait until it has begun.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!busy(store)) {
            assertTrue(System.nanoTime() < deadline && writer.isAlive(), "the writer took the store");
            Thread.sleep(50);
        }
        Process waiting = start(store, first, "--store-timeout", "1");
        String err = new String(waiting.getErrorStream().readAllBytes());
        assertTrue(waiting.waitFor(120, TimeUnit.SECONDS));
        String writerErr = new String(writer.getErrorStream().readAllBytes());
        assertTrue(writer.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, writer.exitValue(), writerErr);
        assertEquals(5, waiting.exitValue(), err);
        assertTrue(err.contains("another crosscheck run is writing it"), err);
        long[] after = inspect(store);
        assertEquals(4L * PER_BATCH, after[0]);
        assertEquals(2, after[1]);
    }

    /** Whether another process holds the store's write lock now. */
    private static boolean busy(Path store) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=0");
            try {
                s.execute("BEGIN IMMEDIATE");
                s.execute("ROLLBACK");
                return false;
            } catch (java.sql.SQLException e) {
                return true;
            }
        }
    }
}
