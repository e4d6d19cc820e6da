package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * Grouping reads an article without a timestamp again against its event's date. Reading again
 * only what a date can change must give what a full extraction gives, claim for claim: this
 * test fails when an extractor that depends on the date is added to {@link Extractor#extract}
 * and not to {@link Extractor#reanchored}.
 */
class ReanchoredTest {

    private static final List<LocalDate> ANCHORS = List.of(LocalDate.of(2021, 4, 14), LocalDate.of(2013, 7, 2));

    /** Pages of the golden inputs' sentences (dates, figures, quotes, ages), ten lines each, and the undated seed. */
    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        for (String input : List.of("temporal", "quantities", "attributes", "quotes")) {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/" + input + ".input.txt")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            for (int i = 0; i < lines.size(); i += 10) {
                pages.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 10))));
            }
        }
        pages.add(Files.readString(Path.of("fixtures/seeds/004_8ee1d2e5487640d6.txt")));
        return pages;
    }

    @Test
    void readingAgainAgainstADateGivesWhatAFullExtractionGives() throws IOException {
        int undated = 0;
        int resolved = 0;
        for (String page : pages()) {
            CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
            ExtractedDocument plain = Extractor.extract(cleaned);
            if (plain.published() != null) {
                continue;
            }
            undated++;
            for (LocalDate anchor : ANCHORS) {
                for (boolean borrowed : List.of(true, false)) {
                    String name = "the date of event E-1, " + anchor;
                    ExtractedDocument full = Extractor.extract(cleaned, anchor, name, borrowed);
                    ExtractedDocument again = Extractor.reanchored(plain, anchor, name, borrowed);
                    assertEquals(full.claims(), again.claims(), page);
                    // The figures are carried, not parsed again; a reading without them (a store's) parses them.
                    assertSame(plain.figures(), again.figures());
                    ExtractedDocument stored = new ExtractedDocument(plain.cleaned(), plain.source(), plain.title(),
                            plain.claims(), plain.names());
                    ExtractedDocument parsed = Extractor.reanchored(stored, anchor, name, borrowed);
                    assertEquals(full.claims(), parsed.claims(), page);
                    assertEquals(plain.figures(), parsed.figures());
                    assertEquals(full.names(), again.names());
                    assertEquals(full.source(), again.source());
                    assertEquals(full.title(), again.title());
                    resolved += (int) full.claims().stream()
                            .filter(c -> c instanceof DateClaim dc && dc.onCalendar() && !plainHas(plain, dc)).count();
                }
            }
        }
        assertTrue(undated >= 10, "pages without a timestamp: " + undated);
        assertTrue(resolved > 0, "some dates resolve only against the anchor, so the comparison means something");
    }

    /**
     * The first reading may itself have had a date to resolve against ({@code extract --dct}): a
     * weekday's date without a year read then must not survive reading again against a borrowed date.
     */
    @Test
    void readingAgainAReadingWithADocumentDateGivesWhatAFullExtractionGives() throws IOException {
        int yearless = 0;
        for (String page : pages()) {
            CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
            ExtractedDocument first = Extractor.extract(cleaned, LocalDate.of(1998, 2, 27));
            if (first.published() != null) {
                continue;
            }
            yearless += (int) first.claims().stream()
                    .filter(c -> c instanceof WeekdayClaim w && !WeekdayExtractor.YEAR_WRITTEN.equals(w.yearSource())).count();
            for (boolean borrowed : List.of(true, false)) {
                String name = "the date of event E-1, " + ANCHORS.get(0);
                assertEquals(Extractor.extract(cleaned, ANCHORS.get(0), name, borrowed).claims(),
                        Extractor.reanchored(first, ANCHORS.get(0), name, borrowed).claims(), page);
            }
        }
        assertTrue(yearless > 0, "some weekdays' dates take their year from the document date");
    }

    private static boolean plainHas(ExtractedDocument plain, DateClaim dc) {
        for (Claim c : plain.claims()) {
            if (c.equals(dc)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aDocumentWithItsOwnTimestampIsKeptAsItIs() throws IOException {
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("s", Files.readString(Path.of("fixtures/seeds/000_05eaba5fcf1729d1.txt"))));
        ExtractedDocument d = Extractor.extract(cleaned);
        assertTrue(d.published() != null);
        assertSame(d, Extractor.reanchored(d, LocalDate.of(2013, 7, 2), "x", true));
        // It is never read again, so its figures are not kept.
        assertNull(d.figures());
        assertEquals(d.claims(), Extractor.extract(cleaned, LocalDate.of(2013, 7, 2), "x", true).claims());
    }
}
