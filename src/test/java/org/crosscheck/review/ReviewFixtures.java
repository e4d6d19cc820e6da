package org.crosscheck.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;

/** Stores built from the fixtures, a review server on one, and an HTTP client for its API. */
final class ReviewFixtures {

    private static RuleSet rules;

    private ReviewFixtures() {
    }

    static synchronized RuleSet rules() throws Exception {
        if (rules == null) {
            rules = RuleSet.load(null);
        }
        return rules;
    }

    /** A store at {@code file} holding {@code inputs} (files or folders), checked as one batch. */
    static Path store(Path file, List<Path> inputs) throws Exception {
        try (Store store = Store.open(file, Duration.ofSeconds(5))) {
            StoreCheck.check(store, Corpus.open(inputs, Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules(), Crosscheck.Options.DEFAULTS,
                    n -> { });
        }
        return file;
    }

    /** A copy of the seeds in {@code dir}, for a test that adds to them. */
    static Path seedCorpus(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir);
        for (Path p : Fixtures.seedFiles()) {
            Files.copy(p, corpus.resolve(p.getFileName()));
        }
        return corpus;
    }

    /** A review server on a store, with what it told its error stream, and a client for its API. */
    static final class Served implements AutoCloseable {
        final ReviewServer server;
        final StringWriter err = new StringWriter();
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Served(Path store) throws Exception {
            this(store, Duration.ofSeconds(10));
        }

        /** A server whose decisions wait {@code busyTimeout} for a batch being written. */
        Served(Path store, Duration busyTimeout) throws Exception {
            server = ReviewServer.start(store, rules(), "127.0.0.1", 0, busyTimeout, new PrintWriter(err, true));
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.port() + path);
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        }

        HttpRequest.Builder authorized(String path) {
            return request(path).header("Authorization", "Bearer " + server.token());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(authorized(path).GET().build());
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return send(authorized(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        JsonNode json(HttpResponse<String> response) throws Exception {
            return JsonRenderer.MAPPER.readTree(response.body());
        }

        /** The fingerprints of the findings {@code query} lists, in queue order. */
        List<String> fingerprints(String query) throws Exception {
            List<String> out = new ArrayList<>();
            for (JsonNode f : json(get("/api/findings" + query)).get("findings")) {
                out.add(f.get("fingerprint").asText());
            }
            return out;
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
