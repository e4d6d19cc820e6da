package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Extraction on several threads gives what one thread gives, in corpus order, failures included. */
class ParallelExtractionTest {

    @Test
    void resultsComeBackInSubmissionOrderEqualToOneThreadsAndFailuresInTheirPlace() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (Document d : Fixtures.seeds()) {
                docs.add(new Document(d.id() + "-" + round, d.path(), d.text(), d.readNotes()));
            }
            // A document crosscheck fails on (no text at all) must be reported in its place, not end the run.
            docs.add(new Document("broken-" + round, "broken.txt", null, List.of()));
        }
        List<String> seen = new ArrayList<>();
        List<ExtractedDocument> results = new ArrayList<>();
        try (ParallelExtraction workers = new ParallelExtraction(3)) {
            for (Document d : docs) {
                workers.submit(d, x -> {
                    seen.add(x.id());
                    results.add(x);
                }, (failed, e) -> seen.add("failed " + failed.id()));
            }
            workers.finish();
        }
        List<String> expected = new ArrayList<>();
        for (Document d : docs) {
            expected.add(d.text() == null ? "failed " + d.id() : d.id());
        }
        assertEquals(expected, seen);
        int k = 0;
        for (Document d : docs) {
            if (d.text() != null) {
                assertEquals(Extractor.extract(Cleaner.clean(d)).claims(), results.get(k++).claims());
            }
        }
        assertTrue(k > 0);
    }

    @Test
    void theWarmUpArticleRunsOnAThreadOfItsOwnAndReachesEveryKindOfClaim() throws Exception {
        java.util.concurrent.Future<ExtractedDocument> warm = ParallelExtraction.warmUp();
        ExtractedDocument d = warm.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("warm-up", d.id());
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        d.claims().forEach(c -> kinds.add(c.kind()));
        // Each extractor, and the word lists it reads, is loaded by the warm-up.
        assertEquals(new java.util.TreeSet<>(List.of("attribute", "date", "event", "name", "place", "quantity", "quote", "role",
                "timestamp")), kinds);
        assertEquals(Extractor.extract(Cleaner.clean(new Document("warm-up", "warm-up.txt", ParallelExtraction.WARM_UP_TEXT,
                List.of()))).claims(), d.claims());
    }
}
