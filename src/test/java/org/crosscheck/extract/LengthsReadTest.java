package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/** Lengths of time read whole from sentences written for these tests, each with what it is the length of. */
class LengthsReadTest {

    /** The length claims (measures in a unit of time) of one sentence, as "measure = low..high". */
    private static List<String> lengths(String sentence) {
        return Extractor.extract(Cleaner.clean(Fixtures.document("d", "Reporter\n\n" + sentence + "\n"))).claims().stream()
                .filter(c -> c instanceof QuantityClaim q && QuantityClaim.UNITS_OF_TIME.stream().anyMatch(q.measure()::endsWith))
                .map(c -> (QuantityClaim) c)
                .map(q -> q.measure() + " = " + fmt(q.low()) + ".." + fmt(q.high()) + (q.comparable() ? " compared" : ""))
                .toList();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Test
    void serviceInSeveralForms() {
        assertEquals(List.of("time in service, in months = 228..228"),
                lengths("Sergeant Ann Holt, a 19-year veteran of the department, retired on Tuesday."));
        assertEquals(List.of("time in service, in months = 168..168"),
                lengths("The trooper had been with the force 14 years, his captain said."));
        assertEquals(List.of("time in service, in months = 96..96"),
                lengths("Lopez worked at the bakery for eight years."));
    }

    @Test
    void termsContractsAndOffersAreKeptApart() {
        assertEquals(List.of("prison term, in months = 144..144"), lengths("A judge sentenced the clerk to 12 years on Friday."));
        assertEquals(List.of("time served, in months = 60..60"), lengths("The clerk served five years for forgery."));
        assertEquals(List.of("prison term faced, in months = 0..360"), lengths("The clerk faces up to 30 years if convicted."));
        assertEquals(List.of("contract length, in months = 48..48"), lengths("The pitcher signed a four-year deal on Monday."));
        List<String> offer = lengths("The club made the pitcher a six-year offer worth $80 million.");
        assertEquals(List.of("offered contract length, in months = 72..72"), offer, "the offer's value is money, not a length");
    }

    @Test
    void staysTestimonyRepairsAndTrips() {
        assertEquals(List.of("time in hospital, in days = 21..21 compared"), lengths("The driver was hospitalized for three weeks."));
        assertEquals(List.of("time testifying, in seconds = 16200..16200"),
                lengths("The nurse testified for four and a half hours on Monday."));
        assertEquals(List.of("time testifying, in seconds = 9000..9000"), lengths("The nurse testified for 2 1/2 hours."));
        assertEquals(List.of("time to repair, in days = 9..9"), lengths("Repairs to the cable will take nine days, the firm said."));
        assertEquals(List.of("time to repair, in seconds = 64800..64800"), lengths("Service should be restored within 18 hours."));
        assertEquals(List.of("length of trip, in days = 3..3"), lengths("They had planned a three-day trip to the hills."));
    }

    @Test
    void aGameClockIsGameTimeLeftOrUsed() {
        assertEquals(List.of("game time left, in seconds = 252..252"), lengths("The Owls tied it with 4:12 left in the game."));
        assertEquals(List.of("game time used, in seconds = 435..435"), lengths("Their opening drive ate up 7:15 of the clock."));
        assertTrue(lengths("The vote opens at 7:30 on Friday.").isEmpty(), "a time of day is no length");
    }

    @Test
    void aLengthNamingNothingStaysALengthOfTime() {
        List<String> l = lengths("It rained for 11 days in a row.");
        assertEquals(List.of("length of time, in days = 11..11"), l);
        assertFalse(l.get(0).endsWith("compared"));
    }
}
