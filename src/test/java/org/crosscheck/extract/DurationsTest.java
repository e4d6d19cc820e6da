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
        // A term a person is sentenced to is read with its person (PrisonTerms), never compared as a length here.
        assertEquals(new Durations.Measure("prison term, in months", 12, false),
                Durations.measure(figure(List.of("sentenced", "to"), List.of("years", "in", "prison")), duration("P7Y")));
        assertNull(Durations.measure(q, null));
        assertNull(Durations.measure(q, new DateClaim("d", new Span(0, 8), "30 hours", "DATE", "2022-06-10", null, null,
                false, 0, 0, null, null, null, List.of())), "a date is no length");
        assertNull(Durations.measure(q, duration(null)));
        assertNull(Durations.measure(q, duration("P1Y3M")), "two units, not a length and a half");
        assertNull(Durations.measure(q, duration("PXY")), "no number");
        assertNull(Durations.measure(new QuantityMatch(0, 2, 30, 10, "", 25, false, 35, true, "USD", false, null,
                List.of("deliberated"), List.of()), duration("PT30H")), "money");
        assertNull(Durations.measure(new QuantityMatch(0, 2, 3, 1, "", 3, false, 3, false, null, true, null,
                List.of("lasted"), List.of()), duration("PT3S")), "a magnitude");
    }

    /** A length written as a compound before a noun ("a six-week suspension"): no space after the number. */
    private static QuantityMatch compound(List<String> after) {
        return new QuantityMatch(0, 2, 6, 1, "", 6, false, 6, false, null, false, null, List.of("a"), after, false);
    }

    @Test
    void aLengthBeforeANounIsThatThingsLengthReadButNotCompared() {
        DateClaim weeks = duration("P6W");
        assertEquals(new Durations.Measure("length of suspension, in days", 7, false),
                Durations.measure(compound(List.of("week", "suspension", "for", "violating")), weeks));
        assertEquals("length of veteran", Durations.thing(compound(List.of("year", "veteran", "of", "the", "force"))),
                "the noun run ends at a phrase's word");
        assertEquals("length of stint", Durations.thing(compound(List.of("year", "prison", "stint", "for"))),
                "a noun before a noun describes it: the last is the thing");
        assertEquals("length of call", Durations.thing(compound(List.of("minute", "telephone", "call"))));
        assertEquals("length of reign", Durations.thing(compound(List.of("year", "long", "title", "reign", "came"))),
                "three words after the unit at most");
        assertEquals("length of title", Durations.thing(compound(List.of("year", "long", "hard", "title", "reign"))),
                "a fourth word is past the run: the third is taken");
        assertNull(Durations.thing(compound(List.of("year", "period"))), "a span named by its length alone");
        assertEquals("length of career", Durations.thing(compound(List.of("year", "career", "spanning", "the", "era"))),
                "a participle after the noun ends the run");
        assertEquals("length of show", Durations.thing(compound(List.of("hour", "live", "show", "requires", "stamina"))),
                "a verb in -s after the noun ends the run");
        assertEquals("length of pact", Durations.thing(compound(List.of("year", "pact", "worth", "millions"))),
                "\"worth\" ends the run");
        assertEquals("length of vulnerability", Durations.thing(figure(List.of(), List.of("days", "of", "vulnerabilities"))));
        assertNull(Durations.thing(compound(List.of("year", "prison", "sentence"))), "a prison term is its person's (PrisonTerms)");
        assertNull(Durations.thing(compound(List.of("year", "Olympic", "cycle"))), "a capital ends the run before any noun");
        assertNull(Durations.thing(compound(List.of("year"))), "nothing after the unit");
        assertEquals(new Durations.Measure("offered contract length, in months", 12, false),
                Durations.measure(compound(List.of("year", "contract", "offer")), duration("P8Y")),
                "a contract or an offer is compared with its player (Contracts): here read as the offer's length only");
    }

    @Test
    void aLengthOfABareNounIsThatThingsLength() {
        assertEquals("length of testimony", Durations.thing(figure(List.of("after"), List.of("hours", "of", "testimony"))));
        assertEquals("length of talk", Durations.thing(figure(List.of(), List.of("hours", "of", "talks", "ended"))),
                "a plural's s dropped");
        assertNull(Durations.thing(figure(List.of(), List.of("seconds", "of", "the", "seventh", "round"))),
                "a part of a named thing (\"of the\") is no thing of its own");
        assertNull(Durations.thing(figure(List.of(), List.of("years", "in", "prison"))));
        assertEquals("length of class", Durations.thing(figure(List.of(), List.of("weeks", "of", "class"))), "a double s stays");
    }

    @Test
    void aLengthBesideNothingIsALengthOfTime() {
        Durations.Measure m = Durations.measure(figure(List.of("planned", "to", "spend"), List.of("days", "ski", "touring")),
                duration("P4D"));
        assertEquals(new Durations.Measure("length of time, in days", 1, false), m);
        assertEquals(new Durations.Measure("time deliberating, in seconds", 3600, true),
                Durations.measure(figure(List.of("deliberated", "for"), List.of("hours")), duration("PT40H")), "a listed act is compared");
    }

    @Test
    void lengthWordListsAreLowerCaseWords() {
        for (java.util.Set<String> list : List.of(Durations.PHRASE_ENDS, Durations.NO_THINGS)) {
            org.junit.jupiter.api.Assertions.assertFalse(list.isEmpty());
            for (String w : list) {
                org.junit.jupiter.api.Assertions.assertTrue(w.matches("\\p{Ll}+"), w);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(Durations.NO_THINGS.containsAll(List.of("old", "sentence", "contract", "offer")));
        org.junit.jupiter.api.Assertions.assertTrue(Durations.PHRASE_ENDS.containsAll(List.of("of", "for", "the")));
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

    @Test
    void theClauseNamesWhatALengthIsOf() {
        DateClaim years = duration("P15Y");
        // A compound's noun, a form before the number, a form after the unit.
        assertEquals(new Durations.Measure("time in service, in months", 12, false),
                Durations.measure(compound(List.of("year", "veteran", "of", "the", "department")), years));
        assertEquals("time in service", Durations.named(figure(List.of("she", "worked", "at", "the", "mill", "for"), List.of("years"))));
        assertEquals("time in service", Durations.named(figure(List.of("had", "been", "with", "the", "force"), List.of("years"))),
                "three words that follow one another");
        assertNull(Durations.named(figure(List.of("with", "the", "big", "force"), List.of("years"))), "a run of words broken");
        assertEquals("contract length", Durations.named(compound(List.of("year", "deal", "with", "the", "club"))));
        assertEquals("offered contract length", Durations.named(compound(List.of("year", "offer", "worth"))));
        assertEquals("prison term", Durations.named(figure(List.of("was", "sentenced", "to"), List.of("years", "in", "jail"))));
        assertEquals("prison term faced", Durations.named(figure(List.of("he", "faces", "up", "to"), List.of("years"))));
        assertEquals("time served", Durations.named(figure(List.of("she", "served"), List.of("years", "for", "fraud"))));
        assertEquals("time testifying", Durations.named(figure(List.of("the", "witness", "spent"), List.of("minutes", "on", "the", "stand"))));
        assertNull(Durations.named(figure(List.of(), List.of("minutes", "on", "the", "old", "stand"))), "three words after the unit at most");
        assertEquals("time to repair", Durations.named(figure(List.of("repairs", "will", "take"), List.of("days"))));
        assertEquals("time testifying", Durations.named(figure(List.of("after"), List.of("hours", "of", "testimony"))),
                "the noun after \"of\"");
        assertNull(Durations.named(figure(List.of("sentenced", "a", "man", "who", "was", "arrested", "for"), List.of("years"))),
                "seven words before is too far");
        assertEquals("time served", Durations.named(figure(List.of("sentenced", "and", "served"), List.of("years"))),
                "the nearest form wins");
        assertEquals("contract length", Durations.named(compound(List.of("year", "deal", "after", "he", "was", "sentenced"))),
                "the compound's noun before the words around it");
        assertEquals(new Durations.Measure("time in hospital, in days", 7, true),
                Durations.measure(figure(List.of("worked", "and", "was", "hospitalized", "for"), List.of("weeks")), duration("P3W")),
                "an act of duration-acts.txt is compared and comes first");
        assertEquals(new Durations.Measure("length of suspension, in days", 7, false),
                Durations.measure(new QuantityMatch(0, 2, 6, 1, "", 6, false, 6, false, null, false, null,
                        List.of("he", "signed", "a"), List.of("week", "suspension"), false), duration("P6W")),
                "a compound's own noun before a form around it");
    }

    @Test
    void aLengthAndAHalfIsOneLengthInTheSmallerUnit() {
        assertEquals(30, Durations.half("P2Y6M")[1]);
        assertEquals(2, Durations.half("P2Y6M")[0]);
        assertEquals(16200, Durations.half("PT4H30M")[1]);
        assertEquals(0, Durations.half("PT4H30M")[0]);
        assertEquals(3.5, Durations.half("P3DT12H")[1]);
        assertEquals(1, Durations.half("P3DT12H")[0]);
        assertEquals(150, Durations.half("PT2M30S")[1]);
        assertNull(Durations.half("P2Y3M"));
        assertNull(Durations.half("PT4H"));
        QuantityMatch q = new QuantityMatch(0, 2, 4.5, 1, "", 4.5, false, 4.5, false, null, false, null,
                List.of("he", "testified", "for"), List.of("hours"));
        assertEquals(new Durations.Measure("time testifying, in seconds", 3600, false), Durations.measure(q, duration("PT4H30M")));
        QuantityMatch none = new QuantityMatch(0, 2, 0, 1, "", 0, false, 0, false, null, false, null, List.of(), List.of("hours"));
        assertNull(Durations.measure(none, duration("PT0H30M")), "no number to scale");
    }

    @Test
    void lengthMeasureFormsAreLowerCaseWordsOfAtMostThree() {
        org.junit.jupiter.api.Assertions.assertFalse(Durations.NAMED.isEmpty());
        for (java.util.Map.Entry<String, String> e : Durations.NAMED.entrySet()) {
            org.junit.jupiter.api.Assertions.assertTrue(e.getKey().matches("\\p{Ll}+(?: \\p{Ll}+){0,2}"), e.getKey());
            org.junit.jupiter.api.Assertions.assertFalse(e.getValue().isBlank(), e.getKey());
            org.junit.jupiter.api.Assertions.assertFalse(Durations.ACTS.containsKey(e.getKey()), "an act is compared, not named: " + e.getKey());
        }
    }
}
