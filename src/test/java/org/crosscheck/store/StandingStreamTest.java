package org.crosscheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.Renderers;
import org.crosscheck.report.Report;
import org.crosscheck.report.ReportStream;
import org.crosscheck.report.StreamRenderer;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a whole store written as it is read ({@link StandingStream}) is the report gathered
 * in memory ({@link StoreCheck#standing}), byte for byte, in every format that streams: on the
 * fixtures, with editors' decisions, and with input errors.
 */
class StandingStreamTest {

    static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.load(null);
    }

    /** The formats written as they are read, by name. */
    static Map<String, StreamRenderer> streamed() {
        Map<String, StreamRenderer> out = new java.util.TreeMap<>();
        Renderers.forStdout(false).forEach((name, r) -> {
            if (r instanceof StreamRenderer s) {
                out.put(name, s);
            }
        });
        Renderers.forFiles(org.crosscheck.findings.Severity.ERROR).forEach((name, r) -> {
            if (r instanceof StreamRenderer s) {
                out.putIfAbsent(name, s);
            }
        });
        out.put("text (colour)", (StreamRenderer) Renderers.forStdout(true).get("text"));
        out.put("markdown (bounded to 2,000 characters)", new org.crosscheck.report.MarkdownRenderer(2000));
        out.put("markdown (bounded to 9,000 characters)", new org.crosscheck.report.MarkdownRenderer(9000));
        return out;
    }

    /**
     * Asserts that the store's report streamed equals the report gathered in memory: JSON as the
     * mapper writes the gathered report (the old path, no streaming code at all), and each
     * streamed format as it renders the gathered report.
     */
    static void assertSameReports(Store store, List<InputError> errors) throws Exception {
        Report gathered = StoreCheck.standing(store, rules, errors);
        ReportStream stream = StoreCheck.standingStream(store, rules, errors);
        StringBuilder json = new StringBuilder();
        ((StreamRenderer) Renderers.forStdout(false).get("json")).render(stream, json);
        assertEquals(JsonRenderer.MAPPER.writeValueAsString(gathered) + "\n", json.toString());
        for (Map.Entry<String, StreamRenderer> r : streamed().entrySet()) {
            StringBuilder old = new StringBuilder();
            ((Renderer) r.getValue()).render(gathered, old);
            StringBuilder streamedOut = new StringBuilder();
            r.getValue().render(stream, streamedOut);
            assertEquals(old.toString(), streamedOut.toString(), r.getKey());
        }
        // A second pass over the same stream gives the same again (each output is one pass).
        StringBuilder again = new StringBuilder();
        ((StreamRenderer) Renderers.forStdout(false).get("json")).render(stream, again);
        assertEquals(json.toString(), again.toString());
    }

    static List<InputError> checkInBatches(Store store, List<Path> paths, int batch) throws Exception {
        return StoreCheck.checkBatches(store, Corpus.open(paths, Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules,
                Crosscheck.Options.DEFAULTS, batch, n -> { });
    }

    @Test
    void theSeedsStreamAsTheyAreGatheredAndAsOneRunReportsThem(@TempDir Path dir) throws Exception {
        Report plain = Crosscheck.check(Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules,
                Crosscheck.Options.DEFAULTS, n -> { });
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            List<InputError> errors = checkInBatches(store, List.of(Fixtures.SEEDS), 2);
            assertSameReports(store, errors);
            StringBuilder json = new StringBuilder();
            ((StreamRenderer) Renderers.forStdout(false).get("json")).render(StoreCheck.standingStream(store, rules, errors), json);
            assertEquals(JsonRenderer.MAPPER.writeValueAsString(plain) + "\n", json.toString());
            assertFalse(plain.findings().isEmpty());
        }
    }

    @Test
    void editorsDecisionsMarkTheStreamedFindingsAsTheyMarkTheGatheredOnes(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            List<InputError> errors = checkInBatches(store, List.of(Fixtures.SEEDS), 5);
            List<Finding> findings = StoreCheck.standing(store, rules).findings();
            assertTrue(findings.size() >= 3);
            Decisions decisions = new Decisions(store);
            decisions.decide(findings.get(0).fingerprint(), "false-positive", "misreading", "a comment", "ed", null);
            decisions.decide(findings.get(1).fingerprint(), "confirmed", null, null, "ed", "ann");
            decisions.decide(findings.get(2).fingerprint(), "wont-fix", "house-style", null, null, null);
            // A decision whose evidence has changed since: the finding is open again, and says so.
            try (var ps = store.db().prepareStatement("UPDATE decisions SET evidence_hash = 'elsewhere' WHERE fingerprint = ?")) {
                ps.setString(1, findings.get(2).fingerprint());
                ps.executeUpdate();
            }
            assertSameReports(store, errors);
            Report gathered = StoreCheck.standing(store, rules, errors);
            assertEquals(Finding.Status.SUPPRESSED, gathered.findings().stream()
                    .filter(f -> f.fingerprint().equals(findings.get(0).fingerprint())).findFirst().orElseThrow().status());
        }
    }

    @Test
    void inputErrorsAndAnEmptyStoreStreamAsTheyAreGathered(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"text\": \"A fire.\"}\n{not json\n\n[1]\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        try (Store store = Store.open(dir.resolve("e.db"), Duration.ofSeconds(5))) {
            assertSameReports(store, List.of());
            List<InputError> errors = new ArrayList<>(checkInBatches(store, List.of(bad, empty), 1));
            errors.add(new InputError("a-first.txt", "listed out of order, sorted as in memory"));
            assertFalse(errors.isEmpty());
            assertSameReports(store, errors);
        }
    }

    @Test
    void ecbPlusTopicsStreamAsTheyAreGathered(@TempDir Path dir) throws Exception {
        Path root = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("corpora/ecbplus/text");
        Assumptions.assumeTrue(Files.isDirectory(root), "ECB+ lives in ../shared");
        try (Store store = Store.open(dir.resolve("ecb.db"), Duration.ofSeconds(5))) {
            List<InputError> errors = checkInBatches(store, List.of(root.resolve("1"), root.resolve("2"), root.resolve("3")), 40);
            assertTrue(StoreCheck.standing(store, rules).findings().size() > 20);
            assertSameReports(store, errors);
        }
    }

    /**
     * A batch writes its findings in report order, so row ids alone would give it; stored in
     * reverse, one rule's findings in one story still come out in report order.
     */
    @Test
    void findingsStoredInAnyOrderStreamInReportOrder(@TempDir Path dir) throws Exception {
        Path root = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("corpora/ecbplus/text");
        List<Path> input = Files.isDirectory(root) ? List.of(root.resolve("1"), root.resolve("2"), root.resolve("3"))
                : List.of(Fixtures.SEEDS);
        try (Store store = Store.open(dir.resolve("r.db"), Duration.ofSeconds(5))) {
            List<InputError> errors = checkInBatches(store, input, 1000);
            try (var s = store.db().createStatement()) {
                s.execute("CREATE TEMP TABLE kept AS SELECT * FROM findings");
                s.execute("DELETE FROM findings");
                s.execute("INSERT INTO findings SELECT * FROM kept ORDER BY rowid DESC");
                try (var rs = s.executeQuery("SELECT max(n) FROM (SELECT count(*) AS n FROM findings GROUP BY severity, rule, story)")) {
                    rs.next();
                    assertTrue(rs.getInt(1) >= 2, "a rule with two findings in one story");
                }
            }
            assertSameReports(store, errors);
        }
    }

    @Test
    void theSummaryIsCountedByAPassOfTheFindings(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            ReportStream stream = StoreCheck.standingStream(store, rules, List.of());
            assertThrows(IllegalStateException.class, stream::summary);
        }
    }
}
