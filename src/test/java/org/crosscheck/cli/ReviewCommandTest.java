package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck review} as a person starts it, in a JVM of its own: the first line on standard
 * output is exactly the contract's, the token is new at each start, and --bind warns.
 */
class ReviewCommandTest {

    /** The contract's start line; a 32-byte token is 43 base64url characters. */
    static final Pattern START_LINE = Pattern.compile("crosscheck review: http://([0-9.]+):([0-9]+)/\\?token=([A-Za-z0-9_-]{43,})");

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void buildStore() throws Exception {
        store = dir.resolve("seeds.db");
        int code = Main.run(new String[] {"check", Fixtures.SEEDS.toString(), "--store", store.toString(), "--fail-on", "never"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
    }

    /** A started review command: its first line, what it said on standard error, and the process. */
    record Started(Process process, String firstLine, Path err) {
        String errText() throws Exception {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    static Started start(String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.crosscheck.cli.Main", "review", "--store", store.toString()));
        cmd.addAll(List.of(options));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        return new Started(p, line, err);
    }

    static void stop(Started s) throws Exception {
        s.process().destroy();
        if (!s.process().waitFor(30, TimeUnit.SECONDS)) {
            s.process().destroyForcibly();
        }
    }

    @Test
    void theFirstLineIsTheAddressWithAFreshTokenAndItServes() throws Exception {
        Started first = start();
        Started second = start("--port", "0");
        try {
            Matcher m = START_LINE.matcher(String.valueOf(first.firstLine()));
            assertTrue(m.matches(), "exactly the contract's start line: " + first.firstLine() + "\n" + first.errText());
            assertEquals("127.0.0.1", m.group(1), "loopback unless --bind");
            Matcher other = START_LINE.matcher(String.valueOf(second.firstLine()));
            assertTrue(other.matches(), second.firstLine());
            assertNotEquals(m.group(3), other.group(3), "the token is random per start");
            assertNotEquals(m.group(2), other.group(2), "port 0 picks a free port each time");

            HttpClient http = HttpClient.newHttpClient();
            String url = first.firstLine().substring("crosscheck review: ".length());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("crosscheck review"));
            URI api = URI.create("http://127.0.0.1:" + m.group(2) + "/api/findings");
            assertEquals(401, http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer " + m.group(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertFalse(first.errText().contains("warning"), first.errText());
        } finally {
            stop(first);
            stop(second);
        }
    }

    @Test
    void bindWarnsAndTheLineCarriesTheBoundAddress() throws Exception {
        Started s = start("--bind", "127.0.0.2");
        try {
            Matcher m = START_LINE.matcher(String.valueOf(s.firstLine()));
            assertTrue(m.matches(), s.firstLine() + "\n" + s.errText());
            assertEquals("127.0.0.2", m.group(1));
            assertTrue(s.errText().contains("crosscheck review: warning: listening on 127.0.0.2 (--bind), not 127.0.0.1"), s.errText());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(s.firstLine().substring("crosscheck review: ".length()))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        } finally {
            stop(s);
        }
    }

    @Test
    void aWarningForAnAddressOtherMachinesReachSaysSo() {
        assertTrue(ReviewCommand.warning("0.0.0.0").contains("other machines may reach the app"), ReviewCommand.warning("0.0.0.0"));
        assertFalse(ReviewCommand.warning("127.0.0.2").contains("other machines"), "a loopback address is only noted");
    }

    @Test
    void aMissingStoreIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"review", "--store", dir.resolve("none.db").toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"));
        assertFalse(Files.exists(dir.resolve("none.db")), "no store is made by review");
    }
}
