package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** A named person's height; sentences in context are in the golden file and the rule cases. */
class PersonHeightsTest {

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        PersonHeights.sentence(text, "d", 0, text.length(), List.of(), DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void theFormsOfAHeight() {
        String[][] cases = {
            {"The 6-foot-8 forward Alan Brisco scored.", "6-foot-8 forward Alan Brisco", "80"},
            {"Alan Brisco, a six-foot-five guard, scored.", "Alan Brisco, a six-foot-five", "77"},
            {"Alan Brisco is 7 feet tall.", "Alan Brisco is 7 feet", "84"},
            {"Alan Brisco stood 5 ft 11 inches at the weigh-in.", "Alan Brisco stood 5 ft 11 inches", "71"},
            {"Alan Brisco, who is 6-foot-2, scored.", "Alan Brisco, who is 6-foot-2", "74"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            assertEquals("Alan Brisco", claims.get(0).entity(), c[0]);
            assertEquals(c[1], claims.get(0).text(), c[0]);
            assertEquals(Double.parseDouble(c[2]), claims.get(0).low(), c[0]);
            assertEquals(AttributeClaim.HEIGHT, claims.get(0).attribute());
            assertFalse(claims.get(0).eventBound());
        }
    }

    @Test
    void noHeightOfAThingAnUnnamedOneOrAHedge() {
        for (String s : List.of("The 6-foot fence around Alan Brisco's house was new.", "Alan Brisco is about six feet tall.",
                "The Hawks, a 6-foot-8 tall team, lost.", "Brisco is 6-foot-8.", "Alan Brisco is 6-foot-12.",
                "Alan Brisco scored 6 points.")) {
            assertEquals(List.of(), read(s), s);
        }
        assertTrue(PersonHeights.mayGiveHeight("is 6 ft", 0, 7));
        assertFalse(PersonHeights.mayGiveHeight("is 6 metres", 0, 11));
    }

    @Test
    void aDocumentThatGivesOnePersonTwoHeightsGivesNone() {
        List<AttributeClaim> all = new ArrayList<>(read("The 6-foot-8 forward Alan Brisco scored."));
        all.addAll(read("Alan Brisco is 6 feet 9 inches tall."));
        List<AttributeClaim> other = read("Dana Merrow is 6 feet tall.");
        all.addAll(other);
        all.addAll(read("Dana Merrow, who stands 6-foot, smiled."));
        assertEquals(other, PersonHeights.settle(all));
        assertEquals("6 feet (6 ft 0 in)", other.get(0).valueText());
    }
}
