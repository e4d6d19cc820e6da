package org.crosscheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite file that holds a growing corpus: its documents (with their text, so that stored
 * documents are never read from disk again), their claims, the names that block stories, the
 * stories and events, the standing findings, and (for review) the log of decisions.
 *
 * <p>The schema is plain tables with readable columns, so that {@code sqlite3 FILE} can answer
 * questions; claims and findings keep their full form as JSON beside the readable columns. The
 * schema's version is SQLite's {@code user_version}; {@code application_id} marks the file as a
 * crosscheck store. Migrations run when a store is opened. The file is in WAL mode: readers never
 * wait for a writer, and one writer at a time holds the store for a whole batch.
 *
 * <p>Nothing is written before the file is known to be a store of a version this crosscheck can
 * read, and writable: a file that is not a store, or is newer, is left untouched.
 */
public final class Store implements AutoCloseable {

    /**
     * The schema this crosscheck writes. Version 1: the first. Version 2: each document's copy key
     * ({@code documents.copy_key}, a hash of what makes two documents copies: text, title, outlet and
     * publication date), so that a batch's copy of a stored document finds its original (and the
     * original's story) though the two name nothing; a store of version 1 gets the column filled
     * from the text and record it keeps, when it is opened. Version 3: what is written once per
     * document and never changed (its text, blocks, names, record and read notes) in a table of its
     * own, {@code document_texts}, so that a batch's regrouping, which updates each regrouped
     * document's story, event, report entry and claim count, rewrites a row of a few hundred bytes
     * instead of the text and its overflow pages, and a read of the small columns (the report's
     * entries) no longer walks the large ones; a store of version 2 is rebuilt so when it is opened.
     */
    public static final int SCHEMA_VERSION = 3;
    /** "CROS", in SQLite's application id: marks the file as a crosscheck store. */
    static final int APPLICATION_ID = 0x43524f53;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Each migration takes a store from the version before it to its own (index + 1). A store of
     * version 0 is empty and gets every migration in turn.
     */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
        """
        CREATE TABLE batches(
            id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, tool TEXT NOT NULL,
            documents INTEGER NOT NULL DEFAULT 0, extracted INTEGER NOT NULL DEFAULT 0)""",
        """
        CREATE TABLE documents(
            id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT, title TEXT,
            published TEXT, updated TEXT, content_hash TEXT NOT NULL,
            story TEXT, event TEXT, claims INTEGER NOT NULL, batch INTEGER NOT NULL REFERENCES batches(id),
            entry TEXT NOT NULL, read_notes TEXT NOT NULL, record TEXT NOT NULL, blocks TEXT NOT NULL,
            names TEXT NOT NULL, text TEXT NOT NULL)""",
        "CREATE INDEX documents_story ON documents(story)",
        """
        CREATE TABLE claims(
            id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL,
            kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
            data TEXT NOT NULL)""",
        // Claims are appended in rowid order; only this small index takes inserts in the middle.
        "CREATE UNIQUE INDEX claims_document ON claims(document, seq)",
        """
        CREATE TABLE names(
            name TEXT NOT NULL, document TEXT NOT NULL REFERENCES documents(id), mentions INTEGER NOT NULL,
            person INTEGER NOT NULL, PRIMARY KEY(name, document)) WITHOUT ROWID""",
        "CREATE INDEX names_document ON names(document)",
        "CREATE TABLE name_frequency(name TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE TABLE stories(id TEXT PRIMARY KEY, label TEXT NOT NULL, documents TEXT NOT NULL)",
        """
        CREATE TABLE events(
            id TEXT PRIMARY KEY, story TEXT NOT NULL, kind TEXT, date TEXT, place TEXT, mode TEXT,
            participants TEXT NOT NULL, documents TEXT NOT NULL)""",
        "CREATE INDEX events_story ON events(story)",
        """
        CREATE TABLE findings(
            fingerprint TEXT PRIMARY KEY, rule TEXT NOT NULL, severity TEXT NOT NULL, story TEXT NOT NULL,
            message TEXT NOT NULL, evidence_hash TEXT NOT NULL, first_batch INTEGER NOT NULL,
            last_batch INTEGER NOT NULL, data TEXT NOT NULL)""",
        "CREATE INDEX findings_story ON findings(story)",
        """
        CREATE TABLE finding_documents(
            document TEXT NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY(document, fingerprint)) WITHOUT ROWID""",
        "CREATE INDEX finding_documents_fingerprint ON finding_documents(fingerprint)",
        """
        CREATE TABLE decisions(
            id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, at TEXT NOT NULL, reviewer TEXT,
            from_status TEXT NOT NULL, to_status TEXT NOT NULL, reason TEXT, comment TEXT, assignee TEXT,
            evidence_hash TEXT)""",
        "CREATE INDEX decisions_fingerprint ON decisions(fingerprint, id)",
        // Where each standing finding stands, for the sqlite3 shell: its latest decision's status while
        // the evidence is what the decision saw, else open (the same rule as Decisions.standing).
        """
        CREATE VIEW finding_status AS
            SELECT f.fingerprint, f.rule, f.severity, f.story, f.message,
                   CASE WHEN d.id IS NULL THEN 'open'
                        WHEN d.evidence_hash IS NULL OR d.evidence_hash = f.evidence_hash THEN d.to_status
                        ELSE 'open' END AS status,
                   d.reviewer, d.at AS decided, d.reason, d.comment, d.assignee
            FROM findings f LEFT JOIN decisions d
                ON d.id = (SELECT max(e.id) FROM decisions e WHERE e.fingerprint = f.fingerprint)"""
    ), List.of(
        // Filled for the documents a store of version 1 holds by fillCopyKeys, in the same transaction.
        "ALTER TABLE documents ADD COLUMN copy_key TEXT",
        "CREATE INDEX documents_copy_key ON documents(copy_key)"
    ), List.of(
        // The write-once columns move to their own table, keyed by document; documents keeps the small
        // columns, rebuilt (SQLite drops one column at a time, each a rewrite of the whole table). Run
        // with foreign keys off (migrate): dropping the old table would otherwise delete its rows first,
        // against the claims and names that refer to them.
        """
        CREATE TABLE document_texts(
            document TEXT PRIMARY KEY REFERENCES documents(id), read_notes TEXT NOT NULL, record TEXT NOT NULL,
            blocks TEXT NOT NULL, names TEXT NOT NULL, text TEXT NOT NULL)""",
        """
        INSERT INTO document_texts(document, read_notes, record, blocks, names, text)
            SELECT id, read_notes, record, blocks, names, text FROM documents ORDER BY id""",
        """
        CREATE TABLE documents_v3(
            id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT, title TEXT,
            published TEXT, updated TEXT, content_hash TEXT NOT NULL, copy_key TEXT,
            story TEXT, event TEXT, claims INTEGER NOT NULL, batch INTEGER NOT NULL REFERENCES batches(id),
            entry TEXT NOT NULL)""",
        """
        INSERT INTO documents_v3(id, path, source, title, published, updated, content_hash, copy_key, story, event,
                                 claims, batch, entry)
            SELECT id, path, source, title, published, updated, content_hash, copy_key, story, event, claims, batch, entry
            FROM documents ORDER BY id""",
        "DROP TABLE documents",
        "ALTER TABLE documents_v3 RENAME TO documents",
        "CREATE INDEX documents_story ON documents(story)",
        "CREATE INDEX documents_copy_key ON documents(copy_key)"
    ));

    private final Path file;
    private final Connection db;
    private boolean inBatch;

    private Store(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    public Path file() {
        return file;
    }

    /** The connection, for the classes of this package. */
    Connection db() {
        return db;
    }

    /**
     * Opens {@code file} as a store, creating it when it does not exist (or is empty), and
     * migrating it when it is older. {@code busyTimeout} is how long a batch waits for another
     * run that is writing the store.
     */
    public static Store open(Path file, Duration busyTimeout) {
        boolean exists = Files.exists(file);
        if (exists) {
            if (Files.isDirectory(file)) {
                throw new StoreException(StoreException.Kind.NOT_A_STORE, "store " + file + " is a folder, not a file");
            }
            checkHeader(file);
            if (!writable(file) || !writable(file.toAbsolutePath().getParent())) {
                throw new StoreException(StoreException.Kind.READ_ONLY, "store " + file + " is read-only: crosscheck "
                        + "writes each batch into it, and SQLite keeps its write-ahead log (" + file.getFileName()
                        + "-wal) in the same folder; make both writable, or copy the store somewhere writable");
            }
        } else {
            Path parent = file.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new StoreException(StoreException.Kind.READ_ONLY, "the folder for store " + file + " does not exist");
            }
            if (!writable(parent)) {
                throw new StoreException(StoreException.Kind.READ_ONLY, "cannot create store " + file + ": its folder is read-only");
            }
        }
        Properties props = new Properties();
        props.setProperty("busy_timeout", Long.toString(Math.max(0, busyTimeout.toMillis())));
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw translate(e, file, "cannot open store " + file);
        }
        Store store = new Store(file, db);
        try {
            store.prepare();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** A file that exists must begin as an SQLite database does, or be empty (a store to be). */
    private static void checkHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "cannot read store " + file + ": " + e.getMessage(), e);
        }
        if (n != 0 && (n < head.length || !Arrays.equals(head, SQLITE_HEADER))) {
            throw new StoreException(StoreException.Kind.NOT_A_STORE, "store " + file
                    + " is not a crosscheck store: it is not an SQLite database; give a new file name, or the store crosscheck wrote");
        }
    }

    /**
     * Whether a path may be written. Permission bits are honoured even for a superuser, who could
     * write anyway: a file marked read-only is meant to stay as it is.
     */
    private static boolean writable(Path path) {
        if (path == null || !Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            return perms.contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    /** Checks what the file is, before anything is written, then sets it up and migrates it. */
    private void prepare() {
        try {
            int app = intPragma("application_id");
            int version = intPragma("user_version");
            boolean empty = scalarInt("SELECT count(*) FROM sqlite_master") == 0;
            if (app != APPLICATION_ID && !(app == 0 && version == 0 && empty)) {
                throw new StoreException(StoreException.Kind.NOT_A_STORE, "store " + file
                        + " is not a crosscheck store: it is an SQLite database of another application; it was left untouched");
            }
            if (version > SCHEMA_VERSION) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA, "store " + file + " has schema version "
                        + version + ", written by a newer crosscheck; this one knows versions up to " + SCHEMA_VERSION
                        + ". Use the newer crosscheck; the store was left untouched");
            }
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                // 256 MB of page cache at most (outside the Java heap, taken as pages are read): a
                // batch's index lookups and inserts in a large store stay in memory. Measured on a
                // store of 95,000 documents, a batch of 1,000 took 1.9 times its time on an empty
                // store with 64 MB, 1.7 times with 256 MB.
                s.execute("PRAGMA cache_size=-" + Long.getLong("crosscheck.store.cacheKb", 262144));
                s.execute("PRAGMA temp_store=MEMORY");
            }
            if (version < SCHEMA_VERSION) {
                migrate(version);
            }
        } catch (SQLException e) {
            throw translate(e, file, "cannot open store " + file);
        }
    }

    /**
     * Runs the migrations after {@code from} in one transaction; a store is never half migrated.
     * Foreign keys are off meanwhile (SQLite ignores the pragma inside a transaction), as SQLite
     * asks of a table's rebuild (version 3's), and on again after it.
     */
    private void migrate(int from) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA foreign_keys=OFF");
            try {
                s.execute("BEGIN IMMEDIATE");
                try {
                    // Another run may have migrated it while this one waited.
                    int now = intPragma("user_version");
                    for (int v = now; v < SCHEMA_VERSION; v++) {
                        for (String sql : MIGRATIONS.get(v)) {
                            s.execute(sql);
                        }
                        if (v == 1 && now == 1) {
                            // Before version 3 moves the text: a store of version 1's documents get their copy keys.
                            new Tables(this).fillCopyKeys();
                        }
                    }
                    if (now == 0) {
                        s.execute("PRAGMA application_id=" + APPLICATION_ID);
                        s.execute("INSERT INTO meta(key, value) VALUES ('application', 'crosscheck store')");
                    }
                    s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', '" + SCHEMA_VERSION + "')");
                    s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(s);
                    throw e;
                }
            } finally {
                s.execute("PRAGMA foreign_keys=ON");
            }
        }
    }

    private int intPragma(String name) throws SQLException {
        return scalarInt("PRAGMA " + name);
    }

    int scalarInt(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    long scalarLong(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // ---- batches ----------------------------------------------------------------------------

    /**
     * Starts a batch: takes the store's write lock, waiting up to the busy timeout for another
     * run to finish its own. Everything until {@link #commit} is one transaction.
     */
    public void begin() {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            inBatch = true;
        } catch (SQLException e) {
            throw translate(e, file, "cannot start a batch in store " + file);
        }
    }

    /** Makes the batch part of the store, whole. */
    public void commit() {
        try (Statement s = db.createStatement()) {
            s.execute("COMMIT");
            inBatch = false;
        } catch (SQLException e) {
            throw translate(e, file, "cannot commit the batch to store " + file);
        }
    }

    /**
     * Runs {@code reads} in one read transaction, so that everything they read is the store as
     * one commit left it, even while another run writes a batch (WAL readers never wait for the
     * writer, and see none of its batch until it commits).
     */
    public <T> T snapshot(java.util.function.Supplier<T> reads) {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN DEFERRED");
            try {
                T out = reads.get();
                s.execute("COMMIT");
                return out;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(s);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e, file, "cannot read store " + file);
        }
    }

    /**
     * SQLite's data version: it changes when another connection (another run, or another
     * {@code Store} on the same file) commits, so a reader can tell whether what it read is still current.
     */
    public long dataVersion() {
        try {
            return scalarLong("PRAGMA data_version");
        } catch (SQLException e) {
            throw translate(e, file, "cannot read store " + file);
        }
    }

    /** Drops everything the batch wrote: the store is as it was before {@link #begin}. */
    public void rollback() {
        if (!inBatch) {
            return;
        }
        try (Statement s = db.createStatement()) {
            rollbackQuietly(s);
        } catch (SQLException e) {
            // The connection is going away; SQLite rolls back an unfinished transaction itself.
        }
        inBatch = false;
    }

    private static void rollbackQuietly(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // Nothing was begun, or SQLite rolled it back already (after a full disk, for one).
        }
    }

    /** Limits the store to {@code pages} pages: what a full disk looks like, for tests. */
    void limitPages(long pages) {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA max_page_count=" + pages);
        } catch (SQLException e) {
            throw translate(e, file, "cannot limit store " + file);
        }
    }

    @Override
    public void close() {
        rollback();
        try {
            db.close();
        } catch (SQLException e) {
            // Closing a connection whose file went away: nothing more to save.
        }
    }

    /** A failure of SQLite as a {@link StoreException} with words for the person running crosscheck. */
    static StoreException translate(SQLException e, Path file, String what) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        String detail = e.getMessage();
        return switch (primary) {
            case 5, 6 -> new StoreException(StoreException.Kind.BUSY, what + ": another crosscheck run is writing it "
                    + "and did not finish within the timeout (--store-timeout); try again when it has finished", e);
            case 13 -> new StoreException(StoreException.Kind.FULL, what + ": the disk is full (" + detail
                    + "); the batch was rolled back and the store is as it was", e);
            case 8 -> new StoreException(StoreException.Kind.READ_ONLY, what + ": it is read-only (" + detail + ")", e);
            case 26 -> new StoreException(StoreException.Kind.NOT_A_STORE, what + ": it is not a crosscheck store ("
                    + detail + ")", e);
            case 11 -> new StoreException(StoreException.Kind.FAILED, what + ": the store is damaged (" + detail
                    + "); restore it from a copy, or start a new one", e);
            default -> new StoreException(StoreException.Kind.FAILED, what + ": " + detail, e);
        };
    }

    /** Binds {@code values} to the statement's parameters from 1. */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Runs {@code sql} once per chunk of {@code keys} (SQLite bounds the parameters of one statement). */
    static <T> List<T> inChunks(Collection<String> keys, int size, SqlFunction<List<String>, List<T>> query) throws SQLException {
        List<String> all = new ArrayList<>(keys);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.addAll(query.apply(all.subList(i, Math.min(all.size(), i + size))));
        }
        return out;
    }

    /** "?, ?, ?" for {@code n} parameters. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** A function that may fail with SQL. */
    @FunctionalInterface
    interface SqlFunction<A, B> {
        B apply(A a) throws SQLException;
    }

    /** Counts for {@code store stats}. */
    public Map<String, Long> stats() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try {
            for (String table : List.of("documents", "claims", "names", "stories", "events", "findings", "decisions", "batches")) {
                out.put(table, scalarLong("SELECT count(*) FROM " + table));
            }
            out.put("schema version", (long) intPragma("user_version"));
            out.put("bytes", scalarLong("PRAGMA page_count") * scalarLong("PRAGMA page_size"));
        } catch (SQLException e) {
            throw translate(e, file, "cannot read store " + file);
        }
        return out;
    }

    /** Rewrites the store without its free pages, and folds the write-ahead log into it. */
    public void vacuum() {
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw translate(e, file, "cannot vacuum store " + file);
        }
    }

    /** The integrity check's answer: "ok" for a sound store. */
    public String integrity() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            throw translate(e, file, "cannot check store " + file);
        }
    }
}
