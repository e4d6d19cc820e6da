package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Mentions;
import org.junit.jupiter.api.Test;

/** Why dates are tied to no happening, counted (runs in the unit suite; no corpus needed). */
class DateCensusTest {

    private static final String HEAD = "Published: March 9, 2011 10:00 GMT\nHarbour crane collapses\n";

    private static ExtractedDocument doc(String id, String body) {
        return Extractor.extract(Cleaner.clean(new Document(id, id + ".txt", HEAD + body + "\n", List.of())));
    }

    private static DateClaim day(String doc, int start, String text, LocalDate d, String event, String about) {
        return new DateClaim(doc, new Span(start, start + text.length()), text, "DATE", d.toString(), null, null, false,
                d.toEpochDay(), d.toEpochDay(), event, null, about, List.of());
    }

    @Test
    void eachUntiedDateOfTheWantedDocumentsHasTheReadersReason() {
        ExtractedDocument a = doc("1/a", "Lena Varga was charged with theft in 2004. The harbour was quiet on Tuesday.");
        ExtractedDocument b = doc("2/b", "The port authority said on Monday that the crane would be removed.");
        Map<DateClaim, String> reasons = DateCensus.reasons(List.of(a, b), id -> true);
        Map<String, String> byWords = new LinkedHashMap<>();
        reasons.forEach((c, r) -> byWords.put(c.text(), r));
        assertFalse(byWords.containsKey("2004"), "a tied date is not counted: " + byWords);
        assertEquals("no happening's word in its sentence", byWords.get("Tuesday"));
        assertEquals("a verb with a date of its own", byWords.get("Monday"));
        assertEquals(List.of("Tuesday"), DateCensus.reasons(List.of(a, b), id -> id.startsWith("1/")).keySet().stream()
                .map(DateClaim::text).toList(), "only the wanted documents");
    }

    @Test
    void aDateTheClauseTiesAndALaterStepUntiesIsCountedAsUntiedAfter() {
        assertEquals(DateCensus.UNTIED_AFTER, DateCensus.reasonOf(Mentions.TIED));
        assertEquals(DateCensus.UNTIED_AFTER, DateCensus.reasonOf(null));
        assertEquals("inside a quotation", DateCensus.reasonOf("inside a quotation"));
        assertTrue(DateCensus.untied(day("a", 0, "Monday", LocalDate.of(2011, 3, 7), null, null)));
        assertFalse(DateCensus.untied(day("a", 0, "Monday", LocalDate.of(2011, 3, 7), "E1", null)), "its event's date");
        assertFalse(DateCensus.untied(day("a", 0, "Monday", LocalDate.of(2011, 3, 7), null, "arrest")), "a happening's date");
        assertEquals(Mentions.UNTIED_REASONS.size() + 2, DateCensus.REASONS.size());
        assertEquals(DateCensus.OTHER_KEYS, DateCensus.REASONS.get(DateCensus.REASONS.size() - 1));
    }

    private static LabelledDisagreements.Label label(String kind) {
        return new LabelledDisagreements.Label("3", "ecb", kind, "day of the arrest", false, false, List.of(
                new LabelledDisagreements.Value("a", "Monday", "", 10, 16),
                new LabelledDisagreements.Value("b", "Tuesday", "", 20, 27),
                new LabelledDisagreements.Value("c", "Tuesday", "", 30, 37)));
    }

    @Test
    void aLabelKeyedApartTakesTheReasonOfMostOfItsUntiedSources() {
        DateClaim a = day("a", 10, "Monday", LocalDate.of(2011, 3, 7), null, null);
        DateClaim b = day("b", 20, "Tuesday", LocalDate.of(2011, 3, 8), null, null);
        DateClaim c = day("c", 30, "Tuesday", LocalDate.of(2011, 3, 8), null, null);
        Map<String, List<Claim>> claims = Map.of("a", List.of(a), "b", List.of(b), "c", List.of(c));
        Map<String, String> one = Map.of("a", "S", "b", "S", "c", "S");
        Map<String, String> event = Map.of("a", "E", "b", "E", "c", "E");
        Map<DateClaim, String> reasons = Map.of(a, "inside a quotation", b, "a clause naming no one", c, "a clause naming no one");
        assertEquals("a clause naming no one", DateCensus.labelReason(label("date"), List.of(), claims, one, event, reasons));
        Map<DateClaim, String> even = Map.of(a, "inside a quotation", b, "a clause naming no one");
        assertEquals("inside a quotation", DateCensus.labelReason(label("date"), List.of(), claims, one, event, even),
                "one each: the first reason in order; a date with no reason was untied after");
        assertEquals(DateCensus.UNTIED_AFTER, DateCensus.labelReason(label("time"), List.of(), claims, one, event, Map.of()));
        assertNull(DateCensus.labelReason(label("quantity"), List.of(), claims, one, event, reasons), "not a date label");
        assertNull(DateCensus.labelReason(label("date"), List.of(), claims, one, Map.of("a", "E", "b", "F", "c", "G"), reasons),
                "lost before keyed apart");
        Map<String, List<Claim>> tied = Map.of("a", List.of(day("a", 10, "Monday", LocalDate.of(2011, 3, 7), null, "arrest")),
                "b", List.of(day("b", 20, "Tuesday", LocalDate.of(2011, 3, 8), null, "fire")),
                "c", List.of(day("c", 30, "Tuesday", LocalDate.of(2011, 3, 8), null, "fire"), c));
        assertEquals(DateCensus.OTHER_KEYS, DateCensus.labelReason(label("date"), List.of(), tied, one, event, reasons),
                "each source has a date with a key: tied, to other keys");
    }

    @Test
    void theCensusCountsDatesAndClockTimesPerGroupAndTheLabels() {
        DateClaim a = day("1/a", 10, "Monday", LocalDate.of(2011, 3, 7), null, null);
        DateClaim b = day("40/b", 20, "Tuesday", LocalDate.of(2011, 3, 8), null, null);
        DateClaim t = new DateClaim("1/a", new Span(40, 47), "3 p.m.", "TIME", "2011-03-07T15:00", null, null, false,
                LocalDate.of(2011, 3, 7).toEpochDay(), LocalDate.of(2011, 3, 7).toEpochDay(), null, null, null, List.of());
        DateClaim other = day("x/c", 0, "Friday", LocalDate.of(2011, 3, 4), null, null);
        Map<DateClaim, String> reasons = new LinkedHashMap<>();
        reasons.put(a, "inside a quotation");
        reasons.put(t, "inside a quotation");
        reasons.put(b, "a clause naming no one");
        reasons.put(other, "a clause naming no one");
        Map<String, List<String>> labels = new LinkedHashMap<>();
        labels.put("1-27", List.of("inside a quotation", DateCensus.OTHER_KEYS));
        labels.put("37-45", List.of());
        String table = DateCensus.describe(reasons, id -> id.startsWith("1/") ? "1-27" : id.startsWith("40/") ? "37-45" : null,
                List.of("1-27", "37-45"), labels);
        assertTrue(t.clock(), "the time is a clock time");
        assertTrue(table.contains(String.format("  %-45s %13s %13s %11d %11d%n", "inside a quotation", "1 / 1", "0 / 0", 1, 0)), table);
        assertTrue(table.contains(String.format("  %-45s %13s %13s %11d %11d%n", "a clause naming no one", "0 / 0", "1 / 0", 0, 0)), table);
        assertTrue(table.contains(String.format("  %-45s %13s %13s %11d %11d%n", DateCensus.OTHER_KEYS, "0 / 0", "0 / 0", 1, 0)), table);
        assertTrue(table.contains(String.format("  %-45s %13s %13s %11d %11d%n", "all", "1 / 1", "1 / 0", 2, 0)), table);
        assertFalse(table.contains("no readable sentence"), "a reason with no count is left out");
        assertTrue(table.contains("labels 1-27"), table);
    }
}
