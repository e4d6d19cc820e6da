package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

class GateCensusTest {

    private static Claim figure(String doc, int start, String measure, double value, boolean comparable, boolean scoped) {
        return new QuantityClaim(doc, new Span(start, start + 3), "two", measure, null, value, "", value, false, value, false, 1, null,
                null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, comparable, scoped, scoped, null, null, null);
    }

    @Test
    void eachThingOfAnEventIsCountedOnceAtItsNearestGate() {
        Map<String, List<Claim>> claims = Map.of(
                "1/a", List.of(figure("1/a", 0, "boats", 2, false, false), figure("1/a", 10, "killed", 3, true, true),
                        figure("1/a", 20, "count", 5, false, false)),
                "1/b", List.of(figure("1/b", 0, "boats", 3, false, false), figure("1/b", 10, "killed", 4, true, true),
                        figure("1/b", 20, "count", 5, false, false), figure("1/b", 30, "boats", 2, false, false)),
                "1/c", List.of(figure("1/c", 0, "people", 9, false, false)),
                "2/a", List.of(figure("2/a", 0, "boats", 7, false, false)));
        Map<String, String> event = Map.of("1/a", "E1", "1/b", "E1", "1/c", "E1", "2/a", "E1");
        List<GateCensus.Stopped> stopped = GateCensus.census(claims, event, List.of(), d -> d.startsWith("1/"));
        assertEquals(2, stopped.size(), "boats and the killed; the same count is no difference; one document's people alone pair with none");
        assertEquals("never compared", stopped.get(0).gate());
        assertEquals("a head noun alone", stopped.get(0).kind());
        assertEquals("quantity boats | null", stopped.get(0).about());
        assertEquals("compared, apart", stopped.get(1).gate());
        assertEquals("a figure not tied: its report placed nowhere", stopped.get(1).kind(),
                "a figure of one event that grouping tied to no happening, in a report that ties no figure");
        String table = GateCensus.describe(stopped);
        assertTrue(table.contains("never compared, a head noun alone"), table);
        assertTrue(table.contains("compared, apart, a figure not tied: its report placed nowhere      1"), table);
        assertTrue(GateCensus.list(stopped).contains("1/a 0-3 \"two\""), GateCensus.list(stopped));
        assertTrue(GateCensus.census(claims, Map.of(), List.of(), d -> true).isEmpty(), "documents of no event are not counted");
    }

    @Test
    void aFigureNotTiedInAReportThatTiesAnotherIsLostInItsClause() {
        Claim tied = new QuantityClaim("1/b", new Span(40, 43), "six", "injured", null, 6, "", 6, false, 6, false, 1, null,
                null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, "E1", null, null);
        Map<String, List<Claim>> claims = Map.of(
                "1/a", List.of(figure("1/a", 10, "killed", 3, true, true)),
                "1/b", List.of(figure("1/b", 10, "killed", 4, true, true), tied));
        List<GateCensus.Stopped> stopped = GateCensus.census(claims, Map.of("1/a", "E1", "1/b", "E1"), List.of(), d -> true);
        assertEquals("a figure not tied: its report placed nowhere", stopped.get(0).kind(), "1/a ties no figure: placed nowhere");
        Map<String, List<Claim>> bothPlaced = Map.of(
                "1/a", List.of(figure("1/a", 10, "killed", 3, true, true), tied),
                "1/b", List.of(figure("1/b", 10, "killed", 4, true, true), tied));
        List<GateCensus.Stopped> clause = GateCensus.census(bothPlaced, Map.of("1/a", "E1", "1/b", "E1"), List.of(), d -> true);
        assertEquals("a figure not tied: its clause", clause.get(0).kind(), "both reports tie a figure: the clause left these untied");
    }

    @Test
    void eachFigureOfAListedPairShowsItsActAndOwner() {
        QuantityClaim scored = ((QuantityClaim) figure("1/a", 0, "points", 20, false, false)).withClause("scored", "ann roe");
        Claim bare = figure("1/b", 0, "points", 24, false, false);
        List<GateCensus.Stopped> stopped = GateCensus.census(Map.of("1/a", List.of(scored), "1/b", List.of(bare)),
                Map.of("1/a", "E1", "1/b", "E1"), List.of(), d -> true);
        String line = GateCensus.list(stopped);
        assertTrue(line.contains("quantity points | null\t{"), line);
        assertTrue(line.contains("\t{scored / ann roe}") && line.contains("\t{null / null}") && line.endsWith("}\n"), line);
        assertEquals("", GateCensus.clause(new org.crosscheck.claims.AttributeClaim("1/a", new Span(0, 2), "31", "Ann Roe", "roe",
                true, "age", "31", 31, false, 31, false, DateClaim.NO_DAY, null, null)), "an attribute has no clause shown");
    }

    @Test
    void aPairAFindingReportsIsFound() {
        Claim a = figure("a", 10, "killed", 3, true, true);
        Claim b = figure("b", 10, "killed", 4, true, true);
        Finding f = new Finding("f", "quantity-conflict", Severity.WARNING, "", "", "s", List.of("a", "b"), List.of(
                new Evidence("a", 10, 13, 1, 1, "two", "3"), new Evidence("b", 11, 12, 1, 1, "two", "4")), Finding.Status.NEW, null);
        Finding elsewhere = new Finding("g", "quantity-conflict", Severity.WARNING, "", "", "s", List.of("a", "b"), List.of(
                new Evidence("a", 10, 13, 1, 1, "two", "3"), new Evidence("b", 13, 20, 1, 1, "two", "4")), Finding.Status.NEW, null);
        assertEquals(0, GateCensus.rank(a, b, List.of(f)));
        assertEquals(1, GateCensus.rank(a, b, List.of(elsewhere)), "evidence beside the claim is not the claim");
        assertEquals(1, GateCensus.rank(a, b, List.of()));
        assertEquals(-1, GateCensus.rank(a, figure("b", 0, "injured", 4, true, true), List.of()), "about different things");
        List<GateCensus.Stopped> found = GateCensus.census(Map.of("a", List.of(a), "b", List.of(b)), Map.of("a", "E", "b", "E"),
                List.of(f), d -> true);
        assertEquals("found", found.get(0).gate());
        assertEquals("", found.get(0).kind());
        assertEquals("found", GateCensus.gateName(0));
        assertEquals("compatible as read", GateCensus.gateName(2));
    }
}
