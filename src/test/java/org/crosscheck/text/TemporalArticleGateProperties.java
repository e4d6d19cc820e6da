package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The temporal grammar tries "the" only before a word that can go on a form begun at it, "a" and
 * "an" only before a unit (or "and", or a word such as "further"), and "that" only after a date (or where either begins a holiday's name): on any sentence made of the words
 * those forms use, dates, holidays and loose words, it finds what it finds trying every word.
 * Sentences written for the test.
 */
class TemporalArticleGateProperties {

    private static final List<String> WORDS = List.of(
            "the", "The", "THE", "that", "That", "a", "an", "A", "An", "year", "years", "hour", "hours", "minute", "half",
            "more", "further", "and", "old", "-", "per", "$5", "for", "as long as", "another", "decade", "Year", "year-earlier", "year-ago", "comparable",
            "corresponding", "latest", "quarter", "period", "same", "following", "next", "previous", "preceding", "day",
            "morning", "night", "evening", "month", "week", "ended", "ending", "two thousand", "nine", "third", "earlier",
            "later", "ago", "of", "on", "in", "by", "said", "fell", "rose", "future", "past",
            // dates a form can count from, holidays, names
            "March 3, 2010", "June 2009", "2011", "Tuesday", "on Friday", "Thanksgiving", "Christmas Eve", "New Year's Day",
            "Lena Ortiz", "Harbour Bank", ",", ".", "-", "'s");

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(14).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 3000)
    void passingOverTheAndThatFindsWhatTryingEveryWordFinds(@ForAll("sentences") String text) {
        for (LocalDate anchor : new LocalDate[] {null, LocalDate.of(2021, 4, 13)}) {
            assertEquals(TemporalParser.findTryingEveryWord(text, 0, text.length(), anchor),
                    TemporalParser.find(text, 0, text.length(), anchor), text);
        }
    }

    /** Each form that begins at "the" or "that" is still found, so the property compares finds, not only misses. */
    @Example
    void formsThatBeginAtTheOrThatAreFound() {
        LocalDate anchor = LocalDate.of(2021, 4, 13);
        for (String text : List.of("Sales fell in the year ended June 30.", "Profit rose from the year-earlier quarter.",
                "It was down from the comparable quarter.", "Sales in that quarter were weak.", "Profit doubled in the latest quarter.",
                "It opened on March 3, 2010, and shut the same day.", "It opened on March 3, 2010, and shut the following year.",
                "It opened on March 3, 2010, and shut the next morning.", "It happened the previous day.",
                "It opened on March 3, 2010, and shut that night.", "It was built in the year two thousand nine.", "It shut a year ago.", "It took an hour and a half.",
                "They stayed for a further week.", "It ran for an extra hour.", "A decade ago it shut.")) {
            assertFalse(TemporalParser.find(text, 0, text.length(), anchor).isEmpty(), text);
            assertEquals(TemporalParser.findTryingEveryWord(text, 0, text.length(), anchor),
                    TemporalParser.find(text, 0, text.length(), anchor), text);
        }
    }
}
