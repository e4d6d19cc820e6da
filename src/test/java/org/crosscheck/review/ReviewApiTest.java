package org.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Fixtures;
import org.crosscheck.cli.Main;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review API over HTTP, as a script or the page calls it: a server on port 0 over a store of
 * the seeds (eight findings), and Java's own HTTP client.
 */
class ReviewApiTest {

    @TempDir
    static Path shared;
    static Path template;

    @BeforeAll
    static void buildStore() throws Exception {
        template = ReviewFixtures.store(shared.resolve("seeds.db"), List.of(Fixtures.SEEDS));
    }

    /** A server on a fresh copy of the seeds' store. */
    private static ReviewFixtures.Served serve(Path dir) throws Exception {
        return new ReviewFixtures.Served(Files.copy(template, dir.resolve("s.db")));
    }

    private static void assertRefused(HttpResponse<String> r, int status, String what) throws Exception {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        JsonNode body = JsonRenderer.MAPPER.readTree(r.body());
        assertEquals(status, body.get("status").asInt(), what);
        assertFalse(body.get("error").asText().isBlank(), what + ": a message says why");
    }

    private static long decisionsIn(Path store) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM decisions")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Test
    void everyEndpointNeedsTheTokenAndEveryAnswerIsLockedDown(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String fp = s.fingerprints("").get(0);
            String decision = "{\"status\":\"confirmed\",\"reviewer\":\"mallory\"}";
            String bulk = "{\"status\":\"wont-fix\",\"reviewer\":\"mallory\",\"filter\":{}}";
            List<String[]> endpoints = List.of(new String[] {"GET", "/"}, new String[] {"GET", "/review.js"},
                    new String[] {"GET", "/review.css"}, new String[] {"GET", "/api/findings"},
                    new String[] {"GET", "/api/findings/" + fp}, new String[] {"GET", "/api/findings/" + fp + "/history"},
                    new String[] {"POST", "/api/findings/" + fp + "/decision"}, new String[] {"POST", "/api/decisions"},
                    new String[] {"GET", "/no/such/page"});
            String token = s.server.token();
            String sameLength = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
            for (String[] e : endpoints) {
                String body = e[1].endsWith("/decision") ? decision : bulk;
                HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body);
                List<HttpRequest> refused = new ArrayList<>();
                refused.add(s.request(e[1]).method(e[0], publisher).build());
                refused.add(s.request(e[1]).header("Authorization", "Bearer wrong").method(e[0], publisher).build());
                refused.add(s.request(e[1]).header("Authorization", "Bearer " + sameLength).method(e[0], publisher).build());
                refused.add(s.request(e[1]).header("Authorization", "Basic " + token).method(e[0], publisher).build());
                refused.add(s.request(e[1] + "?token=" + sameLength).method(e[0], publisher).build());
                if (e[1].startsWith("/api/")) {
                    // The API takes the token as a bearer only, never from the address.
                    refused.add(s.request(e[1] + "?token=" + token).method(e[0], publisher).build());
                }
                for (HttpRequest r : refused) {
                    HttpResponse<String> answer = s.send(r);
                    assertRefused(answer, 401, e[0] + " " + r.uri() + " " + r.headers().map());
                    assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
                }
                HttpResponse<String> ok = s.send(s.authorized(e[1]).method(e[0], HttpRequest.BodyPublishers.ofString(body)).build());
                int expected = e[1].equals("/no/such/page") ? 404 : e[0].equals("POST") ? 201 : 200;
                assertEquals(expected, ok.statusCode(), e[0] + " " + e[1] + " with the token: " + ok.body());
                for (HttpResponse<String> r : List.of(ok, s.send(refused.get(0)))) {
                    assertEquals(ReviewServer.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(null));
                    assertTrue(ReviewServer.CONTENT_SECURITY_POLICY.contains("default-src 'none'")
                            && ReviewServer.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
                    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
                    assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null));
                    assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no cookies");
                }
            }
            // The page and its files with the token in the address, as the browser loads them.
            for (String path : List.of("/", "/review.js", "/review.css")) {
                HttpResponse<String> r = s.send(s.request(path + "?token=" + token).GET().build());
                assertEquals(200, r.statusCode(), path);
            }
            HttpResponse<String> page = s.send(s.request("/?token=" + token).GET().build());
            assertTrue(page.body().contains("/review.js?token=" + token), "the page links its script with the token");
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            // Only the two authorized POSTs were logged: one decision and a bulk one on all eight.
            assertEquals(1 + 8, decisionsIn(s.server.storeFile()));
        }
    }

    @Test
    void aTokenDifferingOnlyInTheCaseOfOneLetterIsRefusedOnTheConnectionThatCarriedTheToken(@TempDir Path dir)
            throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String token = s.server.token();
            int at = 0;
            while (!Character.isLetter(token.charAt(at))) {
                at++;
            }
            char c = token.charAt(at);
            String otherCase = token.substring(0, at)
                    + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + token.substring(at + 1);
            java.net.http.HttpClient one = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            for (String path : List.of("/", "/api/findings")) {
                // The same connection: the token first, then the near token, then the token again.
                HttpResponse<String> first = one.send(s.authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, first.statusCode(), path);
                HttpResponse<String> near = one.send(s.request(path).header("Authorization", "Bearer " + otherCase).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertRefused(near, 401, path + " with the token's letter " + at + " in the other case");
                HttpResponse<String> again = one.send(s.authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, again.statusCode(), path + " with the token after the near one");
            }
        }
    }

    @Test
    void theQueueIsFilteredAndCountedPerStatus(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            JsonNode all = s.json(s.get("/api/findings"));
            assertEquals(8, all.get("total").asInt());
            assertEquals(8, all.get("matched").asInt());
            assertEquals(8, all.get("counts").get("open").asInt());
            assertEquals(List.of("open", "confirmed", "false-positive", "wont-fix", "needs-info"),
                    JsonRenderer.MAPPER.convertValue(all.get("options").get("statuses"), List.class));
            assertEquals(3, s.fingerprints("?rule=quote-variant").size());
            assertEquals(1, s.fingerprints("?severity=error").size());
            assertEquals(4, s.fingerprints("?severity=note").size());
            assertEquals(4, s.fingerprints("?document=004_8ee1d2e5487640d6&severity=note").size());
            assertEquals(2, s.fingerprints("?document=002_a21e58054cf7999a&severity=warning&rule=quote-variant").size());
            assertEquals(8, s.fingerprints("?story=S-000_05eaba5fcf1729d1").size());
            assertEquals(0, s.fingerprints("?story=S-nothing").size());
            String outlet = all.get("options").get("sources").get(0).asText();
            List<String> byOutlet = s.fingerprints("?source=" + java.net.URLEncoder.encode(outlet.toUpperCase(java.util.Locale.ROOT),
                    StandardCharsets.UTF_8));
            assertFalse(byOutlet.isEmpty());
            for (JsonNode f : s.json(s.get("/api/findings?source=" + java.net.URLEncoder.encode(outlet, StandardCharsets.UTF_8)))
                    .get("findings")) {
                assertTrue(JsonRenderer.MAPPER.convertValue(f.get("sources"), List.class).contains(outlet));
            }
            assertEquals(2, s.fingerprints("?q=kiev").size(), "text search: a spelling's message, and a figure's source");
            assertEquals(1, s.fingerprints("?q=KYIV").size(), "case ignored");

            String kiev = s.fingerprints("?q=kyiv").get(0);
            assertEquals(201, s.post("/api/findings/" + kiev + "/decision",
                    "{\"status\":\"wont-fix\",\"reason\":\"house-style\",\"reviewer\":\"ana\",\"assignee\":\"ben\"}").statusCode());
            JsonNode notes = s.json(s.get("/api/findings?severity=note&status=open"));
            assertEquals(3, notes.get("matched").asInt());
            assertEquals(3, notes.get("counts").get("open").asInt(), "counts: every filter but the status");
            assertEquals(1, notes.get("counts").get("wont-fix").asInt());
            assertEquals(List.of(kiev), s.fingerprints("?status=wont-fix"));
            assertEquals(List.of(kiev), s.fingerprints("?assignee=ben"));
            assertEquals(List.of(kiev), s.fingerprints("?q=ben"), "the search reads the latest decision too");

            assertRefused(s.get("/api/findings?status=closed"), 400, "an unknown status");
            assertRefused(s.get("/api/findings?severity=fatal"), 400, "an unknown severity");
            assertRefused(s.get("/api/findings?colour=red"), 400, "an unknown filter");
        }
    }

    @Test
    void aFindingIsShownAsTheReportShowsIt(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String quote = s.fingerprints("?rule=quote-variant").get(0);
            JsonNode d = s.json(s.get("/api/findings/" + quote));
            assertEquals(quote, d.get("fingerprint").asText());
            assertEquals("open", d.get("status").asText());
            assertFalse(d.get("severityReason").asText().isBlank());
            assertEquals(2, d.get("table").size());
            assertEquals(2, d.get("evidence").size());
            assertTrue(d.get("evidence").get(0).get("text").asText().startsWith("They discussed the urgent need"));
            List<String> pieces = new ArrayList<>();
            d.get("diffs").get(0).forEach(p -> pieces.add(p.get("kind").asText() + ":" + p.get("text").asText()));
            assertTrue(pieces.containsAll(List.of("removed:urgent", "added:immediate", "removed:end", "added:cease")), pieces.toString());
            assertEquals("quote-variant", d.get("rule").asText());
            assertEquals("quote-variant", d.get("about").get("id").asText());
            assertFalse(d.get("about").get("explanation").asText().isBlank());
            List<String> names = new ArrayList<>();
            d.fieldNames().forEachRemaining(names::add);
            assertEquals(names.size(), new java.util.HashSet<>(names).size(), "no field twice: " + names);
            assertTrue(s.get("/api/findings/" + quote).body().indexOf("\"rule\"") == s.get("/api/findings/" + quote).body()
                    .lastIndexOf("\"rule\""), "the JSON names the rule once");
            assertEquals(0, d.get("history").size());

            String missing = s.fingerprints("?rule=timestamp-missing").get(0);
            JsonNode m = s.json(s.get("/api/findings/" + missing));
            assertEquals(0, m.get("evidence").size());
            assertEquals("004_8ee1d2e5487640d6", m.get("documentsInfo").get(0).get("id").asText());

            assertRefused(s.get("/api/findings/" + "0".repeat(64)), 404, "an unknown finding");
            assertRefused(s.get("/api/findings/" + "0".repeat(64) + "/history"), 404, "the history of an unknown finding");
        }
    }

    @Test
    void badRequestsAreRefusedWithAMessageAndLogNothing(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String fp = s.fingerprints("").get(0);
            String one = "/api/findings/" + fp + "/decision";
            assertRefused(s.post(one, "{\"status\":\"confirmed\","), 400, "bad JSON");
            assertRefused(s.post(one, "[\"confirmed\"]"), 400, "not an object");
            assertRefused(s.post(one, ""), 400, "no body");
            assertRefused(s.post(one, "{\"reviewer\":\"ana\"}"), 400, "no status");
            assertRefused(s.post(one, "{\"status\":\"closed\",\"reviewer\":\"ana\"}"), 400, "an unknown status");
            assertRefused(s.post(one, "{\"status\":\"false-positive\",\"reason\":\"because\",\"reviewer\":\"ana\"}"), 400,
                    "an unknown reason");
            assertRefused(s.post(one, "{\"status\":\"confirmed\"}"), 400, "no reviewer");
            assertRefused(s.post(one, "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"stauts\":\"x\"}"), 400, "an unknown field");
            assertRefused(s.post(one, "{\"status\":\"confirmed\",\"reviewer\":7}"), 400, "a number for a name");
            assertRefused(s.post(one, "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"comment\":\"" + "x".repeat(5000) + "\"}"),
                    400, "a comment too long");
            assertRefused(s.post("/api/findings/" + "0".repeat(64) + "/decision", "{\"status\":\"confirmed\",\"reviewer\":\"ana\"}"),
                    404, "an unknown finding");
            assertRefused(s.post("/api/decisions", "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"fingerprints\":[\"" + fp
                    + "\",\"" + "0".repeat(64) + "\"]}"), 404, "one unknown finding among known ones");
            assertTrue(s.json(s.post("/api/decisions", "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"fingerprints\":[\"" + fp
                    + "\",\"" + "0".repeat(64) + "\"]}")).get("error").asText().contains("0".repeat(64)), "it is named");
            assertRefused(s.post("/api/decisions", "{\"status\":\"confirmed\",\"reviewer\":\"ana\"}"), 400, "neither list nor filter");
            assertRefused(s.post("/api/decisions", "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"fingerprints\":[]}"), 400,
                    "an empty list");
            assertRefused(s.post("/api/decisions", "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"filter\":{\"status\":\"gone\"}}"),
                    400, "an unknown status in the filter");

            String big = "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"comment\":\"" + "x".repeat(70_000) + "\"}";
            assertRefused(s.post(one, big), 413, "a body over 64 KiB, its length declared");
            HttpResponse<String> chunked = s.send(s.authorized(one).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build());
            assertRefused(chunked, 413, "a body over 64 KiB sent in chunks, its length not declared");
            assertRefused(s.post("/api/decisions", big.replace("\"comment\"", "\"filter\":{},\"comment\"")), 413, "a bulk body over 64 KiB");
            // A client still sending a large body reads the refusal, not a reset connection: the
            // server reads a body of up to 1 MiB to its end before it answers.
            String larger = "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"comment\":\"" + "y".repeat(900_000) + "\"}";
            for (int i = 0; i < 10; i++) {
                assertRefused(s.post(one, larger), 413, "a 900 KB body, sent again and again");
            }

            assertEquals(0, decisionsIn(s.server.storeFile()), "nothing refused was logged");
            assertEquals(200, s.get("/api/findings").statusCode(), "and the server goes on");
        }
    }

    @Test
    void theHistoryIsAppendOnly(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String fp = s.fingerprints("?rule=quantity-conflict").get(0);
            String path = "/api/findings/" + fp;
            HttpResponse<String> first = s.post(path + "/decision",
                    "{\"status\":\"needs-info\",\"reason\":\"other\",\"comment\":\"which count is Kiev's?\",\"reviewer\":\"ana\",\"assignee\":\"ben\"}");
            assertEquals(201, first.statusCode(), first.body());
            JsonNode firstEntry = s.json(first).get("decision");
            assertEquals("needs-info", s.json(first).get("finding").get("status").asText());
            JsonNode afterOne = s.json(s.get(path + "/history")).get("history");
            assertEquals(1, afterOne.size());
            assertEquals(firstEntry, afterOne.get(0));

            HttpResponse<String> second = s.post(path + "/decision",
                    "{\"status\":\"false-positive\",\"reason\":\"different-happenings\",\"comment\":\"April and December\",\"reviewer\":\"ben\"}");
            assertEquals(201, second.statusCode(), second.body());
            JsonNode history = s.json(s.get(path + "/history")).get("history");
            assertEquals(2, history.size(), "two decisions, two entries");
            assertEquals(firstEntry, history.get(0), "the first entry is unchanged");
            assertEquals("needs-info", history.get(1).get("from").asText());
            assertEquals("false-positive", history.get(1).get("to").asText());
            assertEquals("ben", history.get(1).get("assignee").asText(), "no assignee given: the finding keeps its assignee");
            assertTrue(history.get(1).get("id").asLong() > history.get(0).get("id").asLong());

            HttpResponse<String> third = s.post(path + "/decision", "{\"status\":\"open\",\"reviewer\":\"cy\",\"assignee\":\"\"}");
            assertTrue(s.json(third).get("decision").get("assignee").isNull(), "an empty assignee clears it");
            JsonNode detail = s.json(s.get(path));
            assertEquals(3, detail.get("history").size(), "the finding's page shows its history");
            assertEquals(firstEntry, detail.get("history").get(0));
            assertEquals("open", detail.get("status").asText());
        }
    }

    @Test
    void bulkDecisionsTakeFingerprintsOrTheFilter(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            List<String> quotes = s.fingerprints("?rule=quote-variant");
            HttpResponse<String> byList = s.post("/api/decisions", "{\"status\":\"confirmed\",\"reviewer\":\"ana\",\"fingerprints\":[\""
                    + quotes.get(0) + "\",\"" + quotes.get(1) + "\"]}");
            assertEquals(201, byList.statusCode(), byList.body());
            assertEquals(2, s.json(byList).get("decided").asInt());
            assertEquals(quotes.get(0), s.json(byList).get("decisions").get(0).get("fingerprint").asText());

            HttpResponse<String> byFilter = s.post("/api/decisions", "{\"status\":\"wont-fix\",\"reason\":\"house-style\","
                    + "\"comment\":\"both spellings are ours\",\"reviewer\":\"ana\",\"filter\":{\"rule\":\"name-variant\"}}");
            assertEquals(201, byFilter.statusCode(), byFilter.body());
            assertEquals(2, s.json(byFilter).get("decided").asInt());
            JsonNode counts = s.json(s.get("/api/findings")).get("counts");
            assertEquals(2, counts.get("confirmed").asInt());
            assertEquals(2, counts.get("wont-fix").asInt());
            assertEquals(4, counts.get("open").asInt());

            HttpResponse<String> none = s.post("/api/decisions", "{\"status\":\"wont-fix\",\"reviewer\":\"ana\",\"filter\":{\"q\":\"zebra\"}}");
            assertEquals(200, none.statusCode());
            assertEquals(0, s.json(none).get("decided").asInt());
            assertEquals(4, decisionsIn(s.server.storeFile()));
        }
    }

    @Test
    void concurrentDecisionsOnOneFindingAreAllLoggedAndTheLastWins(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String fp = s.fingerprints("?rule=quantity-conflict").get(0);
            List<String> statuses = List.of("confirmed", "false-positive", "wont-fix", "needs-info", "open");
            int threads = 6;
            int each = 5;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        go.await();
                        List<Integer> codes = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            String status = statuses.get((thread + i) % statuses.size());
                            codes.add(s.post("/api/findings/" + fp + "/decision", "{\"status\":\"" + status + "\",\"reviewer\":\"editor "
                                    + thread + "\",\"comment\":\"" + i + "\"}").statusCode());
                        }
                        return codes;
                    }));
                }
                go.countDown();
                for (Future<List<Integer>> f : results) {
                    assertEquals(List.of(201, 201, 201, 201, 201), f.get(2, TimeUnit.MINUTES));
                }
            } finally {
                pool.shutdownNow();
            }
            JsonNode history = s.json(s.get("/api/findings/" + fp + "/history")).get("history");
            assertEquals(threads * each, history.size(), "every decision is logged");
            for (int i = 1; i < history.size(); i++) {
                assertTrue(history.get(i).get("id").asLong() > history.get(i - 1).get("id").asLong());
                assertEquals(history.get(i - 1).get("to").asText(), history.get(i).get("from").asText(),
                        "each comes from the status the one before left");
            }
            String last = history.get(history.size() - 1).get("to").asText();
            assertEquals(last, s.json(s.get("/api/findings/" + fp)).get("status").asText(), "the last one wins");
        }
    }

    @Test
    void aRequestThatFailsDoesNotStopTheServer(@TempDir Path dir) throws Exception {
        try (ReviewFixtures.Served s = serve(dir)) {
            String fp = s.fingerprints("?rule=quantity-conflict").get(0);
            assertEquals(201, s.post("/api/findings/" + fp + "/decision", "{\"status\":\"needs-info\",\"reviewer\":\"ana\"}").statusCode());
            String jdbc = "jdbc:sqlite:" + s.server.storeFile();
            String data;
            try (Connection c = DriverManager.getConnection(jdbc)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT data FROM findings WHERE fingerprint = ?")) {
                    ps.setString(1, fp);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        data = rs.getString(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE findings SET data = '{damaged' WHERE fingerprint = ?")) {
                    ps.setString(1, fp);
                    ps.executeUpdate();
                }
            }
            HttpResponse<String> failed = s.get("/api/findings");
            assertRefused(failed, 500, "a store the handler cannot read");
            assertTrue(s.err.toString().contains("internal error on GET /api/findings"), s.err.toString());

            HttpResponse<String> history = s.get("/api/findings/" + fp + "/history");
            assertEquals(200, history.statusCode(), "another request succeeds meanwhile");
            assertEquals("needs-info", s.json(history).get("history").get(0).get("to").asText());
            try (Connection c = DriverManager.getConnection(jdbc);
                 PreparedStatement ps = c.prepareStatement("UPDATE findings SET data = ? WHERE fingerprint = ?")) {
                ps.setString(1, data);
                ps.setString(2, fp);
                ps.executeUpdate();
            }
            HttpResponse<String> again = s.get("/api/findings");
            assertEquals(200, again.statusCode(), "the same request succeeds once the store is sound");
            assertEquals(8, s.json(again).get("total").asInt());
        }
    }

    @Test
    void decisionsMadeHereAreHonouredByCheckWithTheStore(@TempDir Path dir) throws Exception {
        Path store;
        String quantity;
        String confirmed;
        try (ReviewFixtures.Served s = serve(dir)) {
            store = s.server.storeFile();
            quantity = s.fingerprints("?rule=quantity-conflict").get(0);
            confirmed = s.fingerprints("?rule=timestamp-story-mismatch").get(0);
            assertEquals(201, s.post("/api/findings/" + quantity + "/decision", "{\"status\":\"false-positive\",\"reason\":"
                    + "\"different-happenings\",\"comment\":\"April and December\",\"reviewer\":\"ana\"}").statusCode());
            assertEquals(201, s.post("/api/findings/" + confirmed + "/decision",
                    "{\"status\":\"confirmed\",\"reviewer\":\"ana\"}").statusCode());
        }
        Path sarif = dir.resolve("report.sarif");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", Fixtures.SEEDS.toString(), "--store", store.toString(), "--format", "json",
            "--report", "sarif:" + sarif}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(1, code, "the confirmed error still fails CI");
        JsonNode report = JsonRenderer.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        for (JsonNode f : report.get("findings")) {
            String fp = f.get("fingerprint").asText();
            if (fp.equals(quantity)) {
                assertEquals("suppressed", f.get("status").asText());
                assertTrue(f.get("statusReason").asText().startsWith("false-positive: different-happenings (April and December), by ana"));
            } else {
                assertEquals("new", f.get("status").asText(), fp);
            }
        }
        JsonNode results = JsonRenderer.MAPPER.readTree(Files.readString(sarif)).get("runs").get(0).get("results");
        int suppressed = 0;
        for (JsonNode r : results) {
            JsonNode suppressions = r.get("suppressions");
            if (r.get("partialFingerprints").elements().next().asText().equals(quantity)) {
                assertEquals("accepted", suppressions.get(0).get("status").asText());
                assertTrue(suppressions.get(0).get("justification").asText().contains("different-happenings (April and December)"));
                suppressed++;
            } else {
                assertNotEquals(quantity, r.get("partialFingerprints").elements().next().asText());
                assertEquals(null, suppressions, "only the dismissed finding is suppressed");
            }
        }
        assertEquals(1, suppressed);
    }
    @Test
    void aBatchBeingWrittenDoesNotStopReadingAndADecisionWaitsForItThenSaysBusy(@TempDir Path dir) throws Exception {
        Path store = Files.copy(template, dir.resolve("s.db"));
        try (ReviewFixtures.Served s = new ReviewFixtures.Served(store, java.time.Duration.ofSeconds(1));
             org.crosscheck.store.Store batch = org.crosscheck.store.Store.open(store, java.time.Duration.ofSeconds(1))) {
            String fp = s.fingerprints("").get(0);
            batch.begin();   // what check --store holds while it writes a batch
            try {
                HttpResponse<String> list = s.get("/api/findings");
                assertEquals(200, list.statusCode(), "reading never waits for the batch");
                assertEquals(200, s.get("/api/findings/" + fp).statusCode());
                HttpResponse<String> busy = s.post("/api/findings/" + fp + "/decision", "{\"status\":\"confirmed\",\"reviewer\":\"ana\"}");
                assertRefused(busy, 503, "a decision while the batch holds the store, past the busy timeout");
                assertTrue(s.json(busy).get("error").asText().contains("another crosscheck run is writing it"), busy.body());
                assertTrue(busy.headers().firstValue("Retry-After").isPresent());
            } finally {
                batch.commit();
            }
            assertEquals(201, s.post("/api/findings/" + fp + "/decision", "{\"status\":\"confirmed\",\"reviewer\":\"ana\"}")
                    .statusCode(), "once the batch is in, the decision goes through");
            assertEquals(1, decisionsIn(store));
        }
    }
}
