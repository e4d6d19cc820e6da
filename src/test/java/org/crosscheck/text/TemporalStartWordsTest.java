package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The temporal grammar tries a word without a capital only when a form can begin at it: what it
 * finds so must be what it finds trying every word, on every golden input and on sentences that
 * begin each kind of form with such a word.
 */
class TemporalStartWordsTest {

    private static final List<String> OWN = List.of(
            "The mill reopened the day before Easter Sunday, and again the week of May 9.",
            "Sales rose in the year-earlier quarter; that quarter had been weak, and the latest period was flat.",
            "She left that day, and later that year he followed; the following year they sold the farm.",
            "He was born in nineteen fifty-two and moved in the year two thousand and four.",
            "It happened yesterday, today and tonight, and will again tomorrow morning; last night it rained.",
            "They met earlier this week and will meet early next year, this fiscal year and the past month.",
            "A three-day strike, two more weeks, several years, a couple of days, some months, a few hours.",
            "The paper appears daily, weekly and monthly, yearly too, and every Tuesday, each morning.",
            "Profits fell in the first quarter and the second half; final quarter results come soon.",
            "Prices are now high, currently higher than nowadays; recently and lately they rose, and in the future or the past.",
            "The shop opens at noon, closes at midnight and breaks at midday; in the spring and this past winter, last autumn.",
            "for months, within weeks, in recent years, the coming decade, the previous century, the current weekend",
            "Since May the caf\u00e9 has grown, SINCE 2010 its na\u00efve owners since the spring, \u00c9t\u00e9 2019 "
                    + "and \u00e9t\u00e9 2020, sInCe last week; THE DAY after, That year.",
            // Words with a capital: names, which begin no form, beside months, weekdays and holidays, which do.
            "Marta Velk flew to Oslo on Sept. 4 and met Tomas Brand on Wed., Jan. 3, 2018, before Good Friday.",
            "On New Year's Eve Ms. Orla Finch and Mayor Dane Ruiz opened the Harbor Inn; by Valentine's Day it had shut.",
            "Every Sunday, Bram Ostrova of Lindor Bay ate at Mar Vista; in May and on Thu. he went to Sun Valley.",
            "Captain Sat Ferreira sailed March 12 from St. Patrick's Day Harbor with Easter Monday crews and Dec hands.");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(OWN);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".input.txt")).sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void findsWhatTryingEveryWordFinds() throws IOException {
        int found = 0;
        for (String text : texts()) {
            for (LocalDate anchor : new LocalDate[] {null, LocalDate.of(2021, 4, 13)}) {
                List<Timex> every = TemporalParser.findTryingEveryWord(text, 0, text.length(), anchor);
                assertEquals(every, TemporalParser.find(text, 0, text.length(), anchor), text);
                found += every.size();
            }
        }
        assertFalse(found == 0);
    }

    @Test
    void aWordWithACapitalIsTriedOnlyWhereAMonthAWeekdayOrAHolidayBegins() {
        String text = "Tomas met Sept and Tue at Christmas Eve, then New Year's Day; Newton left.";
        assertFalse(TemporalParser.capitalMayStart(text, 0, 5, text.length()), "Tomas");
        assertTrue(TemporalParser.capitalMayStart(text, 10, 14, text.length()), "Sept");
        assertTrue(TemporalParser.capitalMayStart(text, 19, 22, text.length()), "Tue");
        assertTrue(TemporalParser.capitalMayStart(text, 26, 35, text.length()), "Christmas");
        assertTrue(TemporalParser.capitalMayStart(text, 46, 49, text.length()), "New (Year's Day)");
        assertFalse(TemporalParser.capitalMayStart(text, 62, 68, text.length()), "Newton");
        // A holiday's name that the range cuts short begins nothing.
        assertFalse(TemporalParser.capitalMayStart(text, 46, 49, 52), "New Y");
    }

    @Test
    void aNameIsPassedOverAndAMonthAfterItStillRead() {
        String text = "Tomas Brand arrived, and Sept. 4 was his day.";
        List<Timex> found = TemporalParser.find(text, 0, text.length(), LocalDate.of(2021, 4, 13));
        assertEquals(1, found.size(), found.toString());
        assertEquals("Sept. 4", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("2020-09-04", found.get(0).value());
    }

    @Test
    void eachOwnSentenceFindsSomething() {
        for (String text : OWN) {
            List<Timex> found = TemporalParser.find(text, 0, text.length(), LocalDate.of(2021, 4, 13));
            assertFalse(found.isEmpty(), text);
        }
    }
}
