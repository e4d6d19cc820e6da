package org.crosscheck.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.crosscheck.Crosscheck;
import org.crosscheck.Timing;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.corpus.InputError;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.extract.CopiedReading;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.ParallelExtraction;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Suppressions;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.StoryGrouper;

/**
 * {@code check --store}: a batch checked against the corpus it joins, in one transaction.
 *
 * <ol>
 *   <li>The batch's documents are read; those stored with the same content are not extracted
 *       again, the others are extracted and stored (replacing an older version).</li>
 *   <li>How many documents name each name is kept in the store. A name's weight depends on that
 *       count only ({@link StoryGrouper#nameWeight}), so the batch changes the weights of its own
 *       names and nothing else. The documents that name them, the documents that share a
 *       weighing name with those (the only pairs whose likeness changed), and every document of
 *       their stories are the region the batch touches; nothing outside it can change.</li>
 *   <li>The region is grouped again, its rules run again, and its stories, events and findings
 *       replace the old ones. The report holds the findings that involve a batch document.</li>
 * </ol>
 *
 * A corpus checked batch by batch this way ends with the standing findings of one check of the
 * whole corpus, in any order of batches.
 */
public final class StoreCheck {

    private StoreCheck() {
    }

    /**
     * What a batch did, besides its report: for progress lines and tests. {@code extracted}
     * documents were read and stored anew, {@code copied} of them by taking the reading of a copy
     * (read earlier in the batch, or stored) instead of extracting their text again.
     */
    public record Outcome(Report report, int extracted, int unchanged, int region, long batch, int copied) {
    }

    /** Checks {@code corpus} as one batch of {@code store}; the caller has not begun a transaction. */
    public static Outcome check(Store store, Corpus corpus, RuleSet rules, Crosscheck.Options options, IntConsumer progress) {
        return check(store, corpus, rules, options, null, progress);
    }

    /**
     * Checks {@code corpus} as one batch of {@code store}, first taking {@code suppressions} (by
     * fingerprint) into the store as decisions where it has none. Findings that editors
     * dismissed are reported suppressed.
     */
    public static Outcome check(Store store, Corpus corpus, RuleSet rules, Crosscheck.Options options,
                                Suppressions suppressions, IntConsumer progress) {
        return check(store, corpus::forEach, corpus.walkErrors(), rules, options, suppressions, progress);
    }

    /** Where a batch's documents come from: a corpus, or part of one. */
    @FunctionalInterface
    public interface Source {
        void forEach(java.util.function.Consumer<Document> documents, java.util.function.Consumer<InputError> errors);
    }

    private static Outcome check(Store store, Source source, List<InputError> walkErrors, RuleSet rules,
                                 Crosscheck.Options options, Suppressions suppressions, IntConsumer progress) {
        store.begin();
        try {
            Outcome out = run(store, source, walkErrors, rules, options, suppressions, progress);
            store.commit();
            Timing.step("store: commit");
            return out;
        } catch (SQLException e) {
            store.rollback();
            throw Store.translate(e, store.file(), "cannot check the batch against store " + store.file());
        } catch (RuntimeException | Error e) {
            store.rollback();
            throw e;
        }
    }

    /**
     * Checks a whole corpus into {@code store} in batches of {@code batchSize} documents, one
     * transaction each, and reports every standing finding: what one run over the corpus
     * reports, with memory for one batch and the stories it touches rather than for the corpus.
     */
    public static Report checkInBatches(Store store, Corpus corpus, RuleSet rules, Crosscheck.Options options,
                                        int batchSize, IntConsumer progress) {
        return standing(store, rules, checkBatches(store, corpus, rules, options, batchSize, progress));
    }

    /** {@link #standing(Store, RuleSet)} with {@code errors} (the input errors of the run that checked the corpus). */
    public static Report standing(Store store, RuleSet rules, List<InputError> errors) {
        Report standing = standing(store, rules);
        // New findings counted by their statuses, as report --store counts them (a store of one run has no decisions).
        return Crosscheck.report(standing.documents(), standing.stories(), standing.events(), standing.findings(), errors,
                standing.summary().claims(), standing.rules()).withFindings(standing.findings());
    }

    /**
     * {@link #checkInBatches} without gathering the report: checks the corpus into {@code store} and
     * gives the corpus's input errors, for a report written from the store as it is read
     * ({@link #standingStream}), whose memory does not grow with the store.
     */
    public static List<InputError> checkBatches(Store store, Corpus corpus, RuleSet rules, Crosscheck.Options options,
                                                int batchSize, IntConsumer progress) {
        List<InputError> errors = new ArrayList<>(corpus.walkErrors());
        List<Document> pending = new ArrayList<>();
        int[] done = new int[1];
        IntConsumer inBatch = n -> progress.accept(done[0] + n);
        corpus.forEach(document -> {
            pending.add(document);
            if (pending.size() == batchSize) {
                errors.addAll(flush(store, pending, rules, options, inBatch, done[0]));
                done[0] += batchSize;
            }
        }, errors::add);
        if (!pending.isEmpty() || done[0] == 0) {
            errors.addAll(flush(store, pending, rules, options, inBatch, done[0]));
        }
        return errors;
    }

    private static List<InputError> flush(Store store, List<Document> pending, RuleSet rules, Crosscheck.Options options,
                                          IntConsumer progress, int before) {
        List<Document> batch = List.copyOf(pending);
        pending.clear();
        Outcome out = check(store, (documents, errors) -> batch.forEach(documents), List.of(), rules, options, null, progress);
        Timing.note("batch " + out.batch() + " done, " + (before + batch.size()) + " articles in all, "
                + out.extracted() + " extracted (" + out.copied() + " of them copies), region " + out.region() + " documents");
        return out.report().errors();
    }

    private static Outcome run(Store store, Source corpus, List<InputError> walkErrors, RuleSet rules,
                               Crosscheck.Options options, Suppressions suppressions, IntConsumer progress)
            throws SQLException {
        Tables t = new Tables(store);
        long batch = t.newBatch();
        List<InputError> errors = new ArrayList<>(walkErrors);
        Map<String, ExtractedDocument> fresh = new TreeMap<>();
        Map<String, String> hashes = new HashMap<>();
        Set<String> batchIds = new TreeSet<>();
        int[] seen = new int[1];
        Readings readings = new Readings(t, Extractor.VERSION.equals(t.meta(EXTRACTION)));
        try (ParallelExtraction workers = new ParallelExtraction(options.threads())) {
            corpus.forEach(document -> {
                seen[0]++;
                batchIds.add(document.id());
                String hash = contentHash(document);
                String stored;
                try {
                    stored = t.contentHash(document.id());
                } catch (SQLException e) {
                    throw Store.translate(e, store.file(), "cannot read store " + store.file());
                }
                if (!hash.equals(stored)) {
                    hashes.put(document.id(), hash);
                    workers.submit(document, readings.of(document), d -> fresh.put(d.id(), d), (failed, e) -> {
                        errors.add(Crosscheck.failure(failed, e));
                        batchIds.remove(failed.id());
                    });
                }
                progress.accept(seen[0]);
            }, errors::add);
            // Claims extracted by another version of the extractors are not this version's: every
            // stored document is read again from its stored text, and the whole store regrouped.
            if (!Extractor.VERSION.equals(t.meta(EXTRACTION))) {
                for (String id : t.documentIds()) {
                    if (!hashes.containsKey(id)) {
                        hashes.put(id, t.contentHash(id));
                        Document document = t.loadDocument(id).document();
                        workers.submit(document, readings.of(document), d -> fresh.put(d.id(), d),
                                (failed, e) -> errors.add(Crosscheck.failure(failed, e)));
                    }
                }
                t.setMeta(EXTRACTION, Extractor.VERSION);
            }
            workers.finish();
        }
        Timing.step("store: reading, cleaning and extracting the batch");

        // The names whose counts the batch changes, and how common each was before.
        Set<String> oldStories = new TreeSet<>();
        Map<String, Integer> before = new HashMap<>();
        Set<String> touched = new TreeSet<>();
        for (String id : fresh.keySet()) {
            touched.addAll(t.namesOf(id));
            touched.addAll(fresh.get(id).names().counts().keySet());
        }
        before.putAll(t.frequencies(touched));
        for (String id : fresh.keySet()) {
            String oldStory = t.storyOf(id);
            if (oldStory != null) {
                oldStories.add(oldStory);
                t.removeDocument(id);
            }
        }
        for (ExtractedDocument d : fresh.values()) {
            t.insertDocument(d, hashes.get(d.id()), batch);
        }
        Map<String, Integer> after = t.frequencies(touched);
        Set<String> changed = new TreeSet<>();
        for (String name : touched) {
            int b = before.getOrDefault(name, 0);
            int a = after.getOrDefault(name, 0);
            // The name's weight changed: its count did, and it weighs on one side at least.
            if (a != b && (StoryGrouper.nameWeighs(a) || StoryGrouper.nameWeighs(b))) {
                changed.add(name);
            }
        }

        Timing.step("store: writing the batch's documents, claims and names");
        // The region: documents whose likeness to another may have changed, and their stories.
        Set<String> core = new TreeSet<>(batchIds);
        core.addAll(fresh.keySet());
        // A batch document's stored copies, which one run groups with it (StoryGrouper.markCopies):
        // found by their copy key, since a copy that names nothing shares no name with its original.
        core.addAll(t.copiesOf(core));
        core.addAll(t.documentsNaming(changed));
        Set<String> near = t.neighbours(core);
        Set<String> stories = new TreeSet<>(oldStories);
        stories.addAll(t.storiesOf(near));
        // Findings written in another report format (formatVersion 1 listed another pair of copies in
        // joined) are not this version's: every stored story is checked again, once.
        if (!String.valueOf(Report.FORMAT_VERSION).equals(t.meta(FINDINGS))) {
            stories.addAll(t.storiesOf(t.documentIds()));
            t.setMeta(FINDINGS, String.valueOf(Report.FORMAT_VERSION));
        }
        Set<String> region = new TreeSet<>(near);
        region.addAll(core);
        region.addAll(t.documentsOf(stories));

        Timing.step("store: finding the region");
        List<ExtractedDocument> documents = new ArrayList<>();
        for (String id : region) {
            ExtractedDocument d = fresh.get(id);
            documents.add(d != null ? d : t.loadDocument(id));
        }
        Set<String> regionNames = new HashSet<>();
        documents.forEach(d -> regionNames.addAll(d.names().counts().keySet()));
        Map<String, Integer> frequency = t.frequencies(regionNames);
        Timing.step("store: loading the region");
        Grouping grouping = StoryGrouper.group(documents, frequency::get, options.threads());
        Timing.step("grouping");
        // One finding a fingerprint, the one a report of one run keeps: a rule may fire twice over
        // claims of one key (a page stamped twice with one update time), and the store keys findings
        // by fingerprint.
        List<Finding> findings = Findings.sorted(Crosscheck.evaluate(grouping, rules, options, errors));
        Timing.step("rules");

        t.replaceGrouping(stories, grouping, findings, batch);
        importSuppressions(store, suppressions);
        t.finishBatch(batch, batchIds.size(), fresh.size());
        Timing.step("store: writing stories, events and findings");

        // The report: the batch's documents, their stories and events, and findings that involve them.
        List<Report.DocumentEntry> entries = new ArrayList<>();
        int claims = 0;
        Set<String> batchStories = new HashSet<>();
        Set<String> batchEvents = new HashSet<>();
        for (ExtractedDocument d : grouping.documents()) {
            if (batchIds.contains(d.id())) {
                String story = grouping.storyOf().get(d.id());
                String event = grouping.eventOf().get(d.id());
                entries.add(Crosscheck.entry(d, story, event));
                batchStories.add(story);
                batchEvents.add(event);
                claims += d.claims().size();
            }
        }
        List<Finding> involved = new Decisions(store).apply(
                findings.stream().filter(f -> f.documents().stream().anyMatch(batchIds::contains)).toList());
        Report report = Crosscheck.report(entries,
                Crosscheck.storyEntries(grouping).stream().filter(s -> batchStories.contains(s.id())).toList(),
                Crosscheck.eventEntries(grouping).stream().filter(e -> batchEvents.contains(e.id())).toList(),
                involved, errors, claims, Crosscheck.catalogue(rules));
        return new Outcome(report, fresh.size(), batchIds.size() - fresh.size(), region.size(), batch, readings.copied);
    }

    /**
     * The readings of a batch's documents, each distinct text extracted once: a copy (the same
     * copy key) of a document read earlier in the batch takes that one's reading under its own id,
     * and so does a copy of a stored document, whose reading the store keeps, when the store's
     * claims are this extractor version's.
     */
    private static final class Readings {
        private final Tables tables;
        private final boolean storeIsCurrent;
        private final Map<String, java.util.concurrent.CompletableFuture<ExtractedDocument>> byCopyKey = new HashMap<>();
        int copied;

        Readings(Tables tables, boolean storeIsCurrent) {
            this.tables = tables;
            this.storeIsCurrent = storeIsCurrent;
        }

        /** The work that reads {@code document}, on a worker; called on the thread that submits, in order. */
        java.util.concurrent.Callable<ExtractedDocument> of(Document document) {
            String key = copyHash(document);
            java.util.concurrent.CompletableFuture<ExtractedDocument> first = byCopyKey.get(key);
            if (first != null) {
                copied++;
                // The first was submitted before this, so a worker has taken it already: waiting cannot stall the pool.
                return () -> CopiedReading.of(await(first), document);
            }
            java.util.concurrent.CompletableFuture<ExtractedDocument> reading = new java.util.concurrent.CompletableFuture<>();
            byCopyKey.put(key, reading);
            String storedCopy;
            try {
                storedCopy = storeIsCurrent ? tables.documentWithCopyKey(key) : null;
                if (storedCopy != null) {
                    copied++;
                    reading.complete(tables.loadDocument(storedCopy));
                    return () -> CopiedReading.of(reading.getNow(null), document);
                }
            } catch (SQLException e) {
                throw Store.translate(e, tables.file(), "cannot read store " + tables.file());
            }
            return () -> {
                try {
                    ExtractedDocument d = Extractor.extract(Cleaner.clean(document));
                    reading.complete(d);
                    return d;
                } catch (RuntimeException | Error e) {
                    reading.completeExceptionally(e);
                    throw e;
                }
            };
        }

        /** The first reading, or its fault as it was thrown. */
        private static ExtractedDocument await(java.util.concurrent.Future<ExtractedDocument> first) {
            try {
                return first.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a copy", e);
            }
        }
    }

    /** The meta key under which a store keeps the {@link Extractor#VERSION} its claims were extracted by. */
    static final String EXTRACTION = "extraction";

    /** The meta key under which a store keeps the report's {@code formatVersion} its findings were written in. */
    static final String FINDINGS = "findings format";

    /** What identifies a document's content: its text and the fields of its record. */
    static String contentHash(Document d) {
        return sha256(java.util.Arrays.asList(d.path(), d.title(), d.source(), d.published(), d.text()));
    }

    /**
     * What makes two documents copies, as a column of the store: a hash of their copy key
     * ({@link Document#copyKey()}: text, title, outlet and publication date; not id or path, as
     * {@link #contentHash} has).
     */
    static String copyHash(Document d) {
        return sha256(d.copyKey());
    }

    /** The SHA-256 of {@code parts} in order, in hex: each part ended by U+0001, a missing one written as U+0000. */
    private static String sha256(List<String> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                md.update((part == null ? "\u0000" : part + "\u0001").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** The report of every finding standing in the store, for {@code crosscheck report --store}. */
    public static Report standing(Store store, RuleSet rules) {
        try {
            Report r = new Tables(store).standing(Crosscheck.catalogue(rules));
            return r.withFindings(new Decisions(store).apply(r.findings()));
        } catch (SQLException e) {
            throw Store.translate(e, store.file(), "cannot read store " + store.file());
        }
    }

    /**
     * The report of every finding standing in the store, with {@code errors}, read from the store
     * as a renderer writes it: what {@link #standing} gives (with {@code errors} added), without
     * holding the documents, stories, events or findings. Its passes read the store's tables
     * directly; the store must stay open while they run.
     */
    public static org.crosscheck.report.ReportStream standingStream(Store store, RuleSet rules, List<InputError> errors) {
        return new StandingStream(store, Crosscheck.catalogue(rules), errors);
    }

    /**
     * The editors' standing decisions to dismiss findings (false positive, won't fix) as a
     * suppressions file: each finding's latest decision, with its reason and comment.
     */
    public static Suppressions decisionsAsSuppressions(Store store) {
        List<Suppressions.Entry> entries = new ArrayList<>();
        for (Decisions.Decision d : new Decisions(store).latestDismissals()) {
            entries.add(new Suppressions.Entry(d.fingerprint(), null, null, Decisions.reason(d), null));
        }
        return new Suppressions(entries);
    }

    /**
     * Takes a suppressions file's entries by fingerprint into the store as decisions, for the
     * standing findings that have none yet: a fresh store learns what a team kept in git. A
     * reason that begins with a status ("wont-fix: ...") gives that status; any other, false-positive.
     */
    static int importSuppressions(Store store, Suppressions suppressions) throws SQLException {
        if (suppressions == null) {
            return 0;
        }
        int n = 0;
        try (PreparedStatement find = store.db().prepareStatement("SELECT evidence_hash FROM findings WHERE fingerprint = ? "
                + "AND NOT EXISTS (SELECT 1 FROM decisions WHERE decisions.fingerprint = findings.fingerprint)");
             PreparedStatement add = store.db().prepareStatement("INSERT INTO decisions(fingerprint, at, reviewer, from_status, "
                     + "to_status, reason, comment, evidence_hash) VALUES (?, ?, 'suppressions file', 'open', ?, 'other', ?, ?)")) {
            for (Suppressions.Entry e : suppressions.suppressions()) {
                if (e.fingerprint() == null || e.expires() != null) {
                    continue;
                }
                find.setString(1, e.fingerprint());
                String hash;
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    hash = rs.getString(1);
                }
                String status = e.reason().startsWith("wont-fix") ? "wont-fix" : "false-positive";
                Store.bind(add, e.fingerprint(), java.time.Instant.now().toString(), status, e.reason(), hash);
                add.executeUpdate();
                n++;
            }
        }
        return n;
    }

    static List<String> strings(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
