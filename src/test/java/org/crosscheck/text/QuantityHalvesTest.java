package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Halves and fractions written in words: "half a mile", "a mile and a half", "two and a half",
 * "half a million" are read at their value; "two-thirds of the vote" is a share, no count of thirds.
 */
class QuantityHalvesTest {

    private static List<QuantityMatch> all(String text) {
        return QuantityParser.find(text, 0, text.length());
    }

    private static QuantityMatch only(String text) {
        List<QuantityMatch> found = all(text);
        assertEquals(1, found.size(), text + ": " + found);
        return found.get(0);
    }

    private static String span(String text, QuantityMatch m) {
        return text.substring(m.start(), m.end());
    }

    @Test
    void halfAUnitIsHalfOfItAndTheUnitIsItsOnlyWordAfter() {
        String s = "The pair lived half a mile from the old bridge.";
        QuantityMatch m = only(s);
        assertEquals(0.5, m.value());
        assertEquals(0.5, m.low());
        assertEquals(0.5, m.high());
        assertEquals("half a", span(s, m));
        assertEquals(List.of("miles"), m.after());
        String far = "Tom Hale had moved half a mile away nine or ten years ago.";
        assertEquals(List.of("miles"), all(far).get(0).after(), "no later noun is what the half measures");
        QuantityMatch km = only("The depot stood half a kilometre north of the lake.");
        assertEquals(List.of("kilometres"), km.after());
        assertEquals(0.5, km.value());
    }

    @Test
    void aUnitAndAHalfIsOneAndAHalfOfIt() {
        String s = "She had moved a mile and a half from the school.";
        QuantityMatch m = only(s);
        assertEquals(1.5, m.value());
        assertEquals("a mile and a half", span(s, m));
        assertEquals(List.of("miles"), m.after());
        String about = "They walked about a mile and a half that night.";
        QuantityMatch a = only(about);
        assertEquals("about a mile and a half", span(about, a));
        assertEquals("about", a.hedge());
        assertEquals(1.25, a.low());
        assertEquals(1.75, a.high());
        assertTrue(all("They walked a mile from the school.").isEmpty(), "a unit alone is no figure read here");
        assertTrue(all("An hour and a half went by.").isEmpty(), "a unit after 'an' that no half unit is");
        assertEquals(List.of("inches"), only("An inch and a half of rain fell.").after());
    }

    @Test
    void aHalfUnitIsHalfOfIt() {
        String s = "The crowd filled a half-mile stretch of the avenue.";
        QuantityMatch m = only(s);
        assertEquals(0.5, m.value());
        assertEquals("a half", span(s, m));
        assertEquals(List.of("miles"), m.after());
        assertEquals(0.5, only("The crowd filled a half mile of the avenue.").value());
        assertTrue(all("The crowd filled a half hour of airtime.").isEmpty(), "hours are no unit of the list");
    }

    @Test
    void aNumberAndAHalfAddsHalfItsUnit() {
        QuantityMatch one = only("The road ran for one and a half miles.");
        assertEquals(1.5, one.value());
        assertEquals("miles", one.after().get(0));
        assertEquals(2.5, only("The road ran for 2 and a half miles.").value());
        QuantityMatch million = only("The march drew a million and a half people.");
        assertEquals(1_500_000, million.value());
        assertEquals(1_250_000, million.low());
        assertEquals(1_750_000, million.high());
        assertEquals(1_500_000, only("The march drew one and a half million people.").value());
        assertEquals(18, only("Police seized a dozen and a half rifles.").value());
        String round = "They drove 20 and a half hours later came back.";
        assertEquals("20", span(round, all(round).get(0)), "a round figure in digits takes no half");
        assertEquals(3, only("Police seized three and a bag of rifles.").value(), "'and a' without 'half'");
    }

    @Test
    void halfAScaleOrAGroupIsHalfOfIt() {
        QuantityMatch m = only("Half a million people marched through the capital.");
        assertEquals(500_000, m.value());
        assertEquals(250_000, m.low());
        assertEquals(750_000, m.high());
        assertEquals(6, only("Police seized half a dozen boats.").value());
        assertTrue(all("The side had half a chance late on.").isEmpty(), "half of no unit");
        assertTrue(all("Half the town was flooded.").isEmpty());
        assertTrue(all("They split it in half and left.").isEmpty());
    }

    @Test
    void aFractionIsAShareNotACount() {
        assertTrue(all("The bill won two-thirds of the vote.").isEmpty());
        assertTrue(all("The bill won nearly three-quarters of the vote.").isEmpty());
        assertTrue(all("The storm hit three quarters of the homes.").isEmpty());
        assertTrue(all("The bill needs a two-thirds majority.").isEmpty());
        assertEquals(3, only("He led for three quarters and lost.").value(), "quarters of a game, counted");
        assertEquals(2, only("Two more were hurt.").value(), "no fraction word");
        assertEquals(9, only("It was their first goal in nine quarters of play.").value(), "more quarters than make a whole");
        assertEquals(4, only("They led for four quarters of the game.").value(), "as many as make a whole");
        assertEquals(3, only("They led for three quarters, then lost.").value(), "apart and before no 'of'");
    }

    @Test
    void everyListedWordIsRead() {
        for (var unit : QuantityParser.HALF_UNITS.entrySet()) {
            QuantityMatch m = only("It lay half a " + unit.getKey() + " from the shore.");
            assertEquals(0.5, m.value(), unit.getKey());
            assertEquals(List.of(unit.getValue()), m.after(), unit.getKey());
            assertTrue(unit.getValue().endsWith("s") || unit.getKey().equals("foot"), "a plural of its unit: " + unit);
            assertEquals(1.5, only("It lay a " + unit.getKey() + " and a half from the shore.").value(), unit.getKey());
        }
        java.util.Map<Integer, String> words = java.util.Map.of(2, "two", 3, "three", 4, "four", 5, "five", 6, "six",
                7, "seven", 8, "eight", 9, "nine", 10, "ten");
        for (var fraction : QuantityParser.FRACTION_WORDS.entrySet()) {
            String word = fraction.getKey();
            int whole = fraction.getValue();
            String below = words.get(whole - 1);
            String same = words.get(whole);
            assertTrue(all("They won " + below + "-" + word + " of the seats.").isEmpty(), word);
            assertTrue(all("They won " + below + " " + word + " of the seats.").isEmpty(), word);
            assertEquals(whole, only("They won " + same + "-" + word + " of the seats.").value(), word);
            assertEquals(whole, only("They won " + same + " " + word + " of the seats.").value(), word);
        }
        assertFalse(QuantityParser.HALF_UNITS.containsKey("hour"), "a half hour is a duration's");
    }
}
