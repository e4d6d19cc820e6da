package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip-compressed articles and JSON Lines, and the cap on what a compressed file may expand to. */
class GzipInputTest {

    private static void gzip(Path file, byte[] content, int repeat) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < repeat; i++) {
                out.write(content);
            }
        }
    }

    private record Read(List<Document> documents, List<InputError> errors) {
    }

    private static Read read(long cap, Path dir) throws Exception {
        Corpus corpus = Corpus.open(List.of(dir), cap);
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(corpus.walkErrors());
        corpus.forEach(docs::add, errors::add);
        return new Read(docs, errors);
    }

    @Test
    void compressedArticlesAndRecordsAreRead(@TempDir Path dir) throws Exception {
        gzip(dir.resolve("a.txt.gz"), "Published: April 14, 2021\nMinisters met in Brussels.\n".getBytes(StandardCharsets.UTF_8), 1);
        gzip(dir.resolve("b.jsonl.gz"), ("{\"id\": \"r1\", \"text\": \"First record.\"}\n{\"text\": \"Second record.\"}\nnot json\n")
                .getBytes(StandardCharsets.UTF_8), 1);
        Read r = read(Corpus.DEFAULT_MAX_DOCUMENT_BYTES, dir);
        assertEquals(List.of("a", "r1", "b#2"), r.documents().stream().map(Document::id).toList());
        assertEquals("Published: April 14, 2021\nMinisters met in Brussels.\n", r.documents().get(0).text());
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).message().contains("line 3"), r.errors().toString());
    }

    @Test
    void aDecompressionBombStopsAtTheCap(@TempDir Path dir) throws Exception {
        // 64 MiB of one letter compresses to about 64 KiB; with a 1 MiB cap it is refused after
        // reading at most the cap, whatever it would expand to.
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) 'a');
        gzip(dir.resolve("bomb.txt.gz"), block, 64);
        assertTrue(Files.size(dir.resolve("bomb.txt.gz")) < 1 << 20);
        Read r = read(1 << 20, dir);
        assertEquals(List.of(), r.documents());
        assertEquals(1, r.errors().size());
        String message = r.errors().get(0).message();
        assertTrue(message.contains("expands to more than") || message.contains("larger than the per-document cap"), message);
    }

    @Test
    void aCompressedJsonLinesBombStopsAndKeepsWhatCameBefore(@TempDir Path dir) throws Exception {
        byte[] line = "{\"text\": \"A short record that repeats itself many times over.\"}\n".getBytes(StandardCharsets.UTF_8);
        gzip(dir.resolve("many.jsonl.gz"), line, 300_000);
        long compressed = Files.size(dir.resolve("many.jsonl.gz"));
        Read r = read(1 << 20, dir);
        assertTrue(r.errors().stream().anyMatch(e -> e.message().contains("expands to more than")), r.errors().toString());
        long read = (long) r.documents().size() * line.length;
        assertTrue(read <= compressed * Gzip.MAX_RATIO, "stopped within the expansion limit");
        assertTrue(r.documents().size() > 1000, "the records before the limit are kept");
    }

    @Test
    void aCorruptFileIsAnErrorAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.txt.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
        Files.writeString(dir.resolve("fine.txt"), "Ministers met in Brussels on Wednesday.\n");
        Read r = read(Corpus.DEFAULT_MAX_DOCUMENT_BYTES, dir);
        assertEquals(List.of("fine"), r.documents().stream().map(Document::id).toList());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).path().endsWith("broken.txt.gz"), r.errors().toString());
    }
}
