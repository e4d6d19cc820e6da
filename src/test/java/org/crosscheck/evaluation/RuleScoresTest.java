package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

/** Precision and recall per rule, with samples (unit suite; no corpus needed). */
class RuleScoresTest {

    private static Finding finding(String rule, String a, String b) {
        return new Finding("f-" + a + b, rule, Severity.WARNING, "why", "m", "S", List.of("d1", "d2"),
                List.of(new Evidence("d1", 0, 5, 1, 1, a, a), new Evidence("d2", 0, 5, 1, 1, b, b)),
                Finding.Status.NEW, null);
    }

    private static LabelledDisagreements.Label label(String kind, String second, int start) {
        return new LabelledDisagreements.Label("1", "ecb", kind, kind + " fact", false, false, List.of(
                new LabelledDisagreements.Value("d1", "x", "", start, start + 5),
                new LabelledDisagreements.Value("d2", "y", "", start, start + 5)), second);
    }

    @Test
    void eachKindBelongsToOneRuleAndTheRestAreOther() {
        assertEquals("quantity-conflict", RuleScores.ruleOf("toll"));
        assertEquals("quantity-conflict", RuleScores.ruleOf("quantity"));
        assertEquals("event-date-conflict", RuleScores.ruleOf("time"));
        assertEquals("role-conflict", RuleScores.ruleOf("title"));
        assertEquals(RuleScores.OTHER, RuleScores.ruleOf("other"));
        // Every kind a rule owns is one LabelledDisagreements lets that rule find.
        RuleScores.KINDS_OF_RULE.forEach((rule, kinds) -> kinds.forEach(k ->
                assertTrue(LabelledDisagreements.fits(k, rule), k + " found by " + rule)));
    }

    @Test
    void recallCountsLabelsOfTheRulesKindsFoundByAnyFittingRuleAndTheConfirmedApart() {
        // A toll found by attribute-conflict counts for quantity-conflict's kinds; a quantity at
        // other words is missed; a name-variant finding over a quantity's words finds nothing.
        List<Finding> findings = List.of(finding("attribute-conflict", "3", "4"), finding("name-variant", "Ann", "Anne"));
        List<LabelledDisagreements.Label> labels = List.of(label("toll", "real", 0), label("quantity", "real", 50),
                label("quantity", "not", 0), label("other", null, 90));
        Map<String, int[]> r = RuleScores.recall(labels, findings);
        assertArrayEquals(new int[] {2, 3, 1, 2}, r.get("quantity-conflict"));
        assertArrayEquals(new int[] {0, 1, 0, 0}, r.get(RuleScores.OTHER));
        assertEquals(2, r.size());
    }

    @Test
    void theTableGivesEachRuleItsPrecisionAndRecallWithTheirSamples() {
        List<Finding> findings = List.of(finding("quantity-conflict", "3", "4"), finding("quantity-conflict", "5", "9"),
                finding("timestamp-missing", "a", "b"));
        List<Judgements.Judgement> judged = List.of(
                new Judgements.Judgement("quantity-conflict", List.of("d1", "d2"),
                        List.of(new Judgements.Source("d1", "3"), new Judgements.Source("d2", "4")), true, "real", "", false),
                new Judgements.Judgement("quantity-conflict", List.of("d1", "d2"),
                        List.of(new Judgements.Source("d1", "5"), new Judgements.Source("d2", "9")), false, "update", "", false),
                new Judgements.Judgement("quantity-conflict", List.of("d1", "d2"),
                        List.of(new Judgements.Source("d1", "5"), new Judgements.Source("d2", "9")), true, "real", "", true));
        String out = RuleScores.describe(judged, List.of(label("quantity", "real", 0)),
                List.of(label("quantity", "real", 200), label("quantity", "unsure", 0)), findings);
        assertTrue(out.contains("  quantity-conflict      1/2 0.500         2/2 1.000         | 1/1 1.000     1/1 1.000     "
                + "| 1/2 0.500     0/1 0.000    \n"), out);
        assertTrue(out.contains("  timestamp-missing      0/0               0/0               | -             -"), out);
        assertTrue(out.contains("  name-variant           -                 -                 | -             -"), out);
        assertTrue(out.contains("  " + RuleScores.OTHER), out);
        assertEquals("0/0", RuleScores.ratio(0, 0));
        assertEquals("2/3 0.667", RuleScores.ratio(2, 3));
    }

    @Test
    void aCorpusWithOneSetOfLabelsGetsItsOwnColumnsOnly() {
        String out = RuleScores.describe(List.of(), "AQUAINT", List.of(label("name", "real", 0)), null, List.of(),
                List.of(finding("name-variant", "Ann", "Anne")));
        assertTrue(out.contains("| AQUAINT       AQUAINT, 2nd \n"), out);
        assertTrue(out.contains("  name-variant           0/0               0/0               | 1/1 1.000     1/1 1.000    \n"), out);
        assertTrue(!out.contains("held-out"), out);
    }
}
