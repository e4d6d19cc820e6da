package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Jazzer fuzz tests of the readers: the lenient decoder over any bytes; JSON Lines over any
 * text, where every line is either a document or an error naming its line; HTML pages and WARC
 * files over any bytes. Nothing throws.
 * See {@code ParserFuzzTest} for how they run.
 */
class CorpusFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decoding(byte[] bytes) {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertFalse(d.text().startsWith("\uFEFF"), "a byte-order mark is never part of the text");
        assertTrue(d.text().indexOf('\u0000') < 0, "NUL characters are replaced");
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(FuzzedDataProvider data) throws IOException {
        String text = data.consumeRemainingAsString();
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        new JsonLines(10_000).read(new StringReader(text), "f", "f.jsonl", new HashSet<>(), docs::add, errors::add);
        long lines = text.isEmpty() ? 0 : text.split("\n", -1).length;
        assertTrue(docs.size() + errors.size() <= lines, "at most one outcome a line");
        for (InputError e : errors) {
            assertTrue(e.path().startsWith("f.jsonl:"), "every error names its line: " + e);
        }
        for (Document d : docs) {
            assertEquals(-1, d.text().indexOf('\u0000'));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] bytes) {
        HtmlArticle.Page page = HtmlArticle.read(bytes, "https://example.org/a");
        String text = page.text();
        assertTrue(text.indexOf('\u0000') < 0, "NUL characters are replaced");
        assertTrue(text.length() <= bytes.length + 64, "the text is no longer than the page that holds it");
        for (String p : page.paragraphs()) {
            assertFalse(p.isBlank(), "no empty paragraphs");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void warc(byte[] bytes) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        new Warc(4_096).read(new java.io.ByteArrayInputStream(bytes), "w", "w.warc", new HashSet<>(), docs::add, errors::add);
        for (Document d : docs) {
            assertTrue(d.id().startsWith("w#"), "a record's id names its file and number: " + d.id());
            assertFalse(d.text().isBlank());
        }
        for (InputError e : errors) {
            assertTrue(e.path().startsWith("w.warc"), "every error names the file: " + e);
        }
    }
}
