package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** The year the building of the happening was built; whole articles are in the rule cases. */
class BuildingYearsTest {

    private static final long JUN_2012 = LocalDate.of(2012, 6, 5).toEpochDay();

    private static List<AttributeClaim> read(String text, long published) {
        List<AttributeClaim> out = new ArrayList<>();
        int split = text.indexOf(". ") + 1;
        int[] before = split > 0 ? new int[] {0, split} : null;
        BuildingYears.sentence(text, "d", split > 0 ? split + 1 : 0, text.length(), before, published, null, out);
        return BuildingYears.settle(out);
    }

    @Test
    void theNounListIsReadFromItsFile() {
        assertTrue(BuildingYears.NOUNS.containsAll(List.of("building", "structure", "warehouse", "church")));
        for (String w : BuildingYears.NOUNS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
    }

    @Test
    void theFormsOfABuildingsYear() {
        String[][] cases = {
            {"The warehouse was built in 1935, the same year.", "The warehouse was built in 1935", "1935"},
            {"The old wooden barn had been constructed in 1901.", "The old wooden barn had been constructed in 1901", "1901"},
            {"The church, a local landmark, dates back to 1890.", "The church, a local landmark, dates back to 1890", "1890"},
            {"The building dates from 1935.", "The building dates from 1935", "1935"},
            {"Fire destroyed the creamery building. It was built in 1935.", "It was built in 1935", "1935"},
            {"Officials said the 86-year-old structure had no power.", "the 86-year-old structure", "86 years old (built 1925 or 1926)"},
            {"Officials said the eighty-six-year-old barn burned.", "the eighty-six-year-old barn", "eighty-six years old (built 1925 or 1926)"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0], JUN_2012);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals("building:built", a.entityKey());
            assertEquals(AttributeClaim.YEAR_BUILT, a.attribute());
            assertEquals(c[2], a.valueText(), c[0]);
        }
    }

    @Test
    void otherFormsAndTwoYearsInADocumentGiveNone() {
        for (String s : List.of(
                "Fire spread on Main Street overnight. It was built in 1935.",
                "The warehouse was built in 1935 and the barn was built in 1950.",
                "The 86-year-old owner was not at home.",
                "The warehouse was sold in 1935.")) {
            assertEquals(List.of(), read(s, JUN_2012), s);
        }
        // An age without the article's date gives no year.
        assertEquals(List.of(), read("Officials said the 86-year-old structure had no power.", DateClaim.NO_DAY));
        // A year and an age that agree are both kept.
        assertEquals(2, read("The warehouse was built in 1926; the 86-year-old structure burned.", JUN_2012).size());
    }
}
