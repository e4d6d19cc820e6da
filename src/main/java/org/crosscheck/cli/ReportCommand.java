package org.crosscheck.cli;

import static org.crosscheck.cli.RulesCommand.loadRules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;
import org.crosscheck.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck report --store FILE}: every finding standing in a store, in any report format. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports every finding standing in a store, with the same formats and exit codes as check.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "FILE", required = true, description = "The store to report on.")
    Path storeFile;

    @CommandLine.Mixin
    ReportOptions output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of .drl rules whose pages the report shows (the findings are those the store holds).")
    Path rulesFolder;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportOptions.Prepared prepared = output.prepare(spec);
        if (!StoreCommand.exists(storeFile, err)) {
            return ExitCode.USAGE.code();
        }
        RuleSet rules = loadRules(rulesFolder, err);
        if (rules == null || !prepared.readInputs(err)) {
            return ExitCode.USAGE.code();
        }
        Report report;
        try (Store store = Store.open(storeFile, Duration.ofSeconds(60))) {
            if (prepared.streams()) {
                // Written from the store as it is read: the memory of one item, whatever the store holds;
                // in one read transaction, so every pass reads the store as one commit left it.
                return store.snapshot(() -> prepared.emit(StoreCheck.standingStream(store, rules, java.util.List.of()),
                        spec.commandLine().getOut(), err));
            }
            report = CheckCommand.inMemory(() -> StoreCheck.standing(store, rules), prepared, err);
        } catch (StoreException e) {
            return StoreCommand.fail(err, e);
        }
        if (report == null) {
            return ExitCode.INTERNAL.code();
        }
        return prepared.emit(report, spec.commandLine().getOut(), err);
    }
}
