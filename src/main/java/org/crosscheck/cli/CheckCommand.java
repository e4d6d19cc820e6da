package org.crosscheck.cli;

import static org.crosscheck.cli.RulesCommand.loadRules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.Timing;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Baseline;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.crosscheck.findings.Suppressions;
import org.crosscheck.report.AtomicFiles;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.Renderers;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;
import org.crosscheck.store.StoreException;
import org.crosscheck.stories.Thresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck check PATH...}: the whole pipeline, a report, and an exit code for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the articles under PATH... and reports inconsistent claims.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CorpusOptions input;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of .drl rules that add to the packaged rules, or replace those with the same file name.")
    Path rulesFolder;

    @CommandLine.Mixin
    ReportOptions output;

    @Option(names = "--store", paramLabel = "FILE",
            description = "Check the articles as a new batch of this store (an SQLite file, created on first use): "
                    + "they are compared with the stored corpus, added to it, and the findings that involve them are reported.")
    Path storeFile;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "Without --store, a corpus of more than N articles is checked N at a time through a temporary "
                    + "store, with the same findings, so that memory does not grow with the corpus (default: 10000 at a time, "
                    + "and only for a corpus too large for the Java heap).")
    Integer batchSize;

    /**
     * A store's whole report gathered in memory, for the formats that cannot be written as it is
     * read (JUnit, HTML); null, with a message saying which formats can, when it
     * does not fit in the heap.
     */
    static Report inMemory(java.util.function.Supplier<Report> gather, ReportOptions.Prepared prepared, PrintWriter err) {
        try {
            return gather.get();
        } catch (OutOfMemoryError e) {
            err.println("crosscheck: the store's report does not fit in memory for the " + String.join(", ", prepared.inMemoryFormats())
                    + " format(s), which are built whole; json, text, github, markdown and sarif are written from the store as it is read, "
                    + "in any heap (or give Java more heap: java -Xmx8g -jar ...)");
            return null;
        }
    }

    /** Articles a batch holds when the batch size is not given. */
    static final int DEFAULT_BATCH_SIZE = 10_000;

    /**
     * How many bytes of heap a byte of input takes at most in one run in memory: extracted, ECB+
     * held about 2.5 bytes of live heap a byte of text; grouping, the rules and the report take
     * more while they run.
     */
    static final int HEAP_PER_INPUT_BYTE = 10;

    /**
     * Whether a corpus goes through a temporary store in batches: when it has more articles than
     * a batch given with {@code --batch-size}; without one, when it is too large for the heap
     * ({@code bytes} times {@link #HEAP_PER_INPUT_BYTE} above {@code maxHeap}) and has more than
     * {@link #DEFAULT_BATCH_SIZE} articles. Batches re-check every story a batch joins, so a corpus
     * whose stories span many batches costs more than one run in memory (quadratic in the
     * batches a story spans); the findings are the same.
     */
    static boolean throughStore(Integer batchSize, int articles, long bytes, long maxHeap) {
        if (batchSize != null) {
            return articles > batchSize;
        }
        return articles > DEFAULT_BATCH_SIZE && bytes > maxHeap / HEAP_PER_INPUT_BYTE;
    }

    @Option(names = "--store-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another run that is writing the store before giving up with exit code 5 "
                    + "(default: ${DEFAULT-VALUE}).")
    long storeTimeout;

    @Option(names = "--story-mismatch-days", paramLabel = "N", defaultValue = "30",
            description = "How many days a publication timestamp may be from the date of the event it reports (default: ${DEFAULT-VALUE}).")
    int storyMismatchDays;

    @Option(names = "--firing-limit", paramLabel = "N", defaultValue = "100000",
            description = "Stop a rule session after this many rule firings (default: ${DEFAULT-VALUE}).")
    int firingLimit;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Timing.step("command line: parsing");
        ReportOptions.Prepared prepared = output.prepare(spec);
        if (input.maxDocumentBytes < 1 || firingLimit < 1 || storyMismatchDays < 0 || storeTimeout < 0
                || batchSize != null && batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-document-bytes, --firing-limit and --batch-size must be positive, --story-mismatch-days and --store-timeout not negative");
        }
        Timing.step("command line");
        if (storeFile != null) {
            // Extraction's classes and word lists load on the other core while the input is listed and the rules load.
            org.crosscheck.extract.ParallelExtraction.warmUp();
        }
        Corpus corpus;
        try {
            corpus = Corpus.open(input.paths, input.maxDocumentBytes);
        } catch (Corpus.MissingPathException e) {
            err.println("crosscheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (corpus.size() == 0) {
            err.println("crosscheck: no articles found in " + input.paths);
            corpus.walkErrors().forEach(e -> err.println("  " + e.path() + ": " + e.message()));
            return ExitCode.USAGE.code();
        }
        Timing.step("listing the input");
        Crosscheck.Options options = new Crosscheck.Options(input.maxDocumentBytes, firingLimit, new Thresholds(storyMismatchDays));
        boolean temporaryStore = storeFile == null
                && throughStore(batchSize, corpus.size(), corpus.bytes(), Runtime.getRuntime().maxMemory());
        // Without a store, the input is read, cleaned and extracted on other threads while the
        // rules load here; the progress shows once the rules and the run's other inputs are ready.
        Terminal.Progress progress = Terminal.progress(err, corpus.size());
        java.util.concurrent.atomic.AtomicBoolean showProgress = new java.util.concurrent.atomic.AtomicBoolean();
        Crosscheck.Reading reading = storeFile == null && !temporaryStore
                ? Crosscheck.Reading.start(corpus, options, n -> {
                    if (showProgress.get()) {
                        progress.update(n);
                    }
                })
                : null;
        RuleSet rules = loadRules(rulesFolder, err);
        Timing.step(reading != null ? "loading the rules (the input read meanwhile)" : "loading the rules");
        if (rules == null || !prepared.readInputs(err)) {
            if (reading != null) {
                reading.cancel();
            }
            return ExitCode.USAGE.code();
        }
        showProgress.set(true);
        Report report;
        if (temporaryStore) {
            // A corpus too large for memory goes through a store of its own, batch by batch, so
            // that memory holds one batch and the stories it touches, never the whole corpus.
            try {
                return checkThroughTemporaryStore(corpus, rules, options, progress, prepared, err);
            } catch (StoreException | java.io.IOException e) {
                progress.done();
                err.println("crosscheck: cannot keep a temporary store in " + System.getProperty("java.io.tmpdir")
                        + " (set -Djava.io.tmpdir, or use --store FILE): " + e.getMessage());
                return ExitCode.INTERNAL.code();
            }
        } else if (storeFile == null) {
            report = Crosscheck.check(reading, rules, options);
        } else {
            try (Store store = Store.open(storeFile, Duration.ofSeconds(storeTimeout))) {
                report = StoreCheck.check(store, corpus, rules, options, prepared.suppressions(), progress::update).report();
            } catch (StoreException e) {
                progress.done();
                return StoreCommand.fail(err, e);
            }
        }
        progress.done();
        return prepared.emit(report, spec.commandLine().getOut(), err);
    }

    /**
     * Checks the corpus batch by batch through a store of its own, then writes the report of the
     * whole store and gives the exit code. JSON, text, GitHub, Markdown and SARIF reports are written
     * from the store as it is read (the memory of one item); JUnit and HTML gather the report in
     * memory first.
     */
    private int checkThroughTemporaryStore(Corpus corpus, RuleSet rules, Crosscheck.Options options,
                                           Terminal.Progress progress, ReportOptions.Prepared prepared,
                                           PrintWriter err) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("crosscheck-");
        java.nio.file.Path file = dir.resolve("corpus.db");
        try (Store store = Store.open(file, Duration.ofSeconds(storeTimeout))) {
            List<org.crosscheck.corpus.InputError> errors = StoreCheck.checkBatches(store, corpus, rules, options,
                    batchSize != null ? batchSize : DEFAULT_BATCH_SIZE, progress::update);
            progress.done();
            if (prepared.streams()) {
                return prepared.emit(StoreCheck.standingStream(store, rules, errors), spec.commandLine().getOut(), err);
            }
            Report report = inMemory(() -> StoreCheck.standing(store, rules, errors), prepared, err);
            return report == null ? ExitCode.INTERNAL.code() : prepared.emit(report, spec.commandLine().getOut(), err);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                java.nio.file.Files.deleteIfExists(dir.resolve("corpus.db" + suffix));
            }
            java.nio.file.Files.deleteIfExists(dir);
        }
    }
}
