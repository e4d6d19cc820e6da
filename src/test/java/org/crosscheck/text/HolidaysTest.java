package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The holiday list: every rule reads, and the days it gives are the calendar's. */
class HolidaysTest {

    @Test
    void easterIsTheGregorianOne() {
        assertEquals(LocalDate.of(2000, 4, 23), Holidays.easter(2000));
        assertEquals(LocalDate.of(2021, 4, 4), Holidays.easter(2021));
        assertEquals(LocalDate.of(2024, 3, 31), Holidays.easter(2024));
        assertEquals(LocalDate.of(1998, 4, 12), Holidays.easter(1998));
    }

    @Test
    void eachKindOfRuleGivesItsDay() {
        assertEquals(LocalDate.of(1999, 12, 25), Holidays.on("christmas", 1999));
        assertEquals(LocalDate.of(1999, 11, 25), Holidays.on("thanksgiving day", 1999));
        assertEquals(LocalDate.of(2021, 5, 31), Holidays.on("memorial day", 2021));
        assertEquals(LocalDate.of(1998, 11, 3), Holidays.on("election day", 1998));
        assertEquals(LocalDate.of(2000, 11, 7), Holidays.on("election day", 2000));
        assertEquals(LocalDate.of(2021, 4, 2), Holidays.on("good friday", 2021));
    }

    @Test
    void everyListedRuleReadsInEveryYear() {
        for (int year = 1900; year <= 2100; year++) {
            for (Lexicon.Line line : Lexicon.lines(Holidays.class, "holidays.tsv")) {
                String text = line.text();
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String name = text.substring(0, text.indexOf('\t'));
                assertTrue(name.equals(name.toLowerCase()), name);
                assertEquals(year, Holidays.on(name, year).getYear(), name);
            }
        }
    }

    @Test
    void theLongestCapitalizedNameIsReadWholeWords() {
        assertEquals("christmas eve", Holidays.nameAt("Christmas Eve dinner", 0, 20));
        assertEquals("new year's day", Holidays.nameAt("New Year\u2019s Day", 0, 14));
        assertNull(Holidays.nameAt("Eastern Europe", 0, 14));
        assertNull(Holidays.nameAt("christmas", 0, 9));
    }
}
