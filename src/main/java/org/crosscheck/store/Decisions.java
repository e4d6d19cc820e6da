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
                try (PreparedStatement ps = store.db().prepareStatement("SELECT " + COLUMNS + " FROM decisions d WHERE fingerprint IN ("
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
     * What an editor decides on one finding. {@code reason} may be null; {@code keepAssignee}
     * carries the finding's current assignee (from its latest decision) over, and then
     * {@code assignee} is ignored.
     */
    public record Request(String fingerprint, String status, String reason, String comment, String reviewer,
                          String assignee, boolean keepAssignee) {
    }

    /** Refuses a decision on a finding the store does not hold (standing). */
    public static final class UnknownFindingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> fingerprints;

        UnknownFindingException(List<String> fingerprints) {
            super((fingerprints.size() == 1 ? "no standing finding has fingerprint " : "no standing finding has fingerprints ")
                    + String.join(", ", fingerprints));
            this.fingerprints = List.copyOf(fingerprints);
        }

        /** The fingerprints the store does not hold. */
        public List<String> fingerprints() {
            return fingerprints;
        }
    }

    /**
     * Appends a decision on a standing finding, in a transaction of its own. The status it comes
     * from is the finding's standing one. Unknown statuses or reasons, and findings the store
     * does not hold, are refused with an {@link IllegalArgumentException}.
     */
    public Decision decide(String fingerprint, String status, String reason, String comment, String reviewer, String assignee) {
        return decideAll(List.of(new Request(fingerprint, status, reason, comment, reviewer, assignee, false))).get(0);
    }

    /**
     * Appends one decision per request, all in one transaction: either every one is logged or,
     * when one is refused (an unknown status, reason or finding), none is. Each comes from its
     * finding's standing status at that moment, so decisions taken at once by several editors
     * are all logged, in the order they got the store, and the last one wins.
     */
    public List<Decision> decideAll(List<Request> requests) {
        for (Request r : requests) {
            if (!STATUSES.contains(r.status())) {
                throw new IllegalArgumentException("unknown status '" + r.status() + "'; expected one of " + STATUSES);
            }
            if (r.reason() != null && !REASONS.contains(r.reason())) {
                throw new IllegalArgumentException("unknown reason '" + r.reason() + "'; expected one of " + REASONS);
            }
        }
        store.begin();
        try {
            Map<String, String> hashes = evidenceHashes(requests);
            List<String> unknown = requests.stream().map(Request::fingerprint).filter(f -> !hashes.containsKey(f))
                    .distinct().toList();
            if (!unknown.isEmpty()) {
                throw new UnknownFindingException(unknown);
            }
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement ps = store.db().prepareStatement("INSERT INTO decisions(fingerprint, at, reviewer, "
                    + "from_status, to_status, reason, comment, assignee, evidence_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Request r : requests) {
                    String hash = hashes.get(r.fingerprint());
                    Standing before = standing(Map.of(r.fingerprint(), hash)).get(r.fingerprint());
                    String assignee = r.keepAssignee() ? (before.decision() == null ? null : before.decision().assignee())
                            : r.assignee();
                    String at = Instant.now().toString();
                    Store.bind(ps, r.fingerprint(), at, r.reviewer(), before.status(), r.status(), r.reason(), r.comment(),
                            assignee, hash);
                    ps.executeUpdate();
                    long id = store.scalarLong("SELECT last_insert_rowid()");
                    out.add(new Decision(id, r.fingerprint(), at, r.reviewer(), before.status(), r.status(), r.reason(),
                            r.comment(), assignee, hash));
                }
            }
            store.commit();
            return out;
        } catch (SQLException e) {
            store.rollback();
            throw Store.translate(e, store.file(), "cannot record the decision in store " + store.file());
        } catch (RuntimeException e) {
            store.rollback();
            throw e;
        }
    }

    /** The evidence hash of each requested finding that the store holds. */
    private Map<String, String> evidenceHashes(List<Request> requests) throws SQLException {
        Map<String, String> out = new HashMap<>();
        List<String> wanted = requests.stream().map(Request::fingerprint).distinct().toList();
        Store.inChunks(wanted, 500, chunk -> {
            try (PreparedStatement ps = store.db().prepareStatement("SELECT fingerprint, evidence_hash FROM findings "
                    + "WHERE fingerprint IN (" + Store.marks(chunk.size()) + ")")) {
                Store.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return List.of();
        });
        return out;
    }

    /** Every decision on a finding, oldest first. */
    public List<Decision> history(String fingerprint) {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = store.db().prepareStatement("SELECT " + COLUMNS
                + " FROM decisions WHERE fingerprint = ? ORDER BY id")) {
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
        try (PreparedStatement ps = store.db().prepareStatement("SELECT " + COLUMNS + " FROM decisions d "
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

    /** The columns {@link #decision} reads, in its order. */
    private static final String COLUMNS = "id, fingerprint, at, reviewer, from_status, to_status, reason, comment, assignee, "
            + "evidence_hash";

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    /** Where each of {@code findings} stands, given its evidence as it is now, by fingerprint. */
    public Map<String, Standing> standingOf(Collection<org.crosscheck.findings.Finding> findings) {
        Map<String, String> hashes = new HashMap<>();
        findings.forEach(f -> hashes.put(f.fingerprint(), Tables.evidenceHash(f)));
        return standing(hashes);
    }

    /** Marks the dismissed findings among {@code findings} as suppressed, with the decision as the reason. */
    public List<org.crosscheck.findings.Finding> apply(Collection<org.crosscheck.findings.Finding> findings) {
        Map<String, Standing> standing = standingOf(findings);
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
