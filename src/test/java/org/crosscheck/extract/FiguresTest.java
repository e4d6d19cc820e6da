package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;
import org.crosscheck.text.Sentences;
import org.junit.jupiter.api.Test;

/**
 * A document's figures are parsed once ({@link QuantityExtractor#figures}) and read against its
 * dates apart ({@link QuantityExtractor#extract(CleanedDocument, Figures, List, LocalDate, String, long, long)}):
 * the two steps give what parsing and reading together gave, and keep the parser's order (body,
 * then headline), its sentences and who gives their figures.
 */
class FiguresTest {

    private static final String PAGE = """
            Quake kills 12 in Takengon

            Police said 43 people were killed and 355 shops were damaged in Takengon on Monday.
            The ferry sank. No figure stands here.
            According to the Red Cross, another 2,000 people were evacuated in their five operations so far.
            """;

    private static CleanedDocument cleaned(String page) {
        return Cleaner.clean(Fixtures.document("f", page));
    }

    @Test
    void sentencesWithAFigureInReadingOrderBodyFirst() {
        CleanedDocument doc = cleaned(PAGE);
        String text = doc.text();
        Figures figures = QuantityExtractor.figures(doc);
        List<Block> blocks = doc.content();
        // What the parser finds, sentence by sentence, the body's blocks first, then the headline's.
        List<int[]> expected = new ArrayList<>();
        List<List<QuantityMatch>> found = new ArrayList<>();
        for (boolean title : List.of(false, true)) {
            for (int k = 0; k < blocks.size(); k++) {
                if ((blocks.get(k).kind() == Block.Kind.TITLE) != title) {
                    continue;
                }
                for (int[] s : Sentences.split(text, blocks.get(k).span().start(), blocks.get(k).span().end())) {
                    List<QuantityMatch> q = QuantityParser.find(text, s[0], s[1]);
                    if (!q.isEmpty()) {
                        expected.add(new int[] {k, s[0], s[1]});
                        found.add(q);
                    }
                }
            }
        }
        assertEquals(expected.size(), figures.sentences().size());
        assertTrue(expected.size() >= 3, "the headline's and two sentences of the body's hold figures");
        for (int i = 0; i < expected.size(); i++) {
            Figures.Sentence s = figures.sentences().get(i);
            assertEquals(expected.get(i)[0], s.block());
            assertEquals(expected.get(i)[1], s.start());
            assertEquals(expected.get(i)[2], s.end());
            assertEquals(found.get(i), s.found());
        }
        // The headline is read last, the body's first sentence first.
        Figures.Sentence last = figures.sentences().get(figures.sentences().size() - 1);
        assertEquals(Block.Kind.TITLE, blocks.get(last.block()).kind());
        assertTrue(text.substring(last.start(), last.end()).startsWith("Quake kills 12"));
        assertTrue(text.substring(figures.sentences().get(0).start(), figures.sentences().get(0).end()).startsWith("Police said 43"));
    }

    @Test
    void whoGivesTheFiguresAndSeveralHappeningsAreKept() {
        CleanedDocument doc = cleaned(PAGE);
        String text = doc.text();
        Figures figures = QuantityExtractor.figures(doc);
        boolean attributed = false;
        boolean several = false;
        for (Figures.Sentence s : figures.sentences()) {
            String[] a = QuantityExtractor.attribution(text.substring(s.start(), s.end()));
            assertEquals(a == null ? null : a[0], s.who());
            assertEquals(a == null ? null : a[1], s.whoNormal());
            attributed |= a != null;
            several |= s.severalHappenings();
        }
        assertTrue(attributed, "the police and the Red Cross give figures");
        assertTrue(several, "\"in their five operations\" counts several happenings");
        assertFalse(figures.sentences().get(0).severalHappenings());
        assertEquals("police", figures.sentences().get(0).whoNormal());
    }

    @Test
    void aVeryLongSentenceNamesNoOneWhoGivesItsFigures() {
        StringBuilder page = new StringBuilder("Police said 43 people were killed");
        while (page.length() <= 2100) {
            page.append(" and houses fell");
        }
        page.append(".\n");
        CleanedDocument doc = cleaned(page.toString());
        Figures figures = QuantityExtractor.figures(doc);
        assertEquals(1, figures.sentences().size());
        assertNull(figures.sentences().get(0).who());
        assertNull(figures.sentences().get(0).whoNormal());
        // Just under the limit, it does.
        CleanedDocument shorter = cleaned("Police said 43 people were killed in Takengon.\n");
        assertEquals("police", QuantityExtractor.figures(shorter).sentences().get(0).whoNormal());
    }

    @Test
    void readingParsedFiguresGivesWhatParsingAndReadingGave() {
        for (String page : List.of(PAGE, "Nothing is counted here.\n", "Twenty people died on Tuesday. On 4 May 2009, 3 more died.\n")) {
            CleanedDocument doc = cleaned(page);
            for (LocalDate anchor : java.util.Arrays.asList(null, LocalDate.of(2009, 5, 6))) {
                String name = anchor == null ? null : "the anchor " + anchor;
                List<DateClaim> dates = DateExtractor.extract(doc, anchor, name, false);
                assertEquals(QuantityExtractor.extract(doc, dates, anchor, name, DateClaim.NO_DAY, DateClaim.NO_DAY),
                        QuantityExtractor.extract(doc, QuantityExtractor.figures(doc), dates, anchor, name,
                                DateClaim.NO_DAY, DateClaim.NO_DAY), page);
            }
        }
    }

    @Test
    void anUndatedReadingKeepsItsFiguresADatedOneAndAStoredOneDoNot() {
        ExtractedDocument undated = Extractor.extract(cleaned(PAGE));
        assertNull(undated.published());
        assertEquals(QuantityExtractor.figures(undated.cleaned()), undated.figures());
        // Kept through the marks and any change of claims.
        assertSame(undated.figures(), undated.withClaims(undated.claims()).figures());
        ExtractedDocument stored = new ExtractedDocument(undated.cleaned(), undated.source(), undated.title(),
                undated.claims(), undated.names());
        assertNull(stored.figures());
        ExtractedDocument dated = Extractor.extract(cleaned("Quake kills 12\nPublished: May 11, 2005 09:00 ET\n"
                + "Police said 43 people were killed on Monday.\n"));
        assertNotNull(dated.published());
        assertNull(dated.figures());
        // A page with only an update time is read against it, yet grouping may read it again: its figures are kept.
        ExtractedDocument updated = Extractor.extract(cleaned("Quake kills 12\nUpdated: May 18, 2005, 6:03 PM ET\n"
                + "Police said 43 people were killed on Monday.\n"));
        assertNull(updated.published());
        assertNotNull(updated.updated());
        assertEquals(QuantityExtractor.figures(updated.cleaned()), updated.figures());
    }

    private static QuantityClaim claimOf(List<QuantityClaim> claims, double written) {
        return claims.stream().filter(c -> c.written() == written).findFirst().orElseThrow();
    }

    @Test
    void theClaimsOfParsedFiguresTellWhoGivesThemAndWhatIsBackground() {
        CleanedDocument doc = cleaned(PAGE);
        List<QuantityClaim> claims = QuantityExtractor.extract(doc, QuantityExtractor.figures(doc), List.of(), null, null,
                DateClaim.NO_DAY, DateClaim.NO_DAY);
        QuantityClaim killed = claimOf(claims, 43);
        assertEquals("police", killed.attribution());
        assertEquals("Police", killed.attributionText());
        assertEquals("killed", killed.measure());
        assertTrue(killed.comparable(), "the body's first toll is its claim");
        // "in their five operations so far": the sentence counts several happenings, so its figures are background.
        QuantityClaim evacuated = claimOf(claims, 2000);
        assertEquals("red cross", evacuated.attribution());
        assertFalse(evacuated.comparable());
        // The headline's toll comes after the body's and gives no one.
        QuantityClaim headline = claimOf(claims, 12);
        assertNull(headline.attribution());
        assertFalse(headline.comparable(), "the body already gave a toll");
    }

    @Test
    void aShortSentenceFarIntoTheTextNamesWhoGivesItsFigures() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; page.length() < 2500; i++) {
            // Lines told apart, so that none is dropped as a repeat.
            page.append("The rain fell on the hills and the river rose by the ").append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26)).append(" bank.\n");
        }
        page.append("Police said 43 people were killed.\n");
        CleanedDocument doc = cleaned(page.toString());
        List<Figures.Sentence> sentences = QuantityExtractor.figures(doc).sentences();
        assertEquals(1, sentences.size());
        assertTrue(sentences.get(0).start() > 2000);
        assertEquals("police", sentences.get(0).whoNormal());
        // A sentence of exactly the longest length read for who gives it still names them.
        StringBuilder exact = new StringBuilder("Police said 43 people were killed");
        while (exact.length() < 1999) {
            exact.append(' ');
            exact.append('x');
        }
        exact.setLength(1999);
        exact.append('.');
        assertEquals(2000, exact.length());
        CleanedDocument atLimit = cleaned(exact + "\n");
        Figures.Sentence s = QuantityExtractor.figures(atLimit).sentences().get(0);
        assertEquals(2000, s.end() - s.start());
        assertEquals("police", s.whoNormal());
    }

    @Test
    void readingAgainCarriesTheFiguresOrParsesThem() {
        CleanedDocument doc = cleaned(PAGE);
        ExtractedDocument plain = Extractor.extract(doc);
        LocalDate anchor = LocalDate.of(2009, 5, 6);
        ExtractedDocument again = Extractor.reanchored(plain, anchor, "the anchor", true);
        assertSame(plain.figures(), again.figures());
        assertEquals(Extractor.extract(doc, anchor, "the anchor", true).claims(), again.claims());
        ExtractedDocument stored = new ExtractedDocument(plain.cleaned(), plain.source(), plain.title(),
                plain.claims(), plain.names());
        ExtractedDocument parsed = Extractor.reanchored(stored, anchor, "the anchor", true);
        assertEquals(plain.figures(), parsed.figures());
        assertEquals(again.claims(), parsed.claims());
    }

    @Test
    void aCopyKeepsItsOriginalsFigures() {
        ExtractedDocument original = Extractor.extract(cleaned(PAGE));
        Document copy = Fixtures.document("f-copy", PAGE);
        ExtractedDocument copied = CopiedReading.of(original, copy);
        assertNotNull(copied.figures());
        assertSame(original.figures(), copied.figures());
    }

    @Test
    void figuresAreReadOnly() {
        Figures figures = QuantityExtractor.figures(cleaned(PAGE));
        assertThrows(UnsupportedOperationException.class, () -> figures.sentences().clear());
        assertThrows(UnsupportedOperationException.class, () -> figures.sentences().get(0).found().clear());
    }
}
