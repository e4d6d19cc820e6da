package org.crosscheck.store;

import static org.crosscheck.store.StoreCheckTest.batch;
import static org.crosscheck.store.StoreCheckTest.seedCopies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Suppressions;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' decisions: an append-only log, honoured by check --store, lapsing when the evidence changes, exported and imported. */
class DecisionsTest {

    @BeforeAll
    static void load() throws Exception {
        StoreCheckTest.load();
    }

    private static Finding find(Report r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aDismissedFindingIsReportedSuppressedAndItsHistoryIsKept(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1))) {
            batch(store, List.of(org.crosscheck.Fixtures.SEEDS));
            Decisions decisions = new Decisions(store);
            String quantity = find(StoreCheck.standing(store, StoreCheckTest.rules), "quantity-conflict").fingerprint();
            Decisions.Decision first = decisions.decide(quantity, "needs-info", "other", "which count is Kiev's?", "ana", "ben");
            assertEquals(quantity, first.fingerprint());
            assertEquals("needs-info", first.to());
            assertEquals(List.of(first), decisions.history(quantity));
            decisions.decide(quantity, "false-positive", "different-happenings", "April and December", "ben", null);
            List<Decisions.Decision> history = decisions.history(quantity);
            assertEquals(2, history.size());
            assertEquals("open", history.get(0).from());
            assertEquals("needs-info", history.get(1).from());
            assertEquals("ben", history.get(0).assignee());

            try (var s = store.db().createStatement(); var rs = s.executeQuery(
                    "SELECT status, reviewer, reason FROM finding_status WHERE fingerprint = '" + quantity + "'")) {
                rs.next();
                assertEquals("false-positive", rs.getString(1));
                assertEquals("ben", rs.getString(2));
                assertEquals("different-happenings", rs.getString(3));
            }
            Finding now = find(batch(store, List.of(org.crosscheck.Fixtures.SEEDS)).report(), "quantity-conflict");
            assertEquals(Finding.Status.SUPPRESSED, now.status());
            assertTrue(now.statusReason().startsWith("false-positive: different-happenings (April and December), by ben, "),
                    now.statusReason());
            assertEquals(Finding.Status.SUPPRESSED, find(StoreCheck.standing(store, StoreCheckTest.rules), "quantity-conflict").status());

            // Confirmed again: not suppressed any more; the log keeps all three.
            decisions.decide(quantity, "confirmed", null, null, "cy", null);
            Finding confirmed = find(StoreCheck.standing(store, StoreCheckTest.rules), "quantity-conflict");
            assertEquals(Finding.Status.NEW, confirmed.status());
            assertEquals(null, confirmed.statusReason());
            assertEquals(3, decisions.history(quantity).size());
        }
    }

    @Test
    void aDecisionLapsesWhenTheEvidenceChanges(@TempDir Path dir) throws Exception {
        List<Path> seeds = seedCopies(Files.createDirectories(dir.resolve("corpus")));
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1))) {
            batch(store, seeds);
            String variant = find(StoreCheck.standing(store, StoreCheckTest.rules), "quote-variant").fingerprint();
            Finding before = StoreCheck.standing(store, StoreCheckTest.rules).findings().stream()
                    .filter(f -> f.fingerprint().equals(variant)).findFirst().orElseThrow();
            new Decisions(store).decide(variant, "wont-fix", "house-style", null, "ana", null);
            // A fingerprint is made of normalized claims, so the words as written may change under it
            // ("70,000" for "70 000"); the decision remembers the evidence it saw. Here that memory is
            // made stale by hand, as such an edit would.
            try (var s = store.db().createStatement()) {
                s.execute("UPDATE decisions SET evidence_hash = 'stale' WHERE fingerprint = '" + variant + "'");
            }
            Finding after = StoreCheck.standing(store, StoreCheckTest.rules).findings().stream()
                    .filter(f -> f.fingerprint().equals(variant)).findFirst().orElseThrow();
            assertEquals(Finding.Status.NEW, after.status());
            assertTrue(after.statusReason().startsWith("open again: its evidence changed since wont-fix was decided"),
                    after.statusReason());
            try (var s = store.db().createStatement(); var rs = s.executeQuery(
                    "SELECT status FROM finding_status WHERE fingerprint = '" + variant + "'")) {
                rs.next();
                assertEquals("open", rs.getString(1));
            }
            assertEquals(before.message(), after.message());
        }
    }

    @Test
    void unknownStatusesReasonsAndFindingsAreRefused(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1))) {
            batch(store, List.of(org.crosscheck.Fixtures.SEEDS));
            Decisions decisions = new Decisions(store);
            String any = StoreCheck.standing(store, StoreCheckTest.rules).findings().get(0).fingerprint();
            assertThrows(IllegalArgumentException.class, () -> decisions.decide(any, "closed", null, null, "a", null));
            assertThrows(IllegalArgumentException.class, () -> decisions.decide(any, "confirmed", "because", null, "a", null));
            assertThrows(IllegalArgumentException.class, () -> decisions.decide("feed", "confirmed", null, null, "a", null));
            assertEquals(0, store.stats().get("decisions"));
        }
    }

    @Test
    void exportedDecisionsBringAFreshStoreToTheSameStatuses(@TempDir Path dir) throws Exception {
        Suppressions exported;
        String dismissed;
        try (Store store = Store.open(dir.resolve("old.db"), Duration.ofSeconds(1))) {
            batch(store, List.of(org.crosscheck.Fixtures.SEEDS));
            dismissed = find(StoreCheck.standing(store, StoreCheckTest.rules), "name-variant").fingerprint();
            new Decisions(store).decide(dismissed, "wont-fix", "house-style", "our style book allows both", "ana", null);
            exported = StoreCheck.decisionsAsSuppressions(store);
        }
        assertEquals(1, exported.suppressions().size());
        try (Store fresh = Store.open(dir.resolve("new.db"), Duration.ofSeconds(1))) {
            Report report = StoreCheck.check(fresh, org.crosscheck.corpus.Corpus.open(List.of(org.crosscheck.Fixtures.SEEDS),
                    org.crosscheck.corpus.Corpus.DEFAULT_MAX_DOCUMENT_BYTES), StoreCheckTest.rules,
                    org.crosscheck.Crosscheck.Options.DEFAULTS, exported, n -> { }).report();
            Finding f = report.findings().stream().filter(x -> x.fingerprint().equals(dismissed)).findFirst().orElseThrow();
            assertEquals(Finding.Status.SUPPRESSED, f.status());
            try (Store second = Store.open(dir.resolve("second.db"), Duration.ofSeconds(1))) {
                batch(second, List.of(org.crosscheck.Fixtures.SEEDS));
                second.begin();
                assertEquals(1, StoreCheck.importSuppressions(second, exported));
                second.commit();
            }
            // Sent again, the file adds nothing: the finding has its decision already.
            assertEquals(0, StoreCheck.importSuppressions(fresh, exported));
            List<Decisions.Decision> history = new Decisions(fresh).history(dismissed);
            assertEquals(1, history.size());
            assertEquals("wont-fix", history.get(0).to());
            assertEquals("suppressions file", history.get(0).reviewer());
            assertEquals(1, StoreCheck.decisionsAsSuppressions(fresh).suppressions().size());
        }
    }
    @Test
    void manyDecisionsAreLoggedTogetherOrNotAtAll(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1))) {
            batch(store, List.of(org.crosscheck.Fixtures.SEEDS));
            Decisions decisions = new Decisions(store);
            List<String> names = StoreCheck.standing(store, StoreCheckTest.rules).findings().stream()
                    .filter(f -> f.rule().equals("name-variant")).map(Finding::fingerprint).toList();
            assertEquals(2, names.size());
            decisions.decide(names.get(0), "needs-info", null, null, "ana", "ben");

            // One unknown finding among them: nothing is logged, and the exception names it.
            Decisions.UnknownFindingException unknown = assertThrows(Decisions.UnknownFindingException.class,
                    () -> decisions.decideAll(List.of(
                            new Decisions.Request(names.get(1), "wont-fix", "house-style", null, "cy", null, false),
                            new Decisions.Request("feed", "wont-fix", "house-style", null, "cy", null, false))));
            assertEquals(List.of("feed"), unknown.fingerprints());
            assertEquals(1, store.stats().get("decisions"));

            List<Decisions.Decision> both = decisions.decideAll(List.of(
                    new Decisions.Request(names.get(0), "wont-fix", "house-style", "both spellings are ours", "cy", null, true),
                    new Decisions.Request(names.get(1), "wont-fix", "house-style", "both spellings are ours", "cy", null, true)));
            assertEquals(List.of("needs-info", "open"), both.stream().map(Decisions.Decision::from).toList());
            assertEquals("ben", both.get(0).assignee(), "the assignee is carried over from the latest decision");
            assertEquals(null, both.get(1).assignee());
            assertEquals(3, store.stats().get("decisions"));
            StoreCheck.standing(store, StoreCheckTest.rules).findings().stream().filter(f -> names.contains(f.fingerprint()))
                    .forEach(f -> assertEquals(Finding.Status.SUPPRESSED, f.status()));
            assertEquals("wont-fix", decisions.standingOf(StoreCheck.standing(store, StoreCheckTest.rules).findings())
                    .get(names.get(1)).status());
        }
    }

    @Test
    void aSnapshotReadsTheStoreAsOneCommitLeftIt(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1));
             Store other = Store.open(dir.resolve("s.db"), Duration.ofSeconds(1))) {
            batch(store, List.of(org.crosscheck.Fixtures.SEEDS));
            String any = StoreCheck.standing(store, StoreCheckTest.rules).findings().get(0).fingerprint();
            long[] counts = store.snapshot(() -> {
                long before = store.stats().get("decisions");
                new Decisions(other).decide(any, "confirmed", null, null, "ana", null);
                return new long[] {before, store.stats().get("decisions")};
            });
            assertEquals(0, counts[0]);
            assertEquals(0, counts[1], "a decision committed by another connection meanwhile is not seen inside the snapshot");
            assertEquals(1, store.stats().get("decisions"), "and is seen after it");
        }
    }
}
