package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.rules.RuleLoadException;
import org.crosscheck.rules.RuleMetadata;
import org.crosscheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck rules}: compiles the rules and lists each with its metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Compiles the rules (packaged, plus --rules DIR) and lists them with their metadata.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of .drl rules that add to or replace the packaged ones.")
    Path rulesFolder;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + format + "'; expected text or json");
        }
        RuleSet rules = loadRules(rulesFolder, err);
        if (rules == null) {
            return ExitCode.USAGE.code();
        }
        List<RuleMetadata> all = rules.rules();
        if (format.equals("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rules", all);
            out.println(JsonRenderer.MAPPER.writeValueAsString(doc));
        } else {
            for (RuleMetadata m : all) {
                out.printf("%-26s %-8s %s%n", m.id(), m.severity().word(), m.summary());
                out.printf("%-26s %-8s rule \"%s\" in %s:%d%n", "", "", m.name(), m.file(), m.line());
            }
            out.println(all.size() + " rules");
        }
        return ExitCode.OK.code();
    }

    /** Loads the rules, or prints every problem with its file and line and returns null. */
    static RuleSet loadRules(Path folder, PrintWriter err) {
        try {
            return RuleSet.load(folder);
        } catch (RuleLoadException e) {
            err.println("crosscheck: the rules could not be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        }
    }
}
