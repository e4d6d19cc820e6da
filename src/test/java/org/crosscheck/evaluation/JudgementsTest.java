package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

/** How judged precision is counted, with and without a second reader (unit suite; no corpus needed). */
class JudgementsTest {

    private static Finding finding(String rule, String a, String b) {
        return new Finding("f-" + a + b, rule, Severity.NOTE, "why", "m", "S", List.of("d1", "d2"),
                List.of(new Evidence("d1", 0, a.length(), 1, 1, a, a), new Evidence("d2", 0, b.length(), 1, 1, b, b)),
                Finding.Status.NEW, null);
    }

    private static Judgements.Judgement judged(String rule, String a, String b, boolean real, boolean second) {
        return new Judgements.Judgement(rule, List.of("d1", "d2"),
                List.of(new Judgements.Source("d1", a), new Judgements.Source("d2", b)), real, real ? "real" : "house-style", "", second);
    }

    @Test
    void theFirstReadingIsReportedAndTheSecondBesideItWithTheDisputedCount() {
        List<Finding> findings = List.of(finding("name-variant", "Giannis", "Yiannis"), finding("name-variant", "Kyiv", "Kiev"),
                finding("name-variant", "Lindor", "Lindorr"));
        List<Judgements.Judgement> judgements = List.of(
                judged("name-variant", "Giannis", "Yiannis", false, false),
                judged("name-variant", "Giannis", "Yiannis", true, true),
                judged("name-variant", "Kyiv", "Kiev", true, false));
        String out = Judgements.describe(judgements, findings);
        assertTrue(out.contains("name-variant                 1 /   2  0.500  unjudged 1\n"), out);
        assertTrue(out.contains("name-variant: house-style: 1"), out);
        assertTrue(out.contains("with the second reader's judgements"), out);
        assertTrue(out.contains("name-variant                 2 /   2  1.000  unjudged 1  disputed 1\n"), out);
        // Without second readings, only the first table.
        String firstOnly = Judgements.describe(judgements.subList(2, 3), findings);
        assertTrue(!firstOnly.contains("second reader"), firstOnly);
    }
}
