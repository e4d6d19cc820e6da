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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Standard output format: text, json, markdown or github (workflow-command annotations) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--report", paramLabel = "FORMAT:FILE",
            description = "Also write a report file: json, markdown, text, sarif, junit or html. Repeatable.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a new finding is at or above this severity: error, warning, note or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings whose fingerprints are in this baseline (from 'crosscheck baseline') are marked baseline, and --fail-on ignores them.")
    Path baselineFile;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "A JSON file of suppressions, each with a reason and an optional expiry date; matching findings are marked suppressed.")
    Path suppressionsFile;

    @Option(names = "--story-mismatch-days", paramLabel = "N", defaultValue = "30",
            description = "How many days a publication timestamp may be from the date of the event it reports (default: ${DEFAULT-VALUE}).")
    int storyMismatchDays;

    @Option(names = "--firing-limit", paramLabel = "N", defaultValue = "100000",
            description = "Stop a rule session after this many rule firings (default: ${DEFAULT-VALUE}).")
    int firingLimit;

    private record ReportFile(Renderer renderer, Path file) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Timing.step("command line: parsing");
        boolean color = Terminal.colorAllowed();
        Renderer stdout = Renderers.forStdout(color).get(format);
        if (stdout == null) {
            throw usage("unknown --format '" + format + "'; expected one of " + Renderers.names(Renderers.forStdout(false)));
        }
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("never")) {
            threshold = Severity.parse(failOn);
            if (threshold == null) {
                throw usage("unknown --fail-on '" + failOn + "'; expected error, warning, note or never");
            }
        }
        List<ReportFile> files = reportFiles(threshold);
        if (input.maxDocumentBytes < 1 || firingLimit < 1 || storyMismatchDays < 0) {
            throw usage("--max-document-bytes and --firing-limit must be positive, --story-mismatch-days not negative");
        }
        Timing.step("command line");
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
        RuleSet rules = loadRules(rulesFolder, err);
        Timing.step("loading the rules");
        if (rules == null) {
            return ExitCode.USAGE.code();
        }
        Baseline baseline;
        Suppressions suppressions;
        try {
            baseline = baselineFile == null ? null : JsonRenderer.MAPPER.readValue(baselineFile.toFile(), Baseline.class);
            suppressions = suppressionsFile == null ? null
                    : JsonRenderer.MAPPER.readValue(suppressionsFile.toFile(), Suppressions.class);
        } catch (IOException e) {
            err.println("crosscheck: cannot read " + (baselineFile != null ? baselineFile : suppressionsFile) + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (suppressions != null && !suppressions.problems().isEmpty()) {
            err.println("crosscheck: " + suppressionsFile + ":");
            suppressions.problems().forEach(p -> err.println("  " + p));
            return ExitCode.USAGE.code();
        }
        Terminal.Progress progress = Terminal.progress(err, corpus.size());
        Report report = Crosscheck.check(corpus, rules,
                new Crosscheck.Options(input.maxDocumentBytes, firingLimit, new Thresholds(storyMismatchDays)), progress::update);
        progress.done();
        if (baseline != null || suppressions != null) {
            // Expiry is the only thing here that depends on the day of the run.
            report = report.withFindings(Suppressions.apply(report.findings(), baseline,
                    baselineFile == null ? null : baselineFile.toString(), suppressions, java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        }
        Timing.step("assembling the report");
        try {
            StringBuilder sb = new StringBuilder();
            stdout.render(report, sb);
            out.print(sb);
            out.flush();
            for (ReportFile f : files) {
                StringBuilder content = new StringBuilder();
                f.renderer().render(report, content);
                AtomicFiles.write(f.file(), content.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            err.println("crosscheck: cannot write the report: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Timing.step("writing the report");
        return exitCode(report, threshold).code();
    }

    static ExitCode exitCode(Report report, Severity threshold) {
        if (threshold != null) {
            for (Finding f : report.findings()) {
                if (f.status() == Finding.Status.NEW && f.severity().atLeast(threshold)) {
                    return ExitCode.FINDINGS;
                }
            }
        }
        return report.errors().isEmpty() ? ExitCode.OK : ExitCode.INPUT_ERRORS;
    }

    private List<ReportFile> reportFiles(Severity threshold) {
        Map<String, Renderer> renderers = Renderers.forFiles(threshold);
        List<ReportFile> out = new ArrayList<>();
        for (String spec : reports) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw usage("--report takes FORMAT:FILE, for example json:report.json; got '" + spec + "'");
            }
            Renderer r = renderers.get(spec.substring(0, colon));
            if (r == null) {
                throw usage("unknown report format '" + spec.substring(0, colon) + "'; expected one of "
                        + Renderers.names(renderers));
            }
            Path file = Path.of(spec.substring(colon + 1));
            Path parent = file.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw usage("the folder for report file " + file + " does not exist");
            }
            if (Files.isDirectory(file)) {
                throw usage("report file " + file + " is a folder");
            }
            out.add(new ReportFile(r, file));
        }
        return out;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
