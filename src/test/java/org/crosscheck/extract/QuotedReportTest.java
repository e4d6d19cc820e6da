package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A whole report set in quote marks is told from a speaker's words by the attributions of its own sentences. */
class QuotedReportTest {

    private static String padded(String s) {
        StringBuilder out = new StringBuilder(s);
        while (out.length() < QuoteExtractor.REPORT_LENGTH) {
            out.append("\nThe river stayed high all week and the bridge was closed again.");
        }
        return out.toString();
    }

    @Test
    void twoSentencesAttributedToOthersMakeAReport() {
        assertTrue(QuoteExtractor.quotedReport(padded(
                "A man was arrested after a chase on Monday, police said.\nOfficers found petrol in his car, Sheriff Tom Varga said.")));
        assertTrue(QuoteExtractor.quotedReport(padded(
                "A man was arrested on Monday, police said. Officers found petrol in his car, the sheriff says.")),
                "two sentences of one line");
    }

    @Test
    void oneAttributionOrAShortQuoteIsStillAQuote() {
        assertFalse(QuoteExtractor.quotedReport(padded("A man was arrested after a chase on Monday, police said.")));
        String two = "A man was arrested on Monday, police said.\nOfficers found petrol in his car, Sheriff Tom Varga said.";
        assertFalse(QuoteExtractor.quotedReport(two), "shorter than a report");
        assertFalse(QuoteExtractor.quotedReport(padded(
                "A man was arrested, said.\nOfficers found petrol in his car, said.")), "a verb alone after the comma is no attribution");
        assertFalse(QuoteExtractor.quotedReport(padded(
                "A man was arrested, as the officers in the county and in the town of Marren said.\n"
                        + "Officers found petrol, as the officers in the county and in the town of Marren said.")),
                "more than eight words after the comma");
        assertFalse(QuoteExtractor.quotedReport(padded(
                "A man was arrested on Monday, police found.\nOfficers found petrol in his car, the sheriff thought.")),
                "no verb of speech");
    }
}
