package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.Crosscheck;
import org.crosscheck.claims.Claim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;

/** The store's tables as the batch and the report use them: every statement in one place. */
final class Tables {

    /** Parameters per statement, well under SQLite's bound. */
    private static final int CHUNK = 500;
    private static final ObjectWriter COMPACT = JsonRenderer.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Store store;

    Tables(Store store) {
        this.store = store;
    }

    java.nio.file.Path file() {
        return store.file();
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        return store.db().prepareStatement(sql);
    }

    private static String json(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JsonRenderer.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the store holds a damaged " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> stringList(String json) {
        try {
            return JsonRenderer.MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the store holds a damaged list: " + e.getOriginalMessage(), e);
        }
    }

    // ---- batches --------------------------------------------------------------------------

    long newBatch() throws SQLException {
        try (PreparedStatement ps = prepare("INSERT INTO batches(started, tool) VALUES (?, ?)")) {
            Store.bind(ps, Instant.now().toString(), "crosscheck " + Crosscheck.VERSION);
            ps.executeUpdate();
        }
        return store.scalarLong("SELECT last_insert_rowid()");
    }

    void finishBatch(long batch, int documents, int extracted) throws SQLException {
        try (PreparedStatement ps = prepare("UPDATE batches SET finished = ?, documents = ?, extracted = ? WHERE id = ?")) {
            Store.bind(ps, Instant.now().toString(), documents, extracted, batch);
            ps.executeUpdate();
        }
    }

    // ---- documents ------------------------------------------------------------------------

    String contentHash(String id) throws SQLException {
        return one("SELECT content_hash FROM documents WHERE id = ?", id);
    }

    String storyOf(String id) throws SQLException {
        return one("SELECT story FROM documents WHERE id = ?", id);
    }

    private String one(String sql, String key) throws SQLException {
        try (PreparedStatement ps = prepare(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    List<String> namesOf(String id) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT name FROM names WHERE document = ?")) {
            ps.setString(1, id);
            return StoreCheck.strings(ps);
        }
    }

    /** How many stored documents name each of {@code names} (absent: none). */
    Map<String, Integer> frequencies(Collection<String> names) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        Store.inChunks(names, CHUNK, chunk -> {
            try (PreparedStatement ps = prepare("SELECT name, documents FROM name_frequency WHERE name IN ("
                    + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return List.of();
        });
        return out;
    }

    /** Removes a document and everything read from it; its names count one document fewer. */
    void removeDocument(String id) throws SQLException {
        // Only this document's names are touched: a scan of every name per document would make a
        // batch's time grow with the store.
        for (String sql : List.of("UPDATE name_frequency SET documents = documents - 1 "
                        + "WHERE name IN (SELECT name FROM names WHERE document = ?)",
                "DELETE FROM name_frequency WHERE documents <= 0 AND name IN (SELECT name FROM names WHERE document = ?)",
                "DELETE FROM names WHERE document = ?", "DELETE FROM claims WHERE document = ?",
                "DELETE FROM document_texts WHERE document = ?", "DELETE FROM documents WHERE id = ?")) {
            try (PreparedStatement ps = prepare(sql)) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Stores an extracted document: its row, its text and what was read from it (written once, in
     * a table of their own: regrouping updates the row only), its claims and its names (each
     * counting one more document).
     */
    void insertDocument(ExtractedDocument d, String hash, long batch) throws SQLException {
        Document doc = d.document();
        Map<String, String> record = new java.util.LinkedHashMap<>();
        record.put("title", doc.title());
        record.put("source", doc.source());
        record.put("published", doc.published());
        try (PreparedStatement ps = prepare("INSERT INTO documents(id, path, source, title, published, updated, "
                + "content_hash, copy_key, claims, batch, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Store.bind(ps, d.id(), doc.path(), d.source(), d.title(),
                    d.published() == null ? null : d.published().value(), d.updated() == null ? null : d.updated().value(),
                    hash, StoreCheck.copyHash(doc), d.claims().size(), batch, json(Crosscheck.entry(d, null, null)));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = prepare("INSERT INTO document_texts(document, read_notes, record, blocks, names, text) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            Store.bind(ps, d.id(), ClaimCodec.strings(doc.readNotes()), json(record), ClaimCodec.blocks(d.cleaned().blocks()),
                    ClaimCodec.names(d.names()), doc.text());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = prepare("INSERT INTO claims(document, seq, kind, start, \"end\", text, value, data) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Claim c : d.claims()) {
                Store.bind(ps, d.id(), seq++, c.kind(), c.span().start(), c.span().end(), c.text(), c.value(), ClaimCodec.claim(c));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement names = prepare("INSERT INTO names(name, document, mentions, person) VALUES (?, ?, ?, ?)");
             PreparedStatement counts = prepare("INSERT INTO name_frequency(name, documents) VALUES (?, 1) "
                     + "ON CONFLICT(name) DO UPDATE SET documents = documents + 1")) {
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(d.names().counts()).entrySet()) {
                Store.bind(names, e.getKey(), d.id(), e.getValue(), d.names().people().contains(e.getKey()) ? 1 : 0);
                names.addBatch();
                counts.setString(1, e.getKey());
                counts.addBatch();
            }
            names.executeBatch();
            counts.executeBatch();
        }
    }

    /**
     * Gives every stored document without a copy key its key, from the text and record fields the
     * store keeps: what a store of schema version 1 needs when it is migrated (to version 2, whose
     * documents still hold their text: it runs before version 3 moves it).
     */
    void fillCopyKeys() throws SQLException {
        try (PreparedStatement read = prepare("SELECT id, path, record, text FROM documents WHERE copy_key IS NULL");
             PreparedStatement write = prepare("UPDATE documents SET copy_key = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Map<?, ?> record = read(rs.getString(3), Map.class);
                Document doc = new Document(rs.getString(1), rs.getString(2), rs.getString(4), List.of(),
                        (String) record.get("title"), (String) record.get("source"), (String) record.get("published"));
                Store.bind(write, StoreCheck.copyHash(doc), doc.id());
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** The first stored document (in id order) with {@code copyKey}, or null. */
    String documentWithCopyKey(String copyKey) throws SQLException {
        return one("SELECT id FROM documents WHERE copy_key = ? ORDER BY id LIMIT 1", copyKey);
    }

    /** The stored documents that are copies of one of {@code documents} (the same copy key), but not those themselves. */
    Set<String> copiesOf(Collection<String> documents) throws SQLException {
        Set<String> own = new TreeSet<>(documents);
        Set<String> out = new TreeSet<>(Store.inChunks(documents, CHUNK, chunk -> {
            try (PreparedStatement ps = prepare("SELECT DISTINCT other.id FROM documents own "
                    + "JOIN documents other ON other.copy_key = own.copy_key WHERE own.id IN (" + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                return StoreCheck.strings(ps);
            }
        }));
        out.removeAll(own);
        return out;
    }

    /** The value of {@code key} in the store's meta table, or null. */
    String meta(String key) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Every stored document's id, sorted. */
    List<String> documentIds() throws SQLException {
        try (PreparedStatement ps = prepare("SELECT id FROM documents ORDER BY id")) {
            return new ArrayList<>(StoreCheck.strings(ps));
        }
    }

    /** A stored document as it was extracted, ready to be grouped and checked again. */
    ExtractedDocument loadDocument(String id) throws SQLException {
        String path;
        String source;
        String title;
        String notes;
        String recordJson;
        String blocks;
        String names;
        String text;
        try (PreparedStatement ps = prepare("SELECT d.path, d.source, d.title, t.read_notes, t.record, t.blocks, t.names, t.text "
                + "FROM documents d JOIN document_texts t ON t.document = d.id WHERE d.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("document " + id + " is not in the store");
                }
                path = rs.getString(1);
                source = rs.getString(2);
                title = rs.getString(3);
                notes = rs.getString(4);
                recordJson = rs.getString(5);
                blocks = rs.getString(6);
                names = rs.getString(7);
                text = rs.getString(8);
            }
        }
        Map<?, ?> record = read(recordJson, Map.class);
        Document doc = new Document(id, path, text, ClaimCodec.strings(notes), (String) record.get("title"),
                (String) record.get("source"), (String) record.get("published"));
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT data FROM claims WHERE document = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(ClaimCodec.claim(rs.getString(1)));
                }
            }
        }
        // The names as extracted, in their own order: grouping adds weights up in that order.
        return new ExtractedDocument(new CleanedDocument(doc, ClaimCodec.blocks(blocks)), source, title, claims,
                ClaimCodec.names(names));
    }

    // ---- the region a batch touches -------------------------------------------------------

    Set<String> documentsNaming(Collection<String> names) throws SQLException {
        return new TreeSet<>(Store.inChunks(names, CHUNK, chunk -> {
            try (PreparedStatement ps = prepare("SELECT DISTINCT document FROM names WHERE name IN (" + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                return StoreCheck.strings(ps);
            }
        }));
    }

    /** The documents that share a name that weighs (is not too common) with one of {@code documents}, and those themselves. */
    Set<String> neighbours(Collection<String> documents) throws SQLException {
        Set<String> out = new TreeSet<>(documents);
        out.addAll(Store.inChunks(documents, CHUNK, chunk -> {
            try (PreparedStatement ps = prepare("SELECT DISTINCT other.document FROM names own "
                    + "JOIN name_frequency f ON f.name = own.name AND f.documents <= " + StoryGrouper.COMMON_NAME
                    + " JOIN names other ON other.name = own.name WHERE own.document IN (" + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                return StoreCheck.strings(ps);
            }
        }));
        return out;
    }

    Set<String> storiesOf(Collection<String> documents) throws SQLException {
        return new TreeSet<>(Store.inChunks(documents, CHUNK, chunk -> {
            try (PreparedStatement ps = prepare("SELECT DISTINCT story FROM documents WHERE story IS NOT NULL AND id IN ("
                    + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                return StoreCheck.strings(ps);
            }
        }));
    }

    Set<String> documentsOf(Collection<String> stories) throws SQLException {
        return new TreeSet<>(Store.inChunks(stories, CHUNK, chunk -> {
            try (PreparedStatement ps = prepare("SELECT id FROM documents WHERE story IN (" + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                return StoreCheck.strings(ps);
            }
        }));
    }

    // ---- stories, events, findings --------------------------------------------------------

    /**
     * Replaces the stories {@code old} (and everything in them) with the region's new grouping
     * and findings. A finding seen before keeps the batch it was first seen in.
     */
    void replaceGrouping(Collection<String> old, Grouping grouping, List<Finding> findings, long batch) throws SQLException {
        Map<String, Long> firstSeen = new HashMap<>();
        Store.inChunks(old, CHUNK, chunk -> {
            String in = "(" + Store.marks(chunk.size()) + ")";
            try (PreparedStatement ps = prepare("SELECT fingerprint, first_batch FROM findings WHERE story IN " + in)) {
                Store.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        firstSeen.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            for (String sql : List.of(
                    "DELETE FROM finding_documents WHERE fingerprint IN (SELECT fingerprint FROM findings WHERE story IN " + in + ")",
                    "DELETE FROM findings WHERE story IN " + in,
                    "DELETE FROM events WHERE story IN " + in,
                    "DELETE FROM stories WHERE id IN " + in)) {
                try (PreparedStatement ps = prepare(sql)) {
                    Store.bind(ps, chunk.toArray());
                    ps.executeUpdate();
                }
            }
            return List.of();
        });
        try (PreparedStatement ps = prepare("INSERT INTO stories(id, label, documents) VALUES (?, ?, ?)")) {
            for (Story s : grouping.stories()) {
                Store.bind(ps, s.id(), s.label(), json(s.documents()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = prepare("INSERT INTO events(id, story, kind, date, place, mode, participants, documents) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : grouping.events()) {
                Store.bind(ps, e.id(), e.story(), e.kind(), e.date(), e.place(), e.mode(), json(e.participants()), json(e.documents()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // A document without a timestamp is read again against its event's date: its claims as the rules saw them count.
        try (PreparedStatement ps = prepare("UPDATE documents SET story = ?, event = ?, entry = ?, claims = ? WHERE id = ?")) {
            for (ExtractedDocument d : grouping.documents()) {
                String story = grouping.storyOf().get(d.id());
                String event = grouping.eventOf().get(d.id());
                Store.bind(ps, story, event, json(Crosscheck.entry(d, story, event)), d.claims().size(), d.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = prepare("INSERT INTO findings(fingerprint, rule, severity, story, message, evidence_hash, "
                + "first_batch, last_batch, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement docs = prepare("INSERT OR IGNORE INTO finding_documents(document, fingerprint) VALUES (?, ?)")) {
            for (Finding f : findings) {
                Store.bind(ps, f.fingerprint(), f.rule(), f.severity().word(), f.story(), f.message(), evidenceHash(f),
                        firstSeen.getOrDefault(f.fingerprint(), batch), batch, json(f));
                ps.addBatch();
                for (String doc : f.documents()) {
                    Store.bind(docs, doc, f.fingerprint());
                    docs.addBatch();
                }
            }
            ps.executeBatch();
            docs.executeBatch();
        }
    }

    /**
     * What the finding's evidence says, without offsets: each source's words and value. A
     * decision taken on a finding holds while this stays the same.
     */
    static String evidenceHash(Finding f) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                parts.add(e.document() + "\u0001" + e.text() + "\u0001" + e.value());
            }
            parts.sort(null);
            for (String p : parts) {
                md.update((p + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** Every standing finding, with every document, story and event: the report of the whole store. */
    Report standing(List<Report.RuleEntry> catalogue) throws SQLException {
        List<Report.DocumentEntry> documents = new ArrayList<>();
        int claims = 0;
        List<Report.StoryEntry> stories = new ArrayList<>();
        List<Report.EventEntry> events = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (Statement s = store.db().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT entry, claims FROM documents ORDER BY id")) {
                while (rs.next()) {
                    documents.add(read(rs.getString(1), Report.DocumentEntry.class));
                    claims += rs.getInt(2);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, label, documents FROM stories ORDER BY id")) {
                while (rs.next()) {
                    stories.add(new Report.StoryEntry(rs.getString(1), rs.getString(2), stringList(rs.getString(3))));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, story, kind, date, place, participants, documents, mode FROM events ORDER BY story, id")) {
                while (rs.next()) {
                    events.add(new Report.EventEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), stringList(rs.getString(6)), stringList(rs.getString(7)), rs.getString(8)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT data FROM findings ORDER BY fingerprint")) {
                while (rs.next()) {
                    findings.add(read(rs.getString(1), Finding.class));
                }
            }
        }
        return Crosscheck.report(documents, stories, events, findings, List.of(), claims, catalogue);
    }
}
