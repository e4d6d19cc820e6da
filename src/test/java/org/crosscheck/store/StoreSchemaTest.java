package org.crosscheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's schema across versions: a store an older crosscheck wrote is migrated when it is
 * opened, every stored value kept, and its next batch ends with one run's answer.
 *
 * <p>{@code store-v2.db.gz} (test resources) is a store of schema version 2 written by the
 * crosscheck of 5932090, the last of version 2: {@code check --store v2.db batches/seeds}, then
 * {@code batches/original}, in the layout of {@link StoreCopiesTest#corpus} (the five seeds as
 * {@code seeds/NAME}, the nameless report as {@code a/rain}).
 */
class StoreSchemaTest {

    /** A document's values in every version: the row of version 2, the two rows of version 3 joined. */
    private static final String COLUMNS = "id, path, source, title, published, updated, content_hash, copy_key, story, event, "
            + "claims, batch, entry, read_notes, record, blocks, names, text";
    /** The tables a migration to version 3 leaves as they were. */
    private static final List<String> UNCHANGED = List.of("meta", "batches", "claims", "names", "name_frequency", "stories",
            "events", "findings", "finding_documents", "decisions");

    @BeforeAll
    static void load() throws Exception {
        StoreCheckTest.load();
    }

    /** The store of version 2 written by the old code, unpacked as {@code dir/v2.db}. */
    private static Path versionTwo(Path dir) throws Exception {
        Path file = dir.resolve("v2.db");
        try (InputStream in = new GZIPInputStream(StoreSchemaTest.class.getResourceAsStream("store-v2.db.gz"))) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** Every row of {@code sql}'s answer, its first column as the key. */
    private static Map<String, List<String>> rows(Path file, String sql) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.put(row.get(0), row);
            }
        }
        return out;
    }

    /** Each of {@code tables} as its rows in order, all columns. */
    private static Map<String, List<String>> tables(Path file, List<String> tables) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            for (String table : tables) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + (table.equals("meta") ? " WHERE key <> 'schema'" : ""))) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append('\u0001');
                        }
                        lines.add(sb.toString());
                    }
                }
                lines.sort(null);
                out.put(table, lines);
            }
        }
        return out;
    }

    private static List<String> columns(Path file, String table) throws Exception {
        return new ArrayList<>(rows(file, "SELECT printf('%03d', cid), name FROM pragma_table_info('" + table + "')").values().stream()
                .map(r -> r.get(1)).toList());
    }

    private static Map<String, List<String>> splitDocuments(Path file) throws Exception {
        return rows(file, "SELECT d.id, path, source, title, published, updated, content_hash, copy_key, story, event, claims, "
                + "batch, entry, t.read_notes, t.record, t.blocks, t.names, t.text FROM documents d JOIN document_texts t ON t.document = d.id");
    }

    @Test
    void aStoreOfVersionTwoWrittenByTheOldCodeHasItsTextsMovedWhenOpened(@TempDir Path dir) throws Exception {
        Path file = versionTwo(dir);
        Map<String, List<String>> before = rows(file, "SELECT " + COLUMNS + " FROM documents");
        Map<String, List<String>> tablesBefore = tables(file, UNCHANGED);
        assertEquals(6, before.size());
        assertEquals(List.of("2"), rows(file, "PRAGMA user_version").keySet().stream().toList());
        try (Store store = Store.open(file, Duration.ofSeconds(5))) {
            assertEquals(3L, store.stats().get("schema version"));
            assertEquals("3", new Tables(store).meta("schema"));
            assertEquals(1, store.scalarInt("PRAGMA foreign_keys"), "foreign keys are on again after the migration");
            assertEquals(0, store.scalarInt("SELECT count(*) FROM pragma_foreign_key_check"));
            assertEquals("ok", store.integrity());
        }
        assertEquals(List.of("id", "path", "source", "title", "published", "updated", "content_hash", "copy_key", "story",
                "event", "claims", "batch", "entry"), columns(file, "documents"), "only the small columns stay in the row");
        assertEquals(List.of("document", "read_notes", "record", "blocks", "names", "text"), columns(file, "document_texts"));
        assertEquals(before, splitDocuments(file), "every document's values, as the old code wrote them");
        assertEquals(tablesBefore, tables(file, UNCHANGED));
        assertEquals(List.of("documents_copy_key", "documents_story"), new ArrayList<>(rows(file,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' AND sql IS NOT NULL").keySet()));

        // The migrated store goes on: a stored copy lends its reading from the moved text, and the
        // standing findings, stories and events are one run's.
        Map<String, Path> in = StoreCopiesTest.corpus(dir);
        try (Store store = Store.open(file, Duration.ofSeconds(5))) {
            StoreCheck.Outcome out = StoreCheckTest.batch(store, List.of(in.get("copy")));
            assertEquals(1, out.copied(), "the stored original lends its reading");
            StoreCopiesTest.assertOneRun(StoreCheckTest.oneRun(List.of(dir.resolve("all"))), StoreCheck.standing(store, StoreCheckTest.rules));
            StoreCheckTest.assertConsistent(store);
        }
    }

    /** As version 1 left a store: no copy key column, no index (version 2 added both). */
    @Test
    void aStoreOfVersionOneIsTakenThroughVersionTwo(@TempDir Path dir) throws Exception {
        Path file = versionTwo(dir);
        Map<String, List<String>> before = rows(file, "SELECT " + COLUMNS + " FROM documents");
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("DROP INDEX documents_copy_key");
            s.execute("ALTER TABLE documents DROP COLUMN copy_key");
            s.execute("UPDATE meta SET value = '1' WHERE key = 'schema'");
            s.execute("PRAGMA user_version=1");
        }
        try (Store store = Store.open(file, Duration.ofSeconds(5))) {
            assertEquals(3L, store.stats().get("schema version"));
            assertEquals("ok", store.integrity());
        }
        assertEquals(before, splitDocuments(file), "the copy keys computed from the text are those version 2 wrote");
    }

    @Test
    void aFreshStoreHasTheSchemaOfAMigratedOne(@TempDir Path dir) throws Exception {
        Path migrated = versionTwo(dir);
        Path fresh = dir.resolve("fresh.db");
        for (Path file : List.of(migrated, fresh)) {
            try (Store store = Store.open(file, Duration.ofSeconds(5))) {
                assertEquals(3L, store.stats().get("schema version"));
            }
        }
        String schema = "SELECT type || ' ' || name, tbl_name, sql FROM sqlite_master";
        assertEquals(rows(fresh, schema), rows(migrated, schema));
    }

    /** A migration that fails is rolled back whole: the store is left at its version, with its rows. */
    @Test
    void aMigrationThatFailsLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path file = versionTwo(dir);
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            // A table of the name version 3 creates: its migration cannot run.
            s.execute("CREATE TABLE document_texts(x)");
        }
        Map<String, List<String>> before = rows(file, "SELECT " + COLUMNS + " FROM documents");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file, Duration.ofSeconds(5)));
        assertFalse(e.getMessage().isEmpty());
        assertEquals(List.of("2"), rows(file, "PRAGMA user_version").keySet().stream().toList());
        assertEquals(before, rows(file, "SELECT " + COLUMNS + " FROM documents"));
        assertEquals(List.of(), rows(file, "SELECT name FROM sqlite_master WHERE name = 'documents_v3'").keySet().stream().toList());
    }
}
