package org.crosscheck.claims;

/**
 * A temporal expression in the article's text, normalized the TIMEX3 way ({@code type} DATE,
 * TIME, DURATION or SET; {@code value} such as {@code 2021-04-12}, {@code 2021-W14}, {@code P3D}).
 * A relative expression records the {@code anchor} it was resolved against. {@code earliest} and
 * {@code latest} are the epoch days it can mean, both {@link #NO_DAY} when it has no calendar
 * extent; {@code mod} is {@code START} for an interval open towards the anchor ("since 2014").
 * {@code borrowed} says the anchor was not the document's own timestamp but a date lent by its
 * story: such a value is crosscheck's inference, not the source's claim. {@code event} is set on
 * the date a document gives for the event it reports, once stories are grouped.
 * {@code mainHappening} is the kind of the document's main happening when this date is the first
 * of its value that its document gives for that happening (see {@code extract.MainHappening}), else null.
 * {@code about} is the kind of happening the date's own clause tells of, and {@code participants}
 * the people that clause names (folded full names, sorted), when the clause names both and the
 * document gives no other date for a happening of that kind of those people ("Gigante was indicted
 * in 1969": an indictment of Vincent Gigante); else null and empty (see {@code extract.Mentions}).
 * {@code party} is the other party of a happening of two parties that the date's sentence tells of
 * ("met with the Gendran envoy", "visited Telmar", "talks with Ida Marsh"), folded, or null
 * ({@link OtherParty}): one person meets many, and each meeting is its own happening.
 */
public record DateClaim(
        String document,
        Span span,
        String text,
        String type,
        String value,
        String mod,
        String anchor,
        boolean borrowed,
        long earliest,
        long latest,
        String event,
        String mainHappening,
        String about,
        java.util.List<String> participants,
        String party) implements Claim {

    public DateClaim {
        participants = participants == null ? java.util.List.of() : java.util.List.copyOf(participants);
    }

    /** A date whose sentence names no other party of a happening of two ({@code party} null). */
    public DateClaim(String document, Span span, String text, String type, String value, String mod, String anchor,
                     boolean borrowed, long earliest, long latest, String event, String mainHappening, String about,
                     java.util.List<String> participants) {
        this(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, event, mainHappening, about,
                participants, null);
    }

    public static final long NO_DAY = Long.MIN_VALUE;

    @Override
    public String kind() {
        return "date";
    }

    /** Whether the claim names days of the calendar (a resolved DATE or TIME). */
    public boolean onCalendar() {
        return earliest != NO_DAY;
    }

    /** Whether the claim names one day (or two adjacent ones). */
    public boolean dayPrecise() {
        return onCalendar() && latest - earliest <= 1;
    }

    /** Whether the value was resolved against an anchor date rather than written in full. */
    public boolean anchored() {
        return anchor != null;
    }

    public DateClaim withEvent(String newEvent) {
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, newEvent,
                mainHappening, about, participants, party);
    }

    public DateClaim withMainHappening(String kind) {
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, event, kind,
                about, participants, party);
    }

    /** This date as the date of a happening of {@code kind} that its clause tells of, with the people it names. */
    public DateClaim withAbout(String kind, java.util.List<String> people) {
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, event,
                mainHappening, kind, people, party);
    }

    /** This date with {@code newParty} as the other party of the happening its sentence tells of. */
    public DateClaim withParty(String newParty) {
        return new DateClaim(document, span, text, type, value, mod, anchor, borrowed, earliest, latest, event,
                mainHappening, about, participants, newParty);
    }

    /**
     * Whether both dates' sentences name the other party of a happening of two and the parties
     * differ ({@link OtherParty#differ}): "met Ravi Sandu on Monday" and "met Ida Marsh on Wednesday"
     * date two meetings, not one.
     */
    public boolean otherPartyThan(DateClaim o) {
        return party != null && o.party != null && OtherParty.differ(party, o.party);
    }

    /** Whether both dates were written in full, or both read against the same anchor. */
    public boolean sameAnchorAs(DateClaim o) {
        return java.util.Objects.equals(anchor, o.anchor);
    }

    /**
     * Whether two one-day dates cannot be the same day: more than a day apart, or a day apart
     * when both name their day (a weekday, a day of a month). "Yesterday" and "today" move with
     * the hour and zone the article was stamped in; "Thursday" and "Friday" do not.
     */
    public boolean cannotBeTheDayOf(DateClaim o) {
        if (!dayPrecise() || !o.dayPrecise()) {
            return false;
        }
        long gap = Math.max(earliest - o.latest, o.earliest - latest);
        return gap > 1 || gap == 1 && namesItsDay() && o.namesItsDay();
    }

    private static final java.util.regex.Pattern DAY_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    /** Whether the words name the day: a weekday, or a day of a month. */
    public boolean namesItsDay() {
        return DAY_NAME.matcher(text).find();
    }

    /** The value of a weekday of no known week: "XXXX-WXX-2", a Tuesday. */
    private static final java.util.regex.Pattern WEEKDAY_VALUE = java.util.regex.Pattern.compile("^XXXX-WXX-([1-7])$");
    /** Words that count a day from another happening ("nine days after", "a week following"). */
    private static final java.util.regex.Pattern COUNTED_FROM = java.util.regex.Pattern.compile("(?i)\\b(?:after|following)\\b");
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final java.util.regex.Pattern MONTH_OR_NUMBER = java.util.regex.Pattern.compile(
            "(?i)\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\\b\\.?");
    private static final java.util.regex.Pattern DAY_PART = java.util.regex.Pattern.compile(
            "(?i)\\b(?:late|early|night|evening|morning|afternoon|midnight|overnight)\\b");

    /**
     * Whether a word names a part of the day that the comparison of two days a day apart reads
     * ("late", "early", "night", "morning"): a weekday with it beside may be reported as the day
     * before or after ("late Thursday", "early Friday").
     */
    public static boolean partOfDay(String word) {
        return DAY_PART.matcher(word).matches();
    }

    /** Whether the words say a part of the day ({@link #partOfDay}: "late Thursday", "Friday night"). */
    public boolean saysPartOfDay() {
        return DAY_PART.matcher(text).find();
    }

    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    /**
     * Whether the words name a month and a day ("November 18", "6 December", "Dec. 6, 2008"), one day
     * of the calendar: in an undated report the year is lent by the story, but the month and day are
     * the source's own, and can be set against another source's month and day.
     */
    public boolean monthDay() {
        return monthDayOf() != null && MONTH_DAY.matcher(text).find();
    }

    private static final java.util.regex.Pattern ONE_DAY = java.util.regex.Pattern.compile("^(?:\\d{4}|XXXX)-(\\d{2})-(\\d{2})$");

    /** The month and day of a date that names one day, its year known or not ("XXXX-11-18"), else null. */
    java.time.MonthDay monthDayOf() {
        java.util.regex.Matcher m = ONE_DAY.matcher(value);
        if (!m.matches() || onCalendar() && earliest != latest) {
            return null;
        }
        try {
            return java.time.MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Whether two dates that name a month and a day ({@link #monthDay}), one or both with a year
     * lent by the story, disagree by their month and day: set in one year, they are not the same day
     * but lie at most {@value #MENTION_DAYS} days apart ("November 18" and "November 19"; a day apart
     * only with no part of the day beside either, as for weekdays). The lent year says nothing.
     */
    boolean monthDaysDisagree(DateClaim o) {
        // Set in a leap year, so that February 29 is a day; a year either side for December against January.
        java.time.LocalDate a = monthDayOf().atYear(2000);
        long gap = Long.MAX_VALUE;
        for (int year = 1999; year <= 2001; year++) {
            gap = Math.min(gap, Math.abs(o.monthDayOf().atYear(year).toEpochDay() - a.toEpochDay()));
        }
        if (gap == 0 || gap > MENTION_DAYS) {
            return false;
        }
        return gap > 1 || !DAY_PART.matcher(text).find() && !DAY_PART.matcher(o.text).find();
    }

    /**
     * The weekday the words name when they name a weekday and no month or number ("on Tuesday"),
     * else null. Words that name no weekday but give a day counted from one ("nine days after
     * suffering a heart attack", after "died Thursday": a Tuesday, see {@code extract.LaterDates})
     * have that weekday as their value ({@code XXXX-WXX-2}) and no calendar day: it is theirs.
     */
    public java.time.DayOfWeek weekdayOnly() {
        java.util.regex.Matcher m = WEEKDAY.matcher(text);
        if (!m.find()) {
            java.util.regex.Matcher v = WEEKDAY_VALUE.matcher(value == null ? "" : value);
            return v.matches() && !onCalendar() && COUNTED_FROM.matcher(text).find() ? java.time.DayOfWeek.of(Integer.parseInt(v.group(1))) : null;
        }
        if (MONTH_OR_NUMBER.matcher(text).find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().toLowerCase(java.util.Locale.ROOT).startsWith(w)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The date as a message shows it: its value, or "a Friday" for a bare weekday that was read
     * against no date or against a date the story lent ("on Friday" in a report without a
     * timestamp): its day, if any, crosscheck inferred and the source never gave. A month and day
     * ("November 18") or a month ("in May") whose year the story lent, the words naming none, is
     * shown without the year ("November 18", "May"): a report of 2008 grouped with one of 2011 is
     * not dated 2011 by its source, and only its month and day are compared ({@link #monthDaysDisagree}).
     */
    public String shown() {
        java.time.DayOfWeek w = borrowed || !onCalendar() ? weekdayOnly() : null;
        if (w != null) {
            return "a " + org.crosscheck.text.Capitals.words(w.name().toLowerCase(java.util.Locale.ROOT));
        }
        String lentYear = borrowed && !NAMED_YEAR.matcher(text).find() ? withoutYear() : null;
        return lentYear == null ? value : lentYear;
    }

    /** A year the words write ("2008", "'08"): a year that is the source's own, not lent. */
    private static final java.util.regex.Pattern NAMED_YEAR = java.util.regex.Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final java.util.regex.Pattern ONE_MONTH = java.util.regex.Pattern.compile("^\\d{4}-(\\d{2})$");
    private static final java.util.regex.Pattern MONTH_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    /** The month and day ("November 18") or the month ("May") the words name, written out, else null. */
    private String withoutYear() {
        if (monthDay()) {
            java.time.MonthDay d = monthDayOf();
            return monthName(d.getMonthValue()) + " " + d.getDayOfMonth();
        }
        java.util.regex.Matcher m = ONE_MONTH.matcher(value);
        if (m.matches() && MONTH_NAME.matcher(text).find()) {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? monthName(month) : null;
        }
        return null;
    }

    private static String monthName(int month) {
        return org.crosscheck.text.Capitals.words(java.time.Month.of(month).name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Kinds of happening that name one happening ({@code happening-families.tsv}): kind -> family
     * ("killing" -> "attack"). A kind not listed is its own family.
     */
    public static final java.util.Map<String, String> HAPPENING_FAMILIES =
            org.crosscheck.text.Lexicon.pairs(DateClaim.class, "happening-families.tsv");

    /**
     * The family of the happening {@link #about} names: the kind news may also name by another
     * word ("shot", "killed" and "shooting" tell of one attack); null when the date is tied to none.
     */
    public String family() {
        return familyOf(about);
    }

    /**
     * What {@link #about} opens with when a clock time is the time an alarm was raised about the
     * happening, not the time it began ("the fire was reported at 3:33 a.m.": "report of the fire").
     */
    public static final String ALARM = "report of the ";

    /** The family of a kind of happening ({@link #HAPPENING_FAMILIES}), an alarm's that of its happening; null for null. */
    public static String familyOf(String kind) {
        if (kind == null) {
            return null;
        }
        String k = kind.startsWith(ALARM) ? kind.substring(ALARM.length()) : kind;
        return HAPPENING_FAMILIES.getOrDefault(k, k);
    }

    /** How long after a happening began an alarm about it may be raised, in minutes (a fire found burning hours on). */
    static final long ALARM_AFTER_MINUTES = 6 * 60;

    /** Whether this clock time is the time an alarm was raised about its happening ({@link #ALARM}). */
    public boolean alarm() {
        return about != null && about.startsWith(ALARM);
    }

    /** Whether the two dates are tied to happenings of one family ({@link #family}). */
    public boolean sameFamilyAs(DateClaim o) {
        return about != null && family().equals(o.family());
    }

    /**
     * Whether the two dates name a happening of one family with a person in common ({@link #about},
     * {@link #family}), and not two other parties ({@link #otherPartyThan}).
     */
    public boolean sharesParticipantWith(DateClaim o) {
        if (!sameFamilyAs(o) || otherPartyThan(o)) {
            return false;
        }
        for (String p : participants) {
            if (oneOf(p, o.participants)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code name} is one of {@code names}: equal, one ends the other by whole words
     * ("mark felt" and "w. mark felt"), or the two differ only in an everyday form of the first
     * name ({@link #everydayForms}: "fred larue" and "frederick larue").
     */
    private static boolean oneOf(String name, java.util.List<String> names) {
        for (String n : names) {
            if (n.equals(name) || n.endsWith(" " + name) || name.endsWith(" " + n) || everydayForms(n, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two folded names of two words or more have the same words after the first, and first
     * names that are everyday forms of one name ({@link org.crosscheck.text.Transliteration#firstNameKey}:
     * Fred and Frederick, Dave and David).
     */
    static boolean everydayForms(String a, String b) {
        int i = a.indexOf(' ');
        int j = b.indexOf(' ');
        return i > 0 && j > 0 && a.substring(i).equals(b.substring(j))
                && org.crosscheck.text.Transliteration.firstNameKey(a.substring(0, i))
                        .equals(org.crosscheck.text.Transliteration.firstNameKey(b.substring(0, j)));
    }

    /**
     * Whether the two dates' clauses each name someone the other does not: "the Hawks signed Velko
     * on Monday" and "the Hawks signed Ortel on Wednesday" date two signings, not one, though both
     * name the team. A date whose clause names nobody, or only people the other's names too,
     * cannot be told apart this way, unless the two sentences name two other parties of a happening
     * of two ({@link #otherPartyThan}: "visited Telmar", "visited Orsk").
     */
    public boolean namesOthersThan(DateClaim o) {
        return namesSomeoneBesides(o.participants) && o.namesSomeoneBesides(participants) || otherPartyThan(o);
    }

    private boolean namesSomeoneBesides(java.util.List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String p : participants) {
            if (!oneOf(p, names)) {
                return true;
            }
        }
        return false;
    }

    /** The people both dates' clauses name, as an editor reads them ("Vincent Gigante"), joined by "and". */
    public String participantsWith(DateClaim o) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String p : participants) {
            if (!oneOf(p, o.participants)) {
                continue;
            }
            out.add(org.crosscheck.text.Capitals.words(p));
        }
        return String.join(" and ", out);
    }

    /**
     * The weekday of a day the words name in full ("Tuesday, December 9, 2008", "Dec. 6, 2008"),
     * read from the calendar; null when the words do not name their day, or when the day was
     * read against a date lent by the story.
     */
    public java.time.DayOfWeek writtenWeekday() {
        if (!onCalendar() || borrowed || earliest != latest || !namesItsDay()) {
            return null;
        }
        return java.time.LocalDate.ofEpochDay(earliest).getDayOfWeek();
    }

    /** Two days this far apart are two occasions (a deputy shot in 2005, a verdict of 2007), not one misdated. */
    static final long MENTION_DAYS = 14;
    /** The same for a month or a year ("indicted in 1969" against "in 1970"). */
    static final long MENTION_DAYS_COARSE = 366;

    /**
     * Whether two sources' dates for one happening cannot both be right. Dates the sources give
     * (written in full, or read against their own timestamps) disagree when they cannot be the
     * same day ({@link #cannotBeTheDayOf}) or, for months and years, share no day ("1969" and
     * "1970"), but lie close enough to be one occasion: days at most {@value #MENTION_DAYS} days
     * apart, months and years at most {@value #MENTION_DAYS_COARSE}. Two bare weekdays ("on Tuesday", "on Friday"), as undated articles give them,
     * disagree when they are two days or more apart, or next to each other with no part of the
     * day said ("late Thursday" may be reported as "early Friday"). A date crosscheck resolved
     * against a date lent by the story is compared by its weekday only, and a bare weekday
     * against a day written in full by that day's weekday ({@link #writtenWeekday}): "on Friday"
     * in an undated report against "on Tuesday, December 9".
     */
    public boolean mentionDisagreesWith(DateClaim o) {
        java.time.DayOfWeek w = weekdayOnly();
        java.time.DayOfWeek ow = o.weekdayOnly();
        boolean loose = borrowed || o.borrowed || !onCalendar() || !o.onCalendar();
        if (loose && (w == null) != (ow == null)) {
            w = w == null ? writtenWeekday() : w;
            ow = ow == null ? o.writtenWeekday() : ow;
            // A bare weekday ("on Friday") read against a date lent more than a year from the other
            // source's day was lent by a story of another year (reports of one stay in rehab in
            // 2008 grouped with another's in 2013): the lent day says nothing, the weekday is compared.
            boolean bare = borrowed && weekdayOnly() != null || o.borrowed && o.weekdayOnly() != null;
            long apart = Math.max(earliest - o.latest, o.earliest - latest);
            if (onCalendar() && o.onCalendar() && apart > MENTION_DAYS && !(bare && apart > MENTION_DAYS_COARSE)) {
                return false;
            }
        }
        if (w != null && ow != null && loose) {
            int gap = Math.abs(w.getValue() - ow.getValue());
            gap = Math.min(gap, 7 - gap);
            return gap > 1 || gap == 1 && !DAY_PART.matcher(text).find() && !DAY_PART.matcher(o.text).find();
        }
        if ((borrowed || o.borrowed || !onCalendar() || !o.onCalendar()) && monthDay() && o.monthDay()) {
            return monthDaysDisagree(o);
        }
        if (borrowed || o.borrowed || !onCalendar() || !o.onCalendar()) {
            return false;
        }
        long gap = Math.max(earliest - o.latest, o.earliest - latest);
        if (gap > (dayPrecise() && o.dayPrecise() ? MENTION_DAYS : MENTION_DAYS_COARSE)) {
            return false;
        }
        if (dayPrecise() && o.dayPrecise()) {
            return cannotBeTheDayOf(o) && (Math.max(earliest - o.latest, o.earliest - latest) > 1
                    || !DAY_PART.matcher(text).find() && !DAY_PART.matcher(o.text).find());
        }
        return earliest > o.latest || latest < o.earliest;
    }

    /**
     * Words written before a clock time that make it an interval, with the minutes they allow before
     * and after it ("about" 10 10), or "open" for words that bound it on one side only ("by").
     */
    public static final java.util.Map<String, String> CLOCK_HEDGES =
            org.crosscheck.text.Lexicon.pairs(DateClaim.class, "clock-time-hedges.tsv");
    /** The minutes a clock time written without a hedge may be off: times are rounded. */
    static final int ROUNDING_MINUTES = 5;
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "^(?:\\d{4}-\\d{2}-\\d{2}|(XXXX-XX-XX))T(\\d{2}):(\\d{2})$");

    /** The hedge the words open with ("shortly after"), the longest listed, or null. */
    public static String hedgeOf(String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        for (String h : CLOCK_HEDGES.keySet()) {
            if (lower.startsWith(h + " ") && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return best;
    }

    /**
     * Whether this is a time of day on one day ("8.49pm Friday", "about 3 p.m."): a day of the
     * calendar, or, in a report whose day is known neither from its own date nor from its story's,
     * no day at all ("about 4 p.m." read as {@code XXXX-XX-XXT16:00}). Such a time still tells the
     * time of day of its happening, and two bare times are compared by their time of day alone
     * ({@link #clockDisagreesWith}); a time that names its day but not its year ("4 p.m. Friday")
     * is not one.
     */
    public boolean clock() {
        if (!"TIME".equals(type) || mod != null) {
            return false;
        }
        java.util.regex.Matcher m = CLOCK.matcher(value);
        return m.matches() && (m.group(1) == null ? earliest != NO_DAY && earliest == latest : earliest == NO_DAY);
    }

    /**
     * The minutes of the day (counted from midnight; less than 0 or more than a day at the ends) this clock time may mean: the written time widened by its
     * hedge ({@link #CLOCK_HEDGES}), or by {@value #ROUNDING_MINUTES} minutes either side without
     * one; null when it is no clock time or its hedge bounds it on one side only ("by 9 p.m.").
     */
    public long[] clockMinutes() {
        if (!clock()) {
            return null;
        }
        java.util.regex.Matcher m = CLOCK.matcher(value);
        m.matches();
        long at = Integer.parseInt(m.group(2)) * 60L + Integer.parseInt(m.group(3));
        String hedge = hedgeOf(text);
        if (hedge == null) {
            return new long[] {at - ROUNDING_MINUTES, at + ROUNDING_MINUTES};
        }
        String[] minutes = CLOCK_HEDGES.get(hedge).split(" ");
        if (minutes.length != 2) {
            return null;
        }
        return new long[] {at - Long.parseLong(minutes[0]), at + Long.parseLong(minutes[1])};
    }

    /** The time zone the words name ("20:49 GMT", "7:37 AM local time"), or null. */
    public String clockZone() {
        if (text.toLowerCase(java.util.Locale.ROOT).contains("local time")) {
            return "local time";
        }
        for (String w : text.split("[^A-Za-z]+")) {
            if (!w.isEmpty() && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && org.crosscheck.text.TimeZones.isAbbreviation(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether two clock times cannot be the same moment: their intervals ({@link #clockMinutes})
     * share no minute, on the clock (11:55 p.m. and "shortly after midnight" share one), and both
     * name the same time zone or neither names one (a time in GMT and a local time cannot be set
     * against each other without the local zone). Two times that name their days ("10 a.m.
     * Monday") are compared only when the days agree; a bare time's day is read from the article's
     * date or from the last day it named, which may be another day than the happening's, so only
     * its time of day is compared.
     */
    public boolean clockDisagreesWith(DateClaim o) {
        long[] a = clockMinutes();
        long[] b = o.clockMinutes();
        if (a == null || b == null || !java.util.Objects.equals(clockZone(), o.clockZone())
                || namesItsDay() && o.namesItsDay() && earliest != o.earliest) {
            return false;
        }
        if (alarm() != o.alarm()) {
            // An alarm is raised after its happening began, and may be raised a while after: the two
            // agree when the alarm may come at the happening's start or up to ALARM_AFTER_MINUTES later.
            long[] raised = alarm() ? a : b;
            long[] began = alarm() ? b : a;
            for (long shift = -1440; shift <= 1440; shift += 1440) {
                if (raised[1] + shift >= began[0] && raised[0] + shift <= began[1] + ALARM_AFTER_MINUTES) {
                    return false;
                }
            }
            return true;
        }
        for (long shift = -1440; shift <= 1440; shift += 1440) {
            if (a[0] <= b[1] + shift && b[0] + shift <= a[1]) {
                return false;
            }
        }
        return true;
    }

    /** Days by which a past happening lies before the day of the event a report tells, at least. */
    public static final long PAST_DAYS = 30;

    /**
     * Whether this date may be compared as a past happening's with reports of another event of the
     * story: written in full by the source (not read against a timestamp, a weekday or a date lent by
     * the story, which belong to the report's own days), and ending more than {@value #PAST_DAYS}
     * days before {@code eventDay}, the day of the event the report tells ("convicted in 2007" in a
     * report of a 2011 trial), so that it is not that event's own day.
     */
    public boolean pastFor(long eventDay) {
        return onCalendar() && !borrowed && anchor == null && weekdayOnly() == null && eventDay != NO_DAY
                && latest < eventDay - PAST_DAYS;
    }

    /**
     * Whether two dates of a past happening that reports of two events mention lie close enough to
     * be one occasion misdated: days at most {@value #MENTION_DAYS} apart; otherwise spans that
     * touch, with no day between them ("convicted in 2007", "in 2008"; March and April; December
     * 2007 and 2008, but not March 2007 and 2008), not further: a person who hosted a show in 2005
     * and in 2007 hosted it twice, and reports of other events give no more to tell them apart.
     */
    public boolean nextTo(DateClaim o) {
        long gap = Math.max(earliest - o.latest, o.earliest - latest);
        return gap <= (dayPrecise() && o.dayPrecise() ? MENTION_DAYS : 1);
    }

    /**
     * Whether the two dates lie more than a day apart, as the event-date rule compares its event's
     * dates: two dates of one event a day apart are left to the comparison of a happening both
     * sources tie to one person, which tells a named day from one read against a timestamp.
     */
    public boolean moreThanADayFrom(DateClaim o) {
        return earliest > o.latest + 1 || latest < o.earliest - 1;
    }

    /** Whether this claim is written after {@code o} in their document. */
    public boolean after(DateClaim o) {
        return span.compareTo(o.span) > 0;
    }

    @Override
    public String key() {
        return "date|" + document + "|" + type + "|" + value + (mod == null ? "" : "|" + mod);
    }

    /**
     * As the record's own: components in order, each hashed as {@code Objects.hashCode} or its
     * wrapper's {@code hashCode}, combined as {@code 31 * h + hash} from 0 (the same value, so
     * maps keep their order), written out because the record's is built from method handles at
     * run time, some classes and calls in the interpreter at every start ({@code RecordMethodsTest}).
     */
    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(document);
        h = 31 * h + java.util.Objects.hashCode(span);
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(type);
        h = 31 * h + java.util.Objects.hashCode(value);
        h = 31 * h + java.util.Objects.hashCode(mod);
        h = 31 * h + java.util.Objects.hashCode(anchor);
        h = 31 * h + Boolean.hashCode(borrowed);
        h = 31 * h + Long.hashCode(earliest);
        h = 31 * h + Long.hashCode(latest);
        h = 31 * h + java.util.Objects.hashCode(event);
        h = 31 * h + java.util.Objects.hashCode(mainHappening);
        h = 31 * h + java.util.Objects.hashCode(about);
        h = 31 * h + java.util.Objects.hashCode(participants);
        h = 31 * h + java.util.Objects.hashCode(party);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DateClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(type, o.type)
                && java.util.Objects.equals(value, o.value)
                && java.util.Objects.equals(mod, o.mod)
                && java.util.Objects.equals(anchor, o.anchor)
                && borrowed == o.borrowed
                && earliest == o.earliest
                && latest == o.latest
                && java.util.Objects.equals(event, o.event)
                && java.util.Objects.equals(mainHappening, o.mainHappening)
                && java.util.Objects.equals(about, o.about)
                && java.util.Objects.equals(participants, o.participants)
                && java.util.Objects.equals(party, o.party);
    }
}
