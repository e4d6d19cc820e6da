package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

/** How a labelled disagreement is matched to a finding (runs in the unit suite; no corpus needed). */
class LabelledDisagreementsTest {

    @Test
    void aFindingMustBeOfARuleThatFitsTheLabelsKind() {
        assertTrue(LabelledDisagreements.fits("quantity", "attribute-conflict"));
        assertTrue(LabelledDisagreements.fits("toll", "quantity-conflict"));
        assertFalse(LabelledDisagreements.fits("quantity", "name-variant"));
        assertFalse(LabelledDisagreements.fits("name", "quote-variant"));
        assertTrue(LabelledDisagreements.fits("date", "event-date-conflict"));
        assertFalse(LabelledDisagreements.fits("place", "event-date-conflict"));
        assertTrue(LabelledDisagreements.fits("time", "attribute-conflict"), "the game clock at a named play");
        assertTrue(LabelledDisagreements.fits("date", "attribute-conflict"), "the year a named clinic was founded");
        assertFalse(LabelledDisagreements.fits("time", "quantity-conflict"));
        assertFalse(LabelledDisagreements.fits("date", "event-place-conflict"));
        assertTrue(LabelledDisagreements.fits("place", "attribute-conflict"), "the town a named building stands in");
        assertFalse(LabelledDisagreements.fits("place", "quantity-conflict"));
        assertTrue(LabelledDisagreements.fits("other", "name-variant"), "an 'other' label may be found by any rule");
    }

    private static Finding finding(String rule, Evidence... evidence) {
        return new Finding("f", rule, Severity.WARNING, "", "", "s", List.of("a", "b", "c"), List.of(evidence),
                Finding.Status.NEW, null);
    }

    private static final LabelledDisagreements.Label OTHER_RIFLES = new LabelledDisagreements.Label("12", "ecb", "quantity",
            "rifles besides the AK-47s", false, false, List.of(
                    new LabelledDisagreements.Value("a", "3", "", 10, 60),
                    new LabelledDisagreements.Value("b", "2", "", 10, 60)));

    @Test
    void theFindingMustSetTheTwoLabelledValuesApart() {
        Finding akOnly = finding("quantity-conflict", new Evidence("a", 12, 17, 1, 1, "seven", "ak 7"),
                new Evidence("b", 12, 17, 1, 1, "seven", "ak 7"), new Evidence("c", 5, 7, 1, 1, "12", "ak 12"));
        assertNull(LabelledDisagreements.foundBy(OTHER_RIFLES, List.of(akOnly)),
                "both labelled sources give seven AK-47s in the finding: it does not hold their disagreement");
        Finding rifles = finding("quantity-conflict", new Evidence("a", 40, 45, 1, 1, "three", "rifle 3"),
                new Evidence("b", 40, 43, 1, 1, "two", "rifle 2"));
        assertSame(rifles, LabelledDisagreements.foundBy(OTHER_RIFLES, List.of(akOnly, rifles)));
        Finding quote = finding("quantity-conflict", new Evidence("a", 40, 45, 1, 1, "three", null),
                new Evidence("b", 40, 43, 1, 1, "two", null));
        assertSame(quote, LabelledDisagreements.foundBy(OTHER_RIFLES, List.of(quote)), "evidence without values: held is enough");
        assertNull(LabelledDisagreements.foundBy(OTHER_RIFLES, List.of(finding("name-variant",
                new Evidence("a", 40, 45, 1, 1, "x", "x"), new Evidence("b", 40, 43, 1, 1, "y", "y")))), "a rule of another kind");
    }

    @Test
    void recallIsGivenByTheSecondReadersVerdictWhereThereIsOne() {
        Finding rifles = finding("quantity-conflict", new Evidence("a", 40, 45, 1, 1, "three", "rifle 3"),
                new Evidence("b", 40, 43, 1, 1, "two", "rifle 2"));
        LabelledDisagreements.Label agreed = new LabelledDisagreements.Label("12", "ecb", "quantity", "rifles", false,
                false, OTHER_RIFLES.values(), "real");
        LabelledDisagreements.Label disputed = new LabelledDisagreements.Label("12", "ecb", "quantity", "pistols", false,
                true, List.of(new LabelledDisagreements.Value("a", "1", "", 100, 110),
                        new LabelledDisagreements.Value("b", "2", "", 100, 110)), "not");
        String table = LabelledDisagreements.describe(List.of(agreed, disputed), List.of(rifles));
        assertTrue(table.contains("by the second reader's verdict: not 0 of 1; real 1 of 1\n"), table);
        assertFalse(LabelledDisagreements.describe(List.of(OTHER_RIFLES), List.of(rifles)).contains("second reader"),
                "no second reader, no line");
    }

    @Test
    void heldOutTablesGiveCountsButNoLabelOfTheirOwn() {
        Finding rifles = finding("quantity-conflict", new Evidence("a", 40, 45, 1, 1, "three", "rifle 3"),
                new Evidence("b", 40, 43, 1, 1, "two", "rifle 2"));
        LabelledDisagreements.Label agreed = new LabelledDisagreements.Label("12", "ecb", "quantity", "rifles", false,
                false, OTHER_RIFLES.values(), "real");
        String listed = LabelledDisagreements.describe(List.of(agreed), List.of(rifles), true);
        String counted = LabelledDisagreements.describe(List.of(agreed), List.of(rifles), false);
        assertTrue(listed.contains("  found: 12 quantity rifles <- "), listed);
        assertFalse(counted.contains("rifles"), counted);
        assertTrue(counted.startsWith("labelled disagreements found: 1 of 1 (recall 1.000)"), counted);
        assertTrue(counted.contains("  quantity     1 of   1\n"), counted);
        assertEquals(listed, LabelledDisagreements.describe(List.of(agreed), List.of(rifles)), "listing is the default");
    }
}
