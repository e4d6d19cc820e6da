package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests {@link HouseStyle#times} asks before a matcher: {@code clockLike} is true for
 * every key {@code CLOCK} matches, {@code startsWithDigit} for every key {@code FOUR_DIGIT_TIME}
 * and {@code TIME_KEY} match, so skipping the matcher where they are false changes no unit.
 */
class ClockGuardTest {

    private static final String[] PIECES = {"0", "1", "2", "3", "5", "6", "9", "12", "24", "60", "one", "on",
        "o", "ne", "am", "pm", "a", "p", "m", ":", ".", ",", "-", "x", "e", "n", " ", "\u0663", "\uFF16", "six"};

    @Test
    void noKeyAGuardTurnsAwayIsATime() {
        Random random = new Random(31);
        int clocks = 0;
        int fourDigits = 0;
        int timeKeys = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder key = new StringBuilder();
            int parts = random.nextInt(5);
            for (int k = 0; k < parts; k++) {
                key.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = key.toString();
            if (HouseStyle.CLOCK.matcher(s).matches()) {
                clocks++;
                assertTrue(HouseStyle.clockLike(s), s);
            }
            if (HouseStyle.FOUR_DIGIT_TIME.matcher(s).matches()) {
                fourDigits++;
                assertTrue(s.length() == 4 && HouseStyle.startsWithDigit(s), s);
            }
            if (HouseStyle.TIME_KEY.matcher(s).matches()) {
                timeKeys++;
                assertTrue(HouseStyle.startsWithDigit(s), s);
            }
        }
        // The random keys reach every pattern often, so the checks above are not empty.
        assertTrue(clocks > 1_000, "clocks " + clocks);
        assertTrue(fourDigits > 100, "four digits " + fourDigits);
        assertTrue(timeKeys > 50, "time keys " + timeKeys);
    }

    @Test
    void theGuardsReadTheFirstCharacterOnly() {
        assertTrue(HouseStyle.clockLike("6"));
        assertTrue(HouseStyle.clockLike("6:30pm"));
        assertTrue(HouseStyle.clockLike("one"));
        assertTrue(HouseStyle.clockLike("onerous"));
        assertTrue(HouseStyle.clockLike("0"));
        assertTrue(HouseStyle.clockLike("9x"));
        assertFalse(HouseStyle.clockLike(""));
        assertFalse(HouseStyle.clockLike("six"));
        assertFalse(HouseStyle.clockLike("on"));
        assertFalse(HouseStyle.clockLike("/6"));
        assertFalse(HouseStyle.clockLike(":"));
        assertFalse(HouseStyle.clockLike("\u0663"));
        assertFalse(HouseStyle.clockLike("\uFF16"));
        assertTrue(HouseStyle.startsWithDigit("0241"));
        assertTrue(HouseStyle.startsWithDigit("9"));
        assertFalse(HouseStyle.startsWithDigit(""));
        assertFalse(HouseStyle.startsWithDigit("one"));
        assertFalse(HouseStyle.startsWithDigit("/"));
        assertFalse(HouseStyle.startsWithDigit(":30"));
    }

    @Test
    void timesAreReadAsBeforeWithTheGuards() {
        HouseStyle style = HouseStyle.general();
        assertEquals("met at 18:00 and 06:30 then 13:00", style.words("met at 6 p.m. and 6:30 a.m. then one p.m."));
        assertEquals("at 02:41 friday", style.words("at 0241 GMT Friday"));
        assertEquals("the 4000 gmt 2460 gmt", style.words("the 4000 GMT 2460 GMT"), "no time has 40 hours or 60 minutes");
        assertEquals("onerous one", style.words("onerous one"));
    }
}
