package org.crosscheck.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named days of the calendar ("Thanksgiving Day", "Christmas Eve", "Good Friday") and the day
 * each falls on in a given year, from the editable list {@code holidays.tsv}.
 */
public final class Holidays {

    private static final Map<String, String> RULES = Lexicon.pairs(Holidays.class, "holidays.tsv");
    /** Longest first, so that "Christmas Eve" is read before "Christmas". */
    private static final List<String> NAMES;
    /** The names by their first letter, each list in the order of {@link #NAMES}: a word is tried only against names it can start. */
    private static final Map<Character, List<String>> BY_FIRST;

    static {
        List<String> names = new ArrayList<>(RULES.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        NAMES = List.copyOf(names);
        Map<Character, List<String>> byFirst = new java.util.HashMap<>();
        for (String name : NAMES) {
            byFirst.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(name);
        }
        BY_FIRST = Map.copyOf(byFirst);
        for (String name : NAMES) {
            // A rule that cannot be read is a mistake in the file: say so when the class loads.
            on(name, 2000);
        }
    }

    private Holidays() {
    }

    /** The holiday name written at {@code offset} (capitalized, ending at a word boundary), or null. */
    public static String nameAt(CharSequence text, int offset, int limit) {
        if (offset >= limit || !Character.isUpperCase(text.charAt(offset))) {
            return null;
        }
        // A name matches only if its first letter is the word's, lower-cased (the comparison below).
        List<String> candidates = BY_FIRST.get(Character.toLowerCase(text.charAt(offset)));
        if (candidates == null) {
            return null;
        }
        for (String name : candidates) {
            int end = offset + name.length();
            if (end > limit || end < limit && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < name.length() && same; k++) {
                char c = Character.toLowerCase(text.charAt(offset + k));
                same = (c == '\u2019' ? '\'' : c) == name.charAt(k);
            }
            if (same) {
                return name;
            }
        }
        return null;
    }

    /** The day the holiday {@code name} (as returned by {@link #nameAt}) falls on in {@code year}. */
    static LocalDate on(String name, int year) {
        String rule = RULES.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("no holiday " + name);
        }
        try {
            String[] f = rule.split(" +");
            if (f[0].equals("easter")) {
                return easter(year).plusDays(f.length > 1 ? Integer.parseInt(f[1].replace("+", "")) : 0);
            }
            if (f.length == 1) {
                return MonthDay.parse("--" + f[0]).atYear(year);
            }
            DayOfWeek dow = weekday(f[1]);
            LocalDate first = LocalDate.of(year, Integer.parseInt(f[2]), 1);
            LocalDate d = f[0].equals("last") ? first.with(TemporalAdjusters.lastInMonth(dow))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(f[0]), dow));
            return d.plusDays(f.length > 3 ? Integer.parseInt(f[3].replace("+", "")) : 0);
        } catch (RuntimeException e) {
            throw new IllegalStateException("holidays.tsv: cannot read the rule '" + rule + "' of " + name, e);
        }
    }

    private static DayOfWeek weekday(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    /** Easter Sunday of the Gregorian calendar, by the anonymous Gregorian computus. */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
