package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Finding;
import org.crosscheck.report.Renderers;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged rules' executable model, compiled at build time, is the same rule base as their DRL
 * compiled at run time: the same rules with the same metadata, and exactly the same findings on
 * the seeds and on every rule case. A {@code --rules} folder is still compiled at run time.
 */
class PrecompiledRulesTest {

    private static RuleSet buildTime;
    private static RuleSet runTime;

    @BeforeAll
    static void load() throws RuleLoadException {
        buildTime = RuleSet.load(null);
        runTime = RuleSet.loadCompiledAtRunTime();
    }

    @Test
    void theMavenBuildCompiledThePackagedRules() {
        assertTrue(buildTime.compiledAtBuildTime(),
                "no executable model made from these rules/*.drl on the class path: did RuleModelGenerator run?");
        assertFalse(runTime.compiledAtBuildTime());
    }

    @Test
    void sameRulesWithTheSameMetadataAndCatalogue() {
        assertEquals(runTime.rules(), buildTime.rules());
        assertEquals(runTime.catalogue(), buildTime.catalogue());
    }

    @Test
    void sameReportOnTheSeedsByteForByte() throws Exception {
        assertEquals(report(runTime), report(buildTime));
    }

    @Test
    void sameFindingsOnEveryRuleCase() throws Exception {
        RuleEngine a = new RuleEngine(runTime, RuleEngine.DEFAULT_FIRING_LIMIT);
        RuleEngine b = new RuleEngine(buildTime, RuleEngine.DEFAULT_FIRING_LIMIT);
        int compared = 0;
        for (Path file : RuleCases.files()) {
            RuleCases cases = RuleCases.read(file);
            for (RuleCases.Case c : cases.cases()) {
                List<Finding> expected = RuleCases.run(a, cases.rule(), c);
                assertEquals(expected, RuleCases.run(b, cases.rule(), c), file + ": " + c.name());
                compared++;
            }
        }
        assertTrue(compared > 20, "only " + compared + " cases");
    }

    @Test
    void aRulesFolderIsCompiledAtRunTimeAndStillReplacesByFileName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("timestamp-missing.drl"), RuleSetTest.HEADER
                + RuleSetTest.rule("mine", "timestamp-missing", "error", "No date"));
        RuleSet set = RuleSet.load(dir);
        assertFalse(set.compiledAtBuildTime());
        assertEquals(null, set.metadata("timestamp-missing"));
        assertEquals("mine", set.metadata("mine").name());
        long replaced = buildTime.rules().stream().filter(r -> r.file().endsWith("/timestamp-missing.drl")).count();
        assertEquals(buildTime.rules().size() - replaced + 1, set.rules().size(), "the packaged file's rules out, ours in");
    }

    private static String report(RuleSet rules) throws Exception {
        Report report = Crosscheck.check(Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                rules, Crosscheck.Options.DEFAULTS, n -> { });
        StringBuilder sb = new StringBuilder();
        Renderers.forFiles(null).get("json").render(report, sb);
        return sb.toString();
    }
}
