package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;

/**
 * A quote's attribution does not depend on paragraphs that have nothing to do with it: adding
 * paragraphs without names or quote marks before any paragraph of a seed that starts with a
 * letter leaves every quote's words, speaker and voice as they were.
 */
class QuoteProperties {

    private static final List<Document> SEEDS;

    static {
        try {
            SEEDS = Fixtures.seeds();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Provide
    Arbitrary<String> unrelatedParagraphs() {
        Arbitrary<String> word = Arbitraries.of("the", "weather", "was", "mild", "across", "the", "region", "and", "many",
                "roads", "stayed", "open", "while", "markets", "traded", "quietly", "through", "afternoon", "with", "few");
        return word.list().ofMinSize(6).ofMaxSize(30).map(w -> String.join(" ", w) + ".");
    }

    @Property(tries = 200)
    void attributionIgnoresUnrelatedParagraphs(@ForAll @IntRange(min = 0, max = 4) int seed,
                                               @ForAll @IntRange(min = 0, max = 1000) int where,
                                               @ForAll("paragraphs") List<String> added) {
        Document doc = SEEDS.get(seed);
        CleanedDocument cleaned = Cleaner.clean(doc);
        List<Integer> starts = new ArrayList<>();
        for (Block b : cleaned.blocks(Block.Kind.BODY)) {
            if (Character.isLetter(doc.text().charAt(b.span().start()))) {
                starts.add(b.span().start());
            }
        }
        int at = starts.get(where % starts.size());
        String text = doc.text().substring(0, at) + String.join("\n\n", added) + "\n\n" + doc.text().substring(at);
        assertEquals(quotes(doc), quotes(new Document(doc.id(), doc.path(), text, List.of())));
    }

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return unrelatedParagraphs().list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<String> quotes(Document doc) {
        List<String> out = new ArrayList<>();
        for (Claim c : Extractor.extract(Cleaner.clean(doc)).claims()) {
            if (c instanceof QuoteClaim q) {
                out.add(q.text() + " | " + q.speakerName() + " | " + q.voice() + " | " + q.named());
            }
        }
        return out;
    }
}
