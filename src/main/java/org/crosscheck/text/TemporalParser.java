package org.crosscheck.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in running text and normalizes them the TIMEX3 way, resolving
 * relative ones ("on Monday", "last week", "three days ago", "next year") against an anchor
 * date, usually the document's own publication date. Without an anchor, relative expressions
 * keep their unresolved form ({@code XXXX-04-13}); nothing is guessed.
 *
 * <p>Like {@link DateTimeParser} it walks a token stream with bounded look-ahead at each token,
 * so a scan is linear in the text.
 */
public final class TemporalParser {
    /** A value that starts with a day, yyyy-mm-dd. */
    private static final Pattern ISO_DAY_FIRST = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FULL_DATE_ON = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern SEASON_OF_YEAR = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");

    /** A quarter's value, "2013-Q2". */
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q\\d");
    /** A value that can be the date the text last named: a year, month, day, quarter, half or season, with or without a time. */
    private static final Pattern DATE_SAID = Pattern.compile("\\d{4}(-(\\d{2}(-\\d{2})?|[QH]\\d|SP|SU|FA|WI))?(T.*)?");
    /** A year, month or day, which "that day", "the following year" and the like count from. */
    static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * Whether {@link #YEAR_MONTH_DAY} matches all of {@code s} ("2013", "2013-05", "2013-05-07";
     * its {@code \\d} is 0 to 9), without a matcher: asked at every "the" and "that" after a date.
     */
    static boolean isYearMonthDay(String s) {
        int n = s.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    private static final Map<String, String> UNITS = new HashMap<>();
    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");
    private static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "of", "from", "to", "before", "after", "during", "through",
            "throughout", "early", "late", "mid", "year", "fiscal", "around", "between", "and", "for", "than");
    /** Words that make a four-digit number a count rather than a year. */
    private static final Set<String> COUNTED_AFTER_NUMBER = Set.of(
            "people", "persons", "troops", "soldiers", "children", "residents", "units", "shares", "votes",
            "employees", "jobs", "homes", "houses", "feet", "meters", "metres", "miles", "km", "kilometres",
            "kilometers", "tons", "tonnes", "barrels", "dollars", "euros", "pounds", "yen", "percent", "points",
            "cars", "members", "workers", "students", "cases", "deaths", "acres", "words", "pages", "copies");

    private static final Set<String> MONTH_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "through",
            "throughout", "early", "late", "mid", "last", "next", "this", "of");
    /** Words that put a bare weekday or month in the future; without them, news speaks of the past. */
    private static final Set<String> FUTURE_WORDS = Lexicon.words(TemporalParser.class, "future-words.txt");
    /** Words after which "a week", "an hour" is a stretch of time ("within a week"), not a rate or an article. */
    private static final Set<String> BEFORE_A_STRETCH = Set.of(
            "for", "in", "about", "nearly", "than", "over", "within", "barely", "just", "only", "almost", "roughly",
            "around", "under", "least");
    private static final Set<String> DEADLINE_WORDS = Set.of("by", "until", "till");
    /** Words between a count and its unit that leave the stretch as long as the count ("two more weeks"). */
    private static final Set<String> MORE_WORDS = Set.of("more", "additional", "extra", "further");
    /** Prepositions before "the future" that make it a time ("in the future is uncertain"), whatever follows. */
    private static final Set<String> BEFORE_REFERENCE = Set.of("in", "into", "about", "for");
    /** Words before a participle ("be held", "being named") that make it no past-tense cue. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "being");
    /** Past auxiliaries that, before a word of plan or schedule ("were planning"), speak of what was ahead. */
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were");
    /** How many words on each side of an expression, within its sentence, are read for a tense cue. */
    private static final int WINDOW = 6;
    /** How many words after an expression that opens its sentence are read for a tense cue. */
    private static final int OPENING_WINDOW = 30;
    private static final Set<String> PAST_WORDS = Lexicon.words(TemporalParser.class, "past-words.txt");
    /** Words that before "to" and a verb ("is to resume", "set to open") speak of what is ahead (see to-future-words.txt). */
    private static final Set<String> TO_FUTURE_WORDS = Lexicon.words(TemporalParser.class, "to-future-words.txt");
    /** Verbs of saying: a past-tense cue only next to the expression (see reporting-words.txt). */
    private static final Set<String> REPORTING_WORDS = Lexicon.words(TemporalParser.class, "reporting-words.txt");
    /** Makes of car: a year just before one is the model's year ("a 1994 Ford pickup"), not a date. */
    private static final Set<String> VEHICLE_MAKES = Lexicon.words(TemporalParser.class, "vehicle-makes.txt");
    /**
     * Nouns of the people and things of an age: after "today's" or "tomorrow's" ("today's young
     * voters", "tomorrow's world") the day stands for the present or the future, and dates nothing.
     */
    private static final Set<String> AGE_NOUNS = Lexicon.words(TemporalParser.class, "age-nouns.txt");

    static {
        NUMBER_WORDS.putAll(NumberWords.basic());
        NUMBER_WORDS.put("a", 1);
        NUMBER_WORDS.put("an", 1);
        for (String[] u : new String[][] {
            {"second", "S"}, {"seconds", "S"}, {"minute", "M"}, {"minutes", "M"}, {"hour", "H"}, {"hours", "H"},
            {"day", "D"}, {"days", "D"}, {"week", "W"}, {"weeks", "W"}, {"month", "M"}, {"months", "M"},
            {"year", "Y"}, {"years", "Y"}, {"decade", "DE"}, {"decades", "DE"}, {"century", "CE"},
            {"centuries", "CE"}, {"quarter", "Q"}, {"quarters", "Q"}, {"weekend", "WE"}, {"weekends", "WE"}}) {
            UNITS.put(u[0], u[1]);
        }
    }

    /**
     * Every word, in lower case, at which some form of {@link #attempt} can begin. A number is
     * always tried; a word with a capital when it is here or names a month, a weekday or a holiday
     * ({@link #CAPITAL_WORDS}); any other word only when it is here, so most words of a text cost
     * one set lookup. A new form that begins with another word must add it (TemporalStartWordsTest
     * reads the golden inputs both ways and fails when one is missing).
     */
    private static final Set<String> START_WORDS = startWords();

    /** {@link #START_WORDS} and "since": the words without a capital {@link #scan} reads. */
    private static final FoldedWords SCAN_WORDS = scanWords();

    /**
     * The words with a capital (and no place in {@link #START_WORDS}) at which a form can begin: the
     * names of months and weekdays as {@link DateTimeParser} reads them, which hold every name
     * {@link #month} and {@link #weekdayWord} read. A holiday's name, the only other form that begins
     * at such a word, is asked of {@link Holidays#nameAt} as {@link #holiday} asks it. Any other word
     * with a capital (a person's, a place's name) is not tried: no form can begin at it.
     */
    private static final FoldedWords CAPITAL_WORDS = new FoldedWords(DateTimeParser.monthAndWeekdayNames());

    /**
     * Whether a form may begin at the word from {@code start} to {@code end} of {@code text}, written
     * with a capital and not of {@link #SCAN_WORDS}: it names a month or weekday, or a holiday's name
     * begins at it that ends by {@code limit}.
     */
    static boolean capitalMayStart(CharSequence text, int start, int end, int limit) {
        return CAPITAL_WORDS.mayContain(text, start, end) || Holidays.nameAt(text, start, limit) != null;
    }

    private static FoldedWords scanWords() {
        Set<String> words = new java.util.HashSet<>(START_WORDS);
        words.add("since");
        return new FoldedWords(words);
    }

    private static Set<String> startWords() {
        Set<String> words = new java.util.HashSet<>(List.of(
                // days or weeks around a date; the reporting periods; "that day", "the year-ago quarter"
                "day", "week", "the", "that", "year", "earlier", "later",
                // modifiers of weekdays, holidays, seasons and units; "early next year", "last night"
                "last", "next", "this", "coming", "past", "current", "previous", "following", "early", "late",
                // spoken years, deictic days, vague and counted units, sets
                "nineteen", "eighteen", "today", "tonight", "yesterday", "tomorrow", "several", "few", "many", "some",
                "couple", "hourly", "daily", "weekly", "monthly", "yearly", "annually", "annual", "every", "each",
                // quarters and halves, references, clock times in words
                "first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th", "final", "now", "currently",
                "nowadays", "recently", "lately", "future", "noon", "midday", "midnight"));
        words.addAll(NUMBER_WORDS.keySet());
        words.addAll(UNITS.keySet());
        words.addAll(SEASONS.keySet());
        return Set.copyOf(words);
    }

    /** Whether every word is tried, as before {@link #START_WORDS}: for the test that holds the two readings equal. */
    private boolean everyWord;

    private final Tokens t;
    private final DateTimeParser dates;
    private final LocalDate anchor;
    private final Discourse said;
    /** Whether the last attempt pointed back at what the text named before; such finds name nothing new. */
    private boolean pointedBack;
    /**
     * Whether it compared with a period named before ("a year earlier", "the year-ago quarter"):
     * such a find moves no reference, where "the following year" or "that day" goes on from it.
     */
    private boolean compared;
    /** Whether what it pointed back at was itself resolved against the anchor. */
    private boolean backAnchored;

    private TemporalParser(CharSequence text, int from, int to, LocalDate anchor, Discourse said) {
        this.t = Tokens.of(text, from, to);
        this.dates = DateTimeParser.over(t, new DateTimeParser.Options(true, ""));
        this.anchor = anchor;
        this.said = said;
    }

    /** All temporal expressions in {@code [from, to)}, resolved against {@code anchor} (may be null). */
    public static List<Timex> find(CharSequence text, int from, int to, LocalDate anchor) {
        return find(text, from, to, anchor, new Discourse());
    }

    /**
     * As {@link #find(CharSequence, int, int, LocalDate)}, carrying what earlier parts of the same
     * text have dated: pass one {@link Discourse} to the paragraphs of one document in order.
     */
    public static List<Timex> find(CharSequence text, int from, int to, LocalDate anchor, Discourse said) {
        return new TemporalParser(text, from, to, anchor, said).scan();
    }

    /** As {@link #find(CharSequence, int, int, LocalDate)}, trying every word: only for tests. */
    static List<Timex> findTryingEveryWord(CharSequence text, int from, int to, LocalDate anchor) {
        TemporalParser p = new TemporalParser(text, from, to, anchor, new Discourse());
        p.everyWord = true;
        return p.scan();
    }

    /**
     * What a text has dated so far, for expressions that point back at it: "the quarter" and "the
     * year-earlier period" are the quarter last named, and "a year earlier" is a year before the
     * last date named ("on Sept. 30, 1989 ... a year earlier": 1988-09-30).
     */
    public static final class Discourse {
        private String lastQuarter;
        private boolean lastQuarterAnchored;
        private String lastDate;
        private boolean lastDateAnchored;

        void saw(String type, String value, boolean anchored, LocalDate anchor, boolean pointedBack) {
            if (!type.equals(Timex.DATE) && !type.equals(Timex.TIME)) {
                return;
            }
            // A quarter found by pointing back ("a year ago" in a quarterly report) is no new report period.
            if (!pointedBack && QUARTER.matcher(value).matches() && (anchor == null || bounds(type, value)[1].isBefore(anchor))) {
                // Only a quarter already over can be the one a report is about; "the third quarter
                // of 1990" in a forecast is not.
                lastQuarter = value;
                lastQuarterAnchored = anchored;
            }
            if (DATE_SAID.matcher(value).matches()) {
                lastDate = value.contains("T") ? value.substring(0, value.indexOf('T')) : value;
                lastDateAnchored = anchored;
            }
        }
    }

    /** What one attempt found: the token after it, and the TIMEX fields. */
    private record Found(int end, String type, String value, boolean anchored, LocalDate earliest, LocalDate latest) {
        Found(int end, String type, String value, boolean anchored) {
            this(end, type, value, anchored, null, null);
        }
    }

    private List<Timex> scan() {
        List<Timex> out = new ArrayList<>();
        int n = t.size();
        String mod = null;
        for (int i = 0; i < n; i++) {
            byte type = t.type(i);
            if (type != Tokens.WORD && type != Tokens.NUM) {
                continue;
            }
            if (type == Tokens.WORD && !everyWord && !SCAN_WORDS.mayContain(t.text, t.start(i), t.end(i))
                    && !(Character.isUpperCase(t.text.charAt(t.start(i)))
                    && capitalMayStart(t.text, t.start(i), t.end(i), t.end(n - 1)))) {
                // A word that is neither "since" nor a start word is not tried, unless it has a
                // capital and names a month, a weekday or a holiday: known without making its lower case.
                mod = null;
                continue;
            }
            String w = lower(i);
            if (w.equals("since")) {
                mod = "START";
                continue;
            }
            pointedBack = false;
            compared = false;
            Found f = (type == Tokens.NUM || everyWord || START_WORDS.contains(w) || Character.isUpperCase(t.text.charAt(t.start(i))))
                    && (everyWord || articleMayStart(i, w)) ? attempt(i, w) : null;
            if (f != null) {
                LocalDate[] bounds = f.earliest() != null ? new LocalDate[] {f.earliest(), f.latest()} : bounds(f.type(), f.value());
                LocalDate latest = bounds == null ? null : bounds[1];
                if ("START".equals(mod) && bounds != null && anchor != null && anchor.isAfter(latest)) {
                    latest = anchor;
                }
                out.add(new Timex(t.start(i), t.end(f.end() - 1), f.type(), f.value(), mod, f.anchored(),
                        bounds == null ? null : bounds[0], latest));
                if (!compared) {
                    said.saw(f.type(), f.value(), f.anchored(), anchor, pointedBack);
                }
                i = f.end() - 1;
                Found second = coordinatedDay(f);
                if (second != null) {
                    out.add(new Timex(t.start(second.end() - 1), t.end(second.end() - 1), second.type(), second.value(), null,
                            second.anchored(), second.earliest(), second.latest()));
                    i = second.end() - 1;
                }
            }
            if (type == Tokens.WORD || type == Tokens.NUM) {
                mod = null;
            }
        }
        return out;
    }

    /**
     * The words that may follow "the" or "that" where {@link #reportingPeriod} reads a period at it:
     * "the year ended", "the year-earlier quarter", "that comparable quarter", "the latest period",
     * "that quarter" (and {@link #spokenYear}'s "the year two thousand").
     */
    private static final Set<String> AFTER_REPORTING = Set.of("year", "comparable", "corresponding", "latest", "quarter");

    /**
     * The words that may follow "the" where a form begins at it: those of {@link #AFTER_REPORTING},
     * and of {@link #sameOrFollowing}: "the same day", "the following year", "the next morning", "the
     * previous day", "the preceding month". No other form begins at "the" or "that": each of the
     * others begins at a number, a month's, weekday's, season's or holiday's name, or a start word of
     * its own. A new form that begins at either must add the word after it here
     * (TemporalArticleGateProperties fails when one is missing).
     */
    private static final Set<String> AFTER_THE = afterThe();

    private static Set<String> afterThe() {
        Set<String> words = new java.util.HashSet<>(AFTER_REPORTING);
        words.addAll(List.of("same", "following", "next", "previous", "preceding"));
        return Set.copyOf(words);
    }

    /**
     * Whether a form may begin at word {@code i}, {@code w} in lower case, when it is "the", "that",
     * "a" or "an" (any other word: true). "a" and "an" begin a form only before a unit, as
     * {@link #countedUnits} reads them ("a year ago", "an hour and a half", "a further week"); "the"
     * begins one only before a word of {@link #AFTER_THE};
     * "that" only before a word of {@link #AFTER_REPORTING} or where the text has named a date
     * before ("that day", "that night": {@link #sameOrFollowing} reads no "that" without one). Either,
     * written with a capital, may also begin a holiday's name, as {@link #holiday} asks it, as may "A"
     * and "An". Some 32,000 attempts at these four words on ECB+ found nothing.
     */
    private boolean articleMayStart(int i, String w) {
        boolean the = w.equals("the");
        boolean that = !the && w.equals("that");
        boolean one = !the && !that && (w.equals("a") || w.equals("an"));
        if (!the && !that && !one) {
            return true;
        }
        if (one) {
            // Only {@link #countedUnits} reads a form at "a" or "an" (one unit), and it goes on only
            // at a unit, a word of MORE_WORDS ("a further year") or "and" ("an hour and a half"),
            // right after a hyphen or the white space.
            String after = lower(t.isChar(i + 1, '-') ? i + 2 : t.skipSpace(i + 1));
            if (UNITS.containsKey(after) || MORE_WORDS.contains(after) || after.equals("and")) {
                return true;
            }
        } else if (the ? AFTER_THE.contains(lower(t.skipSpace(i + 1)))
                : said.lastDate != null || AFTER_REPORTING.contains(lower(t.skipSpace(i + 1)))) {
            return true;
        }
        return Character.isUpperCase(t.text.charAt(t.start(i))) && Holidays.nameAt(t.text, t.start(i), t.end(t.size() - 1)) != null;
    }

    private Found attempt(int i, String w) {
        Found f;
        if ((f = dayOrWeekAround(i, w)) != null) {
            return f;
        }
        if ((f = explicitDate(i)) != null) {
            return f;
        }
        if ((f = holiday(i, w)) != null) {
            return f;
        }
        if ((f = monthYear(i)) != null) {
            return f;
        }
        if ((f = year(i)) != null) {
            return f;
        }
        if ((f = spokenYear(i, w)) != null) {
            return f;
        }
        if ((f = reportingPeriod(i, w)) != null) {
            return f;
        }
        if ((f = sameOrFollowing(i, w)) != null) {
            return f;
        }
        if ((f = deicticDay(i, w)) != null) {
            return f;
        }
        if ((f = weekday(i, w)) != null) {
            return f;
        }
        if ((f = relativeUnit(i, w)) != null) {
            return f;
        }
        if ((f = unitLong(i, w)) != null) {
            return f;
        }
        if ((f = countedUnits(i, w)) != null) {
            return f;
        }
        if ((f = set(i, w)) != null) {
            return f;
        }
        if ((f = bareUnits(i, w)) != null) {
            return f;
        }
        if ((f = season(i, w)) != null) {
            return f;
        }
        if ((f = quarter(i, w)) != null) {
            return f;
        }
        if ((f = reference(i, w)) != null) {
            return f;
        }
        if ((f = century(i)) != null) {
            return f;
        }
        return clockTime(i, w);
    }

    /**
     * "the day before last Tuesday", "the day after March 3", "the week of May 9": a day next to a
     * named day, or the week that holds it.
     */
    private Found dayOrWeekAround(int i, String w) {
        if (!w.equals("day") && !w.equals("week")) {
            return null;
        }
        String before = wordBefore(i);
        if (!"the".equals(before) && !"a".equals(before)) {
            return null;
        }
        int k = t.skipSpace(i + 1);
        String link = t.type(k) == Tokens.WORD ? lower(k) : "";
        int shift;
        if (w.equals("day") && (link.equals("before") || link.equals("after"))) {
            shift = link.equals("before") ? -1 : 1;
        } else if (w.equals("week") && link.equals("of")) {
            shift = 0;
        } else {
            return null;
        }
        int j = t.skipSpace(k + 1);
        if (j >= t.size() || t.type(j) != Tokens.WORD && t.type(j) != Tokens.NUM) {
            return null;
        }
        Found day = attempt(j, lower(j));
        if (day == null || !day.type().equals(Timex.DATE) || !day.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        LocalDate d = LocalDate.parse(day.value()).plusDays(shift);
        if (w.equals("week")) {
            return new Found(day.end(), Timex.DATE, week(d), day.anchored(), d.with(DayOfWeek.MONDAY), d.with(DayOfWeek.SUNDAY));
        }
        return new Found(day.end(), Timex.DATE, d.toString(), day.anchored(), d, d);
    }

    // ---- explicit dates -----------------------------------------------------------------

    /**
     * The second day of "April 24 and 25" or "May 3 or 4": a day of the month joined to a date that
     * ends with its own day, in that date's month. The number must end the phrase (a stop, a comma
     * or "in", "at", "respectively" after it), so "May 3 and 25 people" stays a count.
     */
    private Found coordinatedDay(Found f) {
        if (!f.type().equals(Timex.DATE) || !FULL_DATE.matcher(f.value()).matches()) {
            return null;
        }
        int last = f.end() - 1;
        LocalDate first = LocalDate.parse(f.value());
        if (t.type(last) != Tokens.NUM || t.num(last) != first.getDayOfMonth()) {
            return null;
        }
        int k = t.skipSpace(f.end());
        if (t.type(k) != Tokens.WORD || !lower(k).equals("and") && !lower(k).equals("or")) {
            return null;
        }
        int d = t.skipSpace(k + 1);
        if (t.type(d) != Tokens.NUM || t.num(d) <= first.getDayOfMonth() || t.num(d) > first.lengthOfMonth()
                || t.isChar(d + 1, '.') && t.type(d + 2) == Tokens.NUM) {
            return null;
        }
        int after = t.skipSpace(d + 1);
        boolean ends = after >= t.size() || t.type(after) != Tokens.WORD && t.type(after) != Tokens.NUM
                && !t.isChar(after, '-') && !t.isChar(after, '%')
                || t.type(after) == Tokens.WORD && Set.of("in", "at", "respectively").contains(lower(after));
        if (!ends) {
            return null;
        }
        LocalDate second = first.withDayOfMonth(t.num(d));
        return new Found(d + 1, Timex.DATE, second.toString(), f.anchored(), second, second);
    }

    private Found explicitDate(int i) {
        DateTimeMatch m = dates.at(i);
        if (m == null) {
            return null;
        }
        int end = t.firstAtOrAfter(m.end());
        if (m.hasYear()) {
            if (m.time() != null) {
                return new Found(end, Timex.TIME, m.value(), false, m.date(), m.date());
            }
            return new Found(end, Timex.DATE, m.value(), false);
        }
        if (anchor == null) {
            return new Found(end, Timex.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", m.month(), m.day()), false);
        }
        // A day and month without a year: the occurrence nearest the anchor, unless that is
        // months ahead and nothing in the sentence speaks of the future ("the vote on Oct. 23",
        // written in May, is last October's).
        // With a weekday written before it ("Tuesday, March 4"), the year in which the date falls
        // on that weekday, when one near enough does (WeekdayReading.withWrittenWeekday).
        LocalDate fits = m.weekdayWritten() == null ? null : withWrittenWeekday(anchor, m.month(), m.day(), m.weekdayWritten());
        LocalDate d = fits != null ? fits : nearest(m.month(), m.day());
        long ahead = ChronoUnit.DAYS.between(anchor, d);
        if (ahead > 0 && m.weekdayWritten() == null) {
            int tense = tense(i, end);
            if (tense < 0 && ahead > 31 || tense == 0 && ahead > 92) {
                d = d.minusYears(1);
            }
        }
        return new Found(end, m.time() != null ? Timex.TIME : Timex.DATE,
                d + (m.time() != null ? "T" + hm(m.time()) : ""), true, d, d);
    }

    private Found monthYear(int i) {
        int month = month(i);
        if (month == 0) {
            return null;
        }
        int j = i + 1;
        if (t.isChar(j, '.') && t.length(i) <= 4) {
            // "Sept." is an abbreviation; after "July" the full stop ends the sentence.
            j++;
        }
        int k = t.skipSpace(j);
        if (t.type(k) == Tokens.WORD && lower(k).equals("of")) {
            k = t.skipSpace(k + 1);
        } else if (t.isChar(k, ',')) {
            k = t.skipSpace(k + 1);
        }
        if (isYear(k)) {
            return new Found(k + 1, Timex.DATE, String.format(Locale.ROOT, "%d-%02d", t.num(k), month), false);
        }
        int[] spoken = spokenYearAt(k, false);
        if (spoken != null) {
            return new Found(spoken[0], Timex.DATE, String.format(Locale.ROOT, "%d-%02d", spoken[1], month), false);
        }
        // "January this year", "June last year"
        int rel = t.skipSpace(j);
        String relWord = lower(rel);
        if ((relWord.equals("this") || relWord.equals("last") || relWord.equals("next"))
                && lower(t.skipSpace(rel + 1)).equals("year")) {
            int end = t.skipSpace(rel + 1) + 1;
            if (anchor == null) {
                return new Found(end, Timex.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), false);
            }
            int year = anchor.getYear() + (relWord.equals("last") ? -1 : relWord.equals("next") ? 1 : 0);
            return new Found(end, Timex.DATE, String.format(Locale.ROOT, "%d-%02d", year, month), true);
        }
        String before = wordBefore(i);
        if ("the".equals(before) && month != 5 && t.type(t.skipSpace(j)) == Tokens.WORD && t.skipSpace(j) == j + 1
                && Character.isLowerCase(t.text.charAt(t.start(j + 1))) && !lower(j + 1).equals("of")) {
            // "the October shooting", "the March accession": a month that dates the noun after it
            // (not "the March of Dimes"; "the May government" may be a name).
            before = "in";
        }
        if (before == null || !MONTH_PREPOSITIONS.contains(before) || (month == 5 && !lower(i).equals("may"))) {
            return null;
        }
        if (lower(i).equals("may") && t.is(i, "may")) {
            return null;
        }
        if (anchor == null) {
            return new Found(j, Timex.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), false);
        }
        // A month named alone is the last one on or before the anchor, unless the words speak of
        // the future or say "next".
        int year = anchor.getYear();
        int tense = before.equals("next") ? 1 : before.equals("last") ? -1 : tense(i, j);
        int ahead = Math.floorMod(month - anchor.getMonthValue(), 12);
        // Nothing decides: the coming month or the one after is still this year's ("in mid-November",
        // written in October); any later one is last year's.
        boolean future = tense > 0 || tense == 0 && ahead >= 1 && ahead <= 3;
        if (future) {
            if (month < anchor.getMonthValue()) {
                year++;
            }
        } else if (month > anchor.getMonthValue() || before.equals("last") && month == anchor.getMonthValue()) {
            year--;
        }
        return new Found(j, Timex.DATE, String.format(Locale.ROOT, "%d-%02d", year, month), true);
    }

    /**
     * "Thanksgiving Day", "last Christmas", "Easter week", "Christmas 1998": a named day of the
     * calendar. Without a year, "last" and "next" pick the one before or after the anchor; bare,
     * the one nearest the anchor, unless that is months ahead and nothing speaks of the future.
     */
    private Found holiday(int i, String w) {
        int j = i;
        String modifier = null;
        if (w.equals("last") || w.equals("next") || w.equals("this")) {
            modifier = w;
            j = t.skipSpace(i + 1);
        }
        if (t.type(j) != Tokens.WORD) {
            return null;
        }
        String name = Holidays.nameAt(t.text, t.start(j), t.end(t.size() - 1));
        if (name == null) {
            return null;
        }
        int end = t.firstAtOrAfter(t.start(j) + name.length());
        boolean week = false;
        int k = t.skipSpace(end);
        if (t.type(k) == Tokens.WORD && t.is(k, "week")) {
            week = true;
            end = k + 1;
            k = t.skipSpace(end);
        }
        if (t.isChar(k, ',') && isYear(t.skipSpace(k + 1))) {
            k = t.skipSpace(k + 1);
        } else if (t.type(k) == Tokens.WORD && lower(k).equals("of") && isYear(t.skipSpace(k + 1))) {
            k = t.skipSpace(k + 1);
        }
        LocalDate d;
        boolean anchored = false;
        if (modifier == null && isYear(k)) {
            d = Holidays.on(name, t.num(k));
            end = k + 1;
        } else if (anchor == null) {
            return null;
        } else {
            anchored = true;
            LocalDate near = Holidays.on(name, anchor.getYear());
            LocalDate prev = near.isAfter(anchor) ? Holidays.on(name, anchor.getYear() - 1) : near;
            LocalDate next = near.isBefore(anchor) ? Holidays.on(name, anchor.getYear() + 1) : near;
            if ("this".equals(modifier)) {
                d = near;
            } else if ("last".equals(modifier)) {
                d = prev.equals(anchor) ? Holidays.on(name, anchor.getYear() - 1) : prev;
            } else if ("next".equals(modifier)) {
                d = next.equals(anchor) ? Holidays.on(name, anchor.getYear() + 1) : next;
            } else {
                long back = ChronoUnit.DAYS.between(prev, anchor);
                long ahead = ChronoUnit.DAYS.between(anchor, next);
                d = ahead < back ? next : prev;
                if (d == next && ahead > 60 && tense(j, end) <= 0) {
                    d = prev;
                }
            }
        }
        if (week) {
            return new Found(end, Timex.DATE, week(d), anchored, d.with(DayOfWeek.MONDAY), d.with(DayOfWeek.SUNDAY));
        }
        return new Found(end, Timex.DATE, d.toString(), anchored, d, d);
    }

    private Found year(int i) {
        if (!isYear(i) || zonedFourDigitTime(i) != null) {
            return null;
        }
        if (t.type(i + 1) == Tokens.WORD && lower(i + 1).equals("s") && t.num(i) % 10 == 0) {
            return new Found(i + 2, Timex.DATE, String.valueOf(t.num(i) / 10), false);
        }
        Found part = yearsPart(i);
        if (part != null) {
            return part;
        }
        String before = wordBefore(i);
        if (before == null || !YEAR_PREPOSITIONS.contains(before)) {
            // A bare year: anything but a count ("2010 people", "1996 votes").
            String next = lower(t.skipSpace(i + 1));
            if (COUNTED_AFTER_NUMBER.contains(next) || t.isPunctIn(i + 1, "%") || modelYear(i)) {
                return null;
            }
        }
        return new Found(i + 1, Timex.DATE, String.valueOf(t.num(i)), false);
    }

    /**
     * A quarter or half named with its year in front, as results are compared: "the 1988 second
     * quarter" (1988-Q2), "the 1989 first half" (1989-H1), and "the 1988 quarter", the quarter last
     * named in that year ("third-quarter profit ... against the 1988 quarter": 1988-Q3). A quarter
     * of an earlier year is a comparison and does not become the quarter the text reports on.
     */
    private Found yearsPart(int i) {
        int k = t.skipSpace(i + 1);
        Found q = ordinalQuarter(k);
        String code;
        int end;
        if (q != null) {
            code = q.value().substring(4);
            end = q.end();
        } else if (t.type(k) == Tokens.WORD && t.is(k, "quarter") && !t.isChar(k + 1, '-') && said.lastQuarter != null) {
            code = said.lastQuarter.substring(4);
            end = k + 1;
        } else {
            return null;
        }
        compared = anchor != null && t.num(i) < anchor.getYear();
        return new Found(end, Timex.DATE, t.num(i) + code, false);
    }

    /** Whether the year at {@code i} is a car's model year: a make follows, capitalised ("a 1994 Ford", "2008 Land Rover"). */
    private boolean modelYear(int i) {
        int k = t.skipSpace(i + 1);
        if (t.type(k) != Tokens.WORD || !capitalised(k)) {
            return false;
        }
        int k2 = t.skipSpace(k + 1);
        return VEHICLE_MAKES.contains(lower(k)) || t.type(k2) == Tokens.WORD && VEHICLE_MAKES.contains(lower(k) + " " + lower(k2));
    }

    /**
     * A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "the year
     * two thousand". "Two thousand" alone is a count, so it is a year only after "the year".
     */
    private Found spokenYear(int i, String w) {
        if (w.equals("the") && lower(t.skipSpace(i + 1)).equals("year")) {
            int k = t.skipSpace(t.skipSpace(i + 1) + 1);
            int[] y = spokenYearAt(k, true);
            return y == null ? null : new Found(y[0], Timex.DATE, String.valueOf(y[1]), false);
        }
        int[] y = spokenYearAt(i, false);
        return y == null ? null : new Found(y[0], Timex.DATE, String.valueOf(y[1]), false);
    }

    /** {end token, year} of a year in words at {@code i} ("nineteen ninety-six"), or null. */
    private int[] spokenYearAt(int i, boolean twoThousand) {
        if (t.type(i) != Tokens.WORD) {
            return null;
        }
        String w = lower(i);
        if (twoThousand && w.equals("two") && lower(t.skipSpace(i + 1)).equals("thousand")) {
            int end = t.skipSpace(i + 1) + 1;
            int k = t.skipSpace(end);
            if (lower(k).equals("and")) {
                k = t.skipSpace(k + 1);
            }
            int[] rest = twoDigitWords(k);
            return rest == null || rest[1] == 0 ? new int[] {end, 2000} : new int[] {rest[0], 2000 + rest[1]};
        }
        if (!w.equals("nineteen") && !w.equals("eighteen")) {
            return null;
        }
        int[] rest = twoDigitWords(t.skipSpace(i + 1));
        if (rest == null || rest[1] < 10) {
            return null;
        }
        int century = w.equals("nineteen") ? 1900 : 1800;
        return new int[] {rest[0], century + rest[1]};
    }

    /** {end token, value} of "ninety-six", "ninety six", "eighty" or "eleven" at {@code k}, or null. */
    private int[] twoDigitWords(int k) {
        if (t.type(k) != Tokens.WORD || !NUMBER_WORDS.containsKey(lower(k)) || lower(k).equals("a") || lower(k).equals("an")) {
            return null;
        }
        int v = NUMBER_WORDS.get(lower(k));
        if (v >= 100) {
            return null;
        }
        int end = k + 1;
        if (v >= 20 && v % 10 == 0) {
            int u = t.isChar(end, '-') ? end + 1 : t.skipSpace(end);
            Integer unit = t.type(u) == Tokens.WORD ? NUMBER_WORDS.get(lower(u)) : null;
            if (unit != null && unit >= 1 && unit <= 9 && !lower(u).equals("a") && !lower(u).equals("an")) {
                return new int[] {u + 1, v + unit};
            }
        }
        return new int[] {end, v};
    }

    private boolean isYear(int i) {
        if (t.type(i) != Tokens.NUM || t.length(i) != 4) {
            return false;
        }
        int y = t.num(i);
        if (y < 1800 || y > 2099) {
            return false;
        }
        return !(t.isPunctIn(i + 1, ",.") && t.type(i + 2) == Tokens.NUM) && !(t.isPunctIn(i - 1, ",.$\u20ac\u00a3") && t.type(i - 2) == Tokens.NUM)
                && !t.isPunctIn(i - 1, "$\u20ac\u00a3");
    }

    // ---- days relative to the anchor -----------------------------------------------------

    private Found deicticDay(int i, String w) {
        int offset;
        switch (w) {
            case "today", "tonight" -> offset = 0;
            case "yesterday" -> offset = -1;
            case "tomorrow" -> offset = 1;
            default -> {
                return lastNightOrThisMorning(i, w);
            }
        }
        if (offset != -1 && ofAnAge(i)) {
            return null;
        }
        String part = w.equals("tonight") ? "NI" : null;
        int end = i + 1;
        int k = t.skipSpace(end);
        if (part == null && t.type(k) == Tokens.WORD && PARTS_OF_DAY.containsKey(lower(k))) {
            part = PARTS_OF_DAY.get(lower(k));
            end = k + 1;
        }
        return day(end, offset, part);
    }

    /**
     * Whether "today's" or "tomorrow's" at {@code i} names an age rather than a day: one of the
     * next two words is a noun of {@link #AGE_NOUNS} ("today's youth", "today's personal computers";
     * not "today's vote").
     */
    private boolean ofAnAge(int i) {
        int k = i + 1;
        if (!(t.isChar(k, '\'') || t.isChar(k, '\u2019')) || t.type(k + 1) != Tokens.WORD || !lower(k + 1).equals("s")) {
            return false;
        }
        int n1 = t.skipSpace(k + 2);
        if (t.type(n1) != Tokens.WORD) {
            return false;
        }
        int n2 = t.skipSpace(n1 + 1);
        return AGE_NOUNS.contains(lower(n1)) || t.type(n2) == Tokens.WORD && AGE_NOUNS.contains(lower(n2));
    }

    private Found lastNightOrThisMorning(int i, String w) {
        if (!w.equals("last") && !w.equals("this")) {
            return null;
        }
        int k = t.skipSpace(i + 1);
        if (t.type(k) != Tokens.WORD || !PARTS_OF_DAY.containsKey(lower(k))) {
            return null;
        }
        String part = PARTS_OF_DAY.get(lower(k));
        if (w.equals("last") && !part.equals("NI")) {
            return null;
        }
        return day(k + 1, w.equals("last") ? -1 : 0, part);
    }

    private Found day(int end, int offset, String part) {
        String type = part == null ? Timex.DATE : Timex.TIME;
        if (anchor == null) {
            return new Found(end, type, offset == 0 && part == null ? "PRESENT_REF" : "XXXX-XX-XX" + (part == null ? "" : "T" + part), false);
        }
        LocalDate d = anchor.plusDays(offset);
        return new Found(end, type, d + (part == null ? "" : "T" + part), true, d, d);
    }

    private Found weekday(int i, String w) {
        return weekday(i, w, i);
    }

    /** A weekday at {@code i}; its tense is read around the whole expression, from {@code from} ("until 9 a.m. Tuesday"). */
    private Found weekday(int i, String w, int from) {
        String modifier = null;
        int j = i;
        if (w.equals("last") || w.equals("next") || w.equals("this") || w.equals("coming") || w.equals("past")) {
            modifier = w;
            j = t.skipSpace(i + 1);
        }
        DayOfWeek day = weekdayWord(j);
        if (day == null) {
            return null;
        }
        int end = j + 1;
        String part = null;
        int k = t.skipSpace(end);
        if (t.type(k) == Tokens.WORD && PARTS_OF_DAY.containsKey(lower(k))) {
            part = PARTS_OF_DAY.get(lower(k));
            end = k + 1;
        }
        String type = part == null ? Timex.DATE : Timex.TIME;
        if (anchor == null) {
            return new Found(end, type, "XXXX-WXX-" + day.getValue() + (part == null ? "" : "T" + part), false);
        }
        boolean future = modifier != null ? !modifier.equals("last") && !modifier.equals("past") : weekdayAhead(from, end);
        LocalDate d;
        if ("this".equals(modifier)) {
            d = anchor.with(day);
        } else if (future) {
            d = anchor.with(TemporalAdjusters.nextOrSame(day));
            if ("next".equals(modifier) && d.equals(anchor)) {
                d = d.plusWeeks(1);
            }
        } else {
            d = anchor.with(TemporalAdjusters.previousOrSame(day));
            if ("last".equals(modifier) && d.equals(anchor)) {
                d = d.minusWeeks(1);
            }
        }
        return new Found(end, type, d + (part == null ? "" : "T" + part), true, d, d);
    }

    /**
     * Whether a bare weekday at {@code [from, to)} is the coming one: a tense cue around it
     * decides ({@link #tense}); without one, a present verb of plan or "is" before it in its own
     * clause ("meets him on Tuesday", "the vote is on Friday") puts it ahead.
     */
    private boolean weekdayAhead(int from, int to) {
        int tense = tense(from, to);
        return tense > 0 || tense == 0 && WeekdayReading.presentPlan(t, from, WINDOW, this::sentenceEnd);
    }

    /**
     * Whether the words around a bare weekday or month speak of the future. The nearest tense cue
     * decides, counting outwards from the expression within its sentence: a future marker ("will",
     * "scheduled", "next") or a past one ("said", "met", "was"). News speaks of the past
     * when nothing decides.
     */
    private boolean future(int from, int to) {
        return tense(from, to) > 0;
    }

    /** Whether the punctuation at {@code k} ends a sentence: not the full stop of "Mr.", "P.", "Corp." or "a.m.". */
    private boolean sentenceEnd(int k) {
        if (!t.isPunctIn(k, ".!?;")) {
            return false;
        }
        if (t.isChar(k, '.') && k > 0 && t.type(k - 1) == Tokens.WORD && t.length(k - 1) <= 4
                && Character.isUpperCase(t.text.charAt(t.start(k - 1)))) {
            return false;
        }
        if (t.isChar(k, '.') && k > 0 && t.type(k - 1) == Tokens.WORD && t.length(k - 1) == 1) {
            // The stops of "a.m." and "p.m.".
            return false;
        }
        // The stop of an abbreviation in lower case ("Roe vs. Wade", "Oct." written "oct.").
        return !(t.isChar(k, '.') && k > 0 && t.type(k - 1) == Tokens.WORD && Sentences.isAbbreviation(lower(k - 1)));
    }

    private static String at(List<String> words, int k) {
        return k < words.size() ? words.get(k) : "";
    }

    /** 1 when the nearest tense cue around {@code [from, to)} speaks of the future, -1 of the past, 0 when none does. */
    private int tense(int from, int to) {
        List<String> before = new ArrayList<>();
        // How many words each side reads before a comma or bracket: a verb of saying beyond one
        // ("Thursday, Castro said") dates the saying, not the expression.
        int beforeClause = -1;
        // A name of several words ("Miami International Airport") counts as one word.
        boolean lastCapital = false;
        // One word more than the window is kept, so that a participle at its edge still sees its
        // auxiliary ("would be held ... on April 24").
        for (int k = from - 1; k >= 0 && before.size() <= WINDOW; k--) {
            if (t.type(k) == Tokens.WORD) {
                boolean capital = Character.isUpperCase(t.text.charAt(t.start(k)));
                if (capital && lastCapital) {
                    continue;
                }
                lastCapital = capital;
                before.add(lower(k));
            } else if (sentenceEnd(k)) {
                break;
            } else if (beforeClause < 0 && t.isPunctIn(k, ",()")) {
                beforeClause = before.size();
            }
        }
        // An expression that opens its sentence ("On Tuesday, the group ...") is read further on:
        // the verb comes after the subject.
        int afterWindow = before.size() <= 1 ? OPENING_WINDOW : WINDOW;
        List<String> after = new ArrayList<>();
        int afterClause = -1;
        lastCapital = false;
        for (int k = to; k < t.size() && after.size() < afterWindow; k++) {
            if (t.type(k) == Tokens.WORD) {
                boolean capital = Character.isUpperCase(t.text.charAt(t.start(k)));
                if (capital && lastCapital) {
                    continue;
                }
                lastCapital = capital;
                after.add(lower(k));
            } else if (sentenceEnd(k)) {
                break;
            } else if (afterClause < 0 && afterWindow == WINDOW && t.isPunctIn(k, ",()")) {
                // (Not after an expression that opens its sentence: "On Tuesday, she said" dates the saying.)
                afterClause = after.size();
            }
        }
        for (int d = 0; d < afterWindow; d++) {
            for (List<String> side : List.of(before, after)) {
                if (d < side.size() && d < (side == before ? WINDOW : afterWindow)) {
                    String w = side.get(d);
                    // In text order, the word before this one and the word before that.
                    String previous = side == before ? at(before, d + 1) : d == 0 ? "" : at(after, d - 1);
                    String previous2 = side == before ? at(before, d + 2) : d <= 1 ? "" : at(after, d - 2);
                    if (FUTURE_WORDS.contains(w) && !(side == after && (planNoun(w, at(after, d + 1)) || attributive(w, after, d)))) {
                        // "had been scheduled to expire Friday", "had planned to": a plan already overtaken.
                        return previous.equals("had") || previous.equals("been") && previous2.equals("had") ? -1 : 1;
                    }
                    if (side == before && w.equals("to") && TO_FUTURE_WORDS.contains(previous)) {
                        // "is to resume trading Tuesday", "set to open Monday"; only before the expression,
                        // whose verb it is: after it, "on Thursday, for what is to be a long stay" tells
                        // of something else.
                        return 1;
                    }
                    if (PAST_WORDS.contains(w)) {
                        // In text order, the word after this one.
                        String next = side == after ? at(after, d + 1) : "";
                        if (PAST_AUXILIARIES.contains(w) && FUTURE_WORDS.contains(next)) {
                            // "were planning to", "was scheduled for": the plan is ahead.
                            return 1;
                        }
                        int clause = side == before ? beforeClause : afterClause;
                        if (REPORTING_WORDS.contains(w) && (d > 1 || clause >= 0 && clause <= d)) {
                            // "..., an official said": the saying's tense, not the expression's.
                            continue;
                        }
                        if (!PASSIVE_AUXILIARIES.contains(previous)) {
                            return -1;
                        }
                        // "will be held", "to be announced": a participle, not the past; look further.
                    }
                }
            }
        }
        // Without a cue, a deadline ("by February", "until Tuesday") is still ahead.
        if (!before.isEmpty() && DEADLINE_WORDS.contains(before.get(0))) {
            return 1;
        }
        // "as early as Tuesday", "as soon as March": the earliest a thing can happen is ahead.
        return at(before, 0).equals("as") && (at(before, 1).equals("early") || at(before, 1).equals("soon"))
                && at(before, 2).equals("as") ? 1 : 0;
    }

    /**
     * Whether a plan word after the expression is a noun, "plans for" or "plan of" ("On Friday, she
     * set aside holiday plans for the trip"): what was planned, not a tense of its own.
     */
    private static boolean planNoun(String w, String next) {
        return (w.equals("plans") || w.equals("plan")) && (next.equals("for") || next.equals("of"));
    }

    /** Articles before a participle that make it describe a noun ("the planned trip", "a hastily scheduled call"). */
    private static final Set<String> ARTICLES = Lexicon.ARTICLES;

    /**
     * Whether the participle {@code w} at {@code d} of the words after the expression describes a
     * noun: after an article, or after an article and an adverb ("the hastily planned trip"). It
     * is no verb of the clause, so it gives the expression no tense.
     */
    private static boolean attributive(String w, List<String> after, int d) {
        if (!w.endsWith("ed") || d == 0) {
            return false;
        }
        String previous = after.get(d - 1);
        return ARTICLES.contains(previous)
                || previous.endsWith("ly") && d >= 2 && ARTICLES.contains(after.get(d - 2));
    }

    // ---- weeks, months, years relative to the anchor -------------------------------------

    private Found relativeUnit(int i, String w) {
        int j = i;
        String lead = w;
        if (w.equals("earlier") || w.equals("later") || w.equals("early") || w.equals("late")) {
            j = t.skipSpace(i + 1);
            lead = lower(j);
            if (!lead.equals("this") && !lead.equals("next") && !lead.equals("last")) {
                return null;
            }
        }
        int shift;
        switch (lead) {
            case "this", "current" -> shift = 0;
            case "last", "previous", "past" -> shift = -1;
            case "next", "coming", "following" -> shift = 1;
            default -> {
                return null;
            }
        }
        int k = t.skipSpace(j + 1);
        if (t.type(k) != Tokens.WORD) {
            return null;
        }
        if (lower(k).equals("fiscal") && lower(t.skipSpace(k + 1)).equals("year")) {
            // "this fiscal year": the fiscal year is named by the calendar year it mostly falls in.
            k = t.skipSpace(k + 1);
        }
        String unit = lower(k);
        String code = UNITS.get(unit);
        if (code == null || unit.endsWith("s") && !unit.equals("hours")) {
            return null;
        }
        if (capitalised(j) && capitalised(k) && !opensSentence(j) && !titleCaseLine(j)) {
            // ABC's "This Week", "Next Year in Havana": a title within a sentence.
            return null;
        }
        if (wordBefore(i) != null && wordBefore(i).equals("the") && shift == -1) {
            // "the past week", "the last year": a stretch of time, not a calendar unit.
            return new Found(k + 1, Timex.DURATION, duration(1, code, unit), false);
        }
        if (anchor == null) {
            return new Found(k + 1, Timex.DATE, unresolvedUnit(code), false);
        }
        String value;
        LocalDate[] b;
        switch (code) {
            case "D" -> {
                LocalDate d = anchor.plusDays(shift);
                value = d.toString();
                b = new LocalDate[] {d, d};
            }
            case "W", "WE" -> {
                LocalDate d = anchor.plusWeeks(shift);
                value = week(d) + (code.equals("WE") ? "-WE" : "");
                LocalDate monday = d.with(DayOfWeek.MONDAY);
                b = new LocalDate[] {monday, monday.plusDays(6)};
            }
            case "M" -> {
                YearMonth m = YearMonth.from(anchor).plusMonths(shift);
                value = m.toString();
                b = new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            case "Y" -> {
                int y = anchor.getYear() + shift;
                value = String.valueOf(y);
                b = new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            case "Q" -> {
                LocalDate d = anchor.plusMonths(3L * shift);
                int q = d.get(IsoFields.QUARTER_OF_YEAR);
                value = d.getYear() + "-Q" + q;
                LocalDate first = LocalDate.of(d.getYear(), 3 * q - 2, 1);
                b = new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            case "DE" -> {
                int decade = anchor.getYear() / 10 + shift;
                value = String.valueOf(decade);
                b = new LocalDate[] {LocalDate.of(decade * 10, 1, 1), LocalDate.of(decade * 10 + 9, 12, 31)};
            }
            default -> {
                return null;
            }
        }
        return new Found(k + 1, Timex.DATE, value, true, b[0], b[1]);
    }

    private static String unresolvedUnit(String code) {
        return switch (code) {
            case "W" -> "XXXX-WXX";
            case "WE" -> "XXXX-WXX-WE";
            case "M" -> "XXXX-XX";
            case "Q" -> "XXXX-QX";
            case "D" -> "XXXX-XX-XX";
            default -> "XXXX";
        };
    }

    /** "three days", "24 hours", "two-year", "a week ago", "the past 24 hours", "several months". */
    private Found countedUnits(int i, String w) {
        int count;
        boolean vague = false;
        int j = i + 1;
        if (t.type(i) == Tokens.NUM) {
            if (t.length(i) > 4 || t.isPunctIn(i - 1, ".,:/")) {
                return null;
            }
            count = t.num(i);
        } else if (NUMBER_WORDS.containsKey(w)) {
            // "thirty-four years", "thirty four years": the tens and the unit are one count; but in
            // "twenty one-year terms" the unit belongs to the word after it (twenty terms of a year).
            int[] words = twoDigitWords(i);
            if (words != null && !(!t.isChar(i + 1, '-') && t.isChar(words[0], '-'))) {
                count = words[1];
                j = words[0];
            } else {
                count = NUMBER_WORDS.get(w);
            }
        } else if (w.equals("several") || w.equals("few") || w.equals("many") || w.equals("some")) {
            count = -1;
            vague = true;
        } else if (w.equals("couple")) {
            count = 2;
            int k = t.skipSpace(j);
            if (t.type(k) == Tokens.WORD && lower(k).equals("of")) {
                j = k + 1;
            }
        } else {
            return null;
        }
        int k = t.isChar(j, '-') ? j + 1 : t.skipSpace(j);
        boolean half = false;
        if (!vague && t.type(i) == Tokens.NUM && t.type(k) == Tokens.NUM && t.num(k) == 1 && t.isChar(k + 1, '/')
                && t.type(k + 2) == Tokens.NUM && t.num(k + 2) == 2 && t.length(k + 2) == 1) {
            // "5 1/2 hours": five and a half.
            half = true;
            k = t.skipSpace(k + 3);
        } else if (!vague && count > 0 && t.type(k) == Tokens.WORD && lower(k).equals("and")) {
            // "four and a half hours": as "4 1/2 hours".
            int a = t.skipSpace(k + 1);
            int h = t.skipSpace(a + 1);
            if (t.type(a) == Tokens.WORD && lower(a).equals("a") && t.type(h) == Tokens.WORD && lower(h).equals("half")) {
                half = true;
                k = t.skipSpace(h + 1);
            }
        }
        if (!vague && t.type(k) == Tokens.WORD && MORE_WORDS.contains(lower(k))) {
            // "two more weeks", "20 additional years": as long as the count says.
            k = t.skipSpace(k + 1);
        }
        if (t.type(k) != Tokens.WORD) {
            return null;
        }
        String unit = lower(k);
        String code = UNITS.get(unit);
        if (code == null) {
            return null;
        }
        if (t.type(i) == Tokens.NUM && Character.isUpperCase(t.text.charAt(t.start(k)))
                && Character.isLowerCase(t.text.charAt(t.end(k) - 1)) && !titleCaseLine(k)) {
            // "60 Minutes", "28 Days Later": a capitalised unit after digits is a title, not a stretch of time.
            return null;
        }
        if (half) {
            String value = halfDuration(count, code, unit);
            return value == null ? null : new Found(k + 1, Timex.DURATION, value, false);
        }
        if ((w.equals("a") || w.equals("an")) && unit.endsWith("s")) {
            return null;
        }
        int end = k + 1;
        int after = t.skipSpace(end);
        String next = t.type(after) == Tokens.WORD ? lower(after) : "";
        int start = i;
        if ((next.equals("earlier") || next.equals("later") || next.equals("before")) && code.equals("Y") && !vague && count > 0) {
            // "a year earlier": a year before the date last named, at that date's precision.
            return new Found(after + 1, Timex.DATE, yearsFromLast(next.equals("later") ? count : -count), backAnchored);
        }
        if (next.equals("ago")) {
            if (vague || anchor == null) {
                return new Found(after + 1, Timex.DATE, vague ? "PAST_REF" : unresolvedUnit(code), false);
            }
            return ago(after + 1, count, code);
        }
        if (next.equals("old") || t.isChar(end, '-') && t.type(end + 1) == Tokens.WORD
                && (lower(end + 1).equals("old") || lower(end + 1).equals("olds"))) {
            // "33-year-old", "37 years old": an age, not a stretch of time.
            return null;
        }
        if (next.equals("and") && !vague && count > 0) {
            // "an hour and a half" (PT1H30M), "two years and a half": as "1 1/2 hours",
            // and a stretch of time after any word ("but a minute and a half later").
            int a = t.skipSpace(after + 1);
            int h = t.skipSpace(a + 1);
            String value = halfDuration(count, code, unit);
            if (t.type(a) == Tokens.WORD && lower(a).equals("a") && t.type(h) == Tokens.WORD && lower(h).equals("half")
                    && value != null) {
                return new Found(h + 1, Timex.DURATION, value, false);
            }
        }
        if ((w.equals("a") || w.equals("an")) && wordBefore(start) != null && !BEFORE_A_STRETCH.contains(wordBefore(start))
                && !asLongAs(start)) {
            return null;
        }
        if (code.equals("Q") && next.equals("of") && fraction(after)) {
            // "three-quarters of its food", "a quarter of the market": a share, not three months.
            return null;
        }
        if ((w.equals("a") || w.equals("an")) && amountBefore(start)) {
            // "$1.76 a year", "358,000 a month", "5% a year": so much in each year, not a stretch of time.
            return null;
        }
        if (rate(after, next)) {
            // "24 hours a day", "three days a week", "ten minutes per hour": a rate, not a stretch of time.
            return null;
        }
        return new Found(end, Timex.DURATION, duration(vague ? -1 : count, code, unit), false);
    }

    /** Words between the two units of a rate: "hours a day", "days per week", "minutes each hour". */
    private static final Set<String> RATE_WORDS = Set.of("a", "an", "per", "each", "every");

    /** Whether {@code next}, the word at {@code k} after a count of units, and the word after it make a rate ("a day", "per week"). */
    private boolean rate(int k, String next) {
        if (!RATE_WORDS.contains(next)) {
            return false;
        }
        int unit = t.skipSpace(k + 1);
        return t.type(unit) == Tokens.WORD && UNITS.containsKey(lower(unit)) && !lower(unit).endsWith("s");
    }

    /**
     * Whether the "of" at {@code of} after a count of quarters goes on to a thing, not to a time
     * ("three-quarters of its food", not "the first two quarters of 1990" or "three quarters of the year").
     */
    private boolean fraction(int of) {
        int k = t.skipSpace(of + 1);
        if (t.type(k) == Tokens.WORD && ARTICLES.contains(lower(k))) {
            k = t.skipSpace(k + 1);
        }
        return !(t.type(k) == Tokens.NUM || t.type(k) == Tokens.WORD && (UNITS.containsKey(lower(k)) || month(k) > 0));
    }

    /** Whether a number or a per cent sign comes just before {@code i} ("$2 a day", "3% a year"). */
    private boolean amountBefore(int i) {
        int k = i - 1;
        while (k >= 0 && t.type(k) == Tokens.SPACE) {
            k--;
        }
        return k >= 0 && (t.type(k) == Tokens.NUM || t.isChar(k, '%'));
    }

    /** "a day-long meeting" (P1D), "a decades-long feud" (PXY, as "two decades" is P20Y): a unit made an adjective by "-long". */
    private Found unitLong(int i, String w) {
        String code = UNITS.get(w);
        if (code == null || !t.isChar(i + 1, '-') || t.type(i + 2) != Tokens.WORD || !lower(i + 2).equals("long")
                || t.isChar(i - 1, '-')) {
            return null;
        }
        return new Found(i + 3, Timex.DURATION, duration(w.endsWith("s") ? -1 : 1, code, w), false);
    }

    private Found ago(int end, int count, String code) {
        LocalDate d;
        String value;
        switch (code) {
            case "D" -> {
                d = anchor.minusDays(count);
                value = d.toString();
                return new Found(end, Timex.DATE, value, true, d, d);
            }
            case "W" -> {
                d = anchor.minusWeeks(count);
                return new Found(end, Timex.DATE, week(d), true, d.with(DayOfWeek.MONDAY), d.with(DayOfWeek.SUNDAY));
            }
            case "M" -> {
                YearMonth m = YearMonth.from(anchor).minusMonths(count);
                return new Found(end, Timex.DATE, m.toString(), true, m.atDay(1), m.atEndOfMonth());
            }
            case "Y" -> {
                int y = anchor.getYear() - count;
                String q = said.lastQuarter;
                if (q != null && Integer.parseInt(q.substring(0, 4)) >= anchor.getYear() - 1) {
                    // In a report of quarterly results, "a year ago" is that quarter a year before.
                    pointedBack = true;
                    compared = true;
                    return new Found(end, Timex.DATE, shiftYears(q, -count), true);
                }
                return new Found(end, Timex.DATE, String.valueOf(y), true, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            case "H" -> {
                return new Found(end, Timex.TIME, anchor.toString(), true, anchor.minusDays(1), anchor);
            }
            case "DE" -> {
                int y = anchor.getYear() - 10 * count;
                return new Found(end, Timex.DATE, String.valueOf(y), true, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            default -> {
                return new Found(end, Timex.DATE, "PAST_REF", false);
            }
        }
    }

    /** "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M; null for a unit whose half has no plain value. */
    private static String halfDuration(int count, String code, String unit) {
        return switch (code) {
            case "Y" -> "P" + count + "Y6M";
            case "D" -> "P" + count + "DT12H";
            case "H" -> "PT" + count + "H30M";
            case "M" -> unit.startsWith("minute") ? "PT" + count + "M30S" : null;
            default -> null;
        };
    }

    private static String duration(int count, String code, String unit) {
        String n = count < 0 ? "X" : String.valueOf(count);
        return switch (code) {
            case "S" -> "PT" + n + "S";
            case "H" -> "PT" + n + "H";
            case "M" -> unit.startsWith("minute") ? "PT" + n + "M" : "P" + n + "M";
            case "WE" -> "P" + n + "WE";
            case "Q" -> "P" + n + "Q";
            case "DE" -> count < 0 ? "PXY" : "P" + 10 * count + "Y";
            case "CE" -> count < 0 ? "PXCE" : "P" + 100 * count + "Y";
            default -> "P" + n + code;
        };
    }

    // ---- sets, seasons, quarters, references, clock times --------------------------------

    /** "for weeks", "in recent years", "within days": an unspecified stretch of time. */
    private Found bareUnits(int i, String w) {
        String code = UNITS.get(w);
        if (code == null || !w.endsWith("s")) {
            return null;
        }
        String before = wordBefore(i);
        if (theYears(i, code)) {
            return new Found(i + 1, Timex.DURATION, "PXY", false);
        }
        if (before == null || !Set.of("for", "recent", "within", "past", "coming", "last", "several", "many").contains(before)) {
            return null;
        }
        return new Found(i + 1, Timex.DURATION, duration(-1, code, w), false);
    }

    /**
     * "over the years", "in the years that followed", "in the early years", "through the decades": years
     * or decades after "the" (or "the early", "the later") and before no number are a stretch of
     * time of unknown length. Not "the years 1990 to 1995" (those years are named), not a title
     * ("The Wonder Years"), and not days or weeks, which "the days before the vote" uses to date an
     * event rather than to say how long.
     */
    private boolean theYears(int i, String code) {
        if (!code.equals("Y") && !code.equals("DE") || Character.isUpperCase(t.text.charAt(t.start(i)))) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && t.type(k) == Tokens.SPACE) {
            k--;
        }
        if (k < 0 || t.type(k) != Tokens.WORD) {
            return false;
        }
        String before = lower(k);
        if (before.equals("early") || before.equals("later")) {
            before = wordBefore(k);
        }
        return "the".equals(before) && t.type(t.skipSpace(i + 1)) != Tokens.NUM;
    }

    /** Whether the article at {@code i} follows "as long as" or "as much as" ("as long as a month or two"). */
    private boolean asLongAs(int i) {
        int as = i - 1;
        while (as > 0 && t.type(as) == Tokens.SPACE) {
            as--;
        }
        if (!lower(as).equals("as")) {
            return false;
        }
        String before = wordBefore(as);
        return "long".equals(before) || "much".equals(before) || "little".equals(before);
    }

    private Found set(int i, String w) {
        switch (w) {
            case "hourly" -> {
                return new Found(i + 1, Timex.SET, "PT1H", false);
            }
            case "daily" -> {
                return new Found(i + 1, Timex.SET, "P1D", false);
            }
            case "weekly" -> {
                return new Found(i + 1, Timex.SET, "P1W", false);
            }
            case "monthly" -> {
                return new Found(i + 1, Timex.SET, "P1M", false);
            }
            case "yearly", "annually", "annual" -> {
                return w.equals("annual") ? null : new Found(i + 1, Timex.SET, "P1Y", false);
            }
            case "every", "each" -> {
                int k = t.skipSpace(i + 1);
                DayOfWeek day = weekdayWord(k);
                if (day != null) {
                    return new Found(k + 1, Timex.SET, "XXXX-WXX-" + day.getValue(), false);
                }
                if (t.type(k) == Tokens.WORD && UNITS.containsKey(lower(k)) && !lower(k).endsWith("s")) {
                    return new Found(k + 1, Timex.SET, duration(1, UNITS.get(lower(k)), lower(k)), false);
                }
                if (t.type(k) == Tokens.WORD && PARTS_OF_DAY.containsKey(lower(k))) {
                    return new Found(k + 1, Timex.SET, "XXXX-XX-XXT" + PARTS_OF_DAY.get(lower(k)), false);
                }
                int m = month(k);
                if (m > 0) {
                    // "each July", "every March": that month of every year; "every July 4": that day.
                    int d = t.skipSpace(t.isChar(k + 1, '.') ? k + 2 : k + 1);
                    if (t.type(d) != Tokens.NUM) {
                        return new Found(k + 1, Timex.SET, String.format(Locale.ROOT, "XXXX-%02d", m), false);
                    }
                    int n = t.num(d);
                    return t.length(d) > 2 || n < 1 || n > 31 ? null
                            : new Found(d + 1, Timex.SET, String.format(Locale.ROOT, "XXXX-%02d-%02d", m, n), false);
                }
                if (t.type(k) == Tokens.WORD && SEASONS.containsKey(lower(k))) {
                    // "every summer", "each winter".
                    return new Found(k + 1, Timex.SET, "XXXX-" + SEASONS.get(lower(k)), false);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private Found season(int i, String w) {
        int shift = 0;
        int j = i;
        boolean determined = false;
        boolean thisPast = false;
        if (w.equals("this") && lower(t.skipSpace(i + 1)).equals("past")) {
            // "this past spring": the latest one begun, like a bare season.
            thisPast = true;
            j = t.skipSpace(t.skipSpace(i + 1) + 1);
        } else if (w.equals("this") || w.equals("last") || w.equals("next") || w.equals("past") || w.equals("coming")) {
            shift = w.equals("this") ? 0 : w.equals("next") || w.equals("coming") ? 1 : -1;
            j = t.skipSpace(i + 1);
            determined = true;
        }
        // Every season's name has four to six letters: no string is made for the other words.
        if (t.type(j) != Tokens.WORD || t.length(j) < 4 || t.length(j) > 6 || !SEASONS.containsKey(t.str(j))) {
            return null;
        }
        String code = SEASONS.get(t.str(j));
        int k = t.skipSpace(j + 1);
        if (t.type(k) == Tokens.WORD && lower(k).equals("of") && isYear(t.skipSpace(k + 1))) {
            int y = t.skipSpace(k + 1);
            return new Found(y + 1, Timex.DATE, t.num(y) + "-" + code, false);
        }
        if (isYear(k)) {
            return new Found(k + 1, Timex.DATE, t.num(k) + "-" + code, false);
        }
        int[] spoken = t.type(k) == Tokens.WORD && lower(k).equals("of") ? spokenYearAt(t.skipSpace(k + 1), false) : null;
        if (spoken != null) {
            return new Found(spoken[0], Timex.DATE, spoken[1] + "-" + code, false);
        }
        if (!determined) {
            String before = wordBefore(i);
            if (!thisPast && (before == null || !Set.of("in", "the", "during", "this", "by", "until", "since", "early", "late").contains(before))) {
                return null;
            }
            if (anchor == null) {
                return new Found(j + 1, Timex.DATE, "XXXX-" + code, false);
            }
            // A season named alone is the latest one begun by the anchor, or the next one when
            // the sentence speaks of the future.
            int y = anchor.getYear();
            if (bounds(Timex.DATE, y + "-" + code)[0].isAfter(anchor)) {
                y--;
            }
            if (!thisPast && future(i, j + 1)) {
                y++;
            }
            return new Found(j + 1, Timex.DATE, y + "-" + code, true);
        }
        if (anchor == null) {
            return new Found(j + 1, Timex.DATE, "XXXX-" + code, false);
        }
        return new Found(j + 1, Timex.DATE, (anchor.getYear() + shift) + "-" + code, true);
    }

    private Found quarter(int i, String w) {
        int q = switch (w) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final" -> 4;
            default -> 0;
        };
        if (q == 0) {
            return null;
        }
        int k = t.isChar(i + 1, '-') ? i + 2 : t.skipSpace(i + 1);
        if (t.type(k) != Tokens.WORD || !(lower(k).equals("quarter") || lower(k).equals("half"))) {
            return null;
        }
        boolean half = lower(k).equals("half");
        if (half && q > 2) {
            return null;
        }
        String code = half ? "H" + q : "Q" + q;
        int end = k + 1;
        int o = t.skipSpace(end);
        if (t.type(o) == Tokens.WORD && lower(o).equals("of") && isYear(t.skipSpace(o + 1))) {
            int y = t.skipSpace(o + 1);
            return new Found(y + 1, Timex.DATE, t.num(y) + "-" + code, false);
        }
        if (anchor == null) {
            return new Found(end, Timex.DATE, "XXXX-" + code, false);
        }
        return new Found(end, Timex.DATE, anchor.getYear() + "-" + code, true);
    }

    /** The quarter {@code q} names, a year before: a comparison, which moves no reference. */
    private Found yearEarlier(Found q) {
        compared = true;
        String year = q.value().substring(0, 4);
        if (!year.chars().allMatch(Character::isDigit)) {
            // Without an anchor the quarter's year is unknown ("XXXX-Q1"), and so is the year before.
            return new Found(q.end(), Timex.DATE, q.value(), q.anchored());
        }
        int y = Integer.parseInt(year);
        return new Found(q.end(), Timex.DATE, (y - 1) + q.value().substring(4), q.anchored());
    }

    /**
     * The reporting periods of business news: "the quarter", "the latest quarter", "that quarter"
     * and "the latest period" are the quarter last named; "the year-earlier quarter", "the year-ago
     * period" and a bare "year-earlier" or "year-ago" are that quarter a year before.
     */
    private Found reportingPeriod(int i, String w) {
        if (w.equals("year")) {
            int back = yearBack(i);
            if (back < 0) {
                return null;
            }
            int k = t.skipSpace(back);
            Found q = ordinalQuarter(k);
            if (q != null) {
                return yearEarlier(q);
            }
            if (t.type(k) == Tokens.WORD && (t.is(k, "quarter") || t.is(k, "period"))) {
                back = k + 1;
            }
            return new Found(back, Timex.DATE, yearBefore(), backAnchored);
        }
        if (!w.equals("the") && !w.equals("that")) {
            return null;
        }
        int j = t.skipSpace(i + 1);
        if (t.type(j) == Tokens.WORD && (lower(j).equals("comparable") || lower(j).equals("corresponding"))) {
            j = t.skipSpace(j + 1);
        }
        if (t.type(j) != Tokens.WORD) {
            return null;
        }
        if (w.equals("the") && t.is(j, "year") && !t.isChar(j + 1, '-')) {
            // "the year ended Sept. 30": a fiscal year, named by its length.
            int k = t.skipSpace(j + 1);
            String next = t.type(k) == Tokens.WORD ? lower(k) : "";
            return next.equals("ended") || next.equals("ending") ? new Found(j + 1, Timex.DURATION, "P1Y", false) : null;
        }
        int back = lower(j).equals("year") ? yearBack(j) : -1;
        if (back >= 0) {
            int k = t.skipSpace(back);
            Found q = ordinalQuarter(k);
            if (q != null) {
                return yearEarlier(q);
            }
            if (t.type(k) == Tokens.WORD && (t.is(k, "quarter") || t.is(k, "period")) && !t.isChar(k + 1, '-')) {
                return new Found(k + 1, Timex.DATE, yearBefore(), backAnchored);
            }
            return null;
        }
        boolean latest = lower(j).equals("latest");
        if (latest) {
            j = t.skipSpace(j + 1);
        }
        if (t.type(j) != Tokens.WORD || t.isChar(j + 1, '-')
                || !(t.is(j, "quarter") || latest && t.is(j, "period"))) {
            return null;
        }
        pointedBack = true;
        compared = true;
        if (said.lastQuarter != null) {
            return new Found(j + 1, Timex.DATE, said.lastQuarter, said.lastQuarterAnchored);
        }
        return new Found(j + 1, Timex.DATE, (anchor == null ? "XXXX" : String.valueOf(anchor.getYear())) + "-QX", anchor != null);
    }

    /**
     * Days and years named by the date the text last named: "that day", "earlier that day", "that
     * same day", "the same day", "later that year", "that month", "the next morning", "the
     * following day", "the following year", "the previous day", "the preceding year", and a part
     * of that day, "that night", "later that evening". Without an earlier date, only "the previous
     * day" (or "the preceding day") is read, against the article's own date, as "yesterday" is.
     */
    private Found sameOrFollowing(int i, String w) {
        // Every form starts with one of these words; testing it first spares the date check at every other word.
        if (!w.equals("that") && !w.equals("the") && !w.equals("earlier") && !w.equals("later")) {
            return null;
        }
        String last = said.lastDate;
        boolean lastAnchored = said.lastDateAnchored;
        // Without an earlier date, "the previous day" counts from the article's own date, as
        // "yesterday" does ("a shooting that had taken place the previous day").
        boolean fromAnchor = false;
        if (last != null && !isYearMonthDay(last)) {
            return null;
        }
        if (last == null) {
            if (anchor == null || !w.equals("the")) {
                return null;
            }
            last = anchor.toString();
            lastAnchored = true;
            fromAnchor = true;
        }
        int j = i;
        if (w.equals("earlier") || w.equals("later")) {
            j = t.skipSpace(i + 1);
            if (!lower(j).equals("that")) {
                return null;
            }
        }
        int shift;
        int k;
        String lead = lower(j);
        if (lead.equals("that")) {
            shift = 0;
            k = t.skipSpace(j + 1);
            if (lower(k).equals("same")) {
                k = t.skipSpace(k + 1);
            }
        } else if (lead.equals("the")) {
            k = t.skipSpace(j + 1);
            String which = lower(k);
            if (!which.equals("same") && !which.equals("following") && !which.equals("next")
                    && !which.equals("previous") && !which.equals("preceding")) {
                return null;
            }
            shift = which.equals("same") ? 0 : which.equals("previous") || which.equals("preceding") ? -1 : 1;
            k = t.skipSpace(k + 1);
            if (fromAnchor && (shift != -1 || !lower(k).equals("day"))) {
                // "the same day" and "the following year" need a date named before them; so does "the
                // next day": told of the past ("died the next day"), it counts from a happening the text
                // names, which cannot lie after the article's date.
                return null;
            }
            if (which.equals("next") && !lower(k).equals("day") && !lower(k).equals("morning")) {
                // "the next year" is the anchor's next year, read elsewhere.
                return null;
            }
        } else {
            return null;
        }
        if (t.type(k) != Tokens.WORD || !t.str(k).equals(lower(k))) {
            return null;
        }
        String unit = lower(k);
        String value;
        // "that night", "later that evening": a part of the day the text last named ("that morning" is the day).
        String part = shift == 0 && lead.equals("that") && !unit.equals("morning") ? PARTS_OF_DAY.get(unit) : null;
        if (part != null && last.length() == 10) {
            pointedBack = true;
            return new Found(k + 1, Timex.TIME, last + "T" + part, said.lastDateAnchored);
        }
        switch (unit) {
            case "day", "morning" -> {
                if (last.length() != 10) {
                    return null;
                }
                value = LocalDate.parse(last).plusDays(shift).toString();
            }
            case "month" -> {
                if (last.length() < 7) {
                    return null;
                }
                value = YearMonth.parse(last.substring(0, 7)).plusMonths(shift).toString();
            }
            case "year" -> value = shiftYears(last.substring(0, 4), shift);
            default -> {
                return null;
            }
        }
        pointedBack = true;
        return new Found(k + 1, Timex.DATE, value, lastAnchored);
    }

    /** The token after "year-earlier" or "year-ago" starting at {@code i}, or -1. */
    private int yearBack(int i) {
        if (!t.isChar(i + 1, '-') || t.type(i + 2) != Tokens.WORD) {
            return -1;
        }
        String w = lower(i + 2);
        return w.equals("earlier") || w.equals("ago") ? i + 3 : -1;
    }

    /** A year before the quarter last named, else before the last date, else before the anchor's year. */
    private String yearBefore() {
        pointedBack = true;
        compared = true;
        if (said.lastQuarter != null) {
            backAnchored = said.lastQuarterAnchored;
            return shiftYears(said.lastQuarter, -1);
        }
        return yearsFromLast(-1);
    }

    private String yearsFromLast(int years) {
        pointedBack = true;
        compared = true;
        if (said.lastDate != null) {
            backAnchored = said.lastDateAnchored;
            return shiftYears(said.lastDate, years);
        }
        backAnchored = anchor != null;
        return anchor == null ? "XXXX" : String.valueOf(anchor.getYear() + years);
    }

    /** A calendar value moved by whole years, at its own precision ("1989-Q3" -> "1988-Q3"). */
    static String shiftYears(String value, int years) {
        int y = Integer.parseInt(value.substring(0, 4)) + years;
        String rest = value.substring(4);
        if (rest.equals("-02-29")) {
            rest = "-02-28";
        }
        return String.format(Locale.ROOT, "%04d", y) + rest;
    }

    /** "third quarter", "second-quarter", "first half" at {@code k}, resolved like {@link #quarter}. */
    private Found ordinalQuarter(int k) {
        if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUM) {
            return null;
        }
        return quarter(k, lower(k));
    }

    /** "the 20th century" -> 19. */
    private Found century(int i) {
        if (t.type(i) != Tokens.NUM || t.length(i) > 2 || t.type(i + 1) != Tokens.WORD) {
            return null;
        }
        String suffix = lower(i + 1);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return null;
        }
        int k = t.isChar(i + 2, '-') ? i + 3 : t.skipSpace(i + 2);
        if (!lower(k).equals("century")) {
            return null;
        }
        int n = t.num(i);
        return n < 1 || n > 22 ? null : new Found(k + 1, Timex.DATE, String.format(Locale.ROOT, "%02d", n - 1), false);
    }

    private Found reference(int i, String w) {
        switch (w) {
            case "now", "currently", "nowadays" -> {
                return new Found(i + 1, Timex.DATE, "PRESENT_REF", false);
            }
            case "recently", "lately" -> {
                return new Found(i + 1, Timex.DATE, "PAST_REF", false);
            }
            case "past", "future" -> {
                if (!"the".equals(wordBefore(i))) {
                    return null;
                }
                int k = t.skipSpace(i + 1);
                int the = i - 1;
                while (the > 0 && t.type(the) == Tokens.SPACE) {
                    the--;
                }
                String preposition = wordBefore(the);
                // "in the future is", "about the future and"; "the past" is often "the past week".
                boolean time = w.equals("future") && preposition != null && BEFORE_REFERENCE.contains(preposition)
                        && !(t.type(k) == Tokens.WORD && lower(k).equals("of"));
                if (!time && (t.type(k) == Tokens.WORD || t.type(k) == Tokens.NUM)) {
                    return null;
                }
                return new Found(i + 1, Timex.DATE, w.equals("past") ? "PAST_REF" : "FUTURE_REF", false);
            }
            default -> {
                return null;
            }
        }
    }

    private Found clockTime(int i, String w) {
        String hm;
        int end;
        if (w.equals("noon") || w.equals("midday") || w.equals("midnight")) {
            if (w.equals("noon") && "high".equals(wordBefore(i))) {
                // "high noon": a showdown, not a time of day.
                return null;
            }
            hm = w.equals("midnight") ? "24:00" : "12:00";
            end = i + 1;
        } else {
            if (t.type(i) != Tokens.NUM) {
                return null;
            }
            LocalTime[] time = new LocalTime[1];
            end = dates.timeAt(i, time);
            if (end < 0) {
                end = hourOfPartOfDay(i, time);
            }
            // "10:35 a.m. (0735 GMT)": a time in brackets restates the one before it in another zone.
            if (end < 0 && !t.isPunctIn(i - 1, "(") && (time[0] = zonedFourDigitTime(i)) != null) {
                end = i + 1;
            }
            if (end < 0) {
                return null;
            }
            hm = hm(time[0]);
        }
        // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": the time of that day.
        int k = t.skipSpace(end);
        if (t.type(k) == Tokens.WORD && TimeZones.isAbbreviation(t.str(k))) {
            k = t.skipSpace(k + 1);
        }
        if (t.type(k) == Tokens.WORD && (lower(k).equals("on") || lower(k).equals("this"))) {
            k = t.skipSpace(k + 1);
        }
        Found day = weekday(k, lower(k), i);
        if (day == null) {
            day = explicitDate(k);
        }
        if (day == null && t.type(k) == Tokens.WORD) {
            // "11 p.m. yesterday", "at 6 a.m. tomorrow": the time of that day, as "10 p.m. Wednesday"
            // is, not of the article's own day. A part of the day after it ("2 a.m. yesterday
            // morning", "1 a.m. last night") is left as it was read: which day a night's small hours
            // fall on is not said.
            Found deictic = deicticDay(k, lower(k));
            day = deictic != null && deictic.type().equals(Timex.DATE) ? deictic : null;
        }
        if (day != null && day.type().equals(Timex.DATE) && ISO_DAY_FIRST.matcher(day.value()).matches()) {
            LocalDate d = day.earliest() != null ? day.earliest() : LocalDate.parse(day.value().substring(0, 10));
            return new Found(day.end(), Timex.TIME, day.value().substring(0, 10) + "T" + hm, day.anchored(), d, d);
        }
        if (day != null && day.value().startsWith("XXXX")) {
            return new Found(day.end(), Timex.TIME, day.value() + "T" + hm, false);
        }
        LocalDate later = dayLaterInClause(k, i);
        if (later != null) {
            // "at 09:10 hours (0440 GMT) on Monday": the day comes after an aside.
            return new Found(end, Timex.TIME, later + "T" + hm, true, later, later);
        }
        if (said.lastDate != null && said.lastDate.length() == 10) {
            // A bare clock time is on the day the text last named ("On Oct. 23 ... at 10 p.m.").
            LocalDate d = LocalDate.parse(said.lastDate);
            pointedBack = true;
            return new Found(end, Timex.TIME, d + "T" + hm, said.lastDateAnchored, d, d);
        }
        return anchor == null ? new Found(end, Timex.TIME, "XXXX-XX-XXT" + hm, false)
                : new Found(end, Timex.TIME, anchor + "T" + hm, true, anchor, anchor);
    }

    /**
     * A 24-hour time written as four digits before a time zone, as wire copy writes it ("at about
     * 2045 GMT", "(0440 GMT)", "1353 local time"): the time, or null. Without the zone, four digits are a year or a count.
     */
    private LocalTime zonedFourDigitTime(int i) {
        if (t.type(i) != Tokens.NUM || t.length(i) != 4 || t.isPunctIn(i - 1, ".,:/$")) {
            return null;
        }
        int hour = t.num(i) / 100;
        int minute = t.num(i) % 100;
        int k = t.skipSpace(i + 1);
        if (k == i + 1 || hour > 23 || minute > 59 || t.type(k) != Tokens.WORD) {
            return null;
        }
        boolean local = lower(k).equals("local") && lower(t.skipSpace(k + 1)).equals("time");
        if (!local && !TimeZones.isAbbreviation(t.str(k))) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    /**
     * "4 in the morning", "9 in the evening", "11 at night": an hour from 1 to 12 said with its part
     * of the day. Returns the end of the expression and sets {@code out[0]}, or -1.
     */
    private int hourOfPartOfDay(int i, LocalTime[] out) {
        if (t.length(i) > 2 || t.num(i) < 1 || t.num(i) > 12 || t.isPunctIn(i - 1, ".,:/$")) {
            return -1;
        }
        int hour = t.num(i) % 12;
        int k = t.skipSpace(i + 1);
        String first = lower(k);
        int part = first.equals("in") || first.equals("at") ? t.skipSpace(k + 1) : -1;
        if (part < 0) {
            return -1;
        }
        if (first.equals("in") && lower(part).equals("the")) {
            part = t.skipSpace(part + 1);
            switch (lower(part)) {
                case "morning" -> { }
                case "afternoon", "evening" -> hour += 12;
                default -> {
                    return -1;
                }
            }
        } else if (first.equals("at") && lower(part).equals("night")) {
            if (hour >= 6) {
                hour += 12;
            }
        } else {
            return -1;
        }
        out[0] = LocalTime.of(hour, 0);
        return part + 1;
    }

    /**
     * The day of a weekday named within the next few tokens after an aside in parentheses or a
     * word like "hours", before any comma or sentence end; null if none or without an anchor.
     */
    private LocalDate dayLaterInClause(int k, int from) {
        if (anchor == null) {
            return null;
        }
        for (int p = k, words = 0; p < t.size() && words < 6; p++) {
            if (t.isPunctIn(p, ",;") || sentenceEnd(p)) {
                return null;
            }
            if (t.type(p) != Tokens.WORD) {
                continue;
            }
            words++;
            if (weekdayWord(p) != null) {
                Found day = weekday(p, lower(p), from);
                return day == null || day.earliest() == null ? null : day.earliest();
            }
        }
        return null;
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Whether the word at {@code i} starts with a capital and goes on in lower case ("Week", not "WEEK"). */
    private boolean capitalised(int i) {
        return Character.isUpperCase(t.text.charAt(t.start(i))) && Character.isLowerCase(t.text.charAt(t.end(i) - 1));
    }

    /** Whether the line around {@code i} is a headline in title case: no word of four letters or more starts in lower case. */
    private boolean titleCaseLine(int i) {
        for (int step : new int[] {-1, 1}) {
            for (int k = i, seen = 0; k >= 0 && k < t.size() && seen < 40; k += step, seen++) {
                if (t.hasNewline(k)) {
                    break;
                }
                if (t.type(k) == Tokens.WORD && t.length(k) >= 4 && Character.isLowerCase(t.text.charAt(t.start(k)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the token at {@code i} is the first word of its sentence or line. */
    private boolean opensSentence(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (t.type(k) == Tokens.WORD || t.type(k) == Tokens.NUM) {
                return false;
            }
            if (sentenceEnd(k) || t.hasNewline(k)) {
                return true;
            }
        }
        return true;
    }

    private String lower(int i) {
        return t.lower(i);
    }

    private String wordBefore(int i) {
        int k = i - 1;
        while (k >= 0 && t.type(k) == Tokens.SPACE) {
            k--;
        }
        if (k >= 0 && t.isChar(k, '-')) {
            k--;
        }
        return k >= 0 && t.type(k) == Tokens.WORD ? lower(k) : null;
    }

    private int month(int i) {
        if (t.type(i) != Tokens.WORD || !Character.isUpperCase(t.text.charAt(t.start(i)))) {
            return 0;
        }
        return switch (lower(i)) {
            case "january", "jan" -> 1;
            case "february", "feb" -> 2;
            case "march", "mar" -> 3;
            case "april", "apr" -> 4;
            case "may" -> 5;
            case "june", "jun" -> 6;
            case "july", "jul" -> 7;
            case "august", "aug" -> 8;
            case "september", "sep", "sept" -> 9;
            case "october", "oct" -> 10;
            case "november", "nov" -> 11;
            case "december", "dec" -> 12;
            default -> 0;
        };
    }

    private DayOfWeek weekdayWord(int i) {
        if (t.type(i) != Tokens.WORD || !Character.isUpperCase(t.text.charAt(t.start(i)))) {
            return null;
        }
        return switch (lower(i)) {
            case "monday" -> DayOfWeek.MONDAY;
            case "tuesday" -> DayOfWeek.TUESDAY;
            case "wednesday" -> DayOfWeek.WEDNESDAY;
            case "thursday" -> DayOfWeek.THURSDAY;
            case "friday" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    private LocalDate nearest(int month, int day) {
        return nearestTo(anchor, month, day);
    }

    /** The date with this month and day whose year puts it nearest to {@code anchor}. */
    public static LocalDate nearestTo(LocalDate anchor, int month, int day) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (month == 2 && day == 29 && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(anchor, d)) < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The date with this month and day that falls on {@code weekday} ("Tuesday, March 4"): near the
     * anchor its nearest occurrence only, farther away in the anchor's year, the one before or the
     * one after; {@code null} when none does (see {@link WeekdayReading#withWrittenWeekday}).
     */
    public static LocalDate withWrittenWeekday(LocalDate anchor, int month, int day, DayOfWeek weekday) {
        return WeekdayReading.withWrittenWeekday(anchor, month, day, weekday);
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String hm(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** The days a DATE value covers, or null for references, unresolved values and durations. */
    static LocalDate[] bounds(String type, String value) {
        if (!type.equals(Timex.DATE) && !type.equals(Timex.TIME) || value.startsWith("X") || value.endsWith("_REF")) {
            return null;
        }
        try {
            if (FULL_DATE_ON.matcher(value).matches()) {
                LocalDate d = LocalDate.parse(value.substring(0, 10));
                return new LocalDate[] {d, d};
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                YearMonth m = YearMonth.parse(value);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (YEAR.matcher(value).matches()) {
                int y = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (THREE_DIGITS.matcher(value).matches()) {
                int y = Integer.parseInt(value) * 10;
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)};
            }
            if (QUARTER.matcher(value).matches()) {
                int y = Integer.parseInt(value.substring(0, 4));
                int q = value.charAt(6) - '0';
                LocalDate first = LocalDate.of(y, 3 * q - 2, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            if (SEASON_OF_YEAR.matcher(value).matches()) {
                int y = Integer.parseInt(value.substring(0, 4));
                int startMonth = switch (value.substring(5)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate first = LocalDate.of(y, startMonth, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
