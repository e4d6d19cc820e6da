package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.claims.Span;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.crosscheck.text.HouseStyle;
import org.junit.jupiter.api.Test;

/** Where a missed label is lost (runs in the unit suite; no corpus needed). */
class MissStagesTest {

    private static final LabelledDisagreements.Label SPELLING = new LabelledDisagreements.Label("1", "ecb", "name",
            "spelling of a governor's surname", false, false, List.of(
                    new LabelledDisagreements.Value("a", "Alishvandi", "", 10, 20),
                    new LabelledDisagreements.Value("b", "Alishbandi", "", 30, 40),
                    new LabelledDisagreements.Value("c", "Alishbandi", "", 50, 60)));

    private static Claim name(String doc, int start, int end) {
        return new NameClaim(doc, new Span(start, end), "Alishvandi", "_");
    }

    private static final Map<String, List<Claim>> READ_ALL = Map.of(
            "a", List.of(name("a", 12, 22)), "b", List.of(name("b", 28, 33)), "c", List.of(name("c", 50, 60)));

    @Test
    void aLabelNoClaimCoversIsNotRead() {
        Map<String, List<Claim>> none = Map.of("a", List.of(name("a", 0, 10)), "b", List.of(name("b", 40, 45)));
        assertEquals("not read", MissStages.stage(SPELLING, List.of(), none, Map.of(), Map.of()));
    }

    @Test
    void twoSourcesThatAgreeDoNotMakeALabelRead() {
        Map<String, List<Claim>> agreeing = Map.of("b", List.of(name("b", 30, 40)), "c", List.of(name("c", 50, 60)));
        assertEquals("not read", MissStages.stage(SPELLING, List.of(), agreeing, Map.of("b", "s", "c", "s"),
                Map.of("b", "e", "c", "e")));
    }

    @Test
    void aClaimOfAnotherKindDoesNotCarryTheLabel() {
        assertFalse(MissStages.carries("quantity", name("a", 0, 1)));
        assertTrue(MissStages.carries("name", name("a", 0, 1)));
        assertTrue(MissStages.carries("other", name("a", 0, 1)));
    }

    @Test
    void readLabelsAreLostAtTheFurthestStageAnyDisagreeingPairReaches() {
        assertEquals("other stories", MissStages.stage(SPELLING, List.of(), READ_ALL,
                Map.of("a", "s1", "b", "s2", "c", "s3"), Map.of()));
        assertEquals("other events", MissStages.stage(SPELLING, List.of(), READ_ALL,
                Map.of("a", "s1", "b", "s2", "c", "s1"), Map.of("a", "e1", "b", "e1", "c", "e2")));
        assertEquals("one key", MissStages.stage(SPELLING, List.of(), READ_ALL,
                Map.of("a", "s1", "b", "s1", "c", "s2"), Map.of("a", "e1", "b", "e1", "c", "e2")));
    }

    @Test
    void claimsAboutDifferentThingsInOneEventAreKeyedApart() {
        LabelledDisagreements.Label toll = new LabelledDisagreements.Label("1", "ecb", "toll", "dead in the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "3", "", 0, 5),
                        new LabelledDisagreements.Value("b", "4", "", 0, 5)));
        Map<String, List<Claim>> read = Map.of("a", List.of(count("a", "killed")), "b", List.of(count("b", "dead")));
        Map<String, String> one = Map.of("a", "x", "b", "x");
        assertEquals("keyed apart", MissStages.stage(toll, List.of(), read, one, one));
        Map<String, List<Claim>> same = Map.of("a", List.of(count("a", "killed")), "b", List.of(count("b", "killed")));
        assertEquals("one key", MissStages.stage(toll, List.of(), same, one, one));
        assertEquals("quantity killed | null", MissStages.about(count("a", "killed")));
        assertEquals("name", MissStages.about(name("a", 0, 1)));
        LabelledDisagreements.Label day = new LabelledDisagreements.Label("1", "ecb", "date", "day of the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "2005-11-27", "", 0, 6),
                        new LabelledDisagreements.Value("b", "2005-11-26", "", 0, 6)));
        Map<String, List<Claim>> untied = Map.of("a", List.of(date("a", null)), "b", List.of(date("b", null)));
        assertEquals("keyed apart", MissStages.stage(day, List.of(), untied, one, one), "dates tied to nothing");
        Map<String, List<Claim>> tied = Map.of("a", List.of(date("a", "quake")), "b", List.of(date("b", "quake")));
        assertEquals("one key", MissStages.stage(day, List.of(), tied, one, one));
        // The dates two reports give their event are compared by the event rule: one key.
        Map<String, List<Claim>> events = Map.of("a", List.of(eventDate("a", "E1")), "b", List.of(eventDate("b", "E1")));
        assertEquals("one key", MissStages.stage(day, List.of(), events, one, one));
        Map<String, List<Claim>> mixed = Map.of("a", List.of(eventDate("a", "E1")), "b", List.of(date("b", "quake")));
        assertEquals("keyed apart", MissStages.stage(day, List.of(), mixed, one, one), "an event's date and a mentioned quake's");
        assertEquals("date of event E1", MissStages.about(eventDate("a", "E1")));
        assertEquals("date quake", MissStages.about(((DateClaim) date("a", "quake")).withEvent("E1")));
        // A date tied to a happening and as its event's date meets the event's other dates.
        Map<String, List<Claim>> both = Map.of("a", List.of(eventDate("a", "E1")),
                "b", List.of(((DateClaim) date("b", "quake")).withEvent("E1")));
        assertEquals("one key", MissStages.stage(day, List.of(), both, one, one), "a quake's date that is also its event's");
        assertEquals(List.of("date quake", "date of event E1"), MissStages.abouts(((DateClaim) date("a", "quake")).withEvent("E1")));
        assertEquals(List.of("date of event E1"), MissStages.abouts(eventDate("a", "E1")));
        // The list shows, for a label keyed apart, each value's keys, and "no key" for a date tied to nothing.
        String listed = MissStages.list(List.of(day), List.of(), mixed, one, one);
        assertTrue(listed.contains("a 0-6 2005-11-27  [date of event E1]"), listed);
        assertTrue(listed.contains("b 0-6 2005-11-26  [date quake]"), listed);
        assertTrue(MissStages.list(List.of(day), List.of(), untied, one, one).contains("  {no key}"));
        assertFalse(MissStages.list(List.of(day), List.of(), tied, one, one).contains("[date"), "one key: no keys listed");
        assertEquals(List.of(), MissStages.abouts(date("a", null)), "tied to nothing: about nothing");
    }

    @Test
    void aDateTiedAtItsFirstMentionCarriesTheLabelOfALaterOne() {
        LabelledDisagreements.Label day = new LabelledDisagreements.Label("1", "ecb", "date", "day of the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "2005-11-27", "", 100, 106),
                        new LabelledDisagreements.Value("b", "2005-11-26", "", 0, 6)));
        DateClaim later = new DateClaim("a", new Span(100, 106), "Sunday", "DATE", "2005-11-27", null, null, false, 0, 0,
                null, null, null, List.of());
        DateClaim other = new DateClaim("a", new Span(50, 56), "Monday", "DATE", "2005-11-28", null, null, false, 1, 1,
                null, null, "quake", List.of());
        Map<String, String> one = Map.of("a", "x", "b", "x");
        Map<String, List<Claim>> tiedFirst = Map.of("a", List.of(date("a", "quake"), other, later), "b", List.of(date("b", "quake")));
        assertEquals("one key", MissStages.stage(day, List.of(), tiedFirst, one, one));
        assertEquals(List.of(later, date("a", "quake")), MissStages.over("date", day.values().get(0), tiedFirst));
        Map<String, List<Claim>> anotherValue = Map.of("a", List.of(other, later), "b", List.of(date("b", "quake")));
        assertEquals("keyed apart", MissStages.stage(day, List.of(), anotherValue, one, one), "a tied date of another value");
    }

    private static DateClaim eventDate(String doc, String event) {
        return ((DateClaim) date(doc, null)).withEvent(event);
    }

    @Test
    void aFigureAtOneKeyIsPutAtTheNearestGateItsClaimsReach() {
        LabelledDisagreements.Label toll = new LabelledDisagreements.Label("1", "ecb", "toll", "dead in the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "3", "", 0, 5),
                        new LabelledDisagreements.Value("b", "4", "", 0, 5)));
        Map<String, String> one = Map.of("a", "x", "b", "x");
        Map<String, List<Claim>> apart = Map.of("a", List.of(figure("a", 3, true)), "b", List.of(figure("b", 4, true)));
        assertEquals("compared, apart", MissStages.gate(toll, List.of(), apart, one, one));
        Map<String, List<Claim>> alike = Map.of("a", List.of(figure("a", 3, true)), "b", List.of(figure("b", 3, true)));
        assertEquals("compatible as read", MissStages.gate(toll, List.of(), alike, one, one));
        Map<String, List<Claim>> headNoun = Map.of("a", List.of(figure("a", 3, true)), "b", List.of(figure("b", 4, false)));
        assertEquals("never compared", MissStages.gate(toll, List.of(), headNoun, one, one));
        Map<String, List<Claim>> both = Map.of("a", List.of(figure("a", 3, true)),
                "b", List.of(figure("b", 4, false), figure("b", 4, true)));
        assertEquals("compared, apart", MissStages.gate(toll, List.of(), both, one, one), "the nearest gate counts");
        assertNull(MissStages.gate(toll, List.of(), apart, Map.of("a", "x", "b", "y"), Map.of("a", "x", "b", "y")),
                "other stories: no gate");
        assertNull(MissStages.gate(SPELLING, List.of(), READ_ALL, Map.of("a", "s1", "b", "s1", "c", "s2"),
                Map.of("a", "e1", "b", "e1", "c", "e2")), "names have no gate");
        assertEquals(-1, MissStages.gateOf(figure("a", 3, true), count("b", "injured")));
        String table = MissStages.describe(List.of(toll), List.of(), headNoun, one, one);
        assertTrue(table.contains("figures at one key by gate: compared, apart 0, compatible as read 0, never compared 1"), table);
        assertTrue(MissStages.list(List.of(toll), List.of(), headNoun, one, one).contains("[one key: never compared, no counted noun: a measure held back] dead in the quake"));
    }

    @Test
    void aFigureNeverComparedIsPutAtTheFirstKindItsClaimsShow() {
        LabelledDisagreements.Label boats = new LabelledDisagreements.Label("1", "ecb", "quantity", "pirate boats",
                false, false, List.of(new LabelledDisagreements.Value("a", "2", "", 0, 5),
                        new LabelledDisagreements.Value("b", "3", "", 0, 5)));
        Map<String, String> one = Map.of("a", "x", "b", "x");
        Map<String, List<Claim>> heads = Map.of("a", List.of(counted("a", "boats", 2)), "b", List.of(counted("b", "boats", 3)));
        assertEquals("a head noun alone", MissStages.neverKind(boats, List.of(), heads, one, one));
        Map<String, List<Claim>> compounds = Map.of("a", List.of(counted("a", "year", 11)), "b", List.of(counted("b", "year", 12)));
        assertEquals("no counted noun: another word counted", MissStages.neverKind(boats, List.of(), compounds, one, one));
        Map<String, List<Claim>> people = Map.of("a", List.of(counted("a", "people", 2)), "b", List.of(counted("b", "people", 3)));
        assertEquals("no counted noun: people with no act", MissStages.neverKind(boats, List.of(), people, one, one));
        Map<String, List<Claim>> bare = Map.of("a", List.of(counted("a", "count", 2)), "b", List.of(counted("b", "count", 3)));
        assertEquals("no counted noun: nothing counted", MissStages.neverKind(boats, List.of(), bare, one, one));
        Map<String, List<Claim>> held = Map.of("a", List.of(figure("a", 2, false)), "b", List.of(figure("b", 3, false)));
        assertEquals("no counted noun: a measure held back", MissStages.neverKind(boats, List.of(), held, one, one),
                "a toll its document holds back (another time, not its first)");
        Map<String, List<Claim>> heldAndBare = Map.of("a", List.of(figure("a", 2, false), counted("a", "count", 2)),
                "b", List.of(figure("b", 3, false), counted("b", "count", 3)));
        assertEquals("no counted noun: a measure held back", MissStages.neverKind(boats, List.of(), heldAndBare, one, one),
                "the nearest kind counts");
        Map<String, List<Claim>> sums = Map.of("a", List.of(counted("a", "money:USD", 2)), "b", List.of(counted("b", "money:USD", 3)));
        assertEquals("money alone", MissStages.neverKind(boats, List.of(), sums, one, one));
        Map<String, List<Claim>> glass = Map.of("a", List.of(counted("a", "glass", 2)), "b", List.of(counted("b", "glass", 3)));
        assertEquals("no counted noun: another word counted", MissStages.neverKind(boats, List.of(), glass, one, one),
                "a word in ss is no plural");
        Map<String, List<Claim>> both = Map.of("a", List.of(counted("a", "year", 11), counted("a", "boats", 2)),
                "b", List.of(counted("b", "year", 12), counted("b", "boats", 3)));
        assertEquals("a head noun alone", MissStages.neverKind(boats, List.of(), both, one, one), "the first kind counts");
        Map<String, List<Claim>> oneSide = Map.of("a", List.of(counted("a", "boats", 2)), "b", List.of(figure("b", 3, true)));
        assertNull(MissStages.neverKind(boats, List.of(), oneSide, one, one), "about different things: keyed apart, no kind");
        Map<String, List<Claim>> compared = Map.of("a", List.of(figure("a", 2, true)), "b", List.of(figure("b", 3, true)));
        assertNull(MissStages.neverKind(boats, List.of(), compared, one, one), "compared, apart: no kind");
        Map<String, List<Claim>> surnames = Map.of("a", List.of(aged("a", "gomes", 61)), "b", List.of(aged("b", "gomes", 68)));
        assertEquals("an unidentified entity", MissStages.neverKind(boats, List.of(), surnames, one, one));
        Map<String, List<Claim>> named = Map.of("a", List.of(aged("a", "ann gomes", 61)), "b", List.of(aged("b", "ann gomes", 68)));
        assertNull(MissStages.neverKind(boats, List.of(), named, one, one), "an identified person's ages are compared");
        assertEquals(-1, MissStages.neverKindOf(figure("a", 2, true), figure("b", 3, true)));
        assertEquals(HELD_BACK, MissStages.neverKindOf(figure("a", 2, true), figure("b", 3, false)),
                "a comparable count against one that is not: the other's measure tells");
        String table = MissStages.describe(List.of(boats), List.of(), heads, one, one);
        assertTrue(table.contains("never compared by kind: a head noun alone 1, no counted noun 0 (a measure held back 0, "
                + "people with no act 0, another word counted 0, nothing counted 0), money alone 0, an unidentified entity 0, other 0"), table);
        String split = MissStages.describe(List.of(boats), List.of(), bare, one, one);
        assertTrue(split.contains("a head noun alone 0, no counted noun 1 (a measure held back 0, people with no act 0, "
                + "another word counted 0, nothing counted 1), money alone 0"), split);
        assertEquals(" a head noun alone 1, no counted noun 9 (a measure held back 2, people with no act 3, another word counted 4, "
                + "nothing counted 0), money alone 5, an unidentified entity 6, other 7", MissStages.neverKinds(new int[] {1, 2, 3, 4, 0, 5, 6, 7}));
        assertTrue(MissStages.list(List.of(boats), List.of(), heads, one, one)
                .contains("[one key: never compared, a head noun alone] pirate boats"));
    }

    @Test
    void aFigureComparedApartIsPutAtTheFirstConditionItsClaimsStopAt() {
        LabelledDisagreements.Label toll = new LabelledDisagreements.Label("1", "ecb", "toll", "dead in the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "3", "", 0, 5),
                        new LabelledDisagreements.Value("b", "4", "", 0, 5)));
        Map<String, String> one = Map.of("a", "x", "b", "x");
        Map<String, List<Claim>> untied = Map.of("a", List.of(tied("a", 3, "E1", null)), "b", List.of(tied("b", 4, null, null)));
        assertEquals("a figure not tied", MissStages.apartKind(toll, List.of(), untied, one, one));
        Map<String, List<Claim>> two = Map.of("a", List.of(tied("a", 3, "E1", null)), "b", List.of(tied("b", 4, "E1~b", null)));
        assertEquals("tied to two happenings", MissStages.apartKind(toll, List.of(), two, one, one));
        Map<String, List<Claim>> others = Map.of("a", List.of(tied("a", 3, "E1", null)), "b", List.of(tied("b", 4, "E1", "protesters")));
        assertEquals("other people counted", MissStages.apartKind(toll, List.of(), others, one, one));
        Map<String, List<Claim>> rest = Map.of("a", List.of(tied("a", 3, "E1", null)), "b", List.of(tied("b", 4, "E1", null)));
        assertEquals("other", MissStages.apartKind(toll, List.of(), rest, one, one));
        Map<String, List<Claim>> both = Map.of("a", List.of(tied("a", 3, "E1", null)),
                "b", List.of(tied("b", 4, "E1", "protesters"), tied("b", 4, "E1~b", null)));
        assertEquals("tied to two happenings", MissStages.apartKind(toll, List.of(), both, one, one), "the first condition counts");
        Map<String, List<Claim>> alike = Map.of("a", List.of(tied("a", 3, "E1", null)), "b", List.of(tied("b", 3, null, null)));
        assertNull(MissStages.apartKind(toll, List.of(), alike, one, one), "compatible as read: no kind");
        Map<String, List<Claim>> bare = Map.of("a", List.of(counted("a", "boats", 3)), "b", List.of(counted("b", "boats", 4)));
        assertNull(MissStages.apartKind(toll, List.of(), bare, one, one), "never compared: no kind");
        Claim risen = new QuantityClaim("b", new Span(0, 5), "four", "killed", null, 4, "", 4, false, 4, false, 1, null, null,
                11, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, "E1", null, null);
        Claim earlier = new QuantityClaim("a", new Span(0, 5), "three", "killed", null, 3, "", 3, false, 3, false, 1, null, null,
                10, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, "E1", null, null);
        assertEquals("a count that rose", MissStages.apartKind(toll, List.of(), Map.of("a", List.of(earlier), "b", List.of(risen)), one, one));
        Claim aged = new org.crosscheck.claims.AttributeClaim("b", new Span(0, 5), "Ann Gomes, 62", "Ann Gomes", "ann gomes", true,
                "calibre", "38", 38, false, 38, false, DateClaim.NO_DAY, null, "E2");
        Claim other = new org.crosscheck.claims.AttributeClaim("a", new Span(0, 5), "Ann Gomes, 61", "Ann Gomes", "ann gomes", true,
                "calibre", "357", 357, false, 357, false, DateClaim.NO_DAY, null, "E1");
        assertEquals("another occasion", MissStages.apartKind(toll, List.of(), Map.of("a", List.of(other), "b", List.of(aged)), one, one));
        Claim older = new org.crosscheck.claims.AttributeClaim("b", new Span(0, 5), "Ann Gomes, 68", "Ann Gomes", "ann gomes", true,
                "age", "68", 68, false, 68, false, DateClaim.NO_DAY, null, "E2");
        Claim younger = new org.crosscheck.claims.AttributeClaim("a", new Span(0, 5), "Ann Gomes, 61", "Ann Gomes", "ann gomes", true,
                "age", "61", 61, false, 61, false, DateClaim.NO_DAY, null, "E1");
        assertEquals("dates explain it", MissStages.apartKind(toll, List.of(), Map.of("a", List.of(younger), "b", List.of(older)), one, one),
                "ages of two events whose dates are unknown");
        assertEquals(-1, MissStages.apartKindOf(counted("a", "boats", 3), counted("b", "boats", 4)));
        String table = MissStages.describe(List.of(toll), List.of(), untied, one, one);
        assertTrue(table.contains("compared, apart by what stops them: a figure not tied 1, tied to two happenings 0, "
                + "other people counted 0, a count that rose 0, another occasion 0, dates explain it 0, other 0"), table);
        assertTrue(table.contains("a figure not tied, lost in: its clause 0, its report placed nowhere 1"), table);
        assertTrue(MissStages.list(List.of(toll), List.of(), untied, one, one)
                .contains("[one key: compared, apart, a figure not tied: its report placed nowhere] dead in the quake"));
        assertNull(MissStages.untiedWhere(toll, List.of(), rest, one, one), "tied figures: no place they were lost");
    }

    @Test
    void aFigureNotTiedIsLostInItsClauseWhenItsReportTiesAnother() {
        LabelledDisagreements.Label toll = new LabelledDisagreements.Label("1", "ecb", "toll", "dead in the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "3", "", 0, 5),
                        new LabelledDisagreements.Value("b", "4", "", 0, 5)));
        Map<String, String> one = Map.of("a", "x", "b", "x");
        Claim injured = new QuantityClaim("b", new Span(20, 25), "seven", "injured", null, 7, "", 7, false, 7, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, "E1", null, null);
        Map<String, List<Claim>> placed = Map.of("a", List.of(tied("a", 3, "E1", null)), "b", List.of(tied("b", 4, null, null), injured));
        assertEquals("its clause", MissStages.untiedWhere(toll, List.of(), placed, one, one));
        assertTrue(MissStages.describe(List.of(toll), List.of(), placed, one, one)
                .contains("a figure not tied, lost in: its clause 1, its report placed nowhere 0"));
        assertEquals(-1, MissStages.untiedWhereOf(tied("a", 3, "E1", null), tied("b", 4, "E1", null), placed), "both tied");
        assertTrue(MissStages.placed(placed.get("b")));
        assertTrue(!MissStages.placed(null) && !MissStages.placed(List.of(tied("b", 4, null, null))), "no tied figure: placed nowhere");
        Claim lasted = new QuantityClaim("b", new Span(30, 40), "40 seconds", "shaking, in seconds", null, 40, "", 40, false, 40, false, 1,
                null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, false, "E1", null, null);
        assertTrue(!MissStages.placed(List.of(lasted)), "a length of time is tied to the report's event, placed or not");
        Claim unscoped = new QuantityClaim("b", new Span(30, 40), "12 floors", "floors", null, 12, "", 12, false, 12, false, 1,
                null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, false, false, "E1", null, null);
        assertTrue(!MissStages.placed(List.of(unscoped)), "a figure of no event places nothing");
        assertTrue(MissStages.placed(List.of(new org.crosscheck.claims.PlaceClaim("b", new Span(0, 6), "Varth", "quake", "E1", null))),
                "a place tied to the event: the report is placed");
        assertTrue(!MissStages.placed(List.of(new org.crosscheck.claims.PlaceClaim("b", new Span(0, 6), "Varth", "quake", null, null))));
    }

    private static Claim tied(String doc, double value, String event, String counted) {
        return new QuantityClaim(doc, new Span(0, 5), "three", "killed", null, value, "", value, false, value, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, event, counted, null);
    }

    private static final int HELD_BACK = MissStages.NEVER_KINDS.indexOf("no counted noun: a measure held back");

    private static Claim aged(String doc, String key, double age) {
        return new org.crosscheck.claims.AttributeClaim(doc, new Span(0, 5), "Gomes, 61", key, key, true, "age", String.valueOf(age),
                age, false, age, false, DateClaim.NO_DAY, null, null);
    }

    private static Claim counted(String doc, String measure, double value) {
        return new QuantityClaim(doc, new Span(0, 5), "two", measure, null, value, "", value, false, value, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, false, false, null, null, null);
    }

    private static Claim figure(String doc, double value, boolean comparable) {
        return new QuantityClaim(doc, new Span(0, 5), "three", "killed", null, value, "", value, false, value, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, comparable, true, true, null, null, null);
    }

    private static Claim date(String doc, String about) {
        return new DateClaim(doc, new Span(0, 6), "Sunday", "DATE", "2005-11-27", null, null, false, 0, 0, null, null,
                about, List.of());
    }

    @Test
    void aLabelAtOtherEventsSaysWhetherItsClaimsWouldMeetAcrossTheBoundary() {
        LabelledDisagreements.Label toll = new LabelledDisagreements.Label("1", "ecb", "toll", "dead in the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "3", "", 0, 5),
                        new LabelledDisagreements.Value("b", "4", "", 0, 5)));
        Map<String, String> story = Map.of("a", "s", "b", "s");
        Map<String, String> events = Map.of("a", "e1", "b", "e2");
        Map<String, List<Claim>> same = Map.of("a", List.of(count("a", "killed")), "b", List.of(count("b", "killed")));
        assertEquals("other events", MissStages.stage(toll, List.of(), same, story, events));
        assertEquals("across them, one key", MissStages.acrossEvents(toll, same, story, events));
        Map<String, List<Claim>> apart = Map.of("a", List.of(count("a", "killed")), "b", List.of(count("b", "dead")));
        assertEquals("across them, keyed apart", MissStages.acrossEvents(toll, apart, story, events));
        assertEquals("across them, keyed apart", MissStages.acrossEvents(toll, same, Map.of("a", "s", "b", "t"), events));
        Map<String, List<Claim>> uncompared = Map.of("a", List.of(uncomparable("a")), "b", List.of(uncomparable("b")));
        assertEquals("across them, one key, never compared", MissStages.acrossEvents(toll, uncompared, story, events));
        assertTrue(MissStages.list(List.of(toll), List.of(), same, story, events).contains("[other events: across them, one key]"));
        // Two sources' dates each tied only as their own event's date never meet across events.
        LabelledDisagreements.Label day = new LabelledDisagreements.Label("1", "ecb", "date", "day of the quake",
                false, false, List.of(new LabelledDisagreements.Value("a", "2009-04-06", "", 0, 5),
                        new LabelledDisagreements.Value("b", "2009-04-07", "", 0, 5)));
        Map<String, List<Claim>> own = Map.of("a", List.of(eventDate("a", "e1")), "b", List.of(eventDate("b", "e2")));
        assertEquals("across them, keyed apart", MissStages.acrossEvents(day, own, story, events));
        assertNull(MissStages.acrossEvents(SPELLING, READ_ALL, Map.of("a", "s", "b", "s", "c", "s"), Map.of("a", "e1", "b", "e2", "c", "e3")));
    }

    private static Claim uncomparable(String doc) {
        return new QuantityClaim(doc, new Span(0, 5), "three", "killed", null, 3, "", 3, false, 3, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, true, true, null, null, null);
    }

    private static Claim count(String doc, String measure) {
        return new QuantityClaim(doc, new Span(0, 5), "three", measure, null, 3, "", 3, false, 3, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, null, null, null);
    }

    @Test
    void theListOfMissedLabelsGivesEachOnesStageAndValues() {
        String list = MissStages.list(List.of(SPELLING), List.of(), READ_ALL, Map.of("a", "s1", "b", "s2"), Map.of());
        assertEquals("== name\n  1 ecb [other stories] spelling of a governor's surname\n"
                + "      a 10-20 Alishvandi\n      b 30-40 Alishbandi\n      c 50-60 Alishbandi\n", list);
    }

    @Test
    void aFoundLabelHasNoStageAndIsNotCounted() {
        Finding f = new Finding("f", "name-variant", Severity.NOTE, "", "", "s", List.of("a", "b"), List.of(
                new Evidence("a", 10, 20, 1, 1, "Alishvandi", "Alishvandi"),
                new Evidence("b", 30, 40, 1, 1, "Alishbandi", "Alishbandi")), Finding.Status.NEW, null);
        assertNull(MissStages.stage(SPELLING, List.of(f), READ_ALL, Map.of(), Map.of()));
        String table = MissStages.describe(List.of(SPELLING), List.of(f), READ_ALL, Map.of(), Map.of());
        assertTrue(table.contains("all                0              0             0            0        0"), table);
        String missed = MissStages.describe(List.of(SPELLING), List.of(), READ_ALL,
                Map.of("a", "s1", "b", "s1"), Map.of());
        assertTrue(missed.contains("name               0              0             1            0        0"), missed);
    }

    private static QuotePassage sentence(String doc, String text, String voice, String event, long day) {
        return new QuotePassage(doc, new Span(0, 60), text, voice, voice, null, voice, true, event, day,
                HouseStyle.general(), false);
    }

    @Test
    void aQuoteAtOneKeyIsPutAtTheNearestGateItsSentencesReach() {
        LabelledDisagreements.Label quote = new LabelledDisagreements.Label("1", "ecb", "quote", "the pastor's words",
                false, false, List.of(new LabelledDisagreements.Value("a", "wording 1", "", 0, 60),
                        new LabelledDisagreements.Value("b", "wording 2", "", 0, 60)));
        Map<String, String> one = Map.of("a", "x", "b", "x");
        String said = "We will rebuild the church and we will be stronger for it";
        String variant = "We will rebuild our church and we shall be stronger for it";
        Map<String, List<Claim>> apart = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(sentence("b", variant, "bo lind", null, 100)));
        assertEquals("one statement, speakers apart", MissStages.quoteGate(quote, List.of(), apart, one, one));
        Map<String, List<Claim>> later = Map.of("a", List.of(sentence("a", said, "ana perl", "e1", 100)),
                "b", List.of(sentence("b", variant, "ana perl", "e2", 110)));
        assertEquals("another occasion", MissStages.quoteGate(quote, List.of(), later, one, one));
        Map<String, List<Claim>> cut = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(sentence("b", "we will rebuild the church", "ana perl", null, 100)));
        assertEquals("one wording or a cut", MissStages.quoteGate(quote, List.of(), cut, one, one));
        Map<String, List<Claim>> far = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(sentence("b", "Nobody saw the fire start before midnight", "ana perl", null, 100)));
        assertEquals("words too far apart", MissStages.quoteGate(quote, List.of(), far, one, one));
        Map<String, List<Claim>> phrase = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(new QuoteClaim("b", new Span(0, 20), "undeserved attention", null, null, null, null, null,
                        false, null, true, true, null, DateClaim.NO_DAY, false)));
        assertEquals("a quoted phrase only", MissStages.quoteGate(quote, List.of(), phrase, one, one));
        Map<String, List<Claim>> shortOne = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(new QuoteClaim("b", new Span(0, 20), "rebuild it all", null, null, null, null, null,
                        false, null, false, false, null, DateClaim.NO_DAY, false)));
        assertEquals("no speaker read", MissStages.quoteGate(quote, List.of(), shortOne, one, one));
        Map<String, List<Claim>> spoken = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(new QuoteClaim("b", new Span(0, 20), "rebuild it", null, "Ana Perl", "ana perl", null, null,
                        true, null, false, false, null, DateClaim.NO_DAY, false)));
        assertEquals("too short", MissStages.quoteGate(quote, List.of(), spoken, one, one));
        Map<String, List<Claim>> both = Map.of("a", List.of(sentence("a", said, "ana perl", null, 100)),
                "b", List.of(sentence("b", "Nobody saw the fire start before midnight", "ana perl", null, 100),
                        sentence("b", variant, "bo lind", null, 100)));
        assertEquals("one statement, speakers apart", MissStages.quoteGate(quote, List.of(), both, one, one),
                "the nearest gate counts");
        assertNull(MissStages.quoteGate(quote, List.of(), apart, Map.of("a", "x", "b", "y"), Map.of("a", "x", "b", "y")),
                "other stories: no gate");
        assertNull(MissStages.quoteGate(SPELLING, List.of(), READ_ALL, one, one), "names have no quote gate");
        String table = MissStages.describe(List.of(quote), List.of(), far, one, one);
        assertTrue(table.contains("quotes at one key by gate: one statement, speakers apart 0, another occasion 0, "
                + "one wording or a cut 0, words too far apart 1, no speaker read 0, too short 0, a quoted phrase only 0"), table);
        assertTrue(MissStages.list(List.of(quote), List.of(), far, one, one).contains("[one key: words too far apart] the pastor's words"));
    }
}
