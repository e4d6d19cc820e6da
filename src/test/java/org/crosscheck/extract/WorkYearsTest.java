package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

class WorkYearsTest {

    private static List<AttributeClaim> read(String sentence) {
        List<AttributeClaim> out = new ArrayList<>();
        WorkYears.sentence(sentence, "d", 0, sentence.length(), DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void theNounsAreLowerCaseWordsOfWorks() {
        assertTrue(WorkYears.NOUNS.containsAll(List.of("film", "movie", "novel", "album")));
        WorkYears.NOUNS.forEach(n -> assertEquals(n.toLowerCase(java.util.Locale.ROOT).strip(), n));
    }

    @Test
    void aYearBeforeTheNounAndTheTitleAfterIt() {
        List<AttributeClaim> c = read("It was the basis of the 2004 film The Quiet Lantern in Lindor.");
        assertEquals(1, c.size());
        assertEquals("The Quiet Lantern", c.get(0).entity());
        assertEquals("work:quiet lantern", c.get(0).entityKey());
        assertEquals(2004.0, c.get(0).low());
        assertEquals(AttributeClaim.YEAR_RELEASED, c.get(0).attribute());
        assertEquals("the 2004 film The Quiet Lantern", c.get(0).text());
        assertEquals(0, read("The 2004 film starring her was shown in 2006.").size(), "no title");
        assertEquals(0, read("In 2004 the film was shown in Lindor.").size(), "no title after the noun");
        assertEquals(0, read("The 2004 films The Quiet Lantern won.").size(), "the noun ends its word");
        assertEquals(0, read("The 1604 film The Quiet Lantern won.").size(), "no year of films");
    }

    @Test
    void theTitleEndsBeforeAPossessiveOrAStop() {
        assertEquals("Cold Harbour", WorkYears.trimmed("Cold Harbour's"));
        assertEquals("Cold Harbour", WorkYears.trimmed("Cold Harbour."));
        assertNull(WorkYears.trimmed("The"), "a stop word alone");
        assertEquals("cold harbour of the north", WorkYears.key("The Cold  Harbour of the North"));
    }

    @Test
    void aDocumentThatGivesOneTitleTwoYearsGivesNone() {
        List<AttributeClaim> c = new ArrayList<>(read("The 2004 film The Quiet Lantern won."));
        c.addAll(read("The 2005 film The Quiet Lantern won."));
        c.addAll(read("His 1999 novel Cold Harbour sold."));
        c.addAll(read("His 1999 novel Cold Harbour sold well."));
        List<AttributeClaim> settled = WorkYears.settle(c);
        assertEquals(1, settled.size());
        assertEquals("Cold Harbour", settled.get(0).entity());
    }
}
