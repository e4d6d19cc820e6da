package org.crosscheck.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Decisions;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;

/**
 * The store as the review app uses it, beside any {@code check --store} that runs meanwhile. Two
 * connections: one reads, always in a snapshot (WAL readers never wait for a batch being written),
 * and one writes decisions, each in a short transaction of its own that waits for a running batch
 * up to the busy timeout. Each connection serves one request at a time. The queue read last is
 * kept while SQLite's data version says nothing was committed since.
 */
final class ReviewStore implements AutoCloseable {

    private final Store reader;
    private final Store writer;
    private final RuleSet rules;
    private final Object reading = new Object();
    private final Object writing = new Object();
    private Queue queue;
    private long queueVersion;

    private ReviewStore(Store reader, Store writer, RuleSet rules) {
        this.reader = reader;
        this.writer = writer;
        this.rules = rules;
    }

    /** Opens {@code file}, which must exist; fails with a {@link org.crosscheck.store.StoreException} if it is no store. */
    static ReviewStore open(Path file, RuleSet rules, Duration busyTimeout) {
        Store reader = Store.open(file, busyTimeout);
        try {
            return new ReviewStore(reader, Store.open(file, busyTimeout), rules);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    Path file() {
        return reader.file();
    }

    /** The standing findings and their review statuses, as the last commit left them. */
    Queue queue() {
        synchronized (reading) {
            return reader.snapshot(() -> {
                long version = reader.dataVersion();
                if (queue == null || version != queueVersion) {
                    Report report = StoreCheck.standing(reader, rules);
                    queue = new Queue(report, new Decisions(reader).standingOf(report.findings()));
                    queueVersion = version;
                }
                return queue;
            });
        }
    }

    /** A finding's decisions, oldest first. */
    List<Decisions.Decision> history(String fingerprint) {
        synchronized (reading) {
            return new Decisions(reader).history(fingerprint);
        }
    }

    /** Logs the decisions, all or none, in one short transaction. */
    List<Decisions.Decision> decide(List<Decisions.Request> requests) {
        synchronized (writing) {
            return new Decisions(writer).decideAll(requests);
        }
    }

    @Override
    public void close() {
        synchronized (writing) {
            writer.close();
        }
        synchronized (reading) {
            reader.close();
        }
    }
}
