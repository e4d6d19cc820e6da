package org.crosscheck.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads dates and date-times as news pages write them: {@code April 13, 2021 12:27 am},
 * {@code 2023-09-15T06:14:22+03:00}, {@code 16:15 14.04.2021}, {@code Wed, 14 Apr 2021 16:15:00 GMT},
 * {@code 8/2/13 at 1:30 PM}. It walks a token stream with a small hand-written grammar, so every
 * attempt looks at a bounded number of tokens and the whole scan is linear in the text.
 */
public final class DateTimeParser {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] months = {
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        String[][] days = {
            {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
            {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
        }
    }

    /**
     * Every name of a month or weekday this parser reads, in lower case ("january", "sept", "tue"):
     * a word written with a capital can begin a date here only when it is one of them.
     */
    static java.util.Set<String> monthAndWeekdayNames() {
        java.util.Set<String> names = new java.util.HashSet<>(MONTHS.keySet());
        names.addAll(WEEKDAYS.keySet());
        return java.util.Set.copyOf(names);
    }

    /** What a search looks for. */
    public record Options(boolean allowYearless, String zoneContext) {
        public static final Options TIMESTAMPS = new Options(false, "");
    }

    private final Tokens t;
    private final Options options;

    private DateTimeParser(Tokens tokens, Options options) {
        this.t = tokens;
        this.options = options;
    }

    /** A parser over tokens another grammar already made, for use inside this package. */
    static DateTimeParser over(Tokens tokens, Options options) {
        return new DateTimeParser(tokens, options);
    }

    /** The date-time starting at token {@code i}, or null. */
    DateTimeMatch at(int i) {
        return couldStart(i) ? parse(i) : null;
    }

    /** A clock time at token {@code i} ("2:00 p.m.", "14:30", "3 am"); {@code out[0]} gets it. Returns the next token or -1. */
    int timeAt(int i, LocalTime[] out) {
        Attempt a = new Attempt();
        int end = timeAt(i, a, true, true);
        if (end < 0 || (a.endOffset >= 0)) {
            return -1;
        }
        out[0] = a.time;
        return end;
    }

    /** Reads one date-time that starts exactly at {@code from}, looking no further than {@code to}. */
    public static Optional<DateTimeMatch> parseAt(CharSequence text, int from, int to, Options options) {
        DateTimeParser p = new DateTimeParser(new Tokens(text, from, to), options);
        return Optional.ofNullable(p.parse(0));
    }

    /** All non-overlapping dates and date-times in {@code [from, to)}, left to right. */
    public static List<DateTimeMatch> findAll(CharSequence text, int from, int to, Options options) {
        DateTimeParser p = new DateTimeParser(Tokens.of(text, from, to), options);
        List<DateTimeMatch> out = new ArrayList<>();
        int n = p.t.size();
        for (int i = 0; i < n; i++) {
            if (!p.couldStart(i)) {
                continue;
            }
            DateTimeMatch m = p.parse(i);
            if (m != null) {
                out.add(m);
                while (i + 1 < n && p.t.start(i + 1) < m.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /** Cheap pre-filter: only digits, month names and weekday names can begin a date. */
    private boolean couldStart(int i) {
        byte type = t.type(i);
        if (type == Tokens.NUM) {
            return i == 0 || !(t.isPunctIn(i - 1, "./-:,") && t.type(i - 2) == Tokens.NUM);
        }
        if (type == Tokens.WORD && t.length(i) <= 9 && Character.isUpperCase(t.text.charAt(t.start(i)))) {
            if (noNameBegins(t.text, t.start(i), t.length(i))) {
                return false;
            }
            String w = t.lower(i);
            return MONTHS.containsKey(w) || WEEKDAYS.containsKey(w);
        }
        return false;
    }

    /**
     * Of each three ASCII letters, lower case, whether a month's or weekday's name (as {@link #MONTHS}
     * and {@link #WEEKDAYS} hold them) begins with them: every name has three letters or more.
     */
    private static final java.util.BitSet NAME_PREFIXES = new java.util.BitSet(26 * 26 * 26);

    static {
        for (String name : MONTHS.keySet()) {
            NAME_PREFIXES.set(prefix(name.charAt(0), name.charAt(1), name.charAt(2)));
        }
        for (String name : WEEKDAYS.keySet()) {
            NAME_PREFIXES.set(prefix(name.charAt(0), name.charAt(1), name.charAt(2)));
        }
    }

    /** Three ASCII letters as a number below 26 to the third, either case alike. */
    static int prefix(char a, char b, char c) {
        return (((a | 0x20) - 'a') * 26 + ((b | 0x20) - 'a')) * 26 + ((c | 0x20) - 'a');
    }

    /**
     * Whether the word of {@code length} letters at {@code start}, lower-cased, is certainly no
     * month's or weekday's name, told without making a string of it: its first three letters (or
     * all, when fewer) are ASCII, and they are fewer than three or begin no name. A word with
     * another letter among them is not told apart here (its lower case may differ in length).
     */
    static boolean noNameBegins(CharSequence text, int start, int length) {
        int n = Math.min(length, 3);
        for (int k = 0; k < n; k++) {
            if (text.charAt(start + k) >= 128) {
                return false;
            }
        }
        return n < 3 || !NAME_PREFIXES.get(prefix(text.charAt(start), text.charAt(start + 1), text.charAt(start + 2)));
    }

    // ---- grammar ---------------------------------------------------------------------------

    /** Mutable cursor of one attempt. */
    private static final class Attempt {
        int year;
        int month;
        int day;
        DateTimeMatch.FieldOrder order = DateTimeMatch.FieldOrder.WRITTEN;
        LocalTime time;
        boolean seconds;
        ZoneOffset offset;
        String zone;
        String zoneAbbr;
        DayOfWeek weekday;
        int endOffset = -1;
    }

    private DateTimeMatch parse(int i) {
        Attempt a = new Attempt();
        int j = weekday(i, a);
        int afterDate;
        int timeFirst = timeAt(j, a, false, false);
        if (timeFirst > 0) {
            // "16:15 14.04.2021": time, then the date; "8:41 p.m. EST, Tue March 3, 2009": time, zone,
            // then the date with its weekday.
            int k = zoneAt(timeFirst, a);
            k = t.skipSpace(k);
            if (t.isChar(k, ',')) {
                k = t.skipSpace(k + 1);
            }
            if (a.weekday == null) {
                k = weekday(k, a);
            }
            afterDate = dateAt(k, a, false);
            if (afterDate < 0) {
                return null;
            }
        } else {
            a.time = null;
            afterDate = dateAt(j, a, options.allowYearless());
            if (afterDate < 0) {
                return null;
            }
            int k = timeAfterDate(afterDate, a);
            if (k > 0) {
                afterDate = zoneAt(k, a);
            }
        }
        return build(i, afterDate, a);
    }

    /** After a weekday at {@code j} ("Tue.", "Tuesday,"), recorded in {@code a}: where the rest starts; {@code j} when none stands there. */
    private int weekday(int j, Attempt a) {
        DayOfWeek wd = weekdayAt(j);
        if (wd == null) {
            return j;
        }
        a.weekday = wd;
        int k = j + 1;
        if (t.isChar(k, '.')) {
            k++;
        }
        k = t.skipSpace(k);
        if (t.isChar(k, ',')) {
            k = t.skipSpace(k + 1);
        }
        return k;
    }

    private DateTimeMatch build(int firstToken, int endToken, Attempt a) {
        try {
            if (a.year != 0) {
                LocalDate.of(a.year, a.month, a.day);
            } else if (a.month < 1 || a.month > 12 || a.day < 1 || a.day > java.time.Month.of(a.month).maxLength()) {
                return null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        String note = null;
        ZoneOffset offset = a.offset;
        if (a.zoneAbbr != null && a.year != 0 && a.time != null) {
            TimeZones.Resolved r = TimeZones.resolve(a.zoneAbbr,
                    LocalDateTime.of(a.year, a.month, a.day, a.time.getHour(), a.time.getMinute()),
                    options.zoneContext());
            offset = r.offset();
            note = r.note();
        }
        int start = t.start(firstToken);
        int end = a.endOffset >= 0 ? a.endOffset : t.end(endToken - 1);
        return new DateTimeMatch(start, end, a.year, a.month, a.day, a.time, a.seconds,
                a.time == null ? null : offset, a.zone, note, a.weekday, a.order);
    }

    private DayOfWeek weekdayAt(int i) {
        if (t.type(i) != Tokens.WORD || t.length(i) > 9) {
            return null;
        }
        return WEEKDAYS.get(t.lower(i));
    }

    private int monthAt(int i) {
        if (t.type(i) != Tokens.WORD || t.length(i) > 9 || !Character.isUpperCase(t.text.charAt(t.start(i)))) {
            return 0;
        }
        return MONTHS.getOrDefault(t.lower(i), 0);
    }

    /** Day of month with an optional ordinal suffix; returns the next token index or -1. */
    private int dayAt(int i, Attempt a) {
        if (t.type(i) != Tokens.NUM || t.length(i) > 2) {
            return -1;
        }
        a.day = t.num(i);
        int j = i + 1;
        if (t.type(j) == Tokens.WORD) {
            String s = t.str(j).toLowerCase(Locale.ROOT);
            if (s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th")) {
                j++;
            } else {
                return -1;
            }
        }
        return j;
    }

    private int yearAt(int i, Attempt a) {
        if (t.type(i) != Tokens.NUM || t.length(i) != 4) {
            return -1;
        }
        int y = t.num(i);
        if (y < 1000 || y > 2999) {
            return -1;
        }
        if (t.type(i + 1) == Tokens.WORD || t.type(i + 1) == Tokens.NUM) {
            return -1;
        }
        a.year = y;
        return i + 1;
    }

    /** A date at token i; returns the index after it, or -1. */
    private int dateAt(int i, Attempt a, boolean allowYearless) {
        int month = monthAt(i);
        if (month > 0) {
            // April 13, 2021 / Sep 19 2012 / April 13
            a.month = month;
            int j = i + 1;
            if (t.isChar(j, '.')) {
                j++;
            }
            j = t.skipSpace(j);
            int afterDay = dayAt(j, a);
            if (afterDay < 0) {
                return -1;
            }
            int afterYear = yearAfter(afterDay, a);
            if (afterYear > 0) {
                return afterYear;
            }
            return allowYearless && !followsAsNumber(afterDay) ? afterDay : -1;
        }
        if (t.type(i) != Tokens.NUM) {
            return -1;
        }
        if (t.length(i) == 4 && t.isPunctIn(i + 1, "-/.")) {
            return isoDateAt(i, a);
        }
        if (t.length(i) <= 2 && t.isPunctIn(i + 1, "./-") && t.type(i + 2) == Tokens.NUM) {
            return numericDateAt(i, a);
        }
        // 28 November 2005 / 13th of April 2021 / 13 April
        int j = dayAt(i, a);
        if (j < 0) {
            return -1;
        }
        j = t.skipSpace(j);
        if (t.type(j) == Tokens.WORD && t.str(j).equalsIgnoreCase("of")) {
            j = t.skipSpace(j + 1);
        }
        month = monthAt(j);
        if (month == 0) {
            return -1;
        }
        a.month = month;
        int afterMonth = j + 1;
        if (t.isChar(afterMonth, '.')) {
            afterMonth++;
        }
        int afterYear = yearAfter(afterMonth, a);
        if (afterYear > 0) {
            return afterYear;
        }
        return allowYearless ? afterMonth : -1;
    }

    /** The year after a day or a month: an optional comma, space, four digits. */
    private int yearAfter(int k, Attempt a) {
        if (t.isChar(k, ',')) {
            k++;
        }
        return yearAt(t.skipSpace(k), a);
    }

    private boolean followsAsNumber(int i) {
        return (t.isPunctIn(i, ".,:") && t.type(i + 1) == Tokens.NUM) || t.type(i) == Tokens.NUM;
    }

    private int isoDateAt(int i, Attempt a) {
        char sep = t.text.charAt(t.start(i + 1));
        if (t.type(i + 2) != Tokens.NUM || t.length(i + 2) > 2 || !t.isChar(i + 3, sep)
                || t.type(i + 4) != Tokens.NUM || t.length(i + 4) > 2) {
            return -1;
        }
        a.year = t.num(i);
        a.month = t.num(i + 2);
        a.day = t.num(i + 4);
        int j = i + 5;
        if (trailingNumber(j)) {
            return -1;
        }
        if (a.year < 1000 || a.year > 2999) {
            return -1;
        }
        return j;
    }

    private int numericDateAt(int i, Attempt a) {
        char sep = t.text.charAt(t.start(i + 1));
        if (t.length(i + 2) > 2 || !t.isChar(i + 3, sep) || t.type(i + 4) != Tokens.NUM) {
            return -1;
        }
        int yearLen = t.length(i + 4);
        if (yearLen != 2 && yearLen != 4) {
            return -1;
        }
        int j = i + 5;
        if (trailingNumber(j)) {
            return -1;
        }
        int first = t.num(i);
        int second = t.num(i + 2);
        int y = t.num(i + 4);
        a.year = yearLen == 4 ? y : (y < 70 ? 2000 + y : 1900 + y);
        if (first > 12 && second <= 12) {
            a.day = first;
            a.month = second;
            a.order = DateTimeMatch.FieldOrder.DECIDED_BY_VALUES;
        } else if (second > 12 && first <= 12) {
            a.month = first;
            a.day = second;
            a.order = DateTimeMatch.FieldOrder.DECIDED_BY_VALUES;
        } else if (first > 12) {
            return -1;
        } else if (first == second) {
            a.month = first;
            a.day = second;
            a.order = DateTimeMatch.FieldOrder.DECIDED_BY_VALUES;
        } else if (sep == '/') {
            a.month = first;
            a.day = second;
            a.order = DateTimeMatch.FieldOrder.AMBIGUOUS_MONTH_FIRST;
        } else {
            a.day = first;
            a.month = second;
            a.order = DateTimeMatch.FieldOrder.AMBIGUOUS_DAY_FIRST;
        }
        return j;
    }

    /** True when a number goes on past what was read ("1.2.3.4", "2021-04-14-7"). */
    private boolean trailingNumber(int j) {
        return t.isPunctIn(j, "./-") && t.type(j + 1) == Tokens.NUM;
    }

    /** The separator between a date and its time: ", ", " at ", " - ", "T", " | ". */
    private int timeAfterDate(int j, Attempt a) {
        if (t.type(j) == Tokens.WORD && t.str(j).equals("T")) {
            return timeAt(j + 1, a, false, false);
        }
        int k = t.skipSpace(j);
        if (t.isChar(k, ',')) {
            k = t.skipSpace(k + 1);
        }
        if (t.type(k) == Tokens.WORD && t.str(k).equalsIgnoreCase("at")) {
            k = t.skipSpace(k + 1);
        } else if (t.isPunctIn(k, "-\u2013\u2014|/@\u00b7\u2022")) {
            k = t.skipSpace(k + 1);
        }
        return timeAt(k, a, true, false);
    }

    /**
     * A clock time at token i; returns the index after it (and any am/pm), or -1. {@code splitColon} also reads a clock split after its colon ("8: 30pm"), for times in running
     * text only: a timestamp line keeps its own reading.
     */
    private int timeAt(int i, Attempt a, boolean hourOnlyWithMeridiem, boolean splitColon) {
        if (t.type(i) != Tokens.NUM || t.length(i) > 2) {
            return -1;
        }
        int hour = t.num(i);
        int minute = 0;
        int second = 0;
        boolean seconds = false;
        boolean dotted = false;
        int j = i + 1;
        if (t.isChar(j, ':') && t.type(j + 1) == Tokens.NUM && t.length(j + 1) == 2) {
            minute = t.num(j + 1);
            j += 2;
            if (t.isChar(j, ':') && t.type(j + 1) == Tokens.NUM && t.length(j + 1) == 2) {
                second = t.num(j + 1);
                seconds = true;
                j += 2;
                if (t.isPunctIn(j, ".,") && t.type(j + 1) == Tokens.NUM && t.length(j + 1) <= 9) {
                    j += 2;
                }
            }
        } else if (splitColon && t.isChar(j, ':') && t.type(j + 1) == Tokens.SPACE && t.length(j + 1) == 1 && t.type(j + 2) == Tokens.NUM
                && t.length(j + 2) == 2 && zoneOrMeridiemFollows(j + 3)) {
            // "8: 30pm", "1: 28PM GMT": a clock split after its colon, as tokenised copy writes it (as
            // it writes "p. m."); read only with a.m., p.m. or a zone after it ("John 3: 16" is no time).
            minute = t.num(j + 2);
            j += 3;
        } else if (hourOnlyWithMeridiem && t.isChar(j, '.') && t.type(j + 1) == Tokens.NUM && t.length(j + 1) == 2
                && zoneOrMeridiemFollows(j + 2)) {
            // "22.10 GMT", "4.15pm": a dot between hours and minutes, accepted only right after a date.
            minute = t.num(j + 1);
            j += 2;
            dotted = true;
        } else if (!hourOnlyWithMeridiem) {
            return -1;
        }
        int beforeMeridiem = j;
        int meridiem = 0;
        int k = t.skipSpace(j);
        int gluedEnd = -1;
        if (t.type(k) == Tokens.WORD) {
            String w = t.str(k);
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.equals("am") || lw.equals("pm")) {
                meridiem = lw.charAt(0);
                j = k + 1;
            } else if ((lw.equals("a") || lw.equals("p")) && t.isChar(k + 1, '.')
                    && t.type(t.skipSpace(k + 2)) == Tokens.WORD && t.str(t.skipSpace(k + 2)).equalsIgnoreCase("m")) {
                // "p.m." and "p. m."
                meridiem = lw.charAt(0);
                j = t.skipSpace(k + 2) + 1;
                if (t.isChar(j, '.')) {
                    j++;
                }
            } else if (w.length() > 2 && (w.startsWith("am") || w.startsWith("pm"))
                    && Character.isUpperCase(w.charAt(2))) {
                // "12:27 amWASHINGTON": the dateline is glued to the time.
                meridiem = w.charAt(0);
                gluedEnd = t.start(k) + 2;
                j = k + 1;
            }
        }
        if (meridiem == 0 && beforeMeridiem == i + 1) {
            return -1;
        }
        if (dotted && meridiem == 0 && !zoneFollows(beforeMeridiem)) {
            // "$2.36 a share": a price, not "2.36 a.m."; a dotted time needs its meridiem or zone.
            return -1;
        }
        if (meridiem != 0) {
            if (hour < 1 || hour > 12) {
                return -1;
            }
            hour = hour % 12 + (meridiem == 'p' ? 12 : 0);
        } else {
            j = beforeMeridiem;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return -1;
        }
        a.time = LocalTime.of(hour, minute, second);
        a.seconds = seconds;
        a.endOffset = gluedEnd;
        return j;
    }

    private boolean zoneFollows(int j) {
        int k = t.skipSpace(j);
        if (k >= t.size()) {
            return false;
        }
        return t.type(k) == Tokens.WORD ? TimeZones.isAbbreviation(t.str(k)) : t.isPunctIn(k, "+(");
    }

    private boolean zoneOrMeridiemFollows(int j) {
        int k = t.skipSpace(j);
        if (k >= t.size()) {
            return false;
        }
        if (t.type(k) == Tokens.WORD) {
            String w = t.str(k);
            String lw = w.toLowerCase(Locale.ROOT);
            return TimeZones.isAbbreviation(w) || lw.equals("am") || lw.equals("pm") || lw.equals("a") || lw.equals("p");
        }
        return t.isPunctIn(k, "+(");
    }

    /** An optional zone after a time: Z, +03:00, +0300, GMT, GMT+3, UTC+05:30, IST, (EDT). */
    private int zoneAt(int j, Attempt a) {
        if (a.endOffset >= 0) {
            return j;
        }
        if (t.type(j) == Tokens.WORD && t.str(j).equals("Z")) {
            a.offset = ZoneOffset.UTC;
            a.zone = "Z";
            return j + 1;
        }
        int signed = signedOffsetAt(j, a);
        if (signed > 0) {
            return signed;
        }
        int k = t.skipSpace(j);
        if (k > j && t.isPunctIn(k, "+-") && t.type(k + 1) == Tokens.NUM && t.length(k + 1) == 4) {
            // RFC 1123 and 2822 write "+0000" after a space.
            int rfc = signedOffsetAt(k, a);
            if (rfc > 0) {
                return rfc;
            }
        }
        boolean paren = t.isChar(k, '(');
        if (paren) {
            k++;
        }
        if (t.type(k) != Tokens.WORD) {
            return j;
        }
        String w = t.str(k);
        if (!TimeZones.isAbbreviation(w) || w.equals("Z")) {
            return j;
        }
        int after = k + 1;
        if (w.equals("GMT") || w.equals("UTC")) {
            int s = signedOffsetAt(after, a);
            if (s > 0) {
                a.zone = w + a.zone;
                after = s;
            } else {
                a.offset = ZoneOffset.UTC;
                a.zone = w;
            }
        } else {
            a.zoneAbbr = w;
            a.zone = w;
        }
        if (paren) {
            if (!t.isChar(after, ')')) {
                a.zoneAbbr = null;
                a.zone = null;
                a.offset = null;
                return j;
            }
            after++;
        }
        return after;
    }

    private int signedOffsetAt(int j, Attempt a) {
        if (!t.isPunctIn(j, "+-\u2212") || t.type(j + 1) != Tokens.NUM) {
            return -1;
        }
        int sign = t.isChar(j, '+') ? 1 : -1;
        int len = t.length(j + 1);
        int hours;
        int minutes = 0;
        int end;
        if (len == 4) {
            int v = t.num(j + 1);
            hours = v / 100;
            minutes = v % 100;
            end = j + 2;
        } else if (len <= 2) {
            hours = t.num(j + 1);
            end = j + 2;
            if (t.isChar(end, ':') && t.type(end + 1) == Tokens.NUM && t.length(end + 1) == 2) {
                minutes = t.num(end + 1);
                end += 2;
            }
        } else {
            return -1;
        }
        if (hours > 14 || minutes > 59) {
            return -1;
        }
        try {
            a.offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return -1;
        }
        a.zone = t.text.subSequence(t.start(j), t.end(end - 1)).toString();
        return end;
    }
}
