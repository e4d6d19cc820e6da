package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** A copy's reading taken from its original's is what extracting the copy gives. */
class CopiedReadingTest {

    private static ExtractedDocument extract(Document d) {
        return Extractor.extract(Cleaner.clean(d));
    }

    /** The same text, title, outlet and date under another id, path and read notes. */
    private static Document copyOf(Document d) {
        return new Document("copies/" + d.id(), "copies/" + d.path(), d.text(), List.of("a note of its own"), d.title(),
                d.source(), d.published());
    }

    private static List<Document> articles() throws Exception {
        List<Document> out = new ArrayList<>(Fixtures.seeds());
        out.add(Fixtures.document("warm-up", ParallelExtraction.WARM_UP_TEXT));
        // A record's own fields (JSON Lines) are part of what is read, and of the copy key.
        out.add(new Document("record", "feed.jsonl", ParallelExtraction.WARM_UP_TEXT, List.of(), "Quake shakes the coast",
                "Coast Wire", "2009-03-04"));
        out.add(Fixtures.document("council", "Posted: March 4, 2009 10:15 AM EST\n\nCouncil passes its budget\n\n"
                + "The council voted on Monday, March 2, 2009, to pass the budget, its chair said.\n"));
        Path ecb = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("corpora/ecbplus/text/1");
        if (Files.isDirectory(ecb)) {
            try (Stream<Path> s = Files.list(ecb)) {
                for (Path p : s.sorted().limit(12).toList()) {
                    out.add(Fixtures.document("1/" + p.getFileName(), Files.readString(p)));
                }
            }
        }
        return out;
    }

    @Test
    void aCopysReadingIsWhatExtractingTheCopyGives() throws Exception {
        Set<String> kinds = new TreeSet<>();
        for (Document original : articles()) {
            ExtractedDocument read = extract(original);
            Document copy = copyOf(original);
            ExtractedDocument copied = CopiedReading.of(read, copy);
            assertEquals(extract(copy), copied, original.id());
            assertSame(copy, copied.document());
            for (int i = 0; i < copied.claims().size(); i++) {
                Claim c = copied.claims().get(i);
                assertEquals(copy.id(), c.document());
                kinds.add(c.getClass().getSimpleName());
                // Rebuilt afresh, not from the cache of each record's constructor: the same claim.
                assertEquals(c, CopiedReading.Rebuild.of(c.getClass()).with(read.claims().get(i), copy.id()));
            }
            assertEquals(read.claims().size(), copied.claims().size());
        }
        // Every kind of claim extraction makes went through a copy (a quote's passage is the rules').
        assertEquals(new TreeSet<>(List.of("AttributeClaim", "DateClaim", "EventClaim", "NameClaim", "PlaceClaim",
                "QuantityClaim", "QuoteClaim", "RoleClaim", "TimestampClaim", "WeekdayClaim")), kinds);
    }

    @Test
    void theDocumentItselfKeepsItsReading() throws Exception {
        Document seed = Fixtures.seeds().get(0);
        ExtractedDocument read = extract(seed);
        assertSame(read, CopiedReading.of(read, seed));
    }

    @Test
    void aDocumentThatIsNotACopyIsRefused() throws Exception {
        Document seed = Fixtures.seeds().get(0);
        ExtractedDocument read = extract(seed);
        for (Document other : List.of(
                new Document("b", "b.txt", seed.text() + " ", List.of()),
                new Document("b", "b.txt", seed.text(), List.of(), "A title", null, null),
                new Document("b", "b.txt", seed.text(), List.of(), null, "An outlet", null),
                new Document("b", "b.txt", seed.text(), List.of(), null, null, "2020-01-01"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CopiedReading.of(read, other));
            assertTrue(e.getMessage().contains("b is not a copy of " + seed.id()), e.getMessage());
        }
    }

    /** Records to rebuild that are not claims: what the rebuilding refuses, and what it passes on. */
    record NoDocument(String text) {
    }

    record NumberedDocument(int document, String text) {
    }

    record Picky(String text, String document) {
        Picky {
            if (document.isEmpty()) {
                throw new IllegalArgumentException("a document is named");
            }
        }
    }

    @Test
    void onlyARecordWithADocumentIsRebuiltAndItsOwnChecksHold() {
        for (Class<?> type : List.of(NoDocument.class, NumberedDocument.class, String.class)) {
            assertThrows(IllegalArgumentException.class, () -> CopiedReading.Rebuild.of(type), type.getName());
        }
        CopiedReading.Rebuild picky = CopiedReading.Rebuild.of(Picky.class);
        assertEquals(1, picky.document());
        assertEquals(new Picky("t", "b"), picky.with(new Picky("t", "a"), "b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> picky.with(new Picky("t", "a"), ""));
        assertEquals("a document is named", e.getMessage());
    }

    @Test
    void aClaimUnderAnotherDocumentChangesInNothingElse() {
        WeekdayClaim w = new WeekdayClaim("a", new Span(3, 9), "Monday", java.time.DayOfWeek.MONDAY, "2013-07-01",
                java.time.DayOfWeek.MONDAY, "year written");
        Claim moved = CopiedReading.under(w, "b");
        assertEquals("b", moved.document());
        assertNotEquals(w, moved);
        assertEquals(w, CopiedReading.under(moved, "a"));
        assertSame(w, CopiedReading.under(w, "a"));
    }
}
