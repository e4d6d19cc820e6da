package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;

/**
 * Jazzer fuzz tests of cleaning and of every extractor together (timestamps, dates, quantities,
 * happenings, quotes and speakers, people and titles, names). See {@code ParserFuzzTest} for how
 * they run. The page never makes them throw, every block and claim lies inside the text, and a
 * claim's text is what its span covers.
 */
class ExtractFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void cleanAndExtract(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("f", text));
        for (Block b : cleaned.blocks()) {
            assertTrue(b.span().end() <= text.length());
        }
        for (Claim c : Extractor.extract(cleaned).claims()) {
            assertEquals(c.text(), c.span().of(text));
            if (c instanceof QuoteClaim q) {
                for (QuotePassage p : q.passages()) {
                    assertEquals(p.text(), p.span().of(text));
                }
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void quotesAndSpeakers(FuzzedDataProvider data) {
        // Quote-heavy pages: the fuzzer's strings between fixed quote marks and attributions.
        StringBuilder page = new StringBuilder("Published: 2021-04-14T10:00:00Z\nA title\n");
        String[] marks = {"\"", "\u201c", "\u201d", "``", "''", "\u00ab", "\u00bb", "\n", ", he said. ", ", said ", ": "};
        while (data.remainingBytes() > 0) {
            page.append(data.consumeString(40)).append(marks[data.consumeInt(0, marks.length - 1)]);
        }
        String text = page.toString();
        for (Claim c : Extractor.extract(Cleaner.clean(Fixtures.document("q", text))).claims()) {
            assertEquals(c.text(), c.span().of(text));
        }
    }
}
