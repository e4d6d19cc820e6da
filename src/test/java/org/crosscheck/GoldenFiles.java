package org.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources/golden. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files on purpose, then review the diff.
 */
public final class GoldenFiles {
    public static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFiles() {
    }

    public static void check(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing; run with -Dgolden.update=true to create it, then review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from " + file + " (run with -Dgolden.update=true to accept the change, then review the diff)");
    }

    public static String read(String name) throws IOException {
        return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    }
}
