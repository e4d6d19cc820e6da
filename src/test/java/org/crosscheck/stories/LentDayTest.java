package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day a story lends its undated reports ({@link StoryGrouper#lentDay}). */
class LentDayTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void reportsWithinAMonthLendTheirMedian() {
        assertEquals(day("2015-03-04"), StoryGrouper.lentDay(List.of(day("2015-03-09"), day("2015-03-02"), day("2015-03-04"))));
    }

    @Test
    void anEvenNumberLendsTheLowerMiddleDay() {
        assertEquals(day("2015-03-03"), StoryGrouper.lentDay(List.of(day("2015-03-02"), day("2015-03-03"), day("2015-03-05"),
                day("2015-03-08"))));
    }

    @Test
    void undatedReportsAreLeftOutOfTheMedian() {
        assertEquals(day("2015-03-09"), StoryGrouper.lentDay(List.of(Event.NO_DAY, day("2015-03-09"), Event.NO_DAY)));
    }

    @Test
    void reportsExactlyTheSpreadApartStillLend() {
        long first = day("2015-03-01");
        assertEquals(first, StoryGrouper.lentDay(List.of(first, first + StoryGrouper.LENT_DAY_SPREAD)));
    }

    @Test
    void reportsYearsApartLendNothing() {
        assertEquals(Event.NO_DAY, StoryGrouper.lentDay(List.of(day("2009-05-11"), day("2011-07-20"), day("2011-07-21"))));
    }

    @Test
    void reportsOneDayMoreThanTheSpreadApartLendNothing() {
        long first = day("2015-03-01");
        assertEquals(Event.NO_DAY, StoryGrouper.lentDay(List.of(first, first + StoryGrouper.LENT_DAY_SPREAD + 1)));
    }

    @Test
    void noDatedReportLendsNothing() {
        assertEquals(Event.NO_DAY, StoryGrouper.lentDay(List.of(Event.NO_DAY, Event.NO_DAY)));
        assertEquals(Event.NO_DAY, StoryGrouper.lentDay(List.of()));
    }
}
