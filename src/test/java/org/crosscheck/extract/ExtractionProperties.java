package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;

/** Cleaning and extraction never throw, and every span they give points into the text. */
class ExtractionProperties {

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(120),
                Arbitraries.of("Published: April 13, 2021 12:27 am", "LAST UPDATE: April 11th, 2021", "Advertisement",
                        "MORE ABOUT", "16:15 14.04.2021", "Tags: #a #b", "Read More", "Загрузка...",
                        "The ministers met on Tuesday, April 14, 2021, officials said.", "\u201cQuoted words,\u201d he said.",
                        "By Example Agency", "Updated December 24th, 2021 at 13:57 IST", "", "\u00a0", "\r"));
        return lines.list().ofMaxSize(30).map(l -> String.join("\n", l));
    }

    @Property(tries = 300)
    void neverThrowsAndSpansPointIntoTheText(@ForAll("pages") String page, @ForAll @StringLength(max = 300) String noise) {
        for (String text : List.of(page, noise, noise + "\n" + page)) {
            CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", text));
            for (Block b : cleaned.blocks()) {
                assertTrue(b.span().end() <= text.length());
            }
            ExtractedDocument d = Extractor.extract(cleaned, LocalDate.of(2021, 4, 14));
            for (Claim c : d.claims()) {
                assertEquals(c.text(), c.span().of(text), "a claim's text is what its span covers");
            }
        }
    }

    @Property
    void aYearlessDateResolvesWithinHalfAYearOfItsAnchor(
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
            @ForAll @IntRange(min = -20000, max = 50000) int anchorDay) {
        LocalDate anchor = LocalDate.ofEpochDay(anchorDay);
        LocalDate d = Anchors.nearest(month, day, anchor);
        assertEquals(month, d.getMonthValue());
        assertEquals(day, d.getDayOfMonth());
        assertTrue(Math.abs(d.toEpochDay() - anchor.toEpochDay()) <= 184, d + " vs " + anchor);
    }
}
