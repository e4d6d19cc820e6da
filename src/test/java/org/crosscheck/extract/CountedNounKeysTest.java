package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** A counted noun alone is keyed as the noun of counted-noun-synonyms.tsv it is counted as (invented sentences). */
class CountedNounKeysTest {

    private static List<String> measures(String sentence) {
        String text = "Published: March 3, 2022 10:00 GMT\nA report from Valmora\n" + sentence + "\n";
        List<Claim> claims = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims();
        return claims.stream().filter(c -> c instanceof QuantityClaim).map(c -> ((QuantityClaim) c).measure()).toList();
    }

    @Test
    void aSynonymIsKeyedAsItsNounInThePlural() {
        assertEquals("engines", QuantityExtractor.sameThings("appliances"));
        assertEquals("shops", QuantityExtractor.sameThings("stores"));
        assertEquals("houses", QuantityExtractor.sameThings("homes"));
        assertEquals("boats", QuantityExtractor.sameThings("dinghies"));
        assertEquals("trucks", QuantityExtractor.sameThings("trucks"), "no synonym: as written");
        assertEquals("engines", QuantityExtractor.sameThings("engines"));
        assertEquals("store", QuantityExtractor.sameThings("store"), "a singular is left as written");
    }

    @Test
    void everySynonymReadsBackAsItsNoun() {
        for (Map.Entry<String, String> e : QuantityExtractor.SAME_THINGS.entrySet()) {
            String plural = QuantityExtractor.pluralOf(e.getValue());
            assertEquals(e.getValue(), QuantityExtractor.singular(plural), e.toString());
        }
    }

    @Test
    void pluralsOfEachEnding() {
        assertEquals("churches", QuantityExtractor.pluralOf("church"));
        assertEquals("bushes", QuantityExtractor.pluralOf("bush"));
        assertEquals("glasses", QuantityExtractor.pluralOf("glass"));
        assertEquals("boxes", QuantityExtractor.pluralOf("box"));
        assertEquals("stories", QuantityExtractor.pluralOf("story"));
        assertEquals("days", QuantityExtractor.pluralOf("day"), "a vowel before the y");
        assertEquals("shops", QuantityExtractor.pluralOf("shop"));
        assertEquals("ys", QuantityExtractor.pluralOf("y"));
        assertEquals("ayes", QuantityExtractor.pluralOf("aye"));
    }

    @Test
    void theExtractorKeysTheNounAlone() {
        assertEquals(List.of("engines"), measures("The brigade called in four more appliances."));
        assertEquals(List.of("engines"), measures("The brigade called in four more engines."));
    }
}
