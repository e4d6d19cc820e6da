package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.QuantityMatch;
import org.junit.jupiter.api.Test;

/** Lengths of time read as figures of what they time. */
class DurationsTest {

    private static QuantityMatch figure(List<String> before, List<String> after) {
        return new QuantityMatch(0, 2, 30, 10, "", 25, false, 35, true, null, false, null, before, after);
    }

    private static DateClaim duration(String value) {
        return new DateClaim("d", new Span(0, 8), "30 hours", "DURATION", value, null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
    }

    @Test
    void theUnitSaysWhatTheFigureIsMeasuredIn() {
        QuantityMatch q = figure(List.of("the", "jury", "deliberated", "for"), List.of("hours", "before"));
        assertEquals(new Durations.Measure("time deliberating, in seconds", 1), Durations.measure(q, duration("PT30S")));
        assertEquals(new Durations.Measure("time deliberating, in seconds", 60), Durations.measure(q, duration("PT30M")));
        assertEquals(new Durations.Measure("time deliberating, in seconds", 3600), Durations.measure(q, duration("PT30H")));
        assertEquals(new Durations.Measure("time deliberating, in days", 1), Durations.measure(q, duration("P30D")));
        assertEquals(new Durations.Measure("time deliberating, in days", 7), Durations.measure(q, duration("P30W")));
        assertEquals(new Durations.Measure("time deliberating, in months", 1), Durations.measure(q, duration("P30M")));
        assertEquals(new Durations.Measure("time deliberating, in months", 12), Durations.measure(q, duration("P30Y")));
        assertEquals(new Durations.Measure("time deliberating, in days", 7), Durations.measure(q, duration("P1.5W")));
    }

    @Test
    void theActStandsBeforeTheNumberOrAfterItsUnit() {
        DateClaim d = duration("PT30H");
        assertEquals("deliberating", Durations.act(figure(List.of("after"), List.of("hours", "of", "deliberation"))));
        assertEquals("deliberating", Durations.act(figure(List.of(), List.of("hours", "of", "the", "deliberations"))));
        assertNull(Durations.act(figure(List.of(), List.of("hours", "of", "the", "long", "deliberations"))),
                "three words after the unit at most");
        assertNull(Durations.act(figure(List.of(), List.of("deliberation", "hours"))), "the unit's own place holds no act");
        assertEquals("in hospital", Durations.act(figure(List.of("Hospitalized", "in", "the", "city", "for", "the"), List.of())));
        assertEquals("in hospital", Durations.act(
                figure(List.of("hospitalized", "in", "big", "city", "for", "the"), List.of())), "six words before");
        assertNull(Durations.act(figure(List.of("hospitalized", "in", "the", "big", "old", "city", "for"), List.of())),
                "seven words before is too far");
        assertEquals("time it lasted, in seconds",
                Durations.measure(figure(List.of("the", "tremor", "lasted"), List.of("seconds")), d).name());
    }

    @Test
    void aLengthBesideNoActOrNoLengthIsNoDurationFigure() {
        QuantityMatch q = figure(List.of("the", "jury", "deliberated", "for"), List.of("hours"));
        assertNull(Durations.measure(figure(List.of("sentenced", "to"), List.of("years", "in", "prison")), duration("P7Y")));
        assertNull(Durations.measure(q, null));
        assertNull(Durations.measure(q, new DateClaim("d", new Span(0, 8), "30 hours", "DATE", "2022-06-10", null, null,
                false, 0, 0, null, null, null, List.of())), "a date is no length");
        assertNull(Durations.measure(q, duration(null)));
        assertNull(Durations.measure(q, duration("P1Y6M")), "two units");
        assertNull(Durations.measure(q, duration("PXY")), "no number");
        assertNull(Durations.measure(new QuantityMatch(0, 2, 30, 10, "", 25, false, 35, true, "USD", false, null,
                List.of("deliberated"), List.of()), duration("PT30H")), "money");
        assertNull(Durations.measure(new QuantityMatch(0, 2, 3, 1, "", 3, false, 3, false, null, true, null,
                List.of("lasted"), List.of()), duration("PT3S")), "a magnitude");
    }

    private static QuantityMatch ago(List<String> before, List<String> after) {
        return new QuantityMatch(0, 3, 2, 1, "", 2, false, 2, false, null, false, null, before, after);
    }

    private static DateClaim date() {
        return new DateClaim("d", new Span(0, 13), "two weeks ago", "DATE", "XXXX-WXX", null, null, true,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
    }

    @Test
    void aTimeAgoIsTheTimeSinceAnActWrittenBeforeIt() {
        assertEquals(new Durations.Measure("time since married, in days", 7),
                Durations.measure(ago(List.of("he", "was", "married"), List.of("weeks", "ago")), date()));
        assertEquals(new Durations.Measure("time since married, in days", 7),
                Durations.measure(ago(List.of("who", "was", "Wed", "about"), List.of("week", "ago", "to")), date()));
        assertEquals(new Durations.Measure("time since a heart attack, in days", 1),
                Durations.since(ago(List.of("a", "heart", "attack", "suffered", "almost"), List.of("days", "ago"))));
        assertEquals(new Durations.Measure("time since married, in months", 12),
                Durations.since(ago(List.of("married"), List.of("years", "ago"))));
        assertEquals(new Durations.Measure("time since married, in months", 1),
                Durations.since(ago(List.of("married"), List.of("month", "ago"))));
        assertEquals(new Durations.Measure("time since married, in seconds", 3600),
                Durations.since(ago(List.of("married"), List.of("hours", "ago"))));
        assertEquals(new Durations.Measure("time since married, in seconds", 60),
                Durations.since(ago(List.of("married"), List.of("minutes", "ago"))));
        assertEquals(new Durations.Measure("time since married, in seconds", 1),
                Durations.since(ago(List.of("married"), List.of("second", "ago"))));
        assertEquals(new Durations.Measure("time since married, in days", 1),
                Durations.since(ago(List.of("married", "in", "the", "town", "hall", "about"), List.of("day", "ago"))), "six words before");
    }

    @Test
    void aTimeAgoWithoutItsActUnitOrWordIsNone() {
        assertNull(Durations.since(ago(List.of("married", "in", "the", "old", "town", "hall", "about"), List.of("days", "ago"))),
                "seven words before is too far");
        assertNull(Durations.since(ago(List.of("the", "bridge", "opened"), List.of("weeks", "ago"))), "an act not listed");
        assertNull(Durations.since(ago(List.of("married"), List.of("weeks", "later"))), "not ago");
        assertNull(Durations.since(ago(List.of("married"), List.of("weeks"))), "nothing after the unit");
        assertNull(Durations.since(ago(List.of("married"), List.of("miles", "ago"))), "no unit of time");
        assertNull(Durations.since(ago(List.of("married"), List.of())));
        assertNull(Durations.since(new QuantityMatch(0, 3, 2, 1, "", 2, false, 2, false, "USD", false, null,
                List.of("married"), List.of("weeks", "ago"))), "money");
        assertNull(Durations.since(new QuantityMatch(0, 3, 2, 1, "", 2, false, 2, false, null, true, null,
                List.of("married"), List.of("weeks", "ago"))), "a magnitude");
        assertNull(Durations.act(ago(List.of("married"), List.of("weeks", "ago"))), "a time ago's acts are not a length's");
    }
}
