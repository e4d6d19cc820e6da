package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** A page that shows only when it was updated is read against that day; a published one against its own. */
class UpdateAnchorTest {

    private static DateClaim monday(String stamp) {
        String text = "Orvale council fined\n" + stamp + "\nThe league fined the Orvale council on Monday for late filings, its chair said.\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("u", "u.txt", text, List.of())));
        return d.claims().stream().filter(c -> c instanceof DateClaim dc && dc.text().equals("Monday"))
                .map(c -> (DateClaim) c).findFirst().orElseThrow();
    }

    @Test
    void aPageWithOnlyAnUpdateTimeReadsItsWeekdaysAgainstIt() {
        DateClaim d = monday("Updated: May 18, 2005, 6:03 PM ET");
        assertEquals("2005-05-16", d.value());
        assertTrue(d.anchor().contains("the update date 2005-05-18"), d.anchor());
        assertFalse(d.borrowed(), "the page's own stamp is no date lent by its story");
    }

    @Test
    void aPublicationTimeOutranksAnUpdateTime() {
        DateClaim d = monday("Published: May 11, 2005 09:00 ET. Updated: May 18, 2005, 6:03 PM ET");
        assertEquals("2005-05-09", d.value());
    }
}
