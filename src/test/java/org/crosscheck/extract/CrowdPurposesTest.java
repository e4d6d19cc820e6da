package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** A count of people whose clause says they set out to march counts marchers (invented sentences). */
class CrowdPurposesTest {

    /** The measures of the figures the extractor reads in one sentence of a dated article. */
    private static List<String> measures(String sentence) {
        String text = "Published: March 3, 2022 10:00 GMT\nA report from Valmora\n" + sentence + "\n";
        List<Claim> claims = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims();
        return claims.stream().filter(c -> c instanceof QuantityClaim).map(c -> ((QuantityClaim) c).measure()).toList();
    }

    @Test
    void theDataFilesAreRead() {
        assertTrue(CrowdPurposes.START_VERBS.contains("set off"));
        assertTrue(CrowdPurposes.START_VERBS.contains("gathered"));
        assertTrue(CrowdPurposes.PURPOSES.contains("march"));
        assertTrue(CrowdPurposes.PURPOSES.contains("protest"));
        assertTrue(CrowdPurposes.STOPS.contains("not"));
        for (String w : CrowdPurposes.PURPOSES) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }

    @Test
    void settingOutToMarchCountsMarchers() {
        assertTrue(CrowdPurposes.marched(" people set off from the square to march on the town hall."));
        assertTrue(CrowdPurposes.marched(" residents gathered outside the court to protest."));
        assertTrue(CrowdPurposes.marched(" mostly young people then set out to march"));
        assertTrue(CrowdPurposes.marched(" people slowly set off to rally"), "a word of manner before the verb");
        assertTrue(CrowdPurposes.marched(" young angry people gathered to march"), "two describing words");
    }

    @Test
    void otherClausesDoNot() {
        assertFalse(CrowdPurposes.marched(" people set off from the square, to march later"), "a mark ends the clause");
        assertFalse(CrowdPurposes.marched(" people gathered but were not allowed to march"), "a stop word");
        assertFalse(CrowdPurposes.marched(" people gathered to watch the parade"), "another purpose");
        assertFalse(CrowdPurposes.marched(" people watched the others set off to march"), "no verb of setting out after the noun");
        assertFalse(CrowdPurposes.marched(" boats set off to march"), "no people");
        assertFalse(CrowdPurposes.marched(" very young and angry people gathered to march"), "too many describing words");
        assertFalse(CrowdPurposes.marched(" young angry boats gathered to march"), "no people's noun within reach");
        assertFalse(CrowdPurposes.marched(" people"), "nothing after the noun");
        assertFalse(CrowdPurposes.marched(" people gathered"), "no purpose");
        assertFalse(CrowdPurposes.marched(" people gathered to"), "no word after to");
        assertFalse(CrowdPurposes.marched(""), "no words");
        assertFalse(CrowdPurposes.marched(" people gathered in the big old square by the river at noon to march"),
                "the purpose too far from the verb");
        assertTrue(CrowdPurposes.marched(" people gathered in the big old square by the river to march"),
                "the purpose just within reach");
    }

    @Test
    void aVerbMayTakeAParticle() {
        List<String> w = List.of("set", "off", "to");
        assertEquals(2, CrowdPurposes.startLength(w, 0));
        assertEquals(0, CrowdPurposes.startLength(w, 1));
        assertEquals(1, CrowdPurposes.startLength(List.of("gathered"), 0));
        assertEquals(0, CrowdPurposes.startLength(List.of("set"), 0));
        assertEquals(0, CrowdPurposes.startLength(List.of(), 0));
    }

    @Test
    void clauseWordsStopAtAMark() {
        assertEquals(List.of("people", "set", "off"), CrowdPurposes.clauseWords(" People set off, then marched"));
        assertEquals(List.of("people", "set"), CrowdPurposes.clauseWords("people set — off"));
        assertEquals(List.of("well-known", "people"), CrowdPurposes.clauseWords("  well-known people"));
        assertEquals(List.of(), CrowdPurposes.clauseWords("-people"));
    }

    @Test
    void theExtractorCountsThemAsMarchers() {
        assertEquals(List.of("marched"), measures("Nearly 90 people set off from the square to march on the town hall."));
        assertEquals(List.of("people"), measures("Nearly 90 people set off from the square to watch the parade."));
        assertEquals(List.of("people"), measures("Nearly 90 people gathered but were not allowed to march."));
    }
}
