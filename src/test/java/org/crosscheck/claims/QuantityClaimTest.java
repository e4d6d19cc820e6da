package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a figure is named and shown in messages: a length of time in the unit its words give. */
class QuantityClaimTest {

    private static QuantityClaim claim(String text, String measure, double low, boolean lowOpen, double high, boolean highOpen) {
        return new QuantityClaim("d", new Span(0, text.length()), text, measure, null, low, "", low, lowOpen, high, highOpen, 1,
                null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, false, null, null, null);
    }

    @Test
    void aLengthOfTimeIsShownInTheUnitItsWordsGive() {
        QuantityClaim hours = claim("40 hours", "time deliberating, in seconds", 126000, false, 162000, true);
        assertTrue(hours.duration());
        assertEquals("time deliberating", hours.what());
        assertEquals("[35, 45) hours", hours.range());
        assertEquals("time deliberating 40 hours", hours.value());
        QuantityClaim minute = claim("around one minute", "time it lasted, in seconds", 30, false, 90, false);
        assertEquals("[0.5, 1.5] minutes", minute.range());
        QuantityClaim seconds = claim("15 seconds", "time it lasted, in seconds", 15, false, 15, false);
        assertEquals("[15, 15] seconds", seconds.range());
        assertEquals("time it lasted 15 seconds", seconds.value());
        QuantityClaim weeks = claim("three weeks", "time in hospital, in days", 21, false, 21, false);
        assertEquals("time in hospital 3 weeks", weeks.value());
        QuantityClaim days = claim("ten days", "time in hospital, in days", 10, false, 10, false);
        assertEquals("[10, 10] days", days.range());
        QuantityClaim years = claim("two years", "time in office, in months", 24, false, 24, false);
        assertEquals("[2, 2] years", years.range());
        QuantityClaim months = claim("six months", "time in office, in months", 6, false, 6, false);
        assertEquals("[6, 6] months", months.range());
        // Words that name no unit: the measure's own.
        QuantityClaim bare = claim("a while", "time it lasted, in seconds", 10, false, 20, false);
        assertEquals("[10, 20] seconds", bare.range());
    }

    @Test
    void otherFiguresAreShownAsTheirInterval() {
        QuantityClaim killed = claim("at least 40", "killed", 40, false, Double.POSITIVE_INFINITY, true);
        assertFalse(killed.duration());
        assertEquals("killed", killed.what());
        assertEquals("[40, \u221e)", killed.range());
        assertEquals(killed.interval().toString(), killed.range());
    }

    @Test
    void aSumOfMoneyNamesItsCurrencyInBrackets() {
        QuantityClaim stolen = claim("$2.5 million", "value stolen:USD", 2450000, false, 2550000, true);
        assertEquals("value stolen (USD)", stolen.what());
        assertEquals("value stolen (USD) 2500000", stolen.value());
        assertEquals("quantity|d|value stolen:USD||[2450000, 2550000)", stolen.key(), "the key, and so the fingerprint, keeps the measure");
        assertEquals("money (EUR)", claim("e80 million", "money:EUR", 75000000, false, 85000000, true).what());
        assertEquals("ratio:", claim("1", "ratio:", 1, false, 1, false).what(), "a colon with nothing after it stays");
        assertEquals(":x", claim("1", ":x", 1, false, 1, false).what(), "a colon with nothing before it stays");
    }
    @Test
    void aCountsPlaceIsPartOfItsMeasureUntilItIsTheEventsOwn() {
        QuantityClaim town = claim("10", "house damaged in Takengon", 10, false, 10, false);
        assertEquals("Takengon", town.scope());
        QuantityClaim whole = town.withoutScope();
        assertEquals("house damaged", whole.measure());
        assertEquals(null, whole.scope());
        assertEquals(town.interval(), whole.interval());
        assertEquals(town.span(), whole.span());
        assertTrue(whole.comparable() && whole.eventScoped());
        assertTrue(whole == whole.withoutScope(), "no place: the same claim");
        assertEquals(null, claim("three weeks", "time in hospital, in days", 21, false, 21, false).scope(), "a length of time has none");
        assertEquals("Athens", claim("20,000", "marched in Athens", 0, false, 20000, false).scope());
    }
}
