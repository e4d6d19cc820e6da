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
        pending.add(new Pending(document, pool.submit(() -> Extractor.extract(Cleaner.clean(document))), done, failed));
        while (pending.size() > window) {
            deliver(pending.poll());
        }
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
