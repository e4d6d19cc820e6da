package org.crosscheck.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.Timing;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;

/**
 * What a store costs the disk: a corpus checked into a new store in batches (as {@code check
 * --batch-size N} does through its temporary store, but into a store that is kept), printing the
 * bytes the process wrote (Linux's {@code /proc/self/io} {@code write_bytes}: what reached the
 * block layer, the write-ahead log and its checkpoints included) during the batches and at the
 * store's closing checkpoint, and the store's size; the report of every standing finding goes to
 * a JSON file, to compare two builds' findings byte for byte. With {@code CROSSCHECK_TIMING=1}
 * each batch's line and the steps (the store's writes among them, wall and CPU) are printed.
 *
 * <pre>
 * CROSSCHECK_TIMING=1 java -cp "$(cat target/cp.txt):target/classes:target/test-classes" \
 *     org.crosscheck.bench.StoreWritesBenchmark distinct100k store.db 10000 report.json
 * </pre>
 */
public final class StoreWritesBenchmark {

    private StoreWritesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Timing.start();
        Path corpusPath = Path.of(args[0]);
        Path file = Path.of(args[1]);
        int batch = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        RuleSet rules = RuleSet.load(null);
        Corpus corpus = Corpus.open(List.of(corpusPath), Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        Timing.step("loading the rules, listing the input");
        long w0 = writeBytes();
        long t0 = System.nanoTime();
        Report report;
        long w1;
        try (Store store = Store.open(file, Duration.ofSeconds(60))) {
            report = StoreCheck.checkInBatches(store, corpus, rules, Crosscheck.Options.DEFAULTS, batch, n -> { });
            w1 = writeBytes();
        }
        long w2 = writeBytes();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        long size = Files.size(file);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new JsonRenderer().render(report, w);
        }
        Timing.step("writing the report");
        System.out.printf("STORE %d documents, %d findings; written during the batches and the report's read %d bytes, "
                + "at closing %d more; store %d bytes; %d s%n", report.documents().size(), report.findings().size(),
                w1 - w0, w2 - w1, size, seconds);
        Timing.print(System.out);
    }

    /** The bytes this process has caused to be written to storage so far, or -1 off Linux. */
    static long writeBytes() throws Exception {
        Path io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return -1;
        }
        for (String line : Files.readAllLines(io)) {
            if (line.startsWith("write_bytes:")) {
                return Long.parseLong(line.substring("write_bytes:".length()).trim());
            }
        }
        return -1;
    }
}
