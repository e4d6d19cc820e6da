package org.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Chromium;
import org.crosscheck.Fixtures;
import org.crosscheck.cli.Main;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real headless Chromium, as an editor uses it: open the address with its
 * token, triage by keyboard, undo, dismiss a filtered group at once, reload, and find every
 * decision kept and honoured by {@code check --store}; and article text that tries to be markup
 * stays text, with the layout holding. Skipped with a message without Chromium, except in CI.
 * With {@code -Dreview.screenshots=true} it writes the README's screenshots to src/docs.
 */
class ReviewBrowserTest {

    /** An article that tries to run script and to break the layout, with a name that tries too. */
    static final String HOSTILE_NAME = "evil\"><b onmouseover=x>" + "W".repeat(120) + ".txt";
    static final String HOSTILE = String.join("\n",
            "Published: April 15, 2021 10:00 GMT",
            "<script>window.__pwned = 1</script> Ministers meet \"><img src=x onerror=\"window.__pwned=2\">",
            "The ministers met on Tuesday, April 14, 2021 <script>window.__pwned = 3</script> and "
                    + "\"><img src=x onerror=\"window.__pwned=4\"> javascript:window.__pwned=5 [link](javascript:alert(1)) "
                    + "X".repeat(3000) + ".",
            "");

    private static String li(String fingerprint) {
        return "document.querySelector('#queue li[data-fingerprint=\"" + fingerprint + "\"]')";
    }

    private static List<String> queue(Chromium b) throws Exception {
        List<String> out = new ArrayList<>();
        b.eval("Array.from(document.querySelectorAll('#queue li[data-fingerprint]')).map(li => li.dataset.fingerprint)")
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String status(Chromium b, String fingerprint) throws Exception {
        return b.eval(li(fingerprint) + ".dataset.status").asText();
    }

    /** Nothing went wrong in the page: no dialog, no console message, no uncaught exception, no error logged. */
    private static void assertQuiet(Chromium b) {
        for (String method : Chromium.RECORDED) {
            List<JsonNode> events = b.events(method);
            if (method.equals("Log.entryAdded")) {
                events = events.stream().filter(e -> e.at("/params/entry/level").asText().equals("error")).toList();
            }
            assertEquals(List.of(), events, method);
        }
    }

    private static void typeReviewer(Chromium b, String name) throws Exception {
        b.eval("document.getElementById('reviewer').focus()");
        b.call("Input.insertText", Map.of("text", name));
        b.press("Escape");
    }

    /** Sets a filter as a person picks it from its list. */
    private static void choose(Chromium b, String selectId, String value) throws Exception {
        b.eval("(() => { const s = document.getElementById('" + selectId + "'); s.value = '" + value
                + "'; s.dispatchEvent(new Event('change')); return true; })()");
    }

    @Test
    void editorsTriageByKeyUndoDismissAGroupAndCheckHonoursIt(@TempDir Path dir) throws Exception {
        Path chromium = Chromium.required();
        Path store = ReviewFixtures.store(dir.resolve("s.db"), List.of(Fixtures.SEEDS));
        try (ReviewFixtures.Served s = new ReviewFixtures.Served(store);
             Chromium b = new Chromium(chromium, Files.createDirectories(dir.resolve("profile")))) {
            b.navigate(s.server.url());
            b.waitFor("document.body.dataset.ready === 'true' && document.querySelector('#detail h2')", "the queue and its first finding");
            assertEquals("8 standing findings", b.eval("document.getElementById('totals').textContent").asText());
            typeReviewer(b, "ana");
            List<String> order = queue(b);
            assertEquals(8, order.size());

            // Triage: confirm the first, false positive for the second, needs info for the third.
            String[] keys = {"c", "f", "n"};
            String[] expected = {"confirmed", "false-positive", "needs-info"};
            for (int i = 0; i < keys.length; i++) {
                b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(i) + "'", "finding " + i + " shown");
                b.press(keys[i]);
                b.waitFor(li(order.get(i)) + ".dataset.status === '" + expected[i] + "' && document.getElementById('detail')"
                        + ".dataset.fingerprint === '" + order.get(i + 1) + "'", "decided, and on to the next");
            }
            // Skip one, come back, and undo the last decision.
            b.press("s");
            b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(4) + "'", "skipped");
            b.press("k");
            b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(3) + "'", "back one");
            b.press("u");
            b.waitFor(li(order.get(2)) + ".dataset.status === 'open' && document.getElementById('detail').dataset.fingerprint === '"
                    + order.get(2) + "' && document.querySelectorAll('#history li').length === 2", "undone: open again, logged twice");

            // The help lists the keys.
            b.press("?");
            assertFalse(b.eval("document.getElementById('help').hidden").asBoolean());
            assertTrue(b.eval("document.getElementById('help').textContent.includes('false positive')").asBoolean());
            b.press("Escape");
            assertTrue(b.eval("document.getElementById('help').hidden").asBoolean());

            // Dismiss both spellings at once, by the rule filter.
            choose(b, "f-rule", "name-variant");
            b.waitFor("document.querySelectorAll('#queue li[data-fingerprint]').length === 2", "filtered to the spellings");
            choose(b, "bulk-status", "wont-fix");
            choose(b, "bulk-reason", "house-style");
            b.eval("document.getElementById('bulk-comment').value = 'both spellings are ours'");
            b.eval("document.getElementById('bulk-filtered').click()");
            b.waitFor("Array.from(document.querySelectorAll('#queue li[data-fingerprint]')).every(li => li.dataset.status === 'wont-fix')",
                    "both dismissed");
            List<String> spellings = queue(b);
            b.eval("document.getElementById('f-clear').click()");
            b.waitFor("document.querySelectorAll('#queue li[data-fingerprint]').length === 8", "every finding again");

            if (Boolean.getBoolean("review.screenshots")) {
                b.eval(li(order.get(1)) + ".click()");
                b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(1) + "'", "a quote shown");
                b.eval("document.getElementById('queue').scrollTop = 0");
                b.waitFor("getComputedStyle(document.getElementById('toast')).opacity === '0'", "the last message faded");
                Path docs = Files.createDirectories(Path.of("src/docs"));
                Files.write(docs.resolve("review-queue.png"), b.screenshot());
                b.eval("document.getElementById('detail').style.maxHeight = 'none'");
                Files.write(docs.resolve("review-finding.png"), b.screenshot("#detail"));
                b.eval("document.getElementById('detail').style.maxHeight = ''");
            }

            // Reload: every decision is still there, read from the store.
            b.reload();
            b.waitFor("document.body.dataset.ready === 'true' && document.querySelectorAll('#queue li[data-fingerprint]').length === 8",
                    "the queue again");
            assertEquals("ana", b.eval("document.getElementById('reviewer').value").asText(), "the reviewer is remembered");
            Map<String, String> now = new HashMap<>();
            for (String fp : order) {
                now.put(fp, status(b, fp));
            }
            assertEquals("confirmed", now.get(order.get(0)));
            assertEquals("false-positive", now.get(order.get(1)));
            assertEquals("open", now.get(order.get(2)));
            spellings.forEach(fp -> assertEquals("wont-fix", now.get(fp)));
            assertTrue(b.eval("document.getElementById('tabs').textContent").asText().contains("won't fix (2)"));
            b.eval(li(order.get(2)) + ".click()");
            b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(2)
                    + "' && document.querySelectorAll('#history li').length === 2", "the undone finding's history");
            assertEquals(List.of("needs-info", "open"), List.of(
                    b.eval("document.querySelectorAll('#history li')[0].dataset.to").asText(),
                    b.eval("document.querySelectorAll('#history li')[1].dataset.to").asText()));
            assertQuiet(b);
        }

        // check --store on the same batch: the dismissed findings are suppressed, the rest are not.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"check", Fixtures.SEEDS.toString(), "--store", store.toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        JsonNode report = JsonRenderer.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        int suppressed = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("status").asText().equals("suppressed")) {
                suppressed++;
                String why = f.get("statusReason").asText();
                assertTrue(why.startsWith("false-positive") || why.startsWith("wont-fix: house-style (both spellings are ours), by ana"), why);
            }
        }
        assertEquals(3, suppressed, "the false positive and the two spellings");
    }

    @Test
    void findingsSelectedByKeyAreDecidedTogetherAndUndoneTogether(@TempDir Path dir) throws Exception {
        Path chromium = Chromium.required();
        Path store = ReviewFixtures.store(dir.resolve("s.db"), List.of(Fixtures.SEEDS));
        try (ReviewFixtures.Served s = new ReviewFixtures.Served(store);
             Chromium b = new Chromium(chromium, Files.createDirectories(dir.resolve("profile")))) {
            b.navigate(s.server.url());
            b.waitFor("document.body.dataset.ready === 'true' && document.querySelector('#detail h2')", "the queue");
            typeReviewer(b, "ben");
            List<String> order = queue(b);
            b.press("j");
            b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(1) + "'", "the second finding");
            b.press("x");
            b.press("ArrowDown");
            b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + order.get(2) + "'", "the third finding");
            b.press("x");
            assertEquals("2 selected", b.eval("document.getElementById('selected-count').textContent").asText());
            choose(b, "bulk-status", "needs-info");
            b.eval("document.getElementById('bulk-selected').click()");
            b.waitFor(li(order.get(1)) + ".dataset.status === 'needs-info' && " + li(order.get(2)) + ".dataset.status === 'needs-info'",
                    "both selected findings decided");
            assertEquals("open", status(b, order.get(0)), "and no other");
            assertEquals("0 selected", b.eval("document.getElementById('selected-count').textContent").asText());
            b.press("u");
            b.waitFor(li(order.get(1)) + ".dataset.status === 'open' && " + li(order.get(2)) + ".dataset.status === 'open'",
                    "both undone");
            JsonNode history = s.json(s.get("/api/findings/" + order.get(1) + "/history")).get("history");
            assertEquals(2, history.size(), "undo logs a decision back; nothing is deleted");
            assertEquals("ben", history.get(1).get("reviewer").asText());
            assertEquals("undo", history.get(1).get("comment").asText());
            assertQuiet(b);
        }
    }

    @Test
    void hostileArticleTextStaysTextAndTheLayoutHolds(@TempDir Path dir) throws Exception {
        Path chromium = Chromium.required();
        Path corpus = ReviewFixtures.seedCorpus(dir.resolve("corpus"));
        Files.writeString(corpus.resolve(HOSTILE_NAME), HOSTILE);
        Path store = ReviewFixtures.store(dir.resolve("s.db"), List.of(corpus));
        try (ReviewFixtures.Served s = new ReviewFixtures.Served(store);
             Chromium b = new Chromium(chromium, Files.createDirectories(dir.resolve("profile")))) {
            String weekday = s.fingerprints("?rule=weekday-mismatch").get(0);
            String hostile = "<img src=x onerror=\\\"window.__pwned=7\\\"><script>window.__pwned=8</script>";
            assertEquals(201, s.post("/api/findings/" + weekday + "/decision", "{\"status\":\"needs-info\",\"reviewer\":\"" + hostile
                    + "\",\"comment\":\"" + hostile + " " + "Y".repeat(2000) + "\",\"assignee\":\"" + hostile + "\"}").statusCode());

            b.navigate(s.server.url());
            b.waitFor("document.body.dataset.ready === 'true' && document.querySelector('#detail h2')", "the queue");
            b.eval(li(weekday) + ".click()");
            b.waitFor("document.getElementById('detail').dataset.fingerprint === '" + weekday
                    + "' && document.querySelectorAll('#history li').length === 1", "the hostile finding shown");

            assertEquals("undefined", b.eval("typeof window.__pwned").asText(), "no planted script ran");
            assertEquals(1, b.eval("document.querySelectorAll('script').length").asInt(), "only the page's own script");
            assertEquals(0, b.eval("document.querySelectorAll('img, iframe, object, embed, b, a, [onerror], [onmouseover]').length")
                    .asInt(), "no element came from the article, its name, or a decision");
            assertTrue(b.eval("document.getElementById('detail').textContent.includes('<script>window.__pwned = 3</script>')")
                    .asBoolean(), "the planted script is shown as text");
            assertTrue(b.eval(li(weekday) + ".textContent.includes('evil\"><b onmouseover=x>')").asBoolean(),
                    "the document's name is shown as text");
            assertTrue(b.eval("document.getElementById('history').textContent.includes('window.__pwned=8')").asBoolean());
            assertTrue(b.eval("Array.from(document.querySelectorAll('#f-assignee option')).some(o => o.textContent.includes('<img'))")
                    .asBoolean(), "an assignee is a filter option, as text");

            for (String box : List.of("document.documentElement", "document.getElementById('queue')", "document.getElementById('detail')")) {
                assertTrue(b.eval(box + ".scrollWidth <= " + box + ".clientWidth").asBoolean(),
                        "no horizontal overflow: " + box + " " + b.eval(box + ".scrollWidth") + " > " + b.eval(box + ".clientWidth"));
            }
            Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("review-hostile.png"), b.screenshot());
            // Searching for the planted markup (in the decision's comment) finds the finding and runs nothing.
            b.eval("document.getElementById('f-q').focus()");
            b.call("Input.insertText", Map.of("text", "<script>window.__pwned=8</script>"));
            b.waitFor("document.querySelectorAll('#queue li[data-fingerprint]').length === 1", "the search found it");
            assertEquals("undefined", b.eval("typeof window.__pwned").asText());
            assertQuiet(b);
        }
    }
}
