package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.report.AtomicFiles;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;
import org.crosscheck.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck store stats|export|vacuum FILE}: looking after a store. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Looks after a store: stats (counts and size), export (standing findings as JSON, and decisions "
                + "as a suppressions file) or vacuum (reclaims free space).")
final class StoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "stats, export or vacuum.")
    String action;

    @Parameters(index = "1", paramLabel = "FILE", description = "The store.")
    Path storeFile;

    @Option(names = "--findings", paramLabel = "FILE",
            description = "export: write the standing findings (the JSON report) here instead of standard output.")
    Path findingsFile;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "export: also write the editors' decisions as a suppressions file, for 'check --suppressions'.")
    Path suppressionsFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Map.of("stats", 1, "export", 1, "vacuum", 1).containsKey(action)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown store action '" + action + "'; expected stats, export or vacuum");
        }
        if (!exists(storeFile, err)) {
            return ExitCode.USAGE.code();
        }
        try (Store store = Store.open(storeFile, Duration.ofSeconds(60))) {
            switch (action) {
                case "stats" -> store.stats().forEach((k, v) -> out.println(k + ": " + v));
                case "vacuum" -> {
                    long before = Files.size(storeFile);
                    store.vacuum();
                    out.println("vacuumed " + storeFile + ": " + before + " bytes before, " + Files.size(storeFile) + " after");
                }
                default -> {
                    RuleSet rules = RulesCommand.loadRules(null, err);
                    if (rules == null) {
                        return ExitCode.INTERNAL.code();
                    }
                    // The JSON report, written from the store as it is read (the memory of one item).
                    org.crosscheck.report.StreamRenderer json = new JsonRenderer();
                    org.crosscheck.report.ReportStream standing = StoreCheck.standingStream(store, rules, java.util.List.of());
                    // In one read transaction: the store as one commit left it, even while a batch is written.
                    IOException failed = store.snapshot(() -> {
                        try {
                            if (findingsFile == null) {
                                java.io.Writer buffered = new java.io.BufferedWriter(out, 1 << 16);
                                json.render(standing, buffered);
                                buffered.flush();
                            } else {
                                AtomicFiles.write(findingsFile, w -> json.render(standing, w));
                            }
                            return null;
                        } catch (IOException e) {
                            return e;
                        }
                    });
                    if (failed != null) {
                        throw failed;
                    }
                    if (suppressionsFile != null) {
                        String s = JsonRenderer.MAPPER.writeValueAsString(StoreCheck.decisionsAsSuppressions(store)) + "\n";
                        AtomicFiles.write(suppressionsFile, s.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (StoreException e) {
            return fail(err, e);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * Whether the store a command reads exists; if not, says so and how one is made. Only
     * {@code check --store} creates a store: a typo elsewhere must not leave an empty one behind.
     */
    static boolean exists(Path storeFile, PrintWriter err) {
        if (Files.exists(storeFile)) {
            return true;
        }
        err.println("crosscheck: store " + storeFile + " does not exist; 'crosscheck check --store " + storeFile
                + " PATH...' creates it");
        return false;
    }

    /** Prints a store's failure and gives its exit code: 5 when it is busy, 2 when it cannot be used, 3 otherwise. */
    static int fail(PrintWriter err, StoreException e) {
        err.println("crosscheck: " + e.getMessage());
        err.flush();
        return switch (e.kind()) {
            case BUSY -> ExitCode.STORE_BUSY.code();
            case NOT_A_STORE, NEWER_SCHEMA, READ_ONLY -> ExitCode.USAGE.code();
            case FULL, FAILED -> ExitCode.INTERNAL.code();
        };
    }
}
