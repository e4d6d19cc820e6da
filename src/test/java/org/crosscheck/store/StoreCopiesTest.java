package org.crosscheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies in a store: a batch's copy of a stored document is grouped with it as one run groups
 * them, though the two name nothing, and a copy's text is extracted once.
 */
class StoreCopiesTest {

    /** A report that names no one and nothing, only a weekday: it shares no name with anything. */
    static final String NAMELESS = "Heavy rain keeps falling\nPublished: Monday\n"
            + "Heavy rain fell across the valley on Monday, and forecasters said more was expected later in the week.\n"
            + "Several roads were closed for some hours while crews cleared fallen branches.\n";

    @BeforeAll
    static void load() throws Exception {
        StoreCheckTest.load();
    }

    /**
     * Writes {@code text} as {@code id}.txt under {@code dir}/all (the corpus one run checks) and
     * under {@code dir}/batches/{@code batch} (a batch), so that a document has one id in both.
     */
    private static Path put(Path dir, String batch, String id, String text) throws Exception {
        for (Path base : List.of(dir.resolve("all"), dir.resolve("batches").resolve(batch))) {
            Path p = base.resolve(id + ".txt");
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        }
        return dir.resolve("batches").resolve(batch);
    }

    /** The seeds under "seeds/", a nameless report "a/rain" and its copy "b/rain", each in a batch of its own. */
    static Map<String, Path> corpus(Path dir) throws Exception {
        Map<String, Path> out = new TreeMap<>();
        for (Path p : Fixtures.seedFiles()) {
            String name = p.getFileName().toString();
            out.put("seeds", put(dir, "seeds", "seeds/" + name.substring(0, name.length() - 4), Files.readString(p)));
        }
        out.put("original", put(dir, "original", "a/rain", NAMELESS));
        out.put("copy", put(dir, "copy", "b/rain", NAMELESS));
        return out;
    }

    private static StoreCheck.Outcome batch(Store store, Path... paths) throws Exception {
        return StoreCheckTest.batch(store, List.of(paths));
    }

    static void assertOneRun(Report whole, Report standing) throws Exception {
        assertEquals(StoreCheckTest.json(whole.stories()), StoreCheckTest.json(standing.stories()));
        assertEquals(StoreCheckTest.json(whole.events()), StoreCheckTest.json(standing.events()));
        assertEquals(StoreCheckTest.json(whole.findings()), StoreCheckTest.json(standing.findings()));
        assertEquals(whole.documents().stream().map(Report.DocumentEntry::id).toList(),
                standing.documents().stream().map(Report.DocumentEntry::id).toList());
    }

    @Test
    void aNamelessCopyInALaterBatchJoinsItsOriginalsStoryAsInOneRun(@TempDir Path dir) throws Exception {
        Map<String, Path> in = corpus(dir);
        Path root = dir.resolve("all");
        Report whole = StoreCheckTest.oneRun(List.of(root));
        assertTrue(whole.stories().stream().anyMatch(s -> s.documents().equals(List.of("a/rain", "b/rain"))),
                "one run groups the copy with its original: " + whole.stories());
        for (List<String> order : List.of(List.of("seeds", "original", "copy"), List.of("copy", "seeds", "original"))) {
            try (Store store = Store.open(dir.resolve(order.get(0) + ".db"), Duration.ofSeconds(5))) {
                for (String b : order) {
                    batch(store, in.get(b));
                }
                try (Statement s = store.db().createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM names WHERE document LIKE '%/rain'")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "the report and its copy name nothing");
                }
                assertOneRun(whole, StoreCheck.standing(store, StoreCheckTest.rules));
                StoreCheckTest.assertConsistent(store);
            }
        }
    }

    @Test
    void aCorpusCheckedInBatchesGroupsANamelessCopyAsOneRunDoes(@TempDir Path dir) throws Exception {
        corpus(dir);
        Path root = dir.resolve("all");
        Report whole = StoreCheckTest.oneRun(List.of(root));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            // Batches of one: "a/rain" and "b/rain" come in batches of their own.
            Report batched = StoreCheck.checkInBatches(store, Corpus.open(List.of(root), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                    StoreCheckTest.rules, Crosscheck.Options.DEFAULTS, 1, n -> { });
            assertEquals(StoreCheckTest.json(whole), StoreCheckTest.json(batched));
        }
    }

    @Test
    void aCopyIsNotExtractedAgainWithinABatchOrFromTheStore(@TempDir Path dir) throws Exception {
        Path one = null;
        Path two = null;
        for (Path p : Fixtures.seedFiles()) {
            String text = Files.readString(p);
            String name = p.getFileName().toString().replace(".txt", "");
            put(dir, "one", "first/" + name, text);
            one = put(dir, "one", "second/" + name, text);
            two = put(dir, "two", "third/" + name, text);
        }
        put(dir, "one", "second/rain", NAMELESS);
        Report whole = StoreCheckTest.oneRun(List.of(dir.resolve("all")));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            StoreCheck.Outcome first = batch(store, one);
            assertEquals(11, first.extracted());
            assertEquals(5, first.copied(), "the second folder's seeds take the first's readings");
            StoreCheck.Outcome second = batch(store, two);
            assertEquals(5, second.extracted());
            assertEquals(5, second.copied(), "the third folder's seeds take the stored readings");
            assertOneRun(whole, StoreCheck.standing(store, StoreCheckTest.rules));
            StoreCheckTest.assertConsistent(store);
        }
    }

    @Test
    void aStoreOfAnotherExtractorVersionDoesNotLendItsReadings(@TempDir Path dir) throws Exception {
        Path one = null;
        Path two = null;
        for (Path p : Fixtures.seedFiles()) {
            String text = Files.readString(p);
            String name = p.getFileName().toString().replace(".txt", "");
            one = put(dir, "one", "first/" + name, text);
            two = put(dir, "two", "second/" + name, text);
        }
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            batch(store, one);
            try (Statement s = store.db().createStatement()) {
                s.execute("UPDATE meta SET value = 'older' WHERE key = 'extraction'");
                s.execute("DELETE FROM claims");
            }
            StoreCheck.Outcome out = batch(store, two);
            // Ten read: the batch's five extracted, the five stored documents, copies of them, read from those readings.
            assertEquals(10, out.extracted());
            assertEquals(5, out.copied());
            assertOneRun(StoreCheckTest.oneRun(List.of(dir.resolve("all"))), StoreCheck.standing(store, StoreCheckTest.rules));
        }
    }

    @Test
    void theCopyKeyIsTheHashOfWhatMarksACopyNotOfItsPath() {
        Document a = new Document("a", "a.txt", NAMELESS, List.of(), "T", "S", "2013-07-02");
        String key = StoreCheck.copyHash(a);
        assertEquals(64, key.length());
        assertEquals(key, StoreCheck.copyHash(new Document("b", "x/b.txt", NAMELESS, List.of("note"), "T", "S", "2013-07-02")));
        for (Document other : List.of(new Document("a", "a.txt", NAMELESS + " ", List.of(), "T", "S", "2013-07-02"),
                new Document("a", "a.txt", NAMELESS, List.of(), "U", "S", "2013-07-02"),
                new Document("a", "a.txt", NAMELESS, List.of(), "T", "R", "2013-07-02"),
                new Document("a", "a.txt", NAMELESS, List.of(), "T", "S", null),
                new Document("a", "a.txt", NAMELESS, List.of(), null, "S", "2013-07-02"))) {
            assertTrue(!key.equals(StoreCheck.copyHash(other)), other.toString());
        }
        // A missing field is not an empty one.
        assertTrue(!StoreCheck.copyHash(new Document("a", "a.txt", NAMELESS, List.of(), null, null, null))
                .equals(StoreCheck.copyHash(new Document("a", "a.txt", NAMELESS, List.of(), "", "", ""))));
    }

    @Test
    void aFreshStoreIsOfTheLatestSchema(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
            assertEquals((long) Store.SCHEMA_VERSION, store.stats().get("schema version"));
            assertEquals(3, Store.SCHEMA_VERSION);
            assertNull(new Tables(store).documentWithCopyKey("none"));
        }
    }
}
