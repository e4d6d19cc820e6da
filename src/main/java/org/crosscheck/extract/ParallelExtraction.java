package org.crosscheck.extract;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;

/**
 * Cleans and extracts documents on every core, and hands the results back in the order the
 * documents came, on the caller's thread: the output is the single-threaded run's, byte for byte.
 * At most {@code window} documents are in flight, so memory stays bounded however long the corpus.
 */
public final class ParallelExtraction implements AutoCloseable {

    private record Pending(Document document, Future<ExtractedDocument> result, Consumer<ExtractedDocument> done,
                           BiConsumer<Document, RuntimeException> failed) {
    }

    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    /** One worker per core (the caller reads the corpus meanwhile), with four documents in flight per worker. */
    public ParallelExtraction() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ParallelExtraction(int threads) {
        int n = Math.max(1, threads);
        this.window = 4 * n;
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "crosscheck-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Extracts {@code document}; {@code done} gets its claims, or {@code failed} the fault of
     * crosscheck on it, in submission order, during a later call of this or of {@link #finish}.
     */
    public void submit(Document document, Consumer<ExtractedDocument> done, BiConsumer<Document, RuntimeException> failed) {
        submit(document, () -> Extractor.extract(Cleaner.clean(document)), done, failed);
    }

    /**
     * As {@link #submit(Document, Consumer, BiConsumer)}, with {@code reading} doing the work (a
     * copy's reading taken from its original's, say) on a worker. Workers take readings in the
     * order they were submitted, so a reading may wait for one submitted before it.
     */
    public void submit(Document document, java.util.concurrent.Callable<ExtractedDocument> reading,
                       Consumer<ExtractedDocument> done, BiConsumer<Document, RuntimeException> failed) {
        pending.add(new Pending(document, pool.submit(reading), done, failed));
        while (pending.size() > window) {
            deliver(pending.poll());
        }
    }

    /**
     * An article written for warming up, not taken from any corpus: a timestamp, a dateline, a
     * quote with its speaker, people with titles and ages, figures, dates, a weekday and a place,
     * so that every extractor and the word lists it reads are loaded.
     */
    static final String WARM_UP_TEXT = """
            Posted: March 4, 2009 10:15 AM EST

            Quake shakes coastal towns

            PORT ELLIS (Wire) - A magnitude 6.1 earthquake struck off the coast of Port Ellis on Tuesday, \
            killing at least 12 people and injuring 40 others, officials said.

            "We are sending every team we have," Mayor Jane Roe, 54, told reporters on Wednesday. \
            The quake hit at 3:15 p.m. about 20 miles (32 km) west of the city, according to the \
            U.S. Geological Survey (USGS), and $2.5 million in aid was pledged a day later.

            Police Chief John Doe said two men were arrested in connection with looting in the town.
            """;

    /**
     * Starts extracting {@link #WARM_UP_TEXT} on a thread of its own and returns at once. A cold
     * run loads and initialises the extractors' classes and word lists there, on a core that would
     * otherwise wait while the input is listed and the rules are loaded, instead of on the workers
     * once they start (where one waits for the other to initialise a class). Nothing of it reaches
     * a report: its claims are dropped, and the extractors' memos depend on their input alone. The
     * future gives the sample's claims, or its fault.
     */
    public static Future<ExtractedDocument> warmUp() {
        java.util.concurrent.FutureTask<ExtractedDocument> task = new java.util.concurrent.FutureTask<>(() ->
                Extractor.extract(Cleaner.clean(new Document("warm-up", "warm-up.txt", WARM_UP_TEXT, java.util.List.of()))));
        Thread t = new Thread(task, "crosscheck-warm-up");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** Hands back every result still in flight. */
    public void finish() {
        while (!pending.isEmpty()) {
            deliver(pending.poll());
        }
    }

    private static void deliver(Pending p) {
        ExtractedDocument result;
        try {
            result = p.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                p.failed().accept(p.document(), re);
                return;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + p.document().id(), e);
        }
        p.done().accept(result);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
