package org.crosscheck.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The evaluation data in ../shared, read in place; tests skip, saying why, when it is absent. */
final class SharedCorpora {
    private SharedCorpora() {
    }

    static Path require(String relative) {
        Path root = Path.of(System.getProperty("crosscheck.shared", "../shared"));
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "skipped: " + p.toAbsolutePath() + " is absent (the evaluation corpora live in ../shared)");
        return p;
    }
}
