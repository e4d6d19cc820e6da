package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@code TemporalParser.isYearMonthDay} answers as its pattern does, without a matcher. */
class YearMonthDayTest {

    @Test
    void valuesAndNear() {
        for (String s : new String[] {"2013", "2013-05", "2013-05-07", "0000-00-00"}) {
            assertTrue(TemporalParser.isYearMonthDay(s), s);
        }
        for (String s : new String[] {"", "201", "20135", "2013-5", "2013-05-7", "2013-05-07T10:00", "2013-Q2", "2013-SU",
                "2013/05/07", "2013-05/07", "201x", "2013-0x", "2013-05-0x", "/013", ":013", "2013-05-07-", "\u0662\u0660\u0661\u0663"}) {
            assertFalse(TemporalParser.isYearMonthDay(s), s);
        }
    }

    @Provide
    Arbitrary<String> dateLike() {
        // Digits, the dash and the characters beside them and around '0' and '9', in lengths about a date's.
        return Arbitraries.strings().withChars("0123456789-/:.,T Q\u0660\u0669").ofMinLength(0).ofMaxLength(11);
    }

    @Property(tries = 3000)
    void answersAsThePatternDoes(@ForAll("dateLike") String s) {
        assertEquals(TemporalParser.YEAR_MONTH_DAY.matcher(s).matches(), TemporalParser.isYearMonthDay(s), s);
    }

    @Provide
    Arbitrary<String> nearDates() {
        // A year, month or day of digits, cut to any length, with one character put anywhere in place of another.
        Arbitrary<String> date = Arbitraries.strings().withChars("0123456789").ofLength(8)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
        return net.jqwik.api.Combinators.combine(date, Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 10),
                Arbitraries.of("0123456789-/ T\u0660".chars().mapToObj(c -> (char) c).toList())).as((d, cut, at, c) -> {
                    String s = d.substring(0, Math.min(cut, d.length()));
                    return at < s.length() ? s.substring(0, at) + c + s.substring(at + 1) : s;
                });
    }

    @Property(tries = 3000)
    void answersAsThePatternDoesNearDates(@ForAll("nearDates") String s) {
        assertEquals(TemporalParser.YEAR_MONTH_DAY.matcher(s).matches(), TemporalParser.isYearMonthDay(s), s);
    }

    @Property(tries = 1000)
    void answersAsThePatternDoesOnAnyText(@ForAll String s) {
        assertEquals(TemporalParser.YEAR_MONTH_DAY.matcher(s).matches(), TemporalParser.isYearMonthDay(s), s);
    }
}
