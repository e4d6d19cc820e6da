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
    void aSumsCurrencyIsReadOnceAndComparedAsItsUnit() {
        QuantityClaim dollars = claim("$2 million", "value stolen:USD", 1950000, false, 2050000, true);
        QuantityClaim euros = claim("2 million euros", "value stolen:EUR", 1950000, false, 2050000, true);
        QuantityClaim count = claim("two boats", "boats", 2, false, 2, false);
        assertEquals("USD", dollars.currency());
        assertEquals("EUR", euros.currency());
        assertEquals("", count.currency(), "a count has no currency");
        assertEquals("", claim("1", ":x", 1, false, 1, false).currency(), "nothing before the colon, no currency");
        assertEquals("", claim("1", "ratio:", 1, false, 1, false).currency(), "nothing after it, none either");
        assertFalse(dollars.sameUnitAs(euros), "dollars are not euros");
        assertTrue(dollars.sameUnitAs(claim("$3 million", "money:USD", 2950000, false, 3050000, true)),
                "two sums in one currency share a unit whatever they are called");
        assertTrue(count.sameUnitAs(claim("three boats", "boats", 3, false, 3, false)));
        assertFalse(count.sameUnitAs(dollars), "a count is no sum");
        assertFalse(claim("40 hours", "time deliberating, in seconds", 126000, false, 162000, true)
                .sameUnitAs(claim("2 days", "time deliberating, in days", 2, false, 2, false)), "lengths in two units");
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

    private static QuantityClaim since(String measure, double low, double high, long asOf) {
        return new QuantityClaim("d", new Span(0, 4), "ago", measure, null, low, "", low, false, high, true, 1,
                null, null, asOf, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, false, null, null, null);
    }

    @Test
    void aTimeSinceAnActIsSetAgainstAnotherAsOfOneDay() {
        QuantityClaim twoWeeks = since("time since married, in days", 10.5, 17.5, 100);
        QuantityClaim threeWeeks = since("time since married, in days", 17.5, 24.5, 100);
        QuantityClaim threeWeeksLater = since("time since married, in days", 17.5, 24.5, 107);
        assertTrue(twoWeeks.since());
        assertTrue(twoWeeks.disagreesWith(threeWeeks), "the same day: two weeks and three weeks apart");
        assertTrue(threeWeeks.disagreesWith(twoWeeks));
        assertFalse(twoWeeks.disagreesWith(threeWeeksLater), "a week later, three weeks ago is the same day");
        assertFalse(threeWeeksLater.disagreesWith(twoWeeks));
        assertEquals(new Interval(17.5, false, 24.5, true), twoWeeks.shiftedTo(107));
        assertEquals(new Interval(3.5, false, 10.5, true), twoWeeks.shiftedTo(93));
        assertEquals(twoWeeks.interval(), twoWeeks.shiftedTo(DateClaim.NO_DAY), "a day unknown: as written");
        assertEquals(twoWeeks.interval(), twoWeeks.shiftedTo(100));
        QuantityClaim undated = since("time since married, in days", 10.5, 17.5, DateClaim.NO_DAY);
        assertEquals(undated.interval(), undated.shiftedTo(107), "its own day unknown: as written");
        assertTrue(undated.disagreesWith(threeWeeksLater), "compared as written when a day is unknown");
        QuantityClaim years = since("time since married, in months", 18, 30, 0);
        assertEquals(18 + 365 / (365.25 / 12), years.shiftedTo(365).low(), 1e-9, "a year later, about twelve months more");
        assertEquals(30 + 365 / (365.25 / 12), years.shiftedTo(365).high(), 1e-9);
        assertTrue(years.shiftedTo(365).highOpen());
        QuantityClaim hours = since("time since married, in seconds", 0, 3600, 0);
        assertEquals(new Interval(86400, false, 90000, true), hours.shiftedTo(1));
        QuantityClaim lasted = since("time it lasted, in days", 10.5, 17.5, 100);
        assertFalse(lasted.since(), "a length of time that is no time since");
        assertEquals(lasted.interval(), lasted.shiftedTo(107));
        QuantityClaim count = since("time since married", 10.5, 17.5, 100);
        assertFalse(count.since(), "no unit of time: no length of time");
    }

    private static QuantityClaim count(String document, String measure, String hedge, double low, boolean lowOpen, double high,
                                       boolean cumulative) {
        return new QuantityClaim(document, new Span(0, 2), "n", measure, null, low, hedge, low, lowOpen, high,
                high == Double.POSITIVE_INFINITY, 1, null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null,
                true, true, cumulative, null, null, null);
    }

    @Test
    void aCountGivenAsAMinimumIsARunningCount() {
        double open = Double.POSITIVE_INFINITY;
        assertTrue(count("a", "killed", "at least", 3, false, open, true).runningCount());
        assertTrue(count("a", "killed", "more than", 3, true, open, true).runningCount());
        assertFalse(count("a", "killed", "", 3, false, 3, true).runningCount(), "an exact count is no minimum");
        assertFalse(count("a", "killed", "about", 3, false, 4, true).runningCount(), "a hedge that caps it is no minimum");
        assertFalse(count("a", "magnitude", "at least", 5.9, false, open, false).runningCount(), "a magnitude does not grow");
        assertFalse(count("a", "killed", "", 3, false, open, true).runningCount(), "no hedge written: no minimum");
    }

    @Test
    void aRunningCountThatAnotherReportExceedsShowsItsReportCameFirst() {
        double open = Double.POSITIVE_INFINITY;
        QuantityClaim atLeastThree = count("a", "killed", "at least", 3, false, open, true);
        QuantityClaim ten = count("b", "killed", "", 5, false, 15, true);
        assertTrue(atLeastThree.showsEarlierThan(ten));
        assertFalse(ten.showsEarlierThan(atLeastThree), "an exact count shows no order");
        assertFalse(atLeastThree.showsEarlierThan(count("b", "killed", "", 3, false, 3, true)), "three is no more than at least three");
        assertFalse(atLeastThree.showsEarlierThan(count("b", "killed", "", 2, false, 2, true)));
        assertFalse(atLeastThree.showsEarlierThan(count("a", "killed", "", 5, false, 15, true)), "one document has no order");
        assertFalse(atLeastThree.showsEarlierThan(count("b", "injured", "", 5, false, 15, true)), "another count");
        assertTrue(atLeastThree.showsEarlierThan(count("b", "killed", "more than", 3, true, open, true)),
                "more than three exceeds at least three");
        assertFalse(count("a", "killed", "more than", 3, true, open, true).showsEarlierThan(atLeastThree));
        assertFalse(count("a", "killed", "more than", 3, true, open, true)
                .showsEarlierThan(count("b", "killed", "more than", 3, true, open, true)), "the same minimum");
    }

    @Test
    void ofTwoFiguresTheLowerIsTheOneWhoseValuesStartLower() {
        QuantityClaim twelve = count("a", "injured", "", 12, false, 12, true);
        QuantityClaim forty = count("b", "injured", "", 35, false, 45, true);
        assertEquals(twelve, twelve.lowerOf(forty));
        assertEquals(twelve, forty.lowerOf(twelve));
        assertEquals(forty, twelve.higherOf(forty));
        assertEquals(forty, forty.higherOf(twelve));
        QuantityClaim upToForty = count("b", "injured", "", 12, false, 40, true);
        assertEquals(twelve, upToForty.lowerOf(twelve), "the same start: the one that ends lower");
        assertEquals(upToForty, twelve.higherOf(upToForty));
        assertEquals(twelve, twelve.lowerOf(count("c", "injured", "", 12, false, 12, true)), "equal: this one");
    }

    private static QuantityClaim said(String document, String party, double low, double high, long asOf, boolean cumulative) {
        return new QuantityClaim(document, new Span(0, 2), "n", "injured", null, low, "", low, false, high, false, 1, party, party,
                asOf, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, cumulative, null, null, null);
    }

    @Test
    void asOfBothNamesOneDayOnceAndTwoDaysEachInOrderOfTheMessage() {
        QuantityClaim thirty = said("a", null, 30, 30, 18117, true);
        QuantityClaim four = said("b", null, 4, 4, 18118, true);
        QuantityClaim sameDay = said("c", null, 4, 4, 18117, true);
        assertEquals("as of 2019-08-09 and 2019-08-10", thirty.asOfBoth(four));
        assertEquals("as of 2019-08-10 and 2019-08-09", four.asOfBoth(thirty));
        assertEquals("both as of 2019-08-09", thirty.asOfBoth(sameDay));
    }

    @Test
    void oneCountRoseOverWhenOneAndTheSamePartyGivesItHigherTheSameDay() {
        QuantityClaim twelve = said("a", "police", 12, 12, 100, true);
        QuantityClaim eighteen = said("b", "police", 18, 18, 100, true);
        assertTrue(twelve.oneCountRoseOver(eighteen));
        assertTrue(eighteen.oneCountRoseOver(twelve), "either way round");
        assertTrue(said("a", "police", 12, 12, 100, true).oneCountRoseOver(said("b", "police", 18, 18, 101, true)),
                "the higher as of the next day");
        assertFalse(said("a", "police", 12, 12, 101, true).oneCountRoseOver(said("b", "police", 18, 18, 100, true)),
                "the higher as of the day before: the count fell");
        assertFalse(twelve.oneCountRoseOver(said("b", "the governor", 18, 18, 100, true)), "another party");
        assertFalse(twelve.oneCountRoseOver(said("b", null, 18, 18, 100, true)), "no party");
        assertFalse(said("a", null, 12, 12, 100, true).oneCountRoseOver(said("b", null, 18, 18, 100, true)), "neither has a party");
        assertFalse(said("a", "police", 12, 12, 100, false).oneCountRoseOver(said("b", "police", 18, 18, 100, false)),
                "a figure that does not only grow");
        assertFalse(twelve.oneCountRoseOver(said("b", "police", 18, 18, 102, true)), "two days apart: no same-day count");
        assertFalse(twelve.oneCountRoseOver(said("b", "police", 10, 14, 100, true)), "ranges that meet: not higher");
        assertFalse(twelve.oneCountRoseOver(said("b", "police", 12, 18, 100, true)), "a range that starts at the other: not higher");
    }

    @Test
    void aPlannedOrPossibleFigureIsOfAnotherMoodThanOneThatHappened() {
        QuantityClaim sent = claim("3,000", "troops sent", 3000, false, 3000, false);
        QuantityClaim planned = claim("5,000", QuantityClaim.PLANNED + "troops sent", 5000, false, 5000, false);
        QuantityClaim alsoPlanned = claim("8,000", QuantityClaim.PLANNED + "troops sent", 8000, false, 8000, false);
        assertFalse(sent.planned());
        assertTrue(planned.planned());
        assertFalse(planned.sameMoodAs(sent));
        assertFalse(sent.sameMoodAs(planned));
        assertTrue(planned.sameMoodAs(alsoPlanned));
        assertTrue(sent.sameMoodAs(claim("4,000", "troops sent", 4000, false, 4000, false)));
    }
}
