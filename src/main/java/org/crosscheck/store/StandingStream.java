package org.crosscheck.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.report.ReportStream;

/**
 * The report of every finding standing in a store, read from the store as it is written: each
 * pass walks a cursor and holds one document, story, event or finding at a time (findings: one
 * rule's findings in one story, which are sorted among themselves), so the report of a store of
 * any size is written in the memory of one item. It gives exactly what {@link Tables#standing}
 * and {@link Decisions#apply} give in memory ({@code StandingStreamTest}):
 *
 * <ul>
 *   <li>documents in {@link String#compareTo} order of their ids, as {@link Crosscheck#report}
 *       sorts them: SQLite's own order (its index on ids) when no id holds a character from
 *       U+D800 on, where the two orders can differ, else sorted in SQLite with Java's order as a
 *       collation (ids and row ids only; each document's entry is then read by its row);</li>
 *   <li>stories and events in the order {@link Tables#standing} reads them;</li>
 *   <li>findings in {@link Findings#ORDER}: sorted by severity, rule and story in SQLite (keys
 *       and row ids only), then each run of one severity, rule and story read and sorted by the
 *       whole order, and the editors' decisions applied to it;</li>
 *   <li>the summary counted on the way (documents and claims from the documents' pass, or
 *       counted by SQLite when a renderer writes no documents).</li>
 * </ul>
 *
 * Reads happen on the store's connection, outside any transaction the caller holds open: a
 * writer committing meanwhile is not seen mid-pass only if the caller reads in a transaction.
 */
final class StandingStream implements ReportStream {

    /** The collation that orders text as {@link String#compareTo} does (UTF-16 code units). */
    static final String JAVA_ORDER = "crosscheck_java";

    private static final int CACHED_DOCUMENTS = 1024;

    private final Store store;
    private final List<Report.RuleEntry> rules;
    private final List<InputError> errors;
    private int documents = -1;
    private int claims;
    private Map<String, Integer> findingCounts;
    private Map<String, Integer> newCounts;
    private int findingCount;
    /** The path and outlet of recently asked documents: a finding's sources are asked a few times over. */
    private final Map<String, String[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    StandingStream(Store store, List<Report.RuleEntry> rules, List<InputError> errors) {
        this.store = store;
        this.rules = rules == null ? List.of() : List.copyOf(rules);
        List<InputError> errs = new ArrayList<>(errors);
        errs.sort(Comparator.comparing(InputError::path).thenComparing(InputError::message));
        this.errors = List.copyOf(errs);
        try {
            org.sqlite.Collation.create(store.db(), JAVA_ORDER, new org.sqlite.Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return Integer.signum(a.compareTo(b));
                }
            });
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private StoreException failed(SQLException e) {
        return Store.translate(e, store.file(), "cannot read store " + store.file());
    }

    @Override
    public int formatVersion() {
        return Report.FORMAT_VERSION;
    }

    @Override
    public Report.Tool tool() {
        return new Report.Tool("crosscheck", Crosscheck.VERSION);
    }

    /**
     * A GLOB pattern that matches text holding a character outside U+0001..U+D7FF. Text without
     * one sorts the same in SQLite (UTF-8 bytes, that is code points) as in Java (UTF-16 code
     * units): the two orders differ only where a character beyond U+FFFF (two surrogates in
     * Java, from U+D800) meets one of U+E000..U+FFFF.
     */
    static final String BEYOND_SAFE_ORDER = "*[^\u0001-\uD7FF]*";

    /** Whether {@code sql} (a query with one parameter, the pattern, answering 0 or 1) finds text the orders differ on. */
    private boolean needsJavaOrder(String sql) throws SQLException {
        try (PreparedStatement ps = store.db().prepareStatement(sql)) {
            ps.setString(1, BEYOND_SAFE_ORDER);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    /**
     * The collation that sorts {@code column} as Java does: SQLite's own (its index, no sort at
     * all for a key) when no value needs more, else {@link #JAVA_ORDER}. That collation calls
     * Java at every comparison, and the SQLite driver keeps each string it hands over until
     * the sort's first row is stepped to, so it costs memory that grows with the comparisons of
     * the sort (measured: 20,000 rows, 267,000 comparisons, some 40 MB): only stores whose
     * ids, stories or rules hold such characters pay that.
     */
    private String collation(boolean javaOrder) {
        return javaOrder ? " COLLATE " + JAVA_ORDER : "";
    }

    @Override
    public void documents(Sink<Report.DocumentEntry> sink) throws IOException {
        int n = 0;
        int c = 0;
        boolean javaOrder;
        try {
            javaOrder = needsJavaOrder("SELECT EXISTS (SELECT 1 FROM documents WHERE id GLOB ?)");
        } catch (SQLException e) {
            throw failed(e);
        }
        try (PreparedStatement order = store.db().prepareStatement(
                "SELECT rowid FROM documents ORDER BY id" + collation(javaOrder));
             PreparedStatement row = store.db().prepareStatement("SELECT entry, claims FROM documents WHERE rowid = ?");
             ResultSet ids = order.executeQuery()) {
            while (ids.next()) {
                row.setLong(1, ids.getLong(1));
                try (ResultSet rs = row.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("a document left the store while it was being reported");
                    }
                    Report.DocumentEntry entry = read(rs.getString(1), Report.DocumentEntry.class);
                    c += rs.getInt(2);
                    n++;
                    sink.accept(entry);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        documents = n;
        claims = c;
    }

    @Override
    public void stories(Sink<Report.StoryEntry> sink) throws IOException {
        try (PreparedStatement ps = store.db().prepareStatement("SELECT id, label, documents FROM stories ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new Report.StoryEntry(rs.getString(1), rs.getString(2), strings(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void events(Sink<Report.EventEntry> sink) throws IOException {
        try (PreparedStatement ps = store.db().prepareStatement(
                "SELECT id, story, kind, date, place, participants, documents, mode FROM events ORDER BY story, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new Report.EventEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), strings(rs.getString(6)), strings(rs.getString(7)), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Severity first, as {@link Findings#ORDER} compares it (the enum's order), then rule and story. */
    private String findingOrder(boolean javaOrder) {
        StringBuilder rank = new StringBuilder("CASE severity");
        for (Severity s : Severity.values()) {
            rank.append(" WHEN '").append(s.word()).append("' THEN ").append(s.ordinal());
        }
        rank.append(" ELSE ").append(Severity.values().length).append(" END");
        return rank + ", rule" + collation(javaOrder) + ", story" + collation(javaOrder);
    }

    @Override
    public void findings(Sink<Finding> sink) throws IOException {
        Map<String, Integer> counts = zeroCounts();
        Map<String, Integer> fresh = zeroCounts();
        int[] n = new int[1];
        Decisions decisions = new Decisions(store);
        boolean javaOrder;
        try {
            javaOrder = needsJavaOrder("SELECT EXISTS (SELECT 1 FROM findings WHERE rule GLOB ?1 OR story GLOB ?1)");
        } catch (SQLException e) {
            throw failed(e);
        }
        try (PreparedStatement order = store.db().prepareStatement(
                "SELECT rowid, severity, rule, story FROM findings ORDER BY " + findingOrder(javaOrder));
             PreparedStatement row = store.db().prepareStatement("SELECT data FROM findings WHERE rowid = ?");
             ResultSet keys = order.executeQuery()) {
            boolean decided = store.scalarLong("SELECT EXISTS (SELECT 1 FROM decisions)") != 0;
            List<Finding> run = new ArrayList<>();
            String runKey = null;
            while (keys.next()) {
                String key = keys.getString(2) + '\u0000' + keys.getString(3) + '\u0000' + keys.getString(4);
                if (!key.equals(runKey)) {
                    emit(run, decided, decisions, sink, counts, fresh, n);
                    runKey = key;
                }
                row.setLong(1, keys.getLong(1));
                try (ResultSet rs = row.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("a finding left the store while it was being reported");
                    }
                    run.add(read(rs.getString(1), Finding.class));
                }
            }
            emit(run, decided, decisions, sink, counts, fresh, n);
        } catch (SQLException e) {
            throw failed(e);
        }
        findingCounts = counts;
        newCounts = fresh;
        findingCount = n[0];
    }

    /** One run of findings of one severity, rule and story: sorted, decided, counted and passed on; then emptied. */
    private static void emit(List<Finding> run, boolean decided, Decisions decisions, Sink<Finding> sink,
                             Map<String, Integer> counts, Map<String, Integer> fresh, int[] n) throws IOException {
        if (run.isEmpty()) {
            return;
        }
        run.sort(Findings.ORDER);
        List<Finding> marked = decided ? decisions.apply(run) : run;
        for (Finding f : marked) {
            counts.merge(f.severity().word(), 1, Integer::sum);
            if (f.status() == Finding.Status.NEW) {
                fresh.merge(f.severity().word(), 1, Integer::sum);
            }
            n[0]++;
            sink.accept(f);
        }
        run.clear();
    }

    private static Map<String, Integer> zeroCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.word(), 0);
        }
        return counts;
    }

    @Override
    public List<InputError> errors() {
        return errors;
    }

    @Override
    public List<Report.RuleEntry> rules() {
        return rules;
    }

    @Override
    public Report.Summary summary() {
        if (findingCounts == null) {
            throw new IllegalStateException("the summary counts the findings: ask for it after a pass of them");
        }
        if (documents < 0) {
            // No pass of the documents (the text and GitHub reports list none): SQLite counts them.
            try (PreparedStatement ps = store.db().prepareStatement("SELECT count(*), coalesce(sum(claims), 0) FROM documents");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                documents = rs.getInt(1);
                claims = rs.getInt(2);
            } catch (SQLException e) {
                throw failed(e);
            }
        }
        return new Report.Summary(documents, claims, new LinkedHashMap<>(findingCounts), new LinkedHashMap<>(newCounts));
    }

    @Override
    public int findingCount() {
        return findingCount;
    }

    @Override
    public String pathOf(String id) {
        String[] d = document(id);
        return d == null ? id : d[0];
    }

    @Override
    public String outletOf(String id) {
        String[] d = document(id);
        return d == null ? null : d[1];
    }

    private String[] document(String id) {
        if (recent.containsKey(id)) {
            return recent.get(id);
        }
        String[] d = null;
        try (PreparedStatement ps = store.db().prepareStatement("SELECT path, source FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    d = new String[] {rs.getString(1), rs.getString(2)};
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        recent.put(id, d);
        return d;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JsonRenderer.MAPPER.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the store holds a damaged " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JsonRenderer.MAPPER.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the store holds a damaged list: " + e.getOriginalMessage(), e);
        }
    }
}
