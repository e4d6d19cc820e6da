package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.TimestampClaim;
import org.junit.jupiter.api.Test;

/** What an evidence row shows as a source's value: never a day the source did not give. */
class EvidenceValueTest {

    private static DateClaim date(String text, String value, LocalDate day, boolean borrowed) {
        long d = day == null ? DateClaim.NO_DAY : day.toEpochDay();
        return new DateClaim("d", new Span(0, text.length()), text, "DATE", value, null, null, borrowed, d, d,
                null, null, "shooting", List.of());
    }

    @Test
    void aBareWeekdayReadAgainstALentDateShowsItsWeekdayOnly() {
        LocalDate lent = LocalDate.of(2010, 5, 1);
        assertEquals("a Saturday", FindingSink.shownValue(date("Saturday", lent.toString(), lent, true)));
    }

    @Test
    void aBareWeekdayReadAgainstNothingShowsItsWeekday() {
        assertEquals("a Sunday", FindingSink.shownValue(date("Sunday", "XXXX-WXX-7", null, false)));
    }

    @Test
    void aDayTheSourceGaveShowsThatDay() {
        LocalDate own = LocalDate.of(2008, 12, 6);
        assertEquals("2008-12-06", FindingSink.shownValue(date("Saturday", own.toString(), own, false)), "read against its own timestamp");
        assertEquals("2008-12-06", FindingSink.shownValue(date("December 6", own.toString(), own, false)),
                "a month and day read against the report's own timestamp");
        assertEquals("December 6", FindingSink.shownValue(date("December 6", own.toString(), own, true)),
                "a month and day whose year the story lent: the day the source gave, not the lent year");
        assertEquals("2008-12-06", FindingSink.shownValue(date("December 6, 2008", own.toString(), own, true)),
                "written in full, year and all");
    }

    @Test
    void otherClaimsShowTheirOwnValue() {
        TimestampClaim published = new TimestampClaim("d", new Span(0, 10), "2008-12-07", TimestampClaim.Role.PUBLISHED,
                "published", "2008-12-07", 0, 0, false, null, false);
        assertEquals("2008-12-07", FindingSink.shownValue(published));
    }
}
