package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/** Distances written with a half in words, read as figures measured in their unit (sentences written for this test). */
class HalvesReadTest {

    private static List<String> figures(String sentence) {
        return Extractor.extract(Cleaner.clean(Fixtures.document("d", "Reporter\n\n" + sentence + "\n"))).claims().stream()
                .filter(c -> c instanceof QuantityClaim)
                .map(c -> (QuantityClaim) c)
                .map(q -> q.text() + " = " + q.measure() + " " + q.low() + ".." + q.high())
                .toList();
    }

    @Test
    void aHomeHalfAMileAwayIsMeasuredInMiles() {
        assertEquals(List.of("half a = miles 0.5..0.5"),
                figures("Dora Fenn, who lived half a mile away in Oakdale, was taken to hospital."));
        assertEquals("about a mile and a half = miles 1.25..1.75",
                figures("She had moved about a mile and a half away nine or ten years ago, a friend said.").get(0));
    }

    @Test
    void aFractionGivesNoCountOfQuarters() {
        assertEquals(List.of(), figures("The browser runs on nearly three-quarters of the office computers."));
    }
}
