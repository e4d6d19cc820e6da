package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.Timing;
import org.crosscheck.findings.Baseline;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.crosscheck.findings.Suppressions;
import org.crosscheck.report.AtomicFiles;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Renderer;
import org.crosscheck.report.Renderers;
import org.crosscheck.report.Report;
import org.crosscheck.report.ReportStream;
import org.crosscheck.report.StreamRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that writes a report: formats, files, the CI threshold, baseline and suppressions. */
final class ReportOptions {

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

    private record ReportFile(Renderer renderer, Path file) {
    }

    /** The options checked, before any work is done: a typo fails fast. */
    Prepared prepare(CommandLine.Model.CommandSpec spec) {
        Renderer stdout = Renderers.forStdout(Terminal.colorAllowed()).get(format);
        if (stdout == null) {
            throw usage(spec, "unknown --format '" + format + "'; expected one of " + Renderers.names(Renderers.forStdout(false)));
        }
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("never")) {
            threshold = Severity.parse(failOn);
            if (threshold == null) {
                throw usage(spec, "unknown --fail-on '" + failOn + "'; expected error, warning, note or never");
            }
        }
        Map<String, Renderer> renderers = Renderers.forFiles(threshold);
        List<ReportFile> files = new ArrayList<>();
        for (String r : reports) {
            int colon = r.indexOf(':');
            if (colon <= 0 || colon == r.length() - 1) {
                throw usage(spec, "--report takes FORMAT:FILE, for example json:report.json; got '" + r + "'");
            }
            Renderer renderer = renderers.get(r.substring(0, colon));
            if (renderer == null) {
                throw usage(spec, "unknown report format '" + r.substring(0, colon) + "'; expected one of "
                        + Renderers.names(renderers));
            }
            Path file = Path.of(r.substring(colon + 1));
            Path parent = file.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw usage(spec, "the folder for report file " + file + " does not exist");
            }
            if (Files.isDirectory(file)) {
                throw usage(spec, "report file " + file + " is a folder");
            }
            files.add(new ReportFile(renderer, file));
        }
        return new Prepared(stdout, threshold, files);
    }

    private static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Checked options, ready to read the baseline and suppressions and to write the report. */
    final class Prepared {
        private final Renderer stdout;
        private final Severity threshold;
        private final List<ReportFile> files;
        private Baseline baseline;
        private Suppressions suppressions;

        private Prepared(Renderer stdout, Severity threshold, List<ReportFile> files) {
            this.stdout = stdout;
            this.threshold = threshold;
            this.files = files;
        }

        /** The suppressions file read, or null. */
        Suppressions suppressions() {
            return suppressions;
        }

        /** Reads the baseline and suppressions files; false (with a message) when one cannot be used. */
        boolean readInputs(PrintWriter err) {
            try {
                baseline = baselineFile == null ? null : JsonRenderer.MAPPER.readValue(baselineFile.toFile(), Baseline.class);
                suppressions = suppressionsFile == null ? null
                        : JsonRenderer.MAPPER.readValue(suppressionsFile.toFile(), Suppressions.class);
            } catch (IOException e) {
                err.println("crosscheck: cannot read " + (baseline == null && baselineFile != null ? baselineFile : suppressionsFile)
                        + ": " + e.getMessage());
                return false;
            }
            if (suppressions != null && !suppressions.problems().isEmpty()) {
                err.println("crosscheck: " + suppressionsFile + ":");
                suppressions.problems().forEach(p -> err.println("  " + p));
                return false;
            }
            return true;
        }

        /**
         * Whether every format asked for is written as the report is read ({@link StreamRenderer}:
         * JSON, text, GitHub, Markdown, SARIF), so a store's whole report can be written from the
         * store whatever its size; JUnit and HTML, which group findings by story, are built from the
         * report in memory.
         */
        boolean streams() {
            return stdout instanceof StreamRenderer && files.stream().allMatch(f -> f.renderer() instanceof StreamRenderer);
        }

        /** The formats asked for that are built in memory (not {@link StreamRenderer}s), by name. */
        List<String> inMemoryFormats() {
            List<String> names = new ArrayList<>();
            if (!(stdout instanceof StreamRenderer)) {
                names.add(format);
            }
            for (String r : reports) {
                String name = r.substring(0, r.indexOf(':'));
                if (!(Renderers.forFiles(threshold).get(name) instanceof StreamRenderer) && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }

        /**
         * {@link #emit(Report, PrintWriter, PrintWriter)} for a report read as it is written
         * ({@link #streams()} must hold): each output is one pass over {@code report}, which marks
         * baseline and suppressed findings on the way; the output is the same, byte for byte, as
         * that of the same report in memory.
         */
        int emit(ReportStream report, PrintWriter out, PrintWriter err) {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            ReportStream marked = baseline == null && suppressions == null ? report
                    : report.marked(one -> Suppressions.apply(one, baseline,
                            baselineFile == null ? null : baselineFile.toString(), suppressions, today));
            // The exit code from the findings of the first pass (each pass gives the same findings).
            boolean[] failing = new boolean[1];
            ReportStream watched = marked.marked(one -> {
                failing[0] |= fails(one.get(0), threshold);
                return one;
            });
            Timing.step("assembling the report");
            try {
                java.io.Writer buffered = new java.io.BufferedWriter(out, 1 << 16);
                ((StreamRenderer) stdout).render(watched, buffered);
                buffered.flush();
                out.flush();
                for (ReportFile f : files) {
                    AtomicFiles.write(f.file(), w -> ((StreamRenderer) f.renderer()).render(marked, w));
                }
            } catch (IOException e) {
                err.println("crosscheck: cannot write the report: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            Timing.step("writing the report");
            return exitCode(failing[0], report.errors().isEmpty()).code();
        }

        /** Marks baseline and suppressed findings, writes standard output and the report files, and gives the exit code. */
        int emit(Report report, PrintWriter out, PrintWriter err) {
            if (baseline != null || suppressions != null) {
                // Expiry is the only thing here that depends on the day of the run.
                report = report.withFindings(Suppressions.apply(report.findings(), baseline,
                        baselineFile == null ? null : baselineFile.toString(), suppressions,
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
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
    }

    static ExitCode exitCode(Report report, Severity threshold) {
        return exitCode(report.findings().stream().anyMatch(f -> fails(f, threshold)), report.errors().isEmpty());
    }

    /** Whether a finding fails the run: new, and at or above the threshold ({@code --fail-on}). */
    private static boolean fails(Finding f, Severity threshold) {
        return threshold != null && f.status() == Finding.Status.NEW && f.severity().atLeast(threshold);
    }

    private static ExitCode exitCode(boolean failing, boolean noErrors) {
        return failing ? ExitCode.FINDINGS : noErrors ? ExitCode.OK : ExitCode.INPUT_ERRORS;
    }
}
