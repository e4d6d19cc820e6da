package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** How many of a thing a named person has: a career's or a family's tally. */
class HeldCountsTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, "Nora " + name);
    }

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        for (String name : List.of("Vasquez", "Okafor")) {
            if (text.contains(name)) {
                here.add(person(text, name));
            }
        }
        HeldCounts.sentence(text, "d", 0, text.length(), here, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void wordListIsReadFromItsFile() {
        assertEquals("points", HeldCounts.NOUNS.get("points"));
        assertEquals("children", HeldCounts.NOUNS.get("kids"));
        assertEquals("wins", HeldCounts.NOUNS.get("victories"));
        HeldCounts.NOUNS.forEach((k, v) -> assertEquals(k.strip().toLowerCase(Locale.ROOT), k));
    }

    @Test
    void theFormsOfATally() {
        String[][] cases = {
            // sentence, claim's words, low, high, attribute
            {"Vasquez now has 1,874 points.", "has 1,874 points", "1874", "1874", "count of points"},
            {"Vasquez now has 1,874 career points as a Falcon.", "has 1,874 career points", "1874", "1874", "count of points"},
            {"The crowd rose when Vasquez, who now has 1,875 points, hit the shot.", "has 1,875 points", "1875", "1875",
                "count of points"},
            {"Vasquez, a senior, has 41 career wins.", "has 41 career wins", "41", "41", "count of wins"},
            {"Vasquez, alleged to have nine wives, was charged.", "have nine wives", "9", "9", "count of wives"},
            {"Vasquez has 20 grandchildren.", "has 20 grandchildren", "20", "20", "count of grandchildren"},
            {"Vasquez has 200 grandchildren.", "has 200 grandchildren", "150", "250", "count of grandchildren"},
            {"Vasquez has 20 career wins.", "has 20 career wins", "15", "25", "count of wins"},
            {"Vasquez, alleged to have 20 wives, was charged.", "have 20 wives", "20", "20", "count of wives"},
            {"Vasquez, 41, a mother of five, was hurt.", "mother of five", "5", "5", "count of children"},
            {"Vasquez was the father of three children.", "father of three children", "3", "3", "count of children"},
            {"Police named the victim as Mother of six Vasquez on Friday.", "Mother of six", "6", "6", "count of children"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals("Nora Vasquez", a.entity(), c[0]);
            assertEquals(Double.parseDouble(c[2]), a.low(), 1e-9, c[0]);
            assertEquals(Double.parseDouble(c[3]), a.high(), 1e-9, c[0]);
            assertEquals(c[4], a.attribute(), c[0]);
            assertTrue(a.person() && a.eventBound(), c[0]);
        }
    }

    private static List<AttributeClaim> records(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        HeldCounts.records(text, "d", 0, text.length(), List.of(), DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void aPersonsRecordTotal() {
        List<AttributeClaim> a = records("Lena Ostrova broke Marta Vail\u2019 s school scoring record of 1,874 points on Friday.");
        assertEquals(1, a.size());
        assertEquals("Marta Vail", a.get(0).entity());
        assertEquals("count of scoring record", a.get(0).attribute());
        assertEquals("Marta Vail\u2019 s school scoring record of 1,874", a.get(0).text());
        assertEquals(1874, a.get(0).low(), 1e-9);
        assertTrue(a.get(0).eventBound() && a.get(0).identified());
        List<AttributeClaim> b = records("She needed 11 points to break Marta Vail's rushing record of 1,864.");
        assertEquals("count of rushing record", b.get(0).attribute());
        assertEquals(1, records("She passed Marta Vail's scoring record of 1,874.").size());
        assertTrue(a.get(0).disagreesWith(records("Marta Vail's scoring record of 1,864 fell.").get(0)));
        assertTrue(records("Vail's scoring record of 1,874 fell.").isEmpty(), "no name in full");
        assertTrue(records("Marta Vail's record of 1,874 fell.").isEmpty(), "no record named");
        assertTrue(records("Marta Vail's scoring record of 1,874.5 fell.").isEmpty(), "no count");
        assertTrue(records("Marta Vail's scoring record stands.").isEmpty());
        People.Mention vail = person("Marta Vail's scoring record of 1,874.", "Marta Vail");
        assertEquals("Nora Marta Vail", recordsWith("Marta Vail's scoring record of 1,874.", vail).get(0).entity());
    }

    private static List<AttributeClaim> recordsWith(String text, People.Mention m) {
        List<AttributeClaim> out = new ArrayList<>();
        HeldCounts.records(text, "d", 0, text.length(), List.of(m), DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void aFamilysTallyIsExactBelowAHundred() {
        assertTrue(HeldCounts.EXACT.contains("wives") && HeldCounts.EXACT.contains("children"));
        assertFalse(HeldCounts.EXACT.contains("points"));
        HeldCounts.EXACT.forEach(t -> assertTrue(HeldCounts.NOUNS.containsValue(t), t));
        AttributeClaim twenty = read("Vasquez has 20 wives.").get(0);
        AttributeClaim nineteen = read("Vasquez has 19 wives.").get(0);
        assertTrue(twenty.disagreesWith(nineteen));
        AttributeClaim hundred = read("Vasquez has 100 children.").get(0);
        assertEquals(50, hundred.low(), 1e-9);
        AttributeClaim ninety = read("Vasquez has 99 children.").get(0);
        assertEquals(99, ninety.high(), 1e-9);
    }

    @Test
    void noTallyOfAPartAnOccasionOrNoOne() {
        assertTrue(read("Vasquez has three more points than last year.").isEmpty(), "a part");
        assertTrue(read("Vasquez has 22 points in the first half.").isEmpty(), "one half");
        assertTrue(read("Vasquez has ten goals this season.").isEmpty(), "one season");
        assertTrue(read("Vasquez has 20 minutes to decide.").isEmpty(), "not a tally's noun");
        assertTrue(read("The team has 41 wins.").isEmpty(), "no one named");
        assertTrue(read("Vasquez has zero points.").isEmpty());
        assertTrue(read("The bullet hit the mother of five who was walking home.").isEmpty(), "no name beside the mother");
        assertTrue(read("Okafor shot at the mother of five, Vasquez said.").isEmpty(), "a name not beside the phrase");
        assertTrue(read("Vasquez has two of the points.").isEmpty(), "words of a phrase before the noun");
    }

    @Test
    void roundNumbersInDigitsAreRounded() {
        assertEquals(10, HeldCounts.rounding("20"));
        assertEquals(100, HeldCounts.rounding("1,500"));
        assertEquals(1, HeldCounts.rounding("2,129"));
        assertEquals(1, HeldCounts.rounding("twenty"));
        assertEquals(1, HeldCounts.rounding("7"));
        assertEquals(1874, HeldCounts.number("1,874"));
        assertEquals(9, HeldCounts.number("nine"));
        assertEquals(-1, HeldCounts.number("many"));
        assertFalse(HeldCounts.plain("more "));
        assertTrue(HeldCounts.plain("career "));
    }
}
