package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** How many times a named person was hit by gunfire; whole articles are in the rule cases. */
class TimesShotTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, "Dan " + name);
    }

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = text.contains("Ruiz") ? List.of(person(text, "Ruiz")) : List.of();
        TimesShot.sentence(text, "d", 0, text.length(), here, null, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void theFormsOfACountOfHits() {
        String[][] cases = {
            {"Ruiz was shot 11 times by police.", "was shot 11 times", "11"},
            {"Ruiz had been shot seven times.", "been shot seven times", "7"},
            {"Ruiz was struck twenty times.", "was struck twenty times", "20"},
            {"Ruiz was hit by seven bullets.", "hit by seven bullets", "7"},
            {"Ruiz was hit by 3 rounds.", "hit by 3 rounds", "3"},
            {"Officers fired, hitting Ruiz eleven times in the legs.", "hitting Ruiz eleven times", "11"},
            {"Officers fired, hitting Ruiz in the chest four times.", "hitting Ruiz in the chest four times", "4"},
            {"Seven bullets hit Mr. Ruiz.", "Seven bullets hit Mr. Ruiz", "7"},
            {"Two rounds struck Ruiz in the back.", "Two rounds struck Ruiz", "2"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.valueText());
            assertEquals(AttributeClaim.TIMES_SHOT, a.attribute());
            assertEquals("Dan Ruiz", a.entity());
            assertTrue(a.eventBound());
        }
    }

    @Test
    void notACountOfHitsOfANamedPerson() {
        assertTrue(read("The man was shot 11 times.").isEmpty(), "no one named");
        assertTrue(read("Ruiz was shot multiple times.").isEmpty(), "vague");
        assertTrue(read("Ruiz shot 11 times at the car.").isEmpty(), "the shooter");
        assertTrue(read("Ruiz shot the clerk three times.").isEmpty());
        assertTrue(read("Officers fired 11 shots at Ruiz.").isEmpty(), "shots fired are not hits");
        assertTrue(read("Seven bullets hit the car near Ruiz.").isEmpty());
        assertTrue(read("Ruiz was hit by 0 bullets.").isEmpty());
    }
}
