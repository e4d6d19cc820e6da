package org.crosscheck.cli;

import static org.crosscheck.cli.RulesCommand.loadRules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Baseline;
import org.crosscheck.report.AtomicFiles;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck baseline FILE PATH...}: records the fingerprints of the current findings. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Checks the articles under PATH... and writes the fingerprints of all findings to FILE, "
                + "for 'check --baseline FILE'.")
final class BaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The baseline file to write.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    java.util.List<Path> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of .drl rules that add to or replace the packaged ones.")
    Path rulesFolder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the folder for baseline file " + file + " does not exist");
        }
        Corpus corpus;
        try {
            corpus = Corpus.open(paths, Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        } catch (Corpus.MissingPathException e) {
            err.println("crosscheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        RuleSet rules = loadRules(rulesFolder, err);
        if (rules == null) {
            return ExitCode.USAGE.code();
        }
        Report report = Crosscheck.check(corpus, rules, Crosscheck.Options.DEFAULTS, n -> { });
        Baseline baseline = Baseline.of(report.findings());
        AtomicFiles.write(file, (JsonRenderer.MAPPER.writeValueAsString(baseline) + "\n").getBytes(StandardCharsets.UTF_8));
        out.println("wrote " + baseline.fingerprints().size() + " fingerprints to " + file);
        return report.errors().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERRORS.code();
    }
}
