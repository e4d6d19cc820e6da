package org.crosscheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.Crosscheck;
import org.crosscheck.Timing;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command and its subcommands. */
@Command(name = "crosscheck",
        mixinStandardHelpOptions = true,
        version = "crosscheck " + Crosscheck.VERSION,
        description = "Checks a corpus of news articles for claims that contradict each other or the calendar.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage or configuration error (bad option, missing path, broken rule)",
            "3:internal failure",
            "4:the run finished, but some inputs could not be processed",
            "5:the store is busy: another run is writing it (--store-timeout)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, report, store, review, extract, rules or baseline");
    }

    public static void main(String[] args) {
        Timing.start();
        if (org.crosscheck.rules.RuleBaseAhead.wanted(args)) {
            // The rule base is built on the core that parsing and listing leave idle.
            org.crosscheck.rules.RuleBaseAhead.start();
        }
        int code = run(args, System.out, System.err);
        Timing.print(System.err);
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new Main());
        // picocli reads a command's annotations when it is added, which costs start-up time:
        // only the subcommand named is added, or all of them when none is (for help and errors).
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", CheckCommand::new);
        subcommands.put("report", ReportCommand::new);
        subcommands.put("store", StoreCommand::new);
        subcommands.put("review", ReviewCommand::new);
        subcommands.put("extract", ExtractCommand::new);
        subcommands.put("rules", RulesCommand::new);
        subcommands.put("baseline", BaselineCommand::new);
        Supplier<Object> named = args.length > 0 ? subcommands.get(args[0]) : null;
        if (named != null) {
            cmd.addSubcommand(args[0], named.get());
        } else {
            subcommands.forEach((name, sub) -> cmd.addSubcommand(name, sub.get()));
        }
        Timing.step("command line: picocli");
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cmd.setOut(outWriter);
        cmd.setErr(errWriter);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        cmd.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK.code());
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        }
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            errWriter.println("crosscheck: internal error: " + ex);
            errWriter.println("Please report this with the command you ran. Set CROSSCHECK_DEBUG=1 to see the stack trace.");
            if (System.getenv("CROSSCHECK_DEBUG") != null) {
                ex.printStackTrace(errWriter);
            }
            errWriter.flush();
            return ExitCode.INTERNAL.code();
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // Exit 1 would tell CI "findings"; running out of memory is crosscheck's failure.
            errWriter.println("crosscheck: out of memory; give Java more heap (java -Xmx4g -jar ...) or lower "
                    + "--max-document-bytes so that very large documents are listed as errors instead");
            code = ExitCode.INTERNAL.code();
        }
        outWriter.flush();
        errWriter.flush();
        return code;
    }
}
