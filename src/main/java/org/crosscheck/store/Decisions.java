package org.crosscheck.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Editors' decisions on findings, kept in the store as an append-only log: who, when, from which
 * status to which, why (a fixed reason), a free comment, and an assignee. Nothing is ever updated
 * or deleted; a finding's status is its latest decision's, so two decisions on one finding at
 * once are both logged and the later one wins.
 *
 * <p>A decision holds while the finding's evidence stays as it was when it was taken (its
 * evidence hash, the sources' words and values). When the evidence changes, the finding is open
 * again, and says so.
 */
public final class Decisions {

    /** The statuses of the review contract. */
    public static final List<String> STATUSES = List.of("open", "confirmed", "false-positive", "wont-fix", "needs-info");
    /** The reasons an editor may give; the comment says the rest. */
    public static final List<String> REASONS = List.of("different-parties", "update", "different-happenings", "misreading",
            "house-style", "other");
    /** The statuses that keep a finding from failing CI: it stays in reports as suppressed. */
    public static final Set<String> DISMISSED = Set.of("false-positive", "wont-fix");

    private final Store store;

    public Decisions(Store store) {
        this.store = store;
    }

    /** One logged decision. */
    public record Decision(long id, String fingerprint, String at, String reviewer, String from, String to, String reason,
                           String comment, String assignee, String evidenceHash) {
    }

    /**
     * Where a finding stands: its status, the decision it comes from (null when none holds), and
     * whether an earlier decision lapsed because the evidence changed since.
     */
    public record Standing(String status, Decision decision, boolean reopened) {
        static final Standing OPEN = new Standing("open", null, false);
    }

    /** The standing of each of {@code fingerprints}, given each finding's current evidence hash. */
    public Map<String, Standing> standing(Map<String, String> evidenceHashes) {
        Map<String, Standing> out = new HashMap<>();
        try {
            Store.inChunks(evidenceHashes.keySet(), 500, chunk -> {
                try (PreparedStatement ps = store.db().prepareStatement("SELECT id, fingerprint, at, reviewer, from_status, "
                        + "to_status, reason, comment, assignee, evidence_hash FROM decisions d WHERE fingerprint IN ("
                        + Store.marks(chunk.size()) + ") AND id = (SELECT max(id) FROM decisions e WHERE e.fingerprint = d.fingerprint)")) {
                    Store.bind(ps, chunk.toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Decision d = decision(rs);
                            String now = evidenceHashes.get(d.fingerprint());
                            out.put(d.fingerprint(), d.evidenceHash() == null || d.evidenceHash().equals(now)
                                    ? new Standing(d.to(), d, false) : new Standing("open", d, true));
                        }
                    }
                }
                return List.of();
            });
        } catch (SQLException e) {
            throw Store.translate(e, store.file(), "cannot read the decisions in store " + store.file());
        }
        for (String f : evidenceHashes.keySet()) {
            out.putIfAbsent(f, Standing.OPEN);
        }
        return out;
    }

    /**
     * Appends a decision on a standing finding, in a transaction of its own. The status it comes
     * from is the finding's standing one. Unknown statuses or reasons, and findings the store
     * does not hold, are refused with an {@link IllegalArgumentException}.
     */
    public Decision decide(String fingerprint, String status, String reason, String comment, String reviewer, String assignee) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status '" + status + "'; expected one of " + STATUSES);
        }
        if (reason != null && !REASONS.contains(reason)) {
            throw new IllegalArgumentException("unknown reason '" + reason + "'; expected one of " + REASONS);
        }
        store.begin();
        try {
            String hash;
            try (PreparedStatement ps = store.db().prepareStatement("SELECT evidence_hash FROM findings WHERE fingerprint = ?")) {
                ps.setString(1, fingerprint);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no standing finding has fingerprint " + fingerprint);
                    }
                    hash = rs.getString(1);
                }
            }
            String from = standing(Map.of(fingerprint, hash)).get(fingerprint).status();
            String at = Instant.now().toString();
            long id;
            try (PreparedStatement ps = store.db().prepareStatement("INSERT INTO decisions(fingerprint, at, reviewer, from_status, "
                    + "to_status, reason, comment, assignee, evidence_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Store.bind(ps, fingerprint, at, reviewer, from, status, reason, comment, assignee, hash);
                ps.executeUpdate();
            }
            id = store.scalarLong("SELECT last_insert_rowid()");
            store.commit();
            return new Decision(id, fingerprint, at, reviewer, from, status, reason, comment, assignee, hash);
        } catch (SQLException e) {
            store.rollback();
            throw Store.translate(e, store.file(), "cannot record the decision in store " + store.file());
        } catch (RuntimeException e) {
            store.rollback();
            throw e;
        }
    }

    /** Every decision on a finding, oldest first. */
    public List<Decision> history(String fingerprint) {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = store.db().prepareStatement("SELECT id, fingerprint, at, reviewer, from_status, to_status, "
                + "reason, comment, assignee, evidence_hash FROM decisions WHERE fingerprint = ? ORDER BY id")) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(decision(rs));
                }
            }
        } catch (SQLException e) {
            throw Store.translate(e, store.file(), "cannot read the decisions in store " + store.file());
        }
        return out;
    }

    /** The latest decision of each finding that dismisses it, whatever its evidence now (for export). */
    List<Decision> latestDismissals() {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = store.db().prepareStatement("SELECT id, fingerprint, at, reviewer, from_status, to_status, "
                + "reason, comment, assignee, evidence_hash FROM decisions d "
                + "WHERE id = (SELECT max(id) FROM decisions e WHERE e.fingerprint = d.fingerprint) ORDER BY fingerprint")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Decision d = decision(rs);
                    if (DISMISSED.contains(d.to())) {
                        out.add(d);
                    }
                }
            }
        } catch (SQLException e) {
            throw Store.translate(e, store.file(), "cannot read the decisions in store " + store.file());
        }
        return out;
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    /** Marks the dismissed findings among {@code findings} as suppressed, with the decision as the reason. */
    public List<org.crosscheck.findings.Finding> apply(Collection<org.crosscheck.findings.Finding> findings) {
        Map<String, String> hashes = new HashMap<>();
        findings.forEach(f -> hashes.put(f.fingerprint(), Tables.evidenceHash(f)));
        Map<String, Standing> standing = standing(hashes);
        List<org.crosscheck.findings.Finding> out = new ArrayList<>();
        for (org.crosscheck.findings.Finding f : findings) {
            Standing s = standing.get(f.fingerprint());
            if (DISMISSED.contains(s.status())) {
                out.add(f.withStatus(org.crosscheck.findings.Finding.Status.SUPPRESSED, reason(s.decision())));
            } else if (s.reopened()) {
                out.add(f.withStatus(f.status(), "open again: its evidence changed since " + s.decision().to() + " was decided "
                        + s.decision().at() + (s.decision().reviewer() == null ? "" : " by " + s.decision().reviewer())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** A decision in words, for a report's status reason or a suppressions file. */
    static String reason(Decision d) {
        StringBuilder why = new StringBuilder(d.to());
        if (d.reason() != null) {
            why.append(": ").append(d.reason());
        }
        if (d.comment() != null && !d.comment().isBlank()) {
            why.append(" (").append(d.comment()).append(')');
        }
        if (d.reviewer() != null) {
            why.append(", by ").append(d.reviewer());
        }
        return why.append(", ").append(d.at()).toString();
    }
}
