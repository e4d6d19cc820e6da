package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private record Read(List<Document> documents, List<InputError> errors) {
        Document only() {
            assertEquals(1, documents.size(), "documents: " + documents + " errors: " + errors);
            return documents.get(0);
        }
    }

    private static Read read(long cap, Path... paths) throws Exception {
        Corpus c = Corpus.open(List.of(paths), cap);
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(c.walkErrors());
        c.forEach(docs::add, errors::add);
        return new Read(docs, errors);
    }

    private static Read read(Path... paths) throws Exception {
        return read(Corpus.DEFAULT_MAX_DOCUMENT_BYTES, paths);
    }

    @Test
    void idsAreRelativePathsWithoutExtensionUnderAFolderAndFileNamesForFiles(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("text");
        Files.createDirectories(text.resolve("41"));
        Files.writeString(text.resolve("41/41_5ecb.txt"), "A story.");
        Files.writeString(text.resolve("top.txt"), "Another story.");
        Files.writeString(text.resolve("notes.csv"), "not an article");
        Files.createDirectories(text.resolve(".hidden"));
        Files.writeString(text.resolve(".hidden/secret.txt"), "skipped");
        assertEquals(List.of("41/41_5ecb", "top"), read(text).documents().stream().map(Document::id).toList());
        assertEquals("41_5ecb", read(text.resolve("41/41_5ecb.txt")).only().id());
    }

    /** The input's bytes as listed: files' sizes, a compressed file's five times, a file gone since as none. */
    @Test
    void theBytesOfTheInputAreTheFilesSizes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "12345");
        Files.writeString(dir.resolve("b.txt"), "123");
        Files.write(dir.resolve("c.txt.gz"), new byte[7]);
        Files.writeString(dir.resolve("d.txt"), "1234567890");
        Corpus c = Corpus.open(List.of(dir), 1_000_000);
        assertEquals(4, c.size());
        Files.delete(dir.resolve("d.txt"));
        assertEquals(5 + 3 + 35, c.bytes());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.txt");
        byte[] body = "Published: March 2, 2022".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        Document d = read(f).only();
        assertEquals("Published: March 2, 2022", d.text());
        assertTrue(d.readNotes().get(0).contains("byte-order mark"));
    }

    @Test
    void utf16WithAndWithoutAByteOrderMark(@TempDir Path dir) throws Exception {
        String s = "Kyiv, 14 April 2021: the talks began, officials said.";
        Files.write(dir.resolve("le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("be.txt"), s.getBytes(StandardCharsets.UTF_16BE));
        Read r = read(dir);
        assertEquals(2, r.documents().size(), r.errors().toString());
        for (Document d : r.documents()) {
            assertEquals(s, d.text());
        }
    }

    @Test
    void invalidUtf8AndNulBytesAreReplacedAndRecorded(@TempDir Path dir) throws Exception {
        byte[] bytes = concat("Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                " du monde, said officials on Monday.".getBytes(StandardCharsets.UTF_8), new byte[] {0},
                " More text follows here, in a sentence that is long enough.".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bad.txt"), bytes);
        Document d = read(dir).only();
        assertTrue(d.text().startsWith("Caf\uFFFD(") , d.text());
        assertTrue(d.text().contains("\uFFFD More text"), d.text());
        assertEquals(List.of("1 invalid UTF-8 sequence(s) replaced by U+FFFD", "1 NUL character(s) replaced by U+FFFD"),
                d.readNotes());
    }

    @Test
    void mixedLineEndingsAreReadAsTheyAre(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mixed.txt"), "one\r\ntwo\rthree\nfour");
        assertEquals("one\r\ntwo\rthree\nfour", read(dir).only().text());
    }

    @Test
    void emptyBlankAndBinaryFilesAreErrorsAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("b-blank.txt"), " \n\t\n");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = (byte) 0x89;
        binary[1] = 'P';
        binary[10] = 0;
        binary[20] = 0;
        binary[30] = 0;
        binary[40] = 0;
        binary[50] = 0;
        Files.write(dir.resolve("c-image.txt"), binary);
        Files.writeString(dir.resolve("d-good.txt"), "The port reopened on Wednesday, officials said.");
        Read r = read(dir);
        assertEquals(List.of("d-good"), r.documents().stream().map(Document::id).toList());
        assertEquals(3, r.errors().size());
        assertEquals("empty file", r.errors().get(0).message());
        assertTrue(r.errors().get(1).message().startsWith("no text"));
        assertTrue(r.errors().get(2).message().startsWith("binary file"), r.errors().get(2).message());
    }

    @Test
    void aDocumentOverTheCapIsAnErrorNotACrash(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
        Files.writeString(dir.resolve("small.txt"), "y".repeat(10));
        Read r = read(1000, dir);
        assertEquals(List.of("small"), r.documents().stream().map(Document::id).toList());
        assertTrue(r.errors().get(0).message().startsWith("larger than the per-document cap"));
    }

    @Test
    void aMissingPathIsAUsageErrorAndAFolderWithoutArticlesIsReported(@TempDir Path dir) throws Exception {
        assertThrows(Corpus.MissingPathException.class, () -> Corpus.open(List.of(dir.resolve("nope")), 100));
        Files.writeString(dir.resolve("data.csv"), "a,b");
        Read r = read(dir);
        assertTrue(r.documents().isEmpty());
        assertEquals("no articles (.txt, .jsonl, .html, .htm, .xhtml or .warc files, or the same gzip-compressed) found in this folder", r.errors().get(0).message());
    }

    @Test
    void twoFilesWithTheSameIdKeepTheFirst(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), "First.");
        Files.writeString(dir.resolve("b/x.txt"), "Second.");
        Read r = read(dir.resolve("a"), dir.resolve("b"));
        assertEquals(1, r.documents().size());
        assertFalse(r.errors().isEmpty());
        assertTrue(r.errors().get(0).message().contains("already used"));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
