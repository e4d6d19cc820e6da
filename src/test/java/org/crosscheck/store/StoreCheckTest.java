package org.crosscheck.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Suppressions;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's batches: the same answer as one run, reruns, replaced documents, and stores that cannot be used. */
class StoreCheckTest {

    static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.load(null);
    }

    static Report oneRun(List<Path> paths) throws Exception {
        return Crosscheck.check(Corpus.open(paths, Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules, Crosscheck.Options.DEFAULTS, n -> { });
    }

    static StoreCheck.Outcome batch(Store store, List<Path> paths) throws Exception {
        return StoreCheck.check(store, Corpus.open(paths, Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules, Crosscheck.Options.DEFAULTS, n -> { });
    }

    static String json(Object o) throws Exception {
        return JsonRenderer.MAPPER.writeValueAsString(o);
    }

    static TreeSet<String> fingerprints(Report r) {
        TreeSet<String> out = new TreeSet<>();
        r.findings().forEach(f -> out.add(f.fingerprint()));
        return out;
    }

    /** Copies the seeds into {@code dir}, one file per seed, so a test may edit them. */
    static List<Path> seedCopies(Path dir) throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path p : Fixtures.seedFiles()) {
            out.add(Files.copy(p, dir.resolve(p.getFileName())));
        }
        return out;
    }

    @Test
    void oneBatchReportsWhatOneRunReports(@TempDir Path dir) throws Exception {
        Report plain = oneRun(List.of(Fixtures.SEEDS));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            StoreCheck.Outcome out = batch(store, List.of(Fixtures.SEEDS));
            assertEquals(5, out.extracted());
            assertEquals(0, out.unchanged());
            assertEquals(json(plain.findings()), json(out.report().findings()));
            assertEquals(json(plain.documents()), json(out.report().documents()));
            assertEquals(json(plain.events()), json(out.report().events()));
            Report standing = StoreCheck.standing(store, rules);
            assertEquals(json(plain.findings()), json(standing.findings()));
            assertEquals(json(plain.stories()), json(standing.stories()));
            assertEquals(json(plain.events()), json(standing.events()));
            assertEquals(json(plain.documents()), json(standing.documents()));
            assertEquals(plain.summary(), standing.summary());
            assertEquals("ok", store.integrity());
        }
    }

    @Test
    void aBatchStoredBeforeIsNotExtractedAgainButIsReportedWhole(@TempDir Path dir) throws Exception {
        Report plain = oneRun(List.of(Fixtures.SEEDS));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, List.of(Fixtures.SEEDS));
            StoreCheck.Outcome again = batch(store, List.of(Fixtures.SEEDS));
            assertEquals(0, again.extracted());
            assertEquals(5, again.unchanged());
            // Read back from the store alone, the documents give the same findings, byte for byte.
            assertEquals(json(plain.findings()), json(again.report().findings()));
            assertEquals(json(plain.documents()), json(again.report().documents()));
            assertEquals(5, store.stats().get("documents"));
            assertEquals(2, store.stats().get("batches"));
        }
    }

    @Test
    void aBatchReportsOnlyFindingsThatInvolveItsDocuments(@TempDir Path dir) throws Exception {
        List<Path> seeds = seedCopies(dir);
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, seeds.subList(0, 4));
            StoreCheck.Outcome last = batch(store, List.of(seeds.get(4)));
            String id = "004_8ee1d2e5487640d6";
            assertFalse(last.report().findings().isEmpty());
            for (Finding f : last.report().findings()) {
                assertTrue(f.documents().contains(id), f.message());
            }
            assertEquals(List.of(id), last.report().documents().stream().map(Report.DocumentEntry::id).toList());
            assertEquals(fingerprints(oneRun(List.of(Fixtures.SEEDS))), fingerprints(StoreCheck.standing(store, rules)));
        }
    }

    @Test
    void aDocumentWithNewContentReplacesItsOldClaimsAndFindings(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> seeds = seedCopies(corpus);
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, List.of(corpus));
            Path seed3 = seeds.get(3);
            String text = Files.readString(seed3);
            assertTrue(text.contains("around 70,000"));
            Files.writeString(seed3, text.replace("around 70,000", "around 85,000"));
            StoreCheck.Outcome changed = batch(store, List.of(seed3));
            assertEquals(1, changed.extracted());
            Report standing = StoreCheck.standing(store, rules);
            assertEquals(fingerprints(oneRun(List.of(corpus))), fingerprints(standing));
            assertTrue(standing.findings().stream().noneMatch(f -> f.rule().equals("quantity-conflict")),
                    "85,000 and more than 80,000 agree");
            assertEquals(5, store.stats().get("documents"));
            assertEquals((long) standing.summary().claims(), store.stats().get("claims"));
        }
    }

    @Test
    void batchesInAnyOrderEndWithTheFindingsOfOneRun(@TempDir Path dir) throws Exception {
        List<Path> seeds = seedCopies(dir);
        TreeSet<String> expected = fingerprints(oneRun(List.of(dir)));
        List<List<Path>> orders = List.of(List.of(seeds.get(4), seeds.get(0), seeds.get(2), seeds.get(1), seeds.get(3)),
                List.of(seeds.get(3), seeds.get(1), seeds.get(4), seeds.get(2), seeds.get(0)));
        int k = 0;
        for (List<Path> order : orders) {
            try (Store store = Store.open(dir.resolve("order" + k++ + ".db"), Duration.ofSeconds(5))) {
                for (Path p : order) {
                    batch(store, List.of(p));
                }
                assertEquals(expected, fingerprints(StoreCheck.standing(store, rules)));
            }
        }
    }

    // ---- stores that cannot be used --------------------------------------------------------

    @Test
    void aFileThatIsNotAStoreIsRefusedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n");
        byte[] before = Files.readAllBytes(text);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(text, Duration.ofSeconds(1)));
        assertEquals(StoreException.Kind.NOT_A_STORE, e.kind());
        assertTrue(e.getMessage().contains("not a crosscheck store"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(text));

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)");
            s.execute("INSERT INTO invoices(total) VALUES (12.5)");
        }
        byte[] otherBefore = Files.readAllBytes(other);
        e = assertThrows(StoreException.class, () -> Store.open(other, Duration.ofSeconds(1)));
        assertEquals(StoreException.Kind.NOT_A_STORE, e.kind());
        assertTrue(e.getMessage().contains("another application"), e.getMessage());
        assertArrayEquals(otherBefore, Files.readAllBytes(other));
        assertFalse(Files.exists(dir.resolve("other.db-wal")), "not switched to WAL");
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.db");
        Store.open(file, Duration.ofSeconds(1)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=" + (Store.SCHEMA_VERSION + 1));
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file, Duration.ofSeconds(1)));
        assertEquals(StoreException.Kind.NEWER_SCHEMA, e.kind());
        assertTrue(e.getMessage().contains("newer crosscheck"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyStoreIsRefusedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.db");
        try (Store store = Store.open(file, Duration.ofSeconds(1))) {
            batch(store, List.of(Fixtures.SEEDS));
            store.vacuum();
        }
        byte[] before = Files.readAllBytes(file);
        assertTrue(file.toFile().setWritable(false, false));
        try {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(file, Duration.ofSeconds(1)));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aFullDiskRollsTheBatchBackAndLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.db");
        List<Path> seeds = seedCopies(Files.createDirectories(dir.resolve("corpus")));
        try (Store store = Store.open(file, Duration.ofSeconds(1))) {
            batch(store, seeds.subList(0, 2));
            Map<String, Long> before = store.stats();
            TreeSet<String> standing = fingerprints(StoreCheck.standing(store, rules));
            store.limitPages(before.get("bytes") / 4096 + 2);
            StoreException e = assertThrows(StoreException.class, () -> batch(store, seeds.subList(2, 5)));
            assertEquals(StoreException.Kind.FULL, e.kind());
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            store.limitPages(1_000_000);
            Map<String, Long> after = store.stats();
            for (String table : List.of("documents", "claims", "names", "stories", "events", "findings", "batches")) {
                assertEquals(before.get(table), after.get(table), table);
            }
            assertEquals(standing, fingerprints(StoreCheck.standing(store, rules)));
            assertEquals("ok", store.integrity());
            // The store works on: the same batch goes in once there is room.
            batch(store, seeds.subList(2, 5));
            assertEquals(5L, store.stats().get("documents"));
        }
    }

    @Test
    void aBusyStoreMakesTheSecondRunWaitThenFailWithoutHarm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.db");
        try (Store first = Store.open(file, Duration.ofSeconds(1))) {
            batch(first, List.of(Fixtures.SEEDS));
            first.begin();
            try (Store second = Store.open(file, Duration.ofMillis(300))) {
                long t0 = System.nanoTime();
                StoreException e = assertThrows(StoreException.class, () -> batch(second, List.of(Fixtures.SEEDS)));
                assertEquals(StoreException.Kind.BUSY, e.kind());
                assertTrue(e.getMessage().contains("another crosscheck run"), e.getMessage());
                assertTrue(System.nanoTime() - t0 >= 250_000_000L, "it waited for the timeout first");
                // Readers are never blocked by a writer.
                assertEquals(8, StoreCheck.standing(second, rules).findings().size());
            }
            first.rollback();
            assertEquals("ok", first.integrity());
            assertEquals(1L, first.stats().get("batches"));
        }
    }

    @Test
    void decisionsToDismissAreExportedAsSuppressions(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1))) {
            batch(store, List.of(Fixtures.SEEDS));
            Report standing = StoreCheck.standing(store, rules);
            String a = standing.findings().get(0).fingerprint();
            String b = standing.findings().get(1).fingerprint();
            try (Statement s = store.db().createStatement()) {
                s.execute("INSERT INTO decisions(fingerprint, at, reviewer, from_status, to_status, reason, comment) VALUES "
                        + "('" + a + "', '2026-11-29T10:00:00Z', 'ed', 'open', 'false-positive', 'house style', 'same word'),"
                        + "('" + b + "', '2026-11-29T10:01:00Z', 'ed', 'open', 'wont-fix', 'other', NULL),"
                        + "('" + b + "', '2026-11-29T10:02:00Z', 'ed', 'wont-fix', 'confirmed', 'other', 'on second thought')");
            }
            Suppressions out = StoreCheck.decisionsAsSuppressions(store);
            assertEquals(1, out.suppressions().size());
            assertEquals(a, out.suppressions().get(0).fingerprint());
            assertEquals("false-positive: house style (same word), by ed, 2026-11-29T10:00:00Z", out.suppressions().get(0).reason());
            assertTrue(out.problems().isEmpty());
        }
    }
}
