package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.cli.Main;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    private static final String GOOD_1 = "{\"id\": \"n1\", \"title\": \"Port reopens\", \"source_domain\": \"news.example.org\", "
            + "\"date_publish\": \"2022-03-03 10:00:00\", \"maintext\": \"The port reopened on Wednesday, officials said.\"}";
    private static final String GOOD_2 = "{\"text\": \"The bridge was closed on Tuesday, March 1, 2022, police said.\", \"title\": \"Bridge\"}";

    @Test
    void recordsBecomeDocumentsAndBadLinesAreReportedWithTheirNumbers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                GOOD_1,
                "{\"id\": \"n3\", \"text\": \"unterminated",
                "",
                "[1, 2, 3]",
                "{\"id\": \"n4\", \"title\": \"no text here\"}",
                GOOD_2,
                GOOD_1,
                "{\"id\": \"n5\", \"text\": \"" + "x".repeat(500) + "\"}",
                "{\"id\": {\"@class\": \"java.lang.Runtime\"}, \"text\": \"Ids are plain values, never types.\"}") + "\n");
        Corpus corpus = Corpus.open(List.of(dir), 400);
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        corpus.forEach(docs::add, errors::add);
        assertEquals(List.of("n1", "batch#6", "batch#9"), docs.stream().map(Document::id).toList());
        Document first = docs.get(0);
        assertEquals("Port reopens", first.title());
        assertEquals("news.example.org", first.source());
        assertEquals("2022-03-03 10:00:00", first.published());
        List<String> messages = errors.stream().map(e -> e.path().replace(dir.toString().replace('\\', '/'), "") + " " + e.message()).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("/batch.jsonl:2 malformed JSON on line 2"), messages.get(0));
        assertTrue(messages.get(1).startsWith("/batch.jsonl:4 line 4 is not a JSON object"), messages.get(1));
        assertTrue(messages.get(2).startsWith("/batch.jsonl:5 the record on line 5 has no text"), messages.get(2));
        assertTrue(messages.get(3).startsWith("/batch.jsonl:7 document id \"n1\" is already used"), messages.get(3));
        assertTrue(messages.get(4).startsWith("/batch.jsonl:8 line 8 is longer than the per-document cap"), messages.get(4));
    }

    @Test
    void aRecordsFieldsReachTheReport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("batch.jsonl"), GOOD_1 + "\n" + GOOD_2 + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", dir.toString(), "--format", "json", "--fail-on", "never"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        JsonNode d = JsonRenderer.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("documents").get(1);
        assertEquals("n1", d.get("id").asText());
        assertEquals("Port reopens", d.get("title").asText());
        assertEquals("news.example.org", d.get("source").asText());
        assertEquals("2022-03-03T10:00:00", d.get("published").asText());
        assertEquals("(the record's publication date field)", d.get("timestamps").get(0).get("label").asText());
    }

    @Test
    void streamLimitsStopDeepNestingHugeNumbersAndTypeHints() throws Exception {
        String deep = "{\"text\": \"x\", \"a\": " + "[".repeat(200) + "]".repeat(200) + "}";
        String number = "{\"text\": \"x\", \"n\": " + "9".repeat(5000) + "}";
        // A type hint is only data: records are read as plain trees, never as classes they name.
        String typed = "{\"@class\": \"java.lang.ProcessBuilder\", \"text\": \"Plain text.\"}";
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        new JsonLines(1_000_000).read(new java.io.StringReader(String.join("\n", deep, number, typed)), "f", "f.jsonl",
                new java.util.HashSet<>(), docs::add, errors::add);
        assertEquals(List.of("f.jsonl:1", "f.jsonl:2"), errors.stream().map(InputError::path).toList(), errors.toString());
        assertTrue(errors.get(0).message().contains("nesting depth"), errors.get(0).message());
        assertTrue(errors.get(1).message().toLowerCase(java.util.Locale.ROOT).contains("number"), errors.get(1).message());
        assertEquals(List.of("Plain text."), docs.stream().map(Document::text).toList());
    }
}
