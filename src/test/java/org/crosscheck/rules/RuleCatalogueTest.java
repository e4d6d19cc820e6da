package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails once, listing every rule that lacks metadata, an explanation page, a case file, or a
 * positive or negative case, and every page or case file that names no rule.
 */
class RuleCatalogueTest {

    /** The public rule ids of the design's catalogue: reports, baselines and CI filters use them. */
    private static final Set<String> CATALOGUE = Set.of(
            "timestamp-missing", "timestamp-order", "timestamp-story-mismatch", "weekday-mismatch",
            "event-date-conflict", "event-place-conflict", "quantity-conflict", "quote-variant",
            "quote-misattribution", "role-conflict", "name-variant", "attribute-conflict", "internal-conflict");

    @Test
    void everyRuleIsCompleteAndEveryFileBelongsToARule() throws Exception {
        RuleSet rules = RuleSet.load(null);
        Set<String> ids = new TreeSet<>();
        rules.rules().forEach(m -> ids.add(m.id()));
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            if (!CATALOGUE.contains(id)) {
                problems.add(id + ": not an id of the design's rule catalogue");
            }
            Path page = RuleCases.RULES.resolve(id + ".md");
            if (!Files.exists(page)) {
                problems.add(id + ": no explanation page " + page);
            } else {
                String text = Files.readString(page);
                for (String heading : List.of("# " + id, "## What it finds", "## Why this severity", "## What to do")) {
                    if (!text.contains(heading)) {
                        problems.add(page + ": missing \"" + heading + "\"");
                    }
                }
            }
            Path cases = RuleCases.RULES.resolve(id + ".cases.yaml");
            if (!Files.exists(cases)) {
                problems.add(id + ": no case file " + cases);
            } else {
                RuleCases c = RuleCases.read(cases);
                if (!id.equals(c.rule())) {
                    problems.add(cases + ": names rule " + c.rule());
                }
                if (c.cases().stream().noneMatch(RuleCases.Case::positive)) {
                    problems.add(cases + ": no positive case");
                }
                if (c.cases().stream().anyMatch(x -> !x.positive()) == false) {
                    problems.add(cases + ": no negative case");
                }
            }
        }
        for (Path p : listRules()) {
            String name = p.getFileName().toString();
            String id = name.endsWith(".cases.yaml") ? name.substring(0, name.length() - ".cases.yaml".length())
                    : name.endsWith(".md") ? name.substring(0, name.length() - 3) : null;
            if (id != null && !ids.contains(id)) {
                problems.add(p + ": names no loaded rule");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Path> listRules() throws IOException {
        try (Stream<Path> s = Files.list(RuleCases.RULES)) {
            return s.sorted().toList();
        }
    }
}
