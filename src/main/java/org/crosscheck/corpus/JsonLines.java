package org.crosscheck.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Articles from a JSON Lines file, one object a line, read one line at a time. The fields read
 * are those of common crawlers' exports (news-please, trafilatura): {@code text} or
 * {@code maintext}, {@code title}, {@code source}, {@code source_domain} or {@code sitename}, and
 * the publication date as {@code published}, {@code date_publish} or {@code date}. A record's id is
 * its {@code id} field, else {@code <file id>#<line number>}. A line that is not a JSON object
 * with a text is reported with its number, and reading goes on.
 */
final class JsonLines {

    private static final List<String> TEXT = List.of("text", "maintext", "content", "body");
    private static final List<String> SOURCE = List.of("source", "source_domain", "sitename", "outlet");
    private static final List<String> PUBLISHED = List.of("published", "date_publish", "date", "datePublished", "published_at");

    private final ObjectMapper mapper;
    private final long maxLine;

    JsonLines(long maxLine) {
        this.maxLine = maxLine;
        int maxString = (int) Math.min(Integer.MAX_VALUE, maxLine);
        // Polymorphic typing stays off (Jackson's default); records are read as plain trees.
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxString).maxNestingDepth(32).maxNumberLength(64).build())
                .build()).build();
    }

    void read(Path file, String fileId, String displayPath, Set<String> seenIds,
              Consumer<Document> documents, Consumer<InputError> errors) {
        try (InputStream in = Gzip.is(file) ? Gzip.open(file, maxLine) : Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            read(reader, fileId, displayPath, seenIds, documents, errors);
        } catch (IOException e) {
            errors.accept(new InputError(displayPath, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads records from {@code reader}, one a line; what cannot be read is reported with its line number. */
    void read(Reader reader, String fileId, String displayPath, Set<String> seenIds,
              Consumer<Document> documents, Consumer<InputError> errors) throws IOException {
        StringBuilder line = new StringBuilder();
        int number = 0;
        boolean tooLong = false;
        int c;
        while (true) {
            c = reader.read();
            if (c == '\n' || c == -1) {
                if (c == -1 && line.length() == 0 && !tooLong) {
                    break;
                }
                number++;
                if (tooLong) {
                    errors.accept(new InputError(displayPath + ":" + number,
                            "line " + number + " is longer than the per-document cap (" + maxLine + " characters); skipped"));
                } else {
                    record(line.toString().strip(), number, fileId, displayPath, seenIds, documents, errors);
                }
                line.setLength(0);
                tooLong = false;
                if (c == -1) {
                    break;
                }
            } else if (!tooLong) {
                if (line.length() >= maxLine) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        }
    }

    private void record(String line, int number, String fileId, String displayPath, Set<String> seenIds,
                        Consumer<Document> documents, Consumer<InputError> errors) {
        if (line.isEmpty()) {
            return;
        }
        String where = displayPath + ":" + number;
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            errors.accept(new InputError(where, "malformed JSON on line " + number + ": " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            errors.accept(new InputError(where, "line " + number + " is not a JSON object"));
            return;
        }
        String text = first(node, TEXT);
        if (text == null || text.isBlank()) {
            errors.accept(new InputError(where, "the record on line " + number + " has no text (fields " + TEXT + ")"));
            return;
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                ? idNode.asText() : fileId + "#" + number;
        if (!seenIds.add(id)) {
            errors.accept(new InputError(where, "document id \"" + id + "\" is already used; this record was skipped"));
            return;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        documents.accept(new Document(id, displayPath, clean, List.of("record on line " + number + " of " + displayPath),
                first(node, List.of("title")), first(node, SOURCE), first(node, PUBLISHED)));
    }

    private static String first(JsonNode node, List<String> names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }
}
