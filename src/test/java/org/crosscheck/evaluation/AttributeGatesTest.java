package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

/** Why an attribute label at one key gives no finding (runs in the unit suite; no corpus needed). */
class AttributeGatesTest {

    private static final Map<String, String> ONE = Map.of("a", "E1", "b", "E1");

    private static AttributeClaim attr(String doc, String key, String attribute, String written, double low, double high,
                                       long day, String event) {
        return new AttributeClaim(doc, new Span(0, 10), "Ann Roe, " + written, "Ann Roe", key, true, attribute, written, low, false,
                high, false, day, day == DateClaim.NO_DAY ? null : "published", event);
    }

    private static AttributeClaim age(String doc, double age) {
        return attr(doc, "ann roe", "age", String.valueOf((int) age), age, age, DateClaim.NO_DAY, "E1");
    }

    private static AttributeClaim word(String doc, String attribute, String written) {
        return new AttributeClaim(doc, new Span(0, 10), written, "Ann Roe", "ann roe", true, attribute, written, Double.NaN, false,
                Double.NaN, false, 100, "published", "E1");
    }

    private static LabelledDisagreements.Label label(String a, String b) {
        return new LabelledDisagreements.Label("1", "ecb", "attribute", "age of a mayor", false, false, List.of(
                new LabelledDisagreements.Value("a", a, "", 0, 10), new LabelledDisagreements.Value("b", b, "", 0, 10)));
    }

    private static int reason(String name) {
        return AttributeGates.REASONS.indexOf(name);
    }

    @Test
    void eachConditionOfTheRuleIsAReasonInItsOrder() {
        assertEquals(-1, AttributeGates.reasonOf(age("a", 41), attr("b", "bo roe", "age", "42", 42, 42, DateClaim.NO_DAY, "E1"),
                List.of()), "about two people: no reason");
        assertEquals(reason("an unidentified entity"), AttributeGates.reasonOf(attr("a", "roe", "age", "41", 41, 41, 0, "E1"),
                attr("b", "roe", "age", "45", 45, 45, 0, "E1"), List.of()));
        assertEquals(reason("not comparable"), AttributeGates.reasonOf(
                attr("a", "ann roe", AttributeClaim.SCORE_SEEN, "7-0", 7000, 7000, 0, "E1"),
                attr("b", "ann roe", AttributeClaim.SCORE_SEEN, "9-3", 9003, 9003, 0, "E1"), List.of()));
        assertEquals(reason("another occasion"), AttributeGates.reasonOf(
                attr("a", "ann roe", AttributeClaim.RECORD, "20-1", 20_001_000, 20_001_000, 0, "E1"),
                attr("b", "ann roe", AttributeClaim.RECORD, "24-2", 24_002_000, 24_002_000, 0, "E2"), List.of()));
        assertEquals(reason("compatible as read"), AttributeGates.reasonOf(age("a", 41),
                attr("b", "ann roe", "age", "40s", 40, 49, DateClaim.NO_DAY, "E1"), List.of()));
        assertEquals(reason("dates explain it"), AttributeGates.reasonOf(attr("a", "ann roe", "age", "41", 41, 41, 0, "E1"),
                attr("b", "ann roe", "age", "42", 42, 42, 200, "E1"), List.of()));
        assertEquals(reason("a note: a birthday between"), AttributeGates.reasonOf(age("a", 41), age("b", 42), List.of()));
        assertEquals(reason("time apart unknown"), AttributeGates.reasonOf(age("a", 41),
                attr("b", "ann roe", "age", "45", 45, 45, DateClaim.NO_DAY, "E2"), List.of()));
        assertEquals(reason("a note: records one bout apart"), AttributeGates.reasonOf(
                attr("a", "ann roe", AttributeClaim.RECORD, "20-1", 20_001_000, 20_001_000, 0, "E1"),
                attr("b", "ann roe", AttributeClaim.RECORD, "21-1", 21_001_000, 21_001_000, 0, "E1"), List.of()));
        assertEquals(reason("other"), AttributeGates.reasonOf(age("a", 41), age("b", 45), List.of()), "the rule fires");
        Finding f = new Finding("f", "attribute-conflict", Severity.WARNING, "", "", "s", List.of("a", "b"), List.of(
                new Evidence("a", 0, 10, 1, 1, "41", "41"), new Evidence("b", 2, 5, 1, 1, "45", "45")), Finding.Status.NEW, null);
        assertEquals(0, AttributeGates.reasonOf(age("a", 41), age("b", 45), List.of(f)), "reported, not as labelled");
    }

    @Test
    void figuresReadAsCountsAreUnderTheirFigureGate() {
        Claim p = figure("a", 3, false);
        Claim q = figure("b", 4, false);
        assertEquals(reason("figures: never compared"), AttributeGates.reasonOf(p, q, List.of()));
        assertEquals(reason("figures: compared, apart"), AttributeGates.reasonOf(figure("a", 3, true), figure("b", 4, true), List.of()));
        assertEquals(reason("figures: compatible as read"), AttributeGates.reasonOf(figure("a", 3, true), figure("b", 3, true), List.of()));
        assertEquals(-1, AttributeGates.reasonOf(p, age("b", 4), List.of()), "a figure and an attribute are about different things");
        assertEquals("a head noun alone", AttributeGates.detail(reason("figures: never compared"), p, q));
        assertEquals("other", AttributeGates.detail(reason("figures: compared, apart"), figure("a", 3, true), figure("b", 4, true)));
        assertNull(AttributeGates.detail(reason("figures: compatible as read"), figure("a", 3, true), figure("b", 3, true)));
        Map<String, List<Claim>> claims = Map.of("a", List.of(p), "b", List.of(q, figure("b", 5, false)));
        assertEquals("figures: never compared (a head noun alone)", AttributeGates.reason(label("3", "4"), List.of(), claims, ONE, ONE));
    }

    private static Claim figure(String doc, double value, boolean comparable) {
        return new QuantityClaim(doc, new Span(0, 10), "three", "goals", null, value, "", value, false, value, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, comparable, false, false, null, null, null);
    }

    @Test
    void aCompatiblePairNamesItsTolerance() {
        assertEquals("", AttributeGates.tolerance(age("a", 41), age("b", 45)));
        assertEquals("one value as read", AttributeGates.tolerance(age("a", 41), age("b", 41)));
        assertEquals("a range or bound", AttributeGates.tolerance(age("a", 41),
                attr("b", "ann roe", "age", "40s", 40, 49, DateClaim.NO_DAY, "E1")));
        assertEquals("a population's leeway", AttributeGates.tolerance(
                attr("a", "ann roe", "population", "100,000", 100_000, 100_000, 0, "E1"),
                attr("b", "ann roe", "population", "104,000", 104_000, 104_000, 0, "E1")));
        assertEquals("a conversion's leeway", AttributeGates.tolerance(
                attr("a", "ann roe", AttributeClaim.FALL, "100 metres", 100, 100, 0, "E1"),
                attr("b", "ann roe", AttributeClaim.FALL, "101 metres", 101, 101, 0, "E1")));
        assertEquals("one value as read", AttributeGates.tolerance(word("a", AttributeClaim.COLOUR, "Gray"),
                word("b", AttributeClaim.COLOUR, "grey")));
        assertEquals("one name holds the other", AttributeGates.tolerance(word("a", AttributeClaim.RESIDENCE, "Elm Park"),
                word("b", AttributeClaim.RESIDENCE, "North Elm Park")));
        assertEquals("places at two levels", AttributeGates.tolerance(word("a", AttributeClaim.RESIDENCE, "Dale County"),
                word("b", AttributeClaim.RESIDENCE, "Ashford")));
        assertEquals("numbers more than one slip apart", AttributeGates.tolerance(word("a", AttributeClaim.PHONE_NUMBER, "0800 123 456"),
                word("b", AttributeClaim.PHONE_NUMBER, "0800 987 654")));
        assertEquals("a word and a figure", AttributeGates.tolerance(word("a", AttributeClaim.RESIDENCE, "Ashford"), age("b", 41)));
    }

    @Test
    void aLabelIsPutAtTheNearestReasonOfItsPairsAndCounted() {
        Map<String, List<Claim>> claims = Map.of("a", List.of(age("a", 41)), "b",
                List.of(attr("b", "ann roe", "age", "40s", 40, 49, DateClaim.NO_DAY, "E1"), age("b", 42)));
        LabelledDisagreements.Label l = label("41", "42");
        assertEquals("a note: a birthday between", AttributeGates.reason(l, List.of(), claims, ONE, ONE),
                "the pair that passes the most conditions counts");
        Map<String, List<Claim>> alike = Map.of("a", List.of(age("a", 41)), "b",
                List.of(attr("b", "ann roe", "age", "40s", 40, 49, DateClaim.NO_DAY, "E1")));
        assertEquals("compatible as read (a range or bound)", AttributeGates.reason(l, List.of(), alike, ONE, ONE));
        assertNull(AttributeGates.reason(l, List.of(), alike, Map.of("a", "S1", "b", "S2"), ONE), "other stories: not at one key");
        LabelledDisagreements.Label toll = new LabelledDisagreements.Label("1", "ecb", "toll", "dead", false, false, l.values());
        assertNull(AttributeGates.reason(toll, List.of(), alike, ONE, ONE), "only attribute labels");
        Map<String, List<Claim>> apart = Map.of("a", List.of(age("a", 41)), "b", List.of(age("b", 42)));
        Map<String, String> twoEvents = Map.of("a", "E1", "b", "E2");
        assertNull(AttributeGates.reason(l, List.of(), apart, ONE, twoEvents), "other events");
        String line = AttributeGates.describe(List.of(l, l, toll), List.of(), alike, ONE, ONE);
        assertEquals("  attributes at one key by reason: compatible as read (a range or bound) 2\n", line);
        assertEquals("  attributes at one key by reason: none\n", AttributeGates.describe(List.of(toll), List.of(), alike, ONE, ONE));
        assertTrue(MissStages.describe(List.of(l), List.of(), alike, ONE, ONE).contains("attributes at one key by reason: compatible"));
        assertTrue(MissStages.list(List.of(l), List.of(), alike, ONE, ONE).contains("attribute: compatible as read (a range or bound)"),
                MissStages.list(List.of(l), List.of(), alike, ONE, ONE));
    }
}
