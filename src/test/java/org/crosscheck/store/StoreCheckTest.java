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
    void aPageStampedTwiceWithOneUpdateTimeGivesOneFindingAndTheBatchIsStored(@TempDir Path dir) throws Exception {
        // Two update lines of one time are two timestamp claims of one key: the rule fires twice
        // with one fingerprint. One run keeps one finding; the store must too, not fail on its key.
        Path page = dir.resolve("in").resolve("bout.txt");
        Files.createDirectories(page.getParent());
        Files.writeString(page, String.join("\n",
                "Champion keeps his belts in Lindor",
                "UPDATED: 21:05 GMT, 6 July 2012",
                "UPDATED: 21:05 GMT, 6 July 2012",
                "The champion stopped the challenger in the fifth round in Lindor on Saturday, his trainer said.",
                ""));
        Report plain = oneRun(List.of(page.getParent()));
        assertEquals(1, plain.findings().stream().filter(f -> f.rule().equals("timestamp-missing")).count());
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            StoreCheck.Outcome out = batch(store, List.of(page.getParent()));
            assertEquals(json(plain.findings()), json(out.report().findings()));
            assertEquals(json(plain.findings()), json(StoreCheck.standing(store, rules).findings()));
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
    void aStoreExtractedByAnotherVersionIsReadAgainWhole(@TempDir Path dir) throws Exception {
        List<Path> seeds = seedCopies(dir);
        Report plain = oneRun(List.of(Fixtures.SEEDS));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, seeds.subList(0, 4));
            assertEquals(org.crosscheck.extract.Extractor.VERSION, new Tables(store).meta(StoreCheck.EXTRACTION));
            // As an older crosscheck would have left it: another version, and claims it did not read.
            try (java.sql.Statement s = store.db().createStatement()) {
                s.execute("UPDATE meta SET value = 'older' WHERE key = 'extraction'");
                s.execute("DELETE FROM claims");
            }
            StoreCheck.Outcome last = batch(store, List.of(seeds.get(4)));
            assertEquals(5, last.extracted(), "the four stored documents are read again with the new one");
            assertEquals(org.crosscheck.extract.Extractor.VERSION, new Tables(store).meta(StoreCheck.EXTRACTION));
            assertEquals(fingerprints(plain), fingerprints(StoreCheck.standing(store, rules)));
            StoreCheck.Outcome again = batch(store, List.of(seeds.get(4)));
            assertEquals(0, again.extracted(), "once read again, the store is this version's");
        }
    }

    /**
     * A store whose findings an older crosscheck wrote in another report format (or none) has
     * every story checked again at its next batch, though the batch joins none of them.
     */
    @Test
    void aStoreWhoseFindingsAreOfAnotherFormatIsCheckedAgainWhole(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("storm.txt"), "Published: May 9, 2023 09:00 GMT\n"
                + "Storm hits Corlen harbour\nA storm struck the port of Corlen on Tuesday, killing at least 25 people.\n");
        Report plain = oneRun(List.of(Fixtures.SEEDS, other));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, List.of(Fixtures.SEEDS));
            assertEquals(String.valueOf(Report.FORMAT_VERSION), new Tables(store).meta(StoreCheck.FINDINGS));
            try (java.sql.Statement s = store.db().createStatement()) {
                s.execute("UPDATE meta SET value = '1' WHERE key = 'findings format'");
                s.execute("DELETE FROM finding_documents");
                s.execute("DELETE FROM findings");
            }
            StoreCheck.Outcome last = batch(store, List.of(other));
            assertEquals(1, last.extracted());
            assertEquals(String.valueOf(Report.FORMAT_VERSION), new Tables(store).meta(StoreCheck.FINDINGS));
            assertFalse(fingerprints(plain).isEmpty());
            assertEquals(json(plain.findings()), json(StoreCheck.standing(store, rules).findings()),
                    "the seeds' story is checked again though the batch does not join it");
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
            assertConsistent(store);
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

    /** A story of three reports of one quake, chained by names: a and b share Lindor, b and c share Karsk. */
    private static Path quakeStory(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("quake"));
        Files.writeString(corpus.resolve("qa.txt"), "Published: July 2, 2013 10:00 GMT\nQuake hits Lindor\n"
                + "A strong earthquake struck Lindor on Tuesday, killing 12 people, said governor Anna Perl.\n"
                + "Anna Perl said rescue teams searched the ruins of Lindor through the night.\n");
        Files.writeString(corpus.resolve("qb.txt"), "Published: July 2, 2013 12:00 GMT\nQuake hits Lindor\n"
                + "A strong earthquake struck Lindor in Valmora on Tuesday, killing 12 people, and rescuers from Karsk helped.\n"
                + "Rescue teams from Karsk searched the ruins of Lindor in Valmora through the night.\n");
        Files.writeString(corpus.resolve("qc.txt"), "Published: July 2, 2013 14:00 GMT\nQuake felt in Karsk\n"
                + "The earthquake was felt in Karsk in Valmora on Tuesday, where rescue teams from Karsk gathered.\n"
                + "Teams from Karsk in Valmora drove through the night.\n");
        return corpus;
    }

    @Test
    void aBatchRegroupsTheWholeStoryItJoinsAndNothingElse(@TempDir Path dir) throws Exception {
        Path quake = quakeStory(dir);
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, List.of(Fixtures.SEEDS, quake));
            Report before = StoreCheck.standing(store, rules);
            assertEquals(2, before.stories().size(), before.stories().toString());
            Path late = Files.writeString(Files.createDirectories(dir.resolve("late")).resolve("qd.txt"),
                    "Published: July 3, 2013 09:00 GMT\nKarsk counts the cost\n"
                    + "Rescue teams returned to Karsk after the earthquake on Tuesday, which killed 14 people.\n"
                    + "Karsk officials met on Wednesday.\n");
            StoreCheck.Outcome out = batch(store, List.of(late));
            // The new report names Karsk: qb and qc are its neighbours, qa (Lindor, no Karsk) comes with their story.
            assertEquals(4, out.region());
            Report after = StoreCheck.standing(store, rules);
            assertEquals(fingerprints(oneRun(List.of(Fixtures.SEEDS, quake, late.getParent()))), fingerprints(after));
            assertEquals(before.findings().stream().filter(f -> f.story().startsWith("S-000")).map(Finding::fingerprint).toList(),
                    after.findings().stream().filter(f -> f.story().startsWith("S-000")).map(Finding::fingerprint).toList());
            // A stored document sent again is not extracted, but its whole story is checked and reported.
            StoreCheck.Outcome again = batch(store, List.of(quake.resolve("qa.txt")));
            assertEquals(0, again.extracted());
            assertEquals(4, again.region());
            assertEquals(List.of("qa"), again.report().documents().stream().map(Report.DocumentEntry::id).toList());
            try (Statement s = store.db().createStatement(); var rs = s.executeQuery(
                    "SELECT count(*), sum(finished IS NULL), sum(documents), sum(extracted) FROM batches")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
                assertEquals(0, rs.getInt(2), "every batch is finished");
                assertEquals(10, rs.getInt(3));
                assertEquals(9, rs.getInt(4));
            }
        }
    }

    /** What the store's tables must agree on after any batch. */
    static void assertConsistent(Store store) throws Exception {
        try (Statement s = store.db().createStatement()) {
            String[][] checks = {
                // Each name's count is the number of documents naming it, and no count is left at zero.
                {"SELECT count(*) FROM (SELECT name, count(*) AS n FROM names GROUP BY name) c "
                        + "LEFT JOIN name_frequency f USING (name) WHERE f.documents IS NOT c.n", "name counts that disagree"},
                {"SELECT count(*) FROM name_frequency WHERE documents <= 0 OR name NOT IN (SELECT name FROM names)",
                        "name counts without a document"},
                {"SELECT count(*) FROM documents d WHERE story IS NULL OR NOT EXISTS "
                        + "(SELECT 1 FROM stories s, json_each(s.documents) j WHERE s.id = d.story AND j.value = d.id)",
                        "documents whose story does not list them"},
                {"SELECT count(*) FROM claims WHERE document NOT IN (SELECT id FROM documents)", "claims of no document"},
                // Each document has its text, kept in a table of its own (schema version 3), and no text outlives its document.
                {"SELECT count(*) FROM document_texts WHERE document NOT IN (SELECT id FROM documents)", "texts of no document"},
                {"SELECT count(*) FROM documents WHERE id NOT IN (SELECT document FROM document_texts)", "documents without their text"},
                {"SELECT count(*) FROM documents d WHERE claims < 1", "documents without claims counted"},
                {"SELECT count(*) FROM finding_documents WHERE fingerprint NOT IN (SELECT fingerprint FROM findings)",
                        "finding documents of no finding"},
            };
            for (String[] check : checks) {
                try (var rs = s.executeQuery(check[0])) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), check[1]);
                }
            }
        }
    }

    @Test
    void aReplacedDocumentLeavesItsOldNamesAndStoryBehind(@TempDir Path dir) throws Exception {
        Path quake = quakeStory(dir);
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, List.of(quake));
            assertConsistent(store);
            Files.writeString(quake.resolve("qc.txt"), "Published: July 9, 2013 14:00 GMT\nFlood in Ostrava\n"
                    + "A flood struck Ostrava in Moravia on Monday, and firefighters from Opava pumped out cellars.\n"
                    + "Ostrava officials said the river had fallen by the evening.\n");
            StoreCheck.Outcome out = batch(store, List.of(quake.resolve("qc.txt")));
            assertEquals(1, out.extracted());
            assertConsistent(store);
            Report standing = StoreCheck.standing(store, rules);
            assertEquals(fingerprints(oneRun(List.of(quake))), fingerprints(standing));
            assertEquals(json(oneRun(List.of(quake)).stories()), json(standing.stories()));
            try (Statement s = store.db().createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FROM name_frequency WHERE name = 'karsk'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aCorpusCheckedInBatchesThroughAStoreReportsWhatOneRunReports(@TempDir Path dir) throws Exception {
        Report plain = oneRun(List.of(Fixtures.SEEDS));
        int[] progress = new int[1];
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            Report batched = StoreCheck.checkInBatches(store, Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                    rules, Crosscheck.Options.DEFAULTS, 2, n -> progress[0] = Math.max(progress[0], n));
            assertEquals(json(plain), json(batched));
            assertEquals(5, progress[0]);
            assertEquals(3L, store.stats().get("batches"));
            assertEquals(dir.resolve("s.db"), store.file());
            assertEquals(Files.size(dir.resolve("s.db")) + Files.size(dir.resolve("s.db-wal")) > 0, true);
        }
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            store.vacuum();
            assertEquals(Files.size(dir.resolve("s.db")), store.stats().get("bytes"));
        }
    }

    @Test
    void theEvidenceHashFollowsTheWordsAndValuesNotTheirOrder() {
        org.crosscheck.findings.Evidence a = new org.crosscheck.findings.Evidence("a", 0, 5, 1, 1, "12 dead", "12");
        org.crosscheck.findings.Evidence b = new org.crosscheck.findings.Evidence("b", 9, 14, 2, 1, "14 dead", "14");
        org.crosscheck.findings.Evidence b2 = new org.crosscheck.findings.Evidence("b", 9, 15, 2, 1, "fourteen dead", "14");
        String ab = Tables.evidenceHash(finding(List.of(a, b)));
        assertEquals(16, ab.length());
        assertEquals(ab, Tables.evidenceHash(finding(List.of(b, a))));
        assertFalse(ab.equals(Tables.evidenceHash(finding(List.of(a, b2)))));
        assertFalse(ab.equals(Tables.evidenceHash(finding(List.of(a)))));
    }

    private static Finding finding(List<org.crosscheck.findings.Evidence> evidence) {
        return new Finding("f", "quantity-conflict", org.crosscheck.findings.Severity.NOTE, "why", "m", "S", List.of("a", "b"),
                evidence, Finding.Status.NEW, null);
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

        Path shortFile = Files.writeString(dir.resolve("short.db"), "SQL");
        assertEquals(StoreException.Kind.NOT_A_STORE,
                assertThrows(StoreException.class, () -> Store.open(shortFile, Duration.ofSeconds(1))).kind());
        assertEquals("SQL", Files.readString(shortFile));
        assertEquals(StoreException.Kind.NOT_A_STORE,
                assertThrows(StoreException.class, () -> Store.open(dir, Duration.ofSeconds(1))).kind());

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
    void aStoreIsNotCreatedInAReadOnlyOrMissingFolder(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(locked.resolve("s.db"), Duration.ofSeconds(1)));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
            assertTrue(e.getMessage().contains("its folder is read-only"), e.getMessage());
            assertFalse(Files.exists(locked.resolve("s.db")));
        } finally {
            locked.toFile().setWritable(true);
        }
        StoreException missing = assertThrows(StoreException.class,
                () -> Store.open(dir.resolve("nowhere").resolve("s.db"), Duration.ofSeconds(1)));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void closingAStoreInTheMiddleOfABatchRollsItBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.db");
        try (Store store = Store.open(file, Duration.ofSeconds(1))) {
            batch(store, List.of(Fixtures.SEEDS));
            store.begin();
            try (Statement s = store.db().createStatement()) {
                s.execute("DELETE FROM findings");
            }
        }
        try (Store store = Store.open(file, Duration.ofMillis(200))) {
            assertEquals(8L, store.stats().get("findings"));
            store.begin();
            store.commit();
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
