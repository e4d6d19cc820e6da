package org.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.corpus.Document;

/** The fixture corpora under fixtures/, and documents made from strings. */
public final class Fixtures {
    public static final Path SEEDS = Path.of("fixtures/seeds");

    private Fixtures() {
    }

    public static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static List<Document> seeds() throws IOException {
        List<Document> out = new ArrayList<>();
        for (Path p : seedFiles()) {
            String name = p.getFileName().toString();
            out.add(new Document(name.substring(0, name.length() - 4), p.toString(), Files.readString(p), List.of()));
        }
        return out;
    }

    public static Document document(String id, String text) {
        return new Document(id, id + ".txt", text, List.of());
    }
}
