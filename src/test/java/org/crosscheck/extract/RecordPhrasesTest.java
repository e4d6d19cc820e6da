package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** A named person's win-loss record in running text; sentences in context are in the golden file. */
class RecordPhrasesTest {

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        RecordPhrases.sentence(text, "d", 0, text.length(), List.of(), DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(RecordPhrases.VERBS.containsAll(List.of("compiled", "posted", "finished with")));
        assertTrue(RecordPhrases.NOUNS.containsAll(List.of("record", "mark")));
        for (Set<String> list : List.of(RecordPhrases.VERBS, RecordPhrases.NOUNS)) {
            for (String w : list) {
                assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
            }
        }
    }

    @Test
    void theFormsOfARecord() {
        String[][] cases = {
            {"Dale Vorst compiled a mark of 122-147 (.454).", "Dale Vorst compiled a mark of 122-147", "122-147"},
            {"Dale Vorst, the coach, posted a 43-39 record as a rookie.", "Dale Vorst, the coach, posted a 43-39 record", "43-39"},
            {"Dale Vorst is 122-147 in three seasons.", "Dale Vorst is 122-147", "122-147"},
            {"The win took Dale Vorst's record to 52-3-1.", "Dale Vorst's record to 52-3-1", "52-3-1"},
            {"Dale Vorst's 40-10 record is the best.", "Dale Vorst's 40-10 record", "40-10"},
            {"Dale Vorst went 17-10 with a 3.20 ERA.", "Dale Vorst went 17-10", "17-10"},
            {"Dale Vorst is 6-12 in his career.", "Dale Vorst is 6-12", "6-12"},
            {"Dale Vorst's 6-4 record is the best.", "Dale Vorst's 6-4 record", "6-4"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            assertEquals("Dale Vorst", claims.get(0).entity(), c[0]);
            assertEquals(c[1], claims.get(0).text(), c[0]);
            assertEquals(c[2], claims.get(0).valueText(), c[0]);
            assertEquals(AttributeClaim.RECORD, claims.get(0).attribute());
            assertTrue(claims.get(0).eventBound());
        }
    }

    @Test
    void noRecordOfOnePartOfACareerATeamOrAScore() {
        for (String s : List.of("Dale Vorst was 162-139 in Portland.", "Dale Vorst compiled a 43-39 record in 2004-05.",
                "Dale Vorst was 40-42 last season.", "Dale Vorst went 9-14 with the Hawks.", "Dale Vorst beat the Owls 31-24 in overtime.",
                "The Hawks went 9-14 with Vorst in charge.", "Vorst compiled a 9-14 record.", "Dale Vorst is 6-4 in height.",
                "Dale Vorst compiled a 40-10 record since June.")) {
            assertEquals(List.of(), read(s), s);
        }
    }

    @Test
    void aHeightsShapeIsFourToSevenThenUpToEleven() {
        assertTrue(RecordPhrases.heightShaped(4, 11, null));
        assertTrue(RecordPhrases.heightShaped(7, 0, null));
        assertEquals(false, RecordPhrases.heightShaped(3, 11, null));
        assertEquals(false, RecordPhrases.heightShaped(8, 4, null));
        assertEquals(false, RecordPhrases.heightShaped(6, 12, null));
        assertEquals(false, RecordPhrases.heightShaped(6, 4, "1"));
        assertEquals(1, read("Dale Vorst is 6-4-1 in his career.").size());
        assertEquals(1, read("Dale Vorst is 8-4 in his career.").size());
    }

    @Test
    void aSurnameTwoPeopleShareAndARecordWithDrawsAsWritten() {
        assertEquals(List.of(), read("Dale Vorst met Ada Vorst. Vorst compiled a 40-10 record."));
        List<AttributeClaim> draws = read("Dale Vorst compiled a mark of 40-10-2 over his career.");
        assertEquals("40-10-2", draws.get(0).written());
        assertEquals(AttributeClaim.record(40, 10, 2), draws.get(0).low());
        List<AttributeClaim> noun = read("Dale Vorst has a 40-10-2 record.");
        assertEquals("40-10-2", noun.get(0).written());
        assertEquals("Dale Vorst has a 40-10-2 record", noun.get(0).text());
    }

    @Test
    void aDocumentThatGivesOnePersonTwoRecordsGivesNone() {
        List<AttributeClaim> all = new ArrayList<>(read("Dale Vorst is 122-147 in three seasons."));
        all.addAll(read("Dale Vorst compiled a 162-139 record over his career."));
        List<AttributeClaim> other = read("Ada Lund is 10-2 in two seasons.");
        all.addAll(other);
        all.addAll(other);
        assertEquals(other, RecordPhrases.settle(all));
    }
}
