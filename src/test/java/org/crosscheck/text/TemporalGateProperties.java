package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The temporal grammar passes over words at which no form can begin (a word without a capital
 * outside its start words, a word with a capital that names no month, weekday or holiday): on any
 * sentence made of names, months, weekdays, holidays, start words, numbers and stops it finds what
 * it finds trying every word.
 */
class TemporalGateProperties {

    private static final List<String> WORDS = List.of(
            // names and other words with a capital, some sharing a month's or a holiday's first letters
            "Tomas", "Brand", "Marta", "Newton", "Easton", "Mayor", "Junior", "Augusta", "Sunny", "Wedge", "Saturn",
            "Christophe", "Goodman", "Labore", "Oslo", "The", "In", "On", "Last", "Next", "Since", "Early",
            // months, weekdays and their short forms, holidays
            "January", "Sept.", "Sept", "Dec", "May", "Mar.", "Monday", "Tue.", "Thurs", "Sunday", "Sat",
            "Christmas", "Christmas Eve", "New Year's Day", "New Year's", "Good Friday", "Easter", "Valentine's Day",
            "Independence Day", "Labor Day", "Thanksgiving", "St. Patrick's Day",
            // start words and others without a capital
            "the", "day", "week", "year", "last", "next", "this", "since", "early", "later", "ago", "before", "after",
            "of", "on", "in", "and", "said", "today", "tomorrow", "yesterday", "morning", "night", "spring", "quarter",
            "first", "two", "three", "several", "every", "each", "months", "years", "noon", "a", "was", "will",
            // numbers and stops
            "4", "12", "1999", "2018", "3:30", "p.m.", ",", ".", "-", "'s");

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(14).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 2000)
    void passingOverWordsFindsWhatTryingEveryWordFinds(@ForAll("sentences") String text) {
        for (LocalDate anchor : new LocalDate[] {null, LocalDate.of(2021, 4, 13)}) {
            assertEquals(TemporalParser.findTryingEveryWord(text, 0, text.length(), anchor),
                    TemporalParser.find(text, 0, text.length(), anchor), text);
        }
    }
}
