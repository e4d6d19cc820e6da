package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureSampleTest {

    /** "Twelve people were killed" at [10, 16) of document d, the article's main story. */
    private static final FigureSample.Figure KILLED = figure("F1", 10, 16, "killed", "12", "people", "people killed",
            "", "killed", true);

    @Test
    void aFigureReadWithItsValueMeasureAndEventIsCompared() {
        FigureSample.Score s = FigureSample.score(KILLED, List.of(quantity(8, 16, "killed", 12, 12, true, "E-1")));
        assertEquals("compared", s.stage());
        assertTrue(s.read() && s.value() && s.measure() && s.of() && s.happening() && s.compared());
    }

    @Test
    void aFigureNoClaimCoversIsNotReadAndListedAsMissed() {
        List<Claim> elsewhere = List.of(quantity(30, 32, "killed", 12, 12, true, "E-1"));
        FigureSample.Score s = FigureSample.score(KILLED, elsewhere);
        assertEquals("not read", s.stage());
        assertFalse(s.read());
        String missed = FigureSample.missed(List.of(KILLED), Map.of("d", elsewhere));
        assertTrue(missed.startsWith("not read: 1\n  F1 d [10, 16) "), missed);
        assertTrue(missed.contains("-> no claim"), missed);
    }

    @Test
    void aClaimWhoseIntervalMissesTheValueIsValueWrong() {
        FigureSample.Score s = FigureSample.score(KILLED, List.of(quantity(10, 16, "killed", 13, 13, true, "E-1")));
        assertEquals("value wrong", s.stage());
        // A hedged reading holds its bound: "more than 12" is (12, inf), and 12 is its labelled value.
        assertEquals("compared", FigureSample.score(KILLED,
                List.of(quantity(10, 16, "killed", 12, Double.POSITIVE_INFINITY, true, "E-1"))).stage());
    }

    @Test
    void valuesAreComparedInTheClaimsUnit() {
        FigureSample.Figure miles = figure("F2", 0, 2, "distance", "15", "miles", "distance from Tehran", "Lindor", "", null);
        AttributeClaim km = attribute(0, 20, "Lindor", "distance from Tehran", 24.14, 24.15);
        assertTrue(FigureSample.valueRight(miles, km));
        assertEquals("compared", FigureSample.score(miles, List.of(km)).stage());
        FigureSample.Figure hours = figure("F3", 0, 2, "duration", "40", "hours", "time deliberating", "", "", null);
        assertTrue(FigureSample.valueRight(hours, quantity(0, 2, "time deliberating, in seconds", 144000, 144000, true, null)));
        assertFalse(FigureSample.valueRight(hours, quantity(0, 2, "time deliberating, in days", 40, 40, true, null)));
        // A length is no length of time, and dollars are not pounds.
        assertFalse(FigureSample.valueRight(hours, quantity(0, 2, "miles", 40, 40, false, null)));
        FigureSample.Figure dollars = figure("F4", 0, 2, "money", "5000", "dollars", "reward", "", "", null);
        assertTrue(FigureSample.valueRight(dollars, quantity(0, 2, "reward:USD", 5000, 5000, true, null)));
        assertFalse(FigureSample.valueRight(dollars, quantity(0, 2, "reward:GBP", 5000, 5000, true, null)));
        // A count (no unit, or a word such as "people") is compared as written.
        assertTrue(FigureSample.valueRight(KILLED, quantity(0, 2, "miles", 12, 12, false, null)));
        // A record is its code; a plain number is no record.
        FigureSample.Figure record = figure("F5", 0, 4, "record", "52-3", "", "win-loss record", "Hopkins", "", null);
        AttributeClaim held = attribute(0, 4, "Bernard Hopkins", AttributeClaim.RECORD, AttributeClaim.record(52, 3, 0),
                AttributeClaim.record(52, 3, 0));
        assertTrue(FigureSample.valueRight(record, held));
        assertFalse(FigureSample.valueRight(figure("F6", 0, 4, "count", "52", "", "wins", "", "", null), held));
        assertFalse(FigureSample.valueRight(figure("F7", 0, 4, "count", "", "", "wins", "", "", null), held));
    }

    @Test
    void aSumOfMoneyWithoutItsThingIsAboutWrong() {
        FigureSample.Figure contract = figure("F8", 0, 3, "money", "6000000", "dollars", "contract's value", "", "", null);
        FigureSample.Score s = FigureSample.score(contract, List.of(quantity(0, 12, "money:USD", 6e6, 6e6, false, null)));
        assertEquals("measure wrong", s.stage());
        assertFalse(s.measure());
        assertTrue(FigureSample.score(contract, List.of(attribute(0, 12, "Mark Teixeira", AttributeClaim.CONTRACT_VALUE, 6e6, 6e6)))
                .about());
    }

    @Test
    void aBackgroundHappeningsFigureTiedToTheArticlesEventIsAboutWrong() {
        FigureSample.Figure earlier = figure("F9", 10, 16, "killed", "12", "people", "people killed", "", "attack", false);
        FigureSample.Score s = FigureSample.score(earlier, List.of(quantity(10, 16, "dead", 12, 12, true, "E-1")));
        assertEquals("measure wrong", s.stage(), "\"dead\" read as a head noun is no toll");
        assertEquals("happening wrong", FigureSample.score(earlier, List.of(quantity(10, 16, "killed", 12, 12, true, "E-1"))).stage());
        // Untied, it is read as no happening of the article's: right.
        assertTrue(FigureSample.happeningRight(earlier, quantity(10, 16, "dead", 12, 12, true, null)));
        // A measure that names the happening is tied to it either way.
        assertTrue(FigureSample.happeningRight(earlier, quantity(10, 16, "killed in the attack", 12, 12, true, "E-1")));
    }

    @Test
    void yearsOfServiceAreADuration() {
        FigureSample.Figure years = figure("F13", 0, 7, "duration", "28", "year", "years of service with the police", "Captain Roe", "",
                null);
        assertTrue(FigureSample.score(years, List.of(attribute(0, 7, "Ann Roe", AttributeClaim.SERVICE_YEARS, 28, 28))).about());
        assertEquals("owner unknown", FigureSample.score(years,
                List.of(attribute(0, 7, "Ada Lund", AttributeClaim.SERVICE_YEARS, 28, 28))).stage(), "another person's years");
    }

    @Test
    void aCareerTotalLabelledARecordIsCarriedByAHoldersTally() {
        FigureSample.Figure career = figure("F11", 0, 5, "record", "2302", "points", "career points", "Tyler Hansbrough", "", null);
        assertTrue(FigureSample.score(career, List.of(attribute(0, 5, "Tyler Hansbrough", AttributeClaim.TALLY + "points", 2302, 2302)))
                .about());
        // A tally of another thing is not the labelled measure, nor is a bare count of the noun.
        assertEquals("measure wrong", FigureSample.score(career,
                List.of(attribute(0, 5, "Tyler Hansbrough", AttributeClaim.TALLY + "rebounds", 2302, 2302))).stage());
        assertEquals("measure wrong", FigureSample.score(career, List.of(quantity(0, 5, "fans", 2302, 2302, false, null))).stage());
        // A win-loss label still needs a record.
        FigureSample.Figure record = figure("F12", 0, 4, "record", "52-3", "", "career record", "Wladimir Klitschko", "", null);
        assertEquals("value wrong", FigureSample.score(record,
                List.of(attribute(0, 4, "Wladimir Klitschko", AttributeClaim.TALLY + "wins", 52, 52))).stage());
    }

    @Test
    void anAgeIsOfItsNamedPerson() {
        FigureSample.Figure age = figure("F10", 0, 2, "age", "33", "years", "age", "Tara Reid", "", null);
        assertTrue(FigureSample.score(age, List.of(attribute(0, 2, "Tara Reid", "age", 33, 33))).about());
        FigureSample.Score other = FigureSample.score(age, List.of(attribute(0, 2, "Lindsay Lohan", "age", 33, 33)));
        assertEquals("owner unknown", other.stage());
        // A count read with the head noun "years" holds the value, but is no age.
        assertEquals("measure wrong", FigureSample.score(age, List.of(quantity(0, 2, "years", 33, 33, false, null))).stage());
    }

    @Test
    void aReadingRightButNotComparableStopsBeforeCompared() {
        FigureSample.Figure boats = figure("F11", 0, 3, "count", "2", "", "boats seized", "", "", null);
        assertEquals("not compared", FigureSample.score(boats, List.of(quantity(0, 8, "boats", 2, 2, false, null))).stage());
    }

    @Test
    void theBestOfSeveralClaimsOverOneTokenCounts() {
        List<Claim> two = List.of(quantity(10, 16, "killed", 13, 13, true, "E-1"), quantity(10, 20, "killed", 12, 12, true, "E-1"));
        assertEquals("compared", FigureSample.score(KILLED, two).stage());
    }

    @Test
    void tableCountsPerKindAndFalseReadings() {
        FigureSample.Figure name = new FigureSample.Figure("F12", "d", 40, 42, "11", "a", "not a figure", "", "", "", "", "",
                "", "", null, "", "");
        FigureSample.Figure idle = new FigureSample.Figure("F13", "d", 50, 53, "two", "b", "figure", "count", "2", "", "", "things",
                "", "", null, "no", "");
        List<Claim> claims = List.of(quantity(8, 16, "killed", 12, 12, true, "E-1"), quantity(40, 42, "hour", 11, 11, false, null),
                quantity(50, 60, "killed", 2, 2, true, null));
        List<FigureSample.Figure> figures = List.of(KILLED, name, idle);
        assertArrayEquals(new int[] {1, 1, 0, 1, 1, 1}, FigureSample.falseReadings(figures, Map.of("d", claims)));
        String table = FigureSample.describe(figures, Map.of("d", claims));
        assertTrue(table.contains("figure sample: 3 tokens, 2 figures, 1 an editor would compare (scored)"), table);
        assertTrue(table.contains(String.format("%-12s %8d %6d %6d %8d %9d %6d %8d%n", "killed", 1, 1, 1, 1, 1, 1, 1)), table);
        assertTrue(table.contains("false readings: 1 claims over 1 tokens"), table);
        assertTrue(table.contains("{not read=0, value wrong=0, measure wrong=0, happening wrong=0, owner unknown=0, not compared=0, compared=1}"), table);
        assertEquals("claims over tokens that are no figure: 1\n"
                + "  F12 d [40, 42) \"11\" not a figure -> quantity hour 11 [40, 42)\n"
                + "claims over figures an editor would not compare: 1\n"
                + "  F13 d [50, 53) \"two\" count -> quantity killed 2 [50, 60) (compared)\n",
                FigureSample.missed(figures, Map.of("d", claims)).replaceAll("[a-z ]+: 0\n", ""));
    }

    @Test
    void stemsFoldEndings() {
        assertEquals(FigureSample.stems("seized"), FigureSample.stems("seizing"));
        assertEquals(FigureSample.stems("injuries"), FigureSample.stems("injured"));
        assertEquals(java.util.Set.of("troop"), FigureSample.stems("the troops"));
        assertTrue(FigureSample.stems("number of people").isEmpty(), "generic words name nothing");
    }

    @Test
    void unitWordsFold() {
        assertEquals("length", FigureSample.unitOf("Miles", "distance").dimension());
        assertEquals("GBP", FigureSample.unitOf("pounds", "money").currency());
        assertEquals("mass", FigureSample.unitOf("pounds", "measure").dimension());
        assertEquals("count", FigureSample.unitOf("troops", "count").dimension());
        assertEquals("JPY", FigureSample.unitOf("jpy", "money").currency());
    }

    @Test
    void aTokenTheCorpusDoesNotHoldAtItsOffsetsFails(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("text");
        Files.createDirectories(text.resolve("1"));
        Files.writeString(text.resolve("1/1_1ecb.txt"), "Police said 12 people died.");
        Path fixture = dir.resolve("sample.jsonl");
        Files.writeString(fixture, "# drawn by a seeded sampler\n"
                + "{\"id\":\"F000\",\"doc\":\"1/1_1ecb\",\"start\":12,\"end\":14,\"figure\":\"12\",\"reading\":\"figure\","
                + "\"kind\":\"killed\",\"value\":\"12\",\"unit\":\"people\",\"counts\":\"people killed\",\"main\":true,\"compare\":\"yes\"}\n");
        List<FigureSample.Figure> read = FigureSample.read(fixture, text);
        assertEquals(1, read.size());
        assertEquals(Boolean.TRUE, read.get(0).main());
        assertTrue(read.get(0).scored());
        Files.writeString(fixture, "{\"id\":\"F000\",\"doc\":\"1/1_1ecb\",\"start\":11,\"end\":13,\"figure\":\"12\"}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FigureSample.read(fixture, text));
        assertTrue(e.getMessage().contains("holds \" 1\""), e.getMessage());
    }

    @Test
    void theActAndOwnerAClauseNamesTieAFigureButNeverMakeItsMeasureRight() {
        // "Five merchant vessels being escorted": the article's main happening, a head noun's count left untied.
        FigureSample.Figure vessels = figure("F10", 10, 14, "count", "5", "vessels", "merchant vessels being escorted",
                "INS Sukanya", "escorting", true);
        QuantityClaim bare = quantity(10, 14, "vessels", 5, 5, false, null);
        assertFalse(FigureSample.happeningRight(vessels, bare));
        assertTrue(FigureSample.happeningRight(vessels, bare.withClause("escorted", null)));
        assertFalse(FigureSample.happeningRight(vessels, bare.withClause("sailed", null)), "another act is another happening");
        assertFalse(FigureSample.ofRight(vessels, bare.withClause("escorted", "navy")));
        assertTrue(FigureSample.ofRight(vessels, bare.withClause("escorted", "ins sukanya")));
        // The act says what happened, not what is counted: "escorted" is no measure of escorts.
        FigureSample.Figure escorts = figure("F11", 10, 14, "count", "5", "escorts", "escorts", "", "", null);
        assertFalse(FigureSample.measureRight(escorts, bare.withClause("escorted", null)));
        assertEquals("vessels  ", FigureSample.measureWords(bare.withClause("escorted", "navy")));
    }

    private static FigureSample.Figure figure(String id, int start, int end, String kind, String value, String unit,
                                              String counts, String of, String happening, Boolean main) {
        return new FigureSample.Figure(id, "d", start, end, "x", "a", "figure", kind, value, unit, "", counts, of, happening,
                main, "yes", "");
    }

    private static QuantityClaim quantity(int start, int end, String measure, double low, double high, boolean comparable,
                                          String event) {
        return new QuantityClaim("d", new Span(start, end), "x", measure, null, low, "", low, false, high, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, comparable, event != null, false, event, null,
                null);
    }

    private static AttributeClaim attribute(int start, int end, String entity, String attribute, double low, double high) {
        return new AttributeClaim("d", new Span(start, end), "x", entity, entity.toLowerCase(java.util.Locale.ROOT),
                entity.contains(" "),
                attribute, "$6 million", low, false, high, false, DateClaim.NO_DAY, null, "E-1");
    }
}
