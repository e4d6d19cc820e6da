package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How two reports' counts of one event order the reports: a running count before a higher figure. */
class RunningCountProperties {

    @Provide
    Arbitrary<QuantityClaim> counts() {
        Arbitrary<Integer> low = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> width = Arbitraries.integers().between(0, 10);
        Arbitrary<String> hedge = Arbitraries.of("", "at least", "more than", "about");
        return Combinators.combine(Arbitraries.of("a", "b"), low, width, hedge, Arbitraries.of(true, false))
                .as((document, l, w, h, open) -> {
                    boolean minimum = h.equals("at least") || h.equals("more than") || open && !h.isEmpty();
                    double high = minimum ? Double.POSITIVE_INFINITY : l + w;
                    boolean lowOpen = h.equals("more than");
                    return new QuantityClaim(document, new Span(0, 2), "n", "killed", null, l, h, l, lowOpen, high,
                            minimum, 1, null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null,
                            true, true, true, null, null, null);
                });
    }

    @Property
    void noTwoCountsShowEachOtherEarlier(@ForAll("counts") QuantityClaim x, @ForAll("counts") QuantityClaim y) {
        assertFalse(x.showsEarlierThan(y) && y.showsEarlierThan(x), x + " and " + y);
    }

    @Property
    void onlyARunningCountOfAnotherReportShowsAnOrder(@ForAll("counts") QuantityClaim x, @ForAll("counts") QuantityClaim y) {
        if (x.showsEarlierThan(y)) {
            assertTrue(x.runningCount(), x.toString());
            assertFalse(x.document().equals(y.document()));
            assertTrue(y.interval().low() >= x.interval().low(), "the later figure starts no lower");
            assertFalse(y.interval().contains(x.low()) && !x.interval().lowOpen() && y.low() == x.low(),
                    "the running count's own minimum is no later figure");
        }
    }

    @Property
    void lowerAndHigherAreTheTwoFigures(@ForAll("counts") QuantityClaim x, @ForAll("counts") QuantityClaim y) {
        QuantityClaim lower = x.lowerOf(y);
        QuantityClaim higher = x.higherOf(y);
        assertTrue(lower == x && higher == y || lower == y && higher == x);
        assertTrue(lower.low() <= higher.low());
        assertSame(x.lowerOf(y) == x ? y : x, x.higherOf(y));
    }
}
