package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** The day a quote was said, read from the words that introduce it. */
class QuoteDaysTest {

    private static long saidOn(String body, String quoteStart) {
        String text = "Published: April 27, 2009 09:00 GMT\nRiver plan reviewed\n" + body;
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("a", "a.txt", text, List.of())));
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q && q.text().startsWith(quoteStart)) {
                return QuoteDays.of(d).saidOn(q);
            }
        }
        throw new AssertionError("no quote " + quoteStart + " in " + d.claims());
    }

    @Test
    void aDateBeforeTheQuoteInItsSentenceIsTheDayItWasSaid() {
        assertEquals(LocalDate.of(2009, 3, 3).toEpochDay(), saidOn(
                "On March 3, Mayor Anna Perl ordered a review of the river plan, stating that \"we should look at ways to strengthen the banks, not weaken them.\"\n",
                "we should"));
    }

    @Test
    void noDayWhenTheSentenceGivesNone() {
        assertEquals(DateClaim.NO_DAY, saidOn(
                "The council met on March 3.\nMayor Anna Perl ordered a review, stating that \"we should look at ways to strengthen the banks.\"\n",
                "we should"));
        assertEquals(DateClaim.NO_DAY, saidOn(
                "Mayor Anna Perl said: \"The banks broke on March 3 and again on March 9.\"\n", "The banks"));
    }

    @Test
    void noDayWhenTheSentenceGivesTwo() {
        assertEquals(DateClaim.NO_DAY, saidOn(
                "Between March 3 and March 9, Mayor Anna Perl ordered a review, stating that \"we should look at ways to strengthen the banks.\"\n",
                "we should"));
    }

    @Test
    void aSentenceBeginsAfterALineBreakOrAStopBeforeACapital() {
        assertEquals(0, QuoteDays.sentenceStart("No stop here", 5));
        assertEquals(9, QuoteDays.sentenceStart("One line\nTwo", 11));
        assertEquals(6, QuoteDays.sentenceStart("Done. Next one", 12));
        assertEquals(0, QuoteDays.sentenceStart("Dr. smith said", 10));
        assertEquals(0, QuoteDays.sentenceStart("Sen. Kefauver said", 12), "an abbreviation ends no sentence");
        assertEquals(13, QuoteDays.sentenceStart("First line.\n\nSecond. Third", 17), "a line's first sentence");
        assertEquals(21, QuoteDays.sentenceStart("First line.\n\nSecond. Third", 23));
        assertEquals(6, QuoteDays.sentenceStart("Done. Next one", 6), "at a sentence's first letter");
    }

    @Test
    void aDateThatOpensTheSentenceDatesTheQuote() {
        assertEquals(LocalDate.of(2009, 3, 9).toEpochDay(), saidOn(
                "The council met on March 3. March 9 saw Mayor Anna Perl order a review, stating that \"we should look at ways to strengthen the banks.\"\n",
                "we should"));
    }

    @Test
    void theDatesAreReadInTheirOrderWhateverTheClaimsOrder() {
        String text = "Published: April 27, 2009 09:00 GMT\nRiver plan reviewed\n"
                + "The council met on March 1. On March 3, Mayor Anna Perl ordered a review, stating that \"we should look at ways to strengthen the banks.\"\n"
                + "The work began on March 20.\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("a", "a.txt", text, List.of())));
        List<Claim> reversed = new java.util.ArrayList<>(d.claims());
        java.util.Collections.reverse(reversed);
        ExtractedDocument shuffled = d.withClaims(reversed);
        QuoteClaim q = (QuoteClaim) d.claims().stream().filter(c -> c instanceof QuoteClaim).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2009, 3, 3).toEpochDay(), QuoteDays.of(shuffled).saidOn(q));
    }

    @Test
    void aSentenceStartsOnTheLineOfItsPosition() {
        assertEquals(3, QuoteDays.sentenceStart("ab\n\ncd", 3), "an empty line");
        assertEquals(3, QuoteDays.sentenceStart("ab\ncd", 3));
    }

    @Test
    void aDateInTheSentenceBeforeIsNotTheQuotesDay() {
        assertEquals(DateClaim.NO_DAY, saidOn(
                "The council met on March 3. Mayor Anna Perl then ordered a review, stating that \"we should look at ways to strengthen the banks.\"\n",
                "we should"));
        assertEquals(LocalDate.of(2009, 3, 9).toEpochDay(), saidOn(
                "The council met on March 3. On March 9, Mayor Anna Perl ordered a review, stating that \"we should look at ways to strengthen the banks.\"\n",
                "we should"));
    }
}
