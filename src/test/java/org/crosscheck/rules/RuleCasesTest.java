package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of every rule's case file against the packaged rules. */
class RuleCasesTest {
    private static RuleEngine engine;

    @BeforeAll
    static void compile() throws RuleLoadException {
        engine = new RuleEngine(RuleSet.load(null), RuleEngine.DEFAULT_FIRING_LIMIT);
    }

    @TestFactory
    List<DynamicContainer> everyCaseOfEveryRule() throws Exception {
        List<DynamicContainer> out = new ArrayList<>();
        for (Path file : RuleCases.files()) {
            RuleCases cases = RuleCases.read(file);
            List<DynamicTest> tests = new ArrayList<>();
            for (RuleCases.Case c : cases.cases()) {
                tests.add(DynamicTest.dynamicTest(c.name(), () ->
                        assertEquals(List.of(), RuleCases.compare(c.findings(), RuleCases.run(engine, cases.rule(), c)),
                                file + ": " + c.name())));
            }
            out.add(DynamicContainer.dynamicContainer(cases.rule(), tests));
        }
        return out;
    }
}
