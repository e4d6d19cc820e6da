package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day a page's address on an article's first line gives. */
class AddressDayTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void aDayInTheAddressOnTheFirstLine() {
        assertEquals(day("2010-05-05"), AddressDay.of("URL: http://news.example/2010/05/05/bank-fire/\nThree die in a bank fire\n"));
        assertEquals(day("2007-04-11"), AddressDay.of("URL: http://paper.example/local/2007-04-11-harbour-fire-story.html\nText\n"));
        assertEquals(day("2013-06-10"), AddressDay.of("https://tv.example/news/wales/story/2013-06-10/woman-found/\nText"));
        assertEquals(day("2008-12-23"), AddressDay.of("URL: http://articles.example/2008-12-23/sport/contract-talks\nText"));
        assertEquals(day("2009-01-31"), AddressDay.of("URL: http://www.example.org/a/2009/01/31"), "the address alone, ending on the day");
        assertEquals(day("2012-09-10"), AddressDay.of("  URL: http://local.example/2012/09/10/trial-underway/  \nText"), "spaces around the line");
    }

    @Test
    void noDayWhereTheAddressGivesNone() {
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://blog.example/2008/04/jury_finds_suspect.html\nText"), "a month only");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2009/POLITICS/03/03/act/\nText"), "a section between year and month");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/05-05/fire\nText"), "two separators");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/02/30/fire\nText"), "no such day");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/13/05/fire\nText"), "no such month");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/00/05/fire\nText"), "month zero");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/05/00/fire\nText"), "day zero");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/05/32/fire\nText"), "day 32");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/1810/05/05/fire\nText"), "no year of news on the web");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/item/20100505/2010/05/051\nText"), "a longer number is no day");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/id/123452010/05/05/x\nText"), "a year inside a longer number");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/2010/05/05x/fire\nText"), "a day followed by a letter");
        assertEquals(Event.NO_DAY, AddressDay.of("URL: http://news.example/a/8665488.stm\nText"), "no date at all");
    }

    @Test
    void onlyTheFirstLineAndOnlyAnAddress() {
        assertEquals(Event.NO_DAY, AddressDay.of("Three die in a bank fire\nURL: http://news.example/2010/05/05/bank-fire/\n"), "the second line");
        assertEquals(Event.NO_DAY, AddressDay.of("Read http://news.example/2010/05/05/bank-fire/ for more\nText"), "an address inside a sentence");
        assertEquals(Event.NO_DAY, AddressDay.of("The fire of 2010/05/05 killed three"), "a date without an address");
        assertEquals(day("2010-05-05"), AddressDay.of("http://news.example/2010/05/05/bank-fire/"), "a text of one line");
        assertEquals(Event.NO_DAY, AddressDay.of(""), "an empty text");
        assertEquals(Event.NO_DAY, AddressDay.of("\nhttp://news.example/2010/05/05/bank-fire/"), "an empty first line");
    }
}
