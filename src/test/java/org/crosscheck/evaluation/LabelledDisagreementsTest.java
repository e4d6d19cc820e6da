package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(LabelledDisagreements.fits("other", "name-variant"), "an 'other' label may be found by any rule");
    }
}
