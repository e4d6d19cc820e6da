package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** The day a quote's attribution says it was said. */
class SaidDaysTest {
    private static final String HEAD = "Published: March 10, 2023 09:00 GMT\nVenn on the border\n";
    private static final long MONDAY = LocalDate.of(2023, 3, 6).toEpochDay();
    private static final long WEDNESDAY = LocalDate.of(2023, 3, 8).toEpochDay();

    private static List<QuoteClaim> quotes(String body) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        List<QuoteClaim> out = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q) {
                out.add(q);
            }
        }
        return out;
    }

    private static long said(String body) {
        List<QuoteClaim> q = quotes(body);
        assertEquals(1, q.size(), body);
        return q.get(0).saidDay();
    }

    @Test
    void aDayRightAfterTheVerbAfterTheQuote() {
        assertEquals(MONDAY, said("\"We agreed on the shape of the new border commission,\" Venn said on Monday."));
        assertEquals(WEDNESDAY, said("\"We agreed on the shape of the new border commission,\" Venn told reporters Wednesday."));
        assertEquals(MONDAY, said("\"We agreed on the shape of the new border commission,\" said Venn on Monday, March 6."));
    }

    @Test
    void aDayBeforeTheQuoteBesideItsVerb() {
        assertEquals(MONDAY, said("On Monday, Venn said: \"We agreed on the shape of the new border commission.\""));
        assertEquals(WEDNESDAY, said("Venn said on Wednesday that \"we agreed on the shape of the new border commission.\""));
    }

    private static final long MARCH_3 = LocalDate.of(2023, 3, 3).toEpochDay();

    @Test
    void aDayAnywhereBeforeTheQuoteInItsSentenceIsTheDayItWasSaid() {
        assertEquals(MARCH_3, said("On March 3, Mayor Anna Perl ordered a review of the river plan, stating that"
                + " \"we should look at ways to strengthen the banks, not weaken them.\""));
        assertEquals(MARCH_3, said("The council met on March 1. March 3 saw Mayor Anna Perl order a review, stating that"
                + " \"we should look at ways to strengthen the banks.\""), "a day that opens the sentence");
        assertEquals(DateClaim.NO_DAY, said("The council met on March 1. Mayor Anna Perl then ordered a review, stating that"
                + " \"we should look at ways to strengthen the banks.\""), "a day of the sentence before");
        assertEquals(DateClaim.NO_DAY, said("Between March 1 and March 3, Mayor Anna Perl ordered a review, stating that"
                + " \"we should look at ways to strengthen the banks.\""), "two days");
    }

    @Test
    void theDaysAreReadWhateverTheOrderOfTheClaims() {
        String text = HEAD + "The council met on March 1. On March 3, Mayor Anna Perl ordered a review, stating that"
                + " \"we should look at ways to strengthen the banks.\"\nThe work began on March 20.\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        List<DateClaim> days = new ArrayList<>();
        QuoteClaim q = null;
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc) {
                days.add(0, dc);
            } else if (c instanceof QuoteClaim quote) {
                q = quote;
            }
        }
        assertEquals(MARCH_3, q.saidDay());
        assertEquals(MARCH_3, SaidDays.saidOn(text, q, days), "the dates in reverse order");
    }

    @Test
    void aDateResolvedAgainstADayTheStoryLendsIsReadToo() {
        String text = HEAD + "On March 3, Mayor Anna Perl ordered a review, stating that \"we should look at ways to strengthen the banks.\"\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        List<Claim> lent = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && dc.text().equals("March 3")) {
                lent.add(new DateClaim("d", dc.span(), dc.text(), "DATE", "2023-03-03", null, null, true, MARCH_3, MARCH_3,
                        null, null, null, List.of()));
            } else if (c instanceof QuoteClaim q) {
                lent.add(q.withSaidDay(DateClaim.NO_DAY));
            } else {
                lent.add(c);
            }
        }
        long day = SaidDays.mark(d.withClaims(lent)).claims().stream().filter(QuoteClaim.class::isInstance)
                .mapToLong(c -> ((QuoteClaim) c).saidDay()).findFirst().orElseThrow();
        assertEquals(MARCH_3, day);
    }

    @Test
    void noDayWhenTheAttributionGivesNoneOrTwo() {
        assertEquals(DateClaim.NO_DAY, said("\"We agreed on the shape of the new border commission,\" Venn said."));
        // The date is of what the sentence tells after the attribution, too far from the verb.
        assertEquals(DateClaim.NO_DAY, said("\"We agreed on the shape of the new border commission,\" Venn said of the talks that the"
                + " two delegations had held in the old town hall of Telmar on Monday."));
        // A date in the next sentence is not the attribution's.
        assertEquals(DateClaim.NO_DAY, said("\"We agreed on the shape of the new border commission,\" Venn said. The talks ended on Monday."));
        assertEquals(DateClaim.NO_DAY, said("On Monday, Venn said on Wednesday: \"We agreed on the shape of the new border commission.\""));
        // A date inside the quote is what the words tell of, not when they were said.
        assertEquals(DateClaim.NO_DAY, said("\"We agreed on Monday on the shape of the new border commission,\" Venn said."));
    }

    @Test
    void attributionEndsAtASentenceALineOrAQuoteMark() {
        String t = "x,\" Venn said. Then";
        assertEquals(t.indexOf(". Then"), SaidDays.attributionEnd(t, 1));
        String l = "x,\" Venn said\nThen";
        assertEquals(l.indexOf('\n'), SaidDays.attributionEnd(l, 1));
        String m = "x,\" Venn said, \"and";
        assertEquals(m.lastIndexOf('"'), SaidDays.attributionEnd(m, 1));
        String abbreviated = "x,\" Sen. Venn said";
        assertEquals(abbreviated.length(), SaidDays.attributionEnd(abbreviated, 1));
        String longer = "x,\" " + "a".repeat(300);
        assertEquals(1 + SaidDays.AFTER, SaidDays.attributionEnd(longer, 1));
        assertTrue(SaidDays.NEAR > 0);
    }

    @Test
    void wordsAreFoundWhole() {
        String t = "Sayings: she said, unsaid, Said.";
        assertEquals(t.indexOf("said,"), SaidDays.firstWord(t, "said", 0, t.length()));
        assertEquals(t.indexOf("Said."), SaidDays.lastWord(t, "said", 0, t.length()));
        assertEquals(-1, SaidDays.firstWord(t, "said", 0, 10));
        assertEquals(-1, SaidDays.lastWord(t, "say", 0, t.length()));
        assertEquals(0, SaidDays.lastWord("said it", "said", 0, 7));
        assertEquals(-1, SaidDays.firstWord(t, "said", 24, t.length() - 6));
    }

    private static DateClaim monday(String text, String word, int from) {
        int at = text.indexOf(word, from);
        return new DateClaim("d", new org.crosscheck.claims.Span(at, at + word.length()), word, "DATE", "2023-03-06", null,
                null, false, MONDAY, MONDAY, null, null, null, List.of());
    }

    @Test
    void theDayMustStandWithinNearCharactersOfTheVerb() {
        for (int pad = SaidDays.NEAR - 1; pad <= SaidDays.NEAR + 1; pad++) {
            String t = "\"We agreed on the border,\" Venn said" + " ".repeat(pad) + "Monday.";
            QuoteClaim q = new QuoteClaim("d", new org.crosscheck.claims.Span(1, 24), t.substring(1, 24), null, "Venn", "venn",
                    null, "venn", true, "said", false, false, null, DateClaim.NO_DAY, false);
            long day = SaidDays.saidOn(t, q, List.of(monday(t, "Monday", 0)));
            assertEquals(pad <= SaidDays.NEAR ? MONDAY : DateClaim.NO_DAY, day, "pad " + pad);
        }
        String before = "Venn said" + " ".repeat(SaidDays.NEAR + 1) + "Monday: \"We agreed on the border.\"";
        int open = before.indexOf('"') + 1;
        QuoteClaim q = new QuoteClaim("d", new org.crosscheck.claims.Span(open, open + 22), before.substring(open, open + 22), null,
                "Venn", "venn", null, "venn", true, "said", false, false, null, DateClaim.NO_DAY, false);
        assertEquals(MONDAY, SaidDays.saidOn(before, q, List.of(monday(before, "Monday", 0))),
                "before the quote any day of its sentence counts, however far from the verb");
        String right = "Venn said Monday: \"We agreed on the border.\"";
        int o2 = right.indexOf('"') + 1;
        QuoteClaim q2 = new QuoteClaim("d", new org.crosscheck.claims.Span(o2, o2 + 22), right.substring(o2, o2 + 22), null,
                "Venn", "venn", null, "venn", true, "said", false, false, null, DateClaim.NO_DAY, false);
        assertEquals(MONDAY, SaidDays.saidOn(right, q2, List.of(monday(right, "Monday", 0))));
    }

    @Test
    void aDocumentWithoutQuotesIsReturnedAsItIs() {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + "Venn met Sandu on Monday.\n", List.of())));
        assertTrue(SaidDays.mark(d) == d);
    }
}
