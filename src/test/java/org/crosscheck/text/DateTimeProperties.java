package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.DateTimes;

/** Properties of the date-time parser over any instant, any format it knows, and any text. */
class DateTimeProperties {

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return DateTimes.dateTimes().between(LocalDateTime.of(1950, 1, 1, 0, 0), LocalDateTime.of(2099, 12, 31, 23, 59))
                .map(t -> t.withSecond(0).withNano(0));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-12 * 4, 14 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60));
    }

    @Property
    void everyWrittenFormOfAMomentReadsBackToIt(@ForAll("moments") LocalDateTime t, @ForAll("offsets") ZoneOffset offset) {
        List<String> forms = List.of(
                DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH).format(t),
                DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm", Locale.ENGLISH).format(t),
                DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH).format(t),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ENGLISH).format(t),
                DateTimeFormatter.ofPattern("HH:mm dd.MM.yyyy", Locale.ENGLISH).format(t));
        String expected = t.toLocalDate() + "T" + DateTimeFormatter.ofPattern("HH:mm").format(t);
        for (String form : forms) {
            List<DateTimeMatch> found = DateTimeParser.findAll(form, 0, form.length(), DateTimeParser.Options.TIMESTAMPS);
            assertEquals(1, found.size(), form);
            DateTimeMatch m = found.get(0);
            assertEquals(form, form.substring(m.start(), m.end()));
            if (m.order().ambiguous()) {
                continue;
            }
            assertEquals(expected, m.value(), form);
        }
        String iso = t.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        DateTimeMatch m = DateTimeParser.findAll(iso, 0, iso.length(), DateTimeParser.Options.TIMESTAMPS).get(0);
        assertEquals(t.atOffset(offset).toInstant(), m.localDateTime().atOffset(m.offset()).toInstant(), iso);
    }

    @Property
    void aWeekdayIsReadAsWrittenWhetherTheCalendarAgreesOrNot(@ForAll("moments") LocalDateTime t,
                                                               @ForAll DayOfWeek written) {
        String s = written.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", "
                + DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(t);
        DateTimeMatch m = DateTimeParser.findAll(s, 0, s.length(), DateTimeParser.Options.TIMESTAMPS).get(0);
        assertEquals(written, m.weekdayWritten());
        assertEquals(t.toLocalDate(), m.date());
    }

    @Property
    void allNumberDatesAreDecidedByValuesWhenOnlyOneReadingIsValid(
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 13, max = 28) int day,
            @ForAll @IntRange(min = 1950, max = 2099) int year) {
        String us = month + "/" + day + "/" + year;
        String eu = day + "." + month + "." + year;
        for (String s : List.of(us, eu)) {
            DateTimeMatch m = DateTimeParser.findAll(s, 0, s.length(), DateTimeParser.Options.TIMESTAMPS).get(0);
            assertEquals(LocalDate.of(year, month, day), m.date(), s);
            assertEquals(DateTimeMatch.FieldOrder.DECIDED_BY_VALUES, m.order(), s);
        }
    }

    @Property(tries = 500)
    void neverThrowsAndMatchesLieInsideTheText(@ForAll @StringLength(max = 400) String noise,
                                               @ForAll("newsy") String newsy) {
        for (String s : List.of(noise, newsy, noise + newsy)) {
            for (boolean yearless : new boolean[] {false, true}) {
                for (DateTimeMatch m : DateTimeParser.findAll(s, 0, s.length(), new DateTimeParser.Options(yearless, s))) {
                    assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= s.length(), s);
                }
            }
            for (LocalDate anchor : new LocalDate[] {null, LocalDate.of(2021, 4, 13)}) {
                for (Timex x : TemporalParser.find(s, 0, s.length(), anchor)) {
                    assertTrue(0 <= x.start() && x.start() < x.end() && x.end() <= s.length(), s);
                }
            }
        }
    }

    /** Text made of the pieces dates are made of, to reach deep into the grammar. */
    @Provide
    Arbitrary<String> newsy() {
        return Arbitraries.of("April", "Apr.", "May", "Sept", "13", "13th", "2021", "21", ",", " ", ":", ".", "/", "-",
                        "T", "Z", "+03:00", "+0300", "GMT", "IST", "CST", "am", "pm", "p.m.", "at", "of", "Monday",
                        "Tue", "(", ")", "\n", "12:27", "99", "0", "00:00:00", "amWASHINGTON", "Updated", "\u00a0",
                        "Thursday", "noon", "10", "last", "next", "this", "week", "year", "quarter", "third", "days",
                        "ago", "since", "every", "morning", "night", "winter", "2014", "1990", "s", "century", "a",
                        "the", "for", "recent", "today", "yesterday", "will", "said", "would")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
