package org.crosscheck.claims;

/**
 * A figure an article gives, as the interval of values its words allow.
 *
 * @param measure     what is counted, normalized: {@code troops}, {@code killed}, {@code injured},
 *                    {@code arrested}, {@code magnitude}, {@code money:EUR}, or the head noun
 * @param subject     a modifier that narrows the measure ({@code russian} troops), or null
 * @param written     the number as read, in the measure's unit ({@code 80000}, {@code 85000000})
 * @param hedge       the hedge words, normalized ({@code more than}), or empty when exact
 * @param precision   the rounding the figure shows: 10000 for "80,000", 10 for "81,250", 1 for "43"
 * @param attribution who gives the figure, normalized ({@code us intelligence}), or null
 * @param asOf        the epoch day the figure was true as of, or {@link DateClaim#NO_DAY}
 * @param asOfSource  where the as-of date came from, in words
 * @param reportedAt  the earliest instant the document can have been published, epoch seconds, or
 *                    {@link DateClaim#NO_DAY}: orders two figures true as of the same day
 * @param reportedLatest the latest instant it can have been published ({@code reportedAt} for an exact
 *                    time; a day and more later for a date without a time or zone), or {@link DateClaim#NO_DAY}
 * @param alsoWritten a converted equivalent written beside it ("$108 million"), or null
 * @param comparable  whether the measure is specific enough to compare across sources
 * @param eventScoped whether the figure belongs to one event (deaths in an attack, a quake's magnitude)
 * @param cumulative  whether the figure only grows over time (a death toll)
 * @param event       the event an event-scoped figure is tied to, once stories are grouped, or null
 * @param counted     who the figure counts when the words narrow it ("civilians", "children"), or
 *                    null for people in general or a measure that is not a head count
 * @param mainHappening the kind of the document's main happening when this is the first figure of
 *                    its value that its document gives for that happening (see {@code extract.MainHappening}), else null
 * @param act         the verb or event noun of the figure's own clause that governs it ("killed" of "the
 *                    quake killed 12", "escorted" of "five vessels being escorted"), folded, or null
 * @param owner       whose figure it is, as its clause names it (the subject of "the Colts scored 17
 *                    points", the possessive of "Brand's $82 million contract"), folded, or null
 */
public record QuantityClaim(
        String document,
        Span span,
        String text,
        String measure,
        String subject,
        double written,
        String hedge,
        double low,
        boolean lowOpen,
        double high,
        boolean highOpen,
        double precision,
        String attribution,
        String attributionText,
        long asOf,
        String asOfSource,
        long reportedAt,
        long reportedLatest,
        String alsoWritten,
        boolean comparable,
        boolean eventScoped,
        boolean cumulative,
        String event,
        String counted,
        String mainHappening,
        String act,
        String owner) implements Claim {

    /** A figure whose clause names no act or owner of it. */
    public QuantityClaim(String document, Span span, String text, String measure, String subject, double written, String hedge,
                         double low, boolean lowOpen, double high, boolean highOpen, double precision, String attribution,
                         String attributionText, long asOf, String asOfSource, long reportedAt, long reportedLatest,
                         String alsoWritten, boolean comparable, boolean eventScoped, boolean cumulative, String event,
                         String counted, String mainHappening) {
        this(document, span, text, measure, subject, written, hedge, low, lowOpen, high, highOpen, precision, attribution,
                attributionText, asOf, asOfSource, reportedAt, reportedLatest, alsoWritten, comparable, eventScoped, cumulative,
                event, counted, mainHappening, null, null);
    }

    /** The same figure with the act and owner its clause names. */
    public QuantityClaim withClause(String newAct, String newOwner) {
        return new QuantityClaim(document, span, text, measure, subject, written, hedge, low, lowOpen, high, highOpen,
                precision, attribution, attributionText, asOf, asOfSource, reportedAt, reportedLatest, alsoWritten, comparable,
                eventScoped, cumulative, event, counted, mainHappening, newAct, newOwner);
    }

    @Override
    public String kind() {
        return "quantity";
    }

    public Interval interval() {
        return new Interval(low, lowOpen, high, highOpen);
    }

    @Override
    public String value() {
        return what() + (subject == null ? "" : " (" + subject + ")") + " " + (duration() ? inWrittenUnit(true) : interval().text());
    }

    /**
     * What the figure measures, as messages name it: the measure, without a length of time's unit,
     * and a sum of money's currency code in brackets ("value stolen:USD" reads "value stolen (USD)").
     */
    public String what() {
        if (duration()) {
            return measure.substring(0, measure.lastIndexOf(", in "));
        }
        String code = currency();
        return code.isEmpty() ? measure : measure.substring(0, measure.length() - code.length() - 1) + " (" + code + ")";
    }

    /**
     * The currency code of a sum of money, written after the last colon of its measure
     * ("value stolen:EUR" gives "EUR"); empty for any figure that is not a sum of money.
     */
    public String currency() {
        int colon = measure.lastIndexOf(':');
        return colon > 0 ? measure.substring(colon + 1) : "";
    }

    /**
     * The figure's range as the rules' messages show it: the interval, and for a length of time
     * the interval in the unit its words give ("40 hours" is held in seconds, shown as "[35, 45)
     * hours"), so an editor reads the figure as written.
     */
    public String range() {
        return duration() ? inWrittenUnit(false) : interval().toString();
    }

    /** Units a length of time may be written in: a word it holds, its size in the measure's own unit, and its name. */
    private static final String[][] TIME_UNITS = {
        {", in seconds", "hour", "3600", "hours"}, {", in seconds", "minute", "60", "minutes"},
        {", in seconds", "second", "1", "seconds"}, {", in days", "week", "7", "weeks"}, {", in days", "day", "1", "days"},
        {", in months", "year", "12", "years"}, {", in months", "month", "1", "months"}};

    private String inWrittenUnit(boolean rounded) {
        String words = text.toLowerCase(java.util.Locale.ROOT);
        for (String[] u : TIME_UNITS) {
            if (measure.endsWith(u[0]) && words.contains(u[1])) {
                double size = Double.parseDouble(u[2]);
                Interval scaled = new Interval(low / size, lowOpen, high / size, highOpen);
                return (rounded ? scaled.text() : scaled.toString()) + " " + u[3];
            }
        }
        String base = measure.substring(measure.lastIndexOf(", in ") + ", in ".length());
        return (rounded ? interval().text() : interval().toString()) + " " + base;
    }

    @Override
    public String key() {
        return "quantity|" + document + "|" + measure + "|" + (subject == null ? "" : subject) + "|" + interval();
    }

    /**
     * Whether the two figures cannot both be true as written: their intervals share no value, or
     * they share values only through the slack each one's rounding and hedge allow, neither
     * figure's written value lying in the other's interval ("about 600" and "700" share 650 to
     * 660, but a source that meant 655 would not write either). One figure inside the other's
     * interval ("80,000" and "84,000", "at least 10" and "10") agrees.
     */
    public boolean disagreesWith(QuantityClaim o) {
        Interval theirs = o.shiftedTo(asOf);
        return !interval().overlaps(theirs) || interval().apartAsWritten(theirs);
    }

    /** What a length of time "ago" measures begins with this: "time since married, in days". */
    public static final String SINCE = "time since ";

    /** Whether the figure is a time since an act, as of its article's day ("married two weeks ago"). */
    public boolean since() {
        return measure.startsWith(SINCE) && duration();
    }

    /** Days in one of a length of time's units (seconds, days, months), by the measure's unit. */
    private static final double[] DAYS_PER_UNIT = {1.0 / 86400, 1, 365.25 / 12};

    /**
     * The interval as of {@code day}: a time since an act written on another day grows or shrinks by
     * the days between ("two weeks ago" written a week later is three weeks ago); any other figure
     * as written, and a time since as written when either day is unknown.
     */
    public Interval shiftedTo(long day) {
        if (!since() || day == DateClaim.NO_DAY || asOf == DateClaim.NO_DAY || day == asOf) {
            return interval();
        }
        int unit = 0;
        while (!measure.endsWith(UNITS_OF_TIME.get(unit))) {
            unit++;
        }
        double shift = (day - asOf) / DAYS_PER_UNIT[unit];
        return new Interval(low + shift, lowOpen, high + shift, highOpen);
    }

    /**
     * Whether the subjects allow comparison and the two count the same people: "two women" is no
     * count of all who died, so it is not set against "three people".
     */
    public boolean sameSubjectAs(QuantityClaim o) {
        return (subject == null || o.subject == null || subject.equals(o.subject)) && java.util.Objects.equals(counted, o.counted);
    }

    /**
     * Whether the structured key already compares the two: both comparable, tied to one event where
     * either belongs to one, of one measure and the same people. Such a pair told in parallel
     * sentences too gives no second finding.
     */
    public boolean comparedByKeyWith(QuantityClaim o) {
        return comparable && o.comparable && (!eventScoped || event != null) && (!o.eventScoped || o.event != null)
                && measure.equals(o.measure) && java.util.Objects.equals(event, o.event) && sameSubjectAs(o);
    }

    /**
     * Whether the two are in one unit: a sum of money in one currency ({@code money:EUR}), a length
     * of time in one unit ({@code ..., in days}); any two other figures are counts, compared as written.
     */
    public boolean sameUnitAs(QuantityClaim o) {
        return unit().equals(o.unit());
    }

    private String unit() {
        int in = measure.lastIndexOf(", in ");
        if (in >= 0) {
            return measure.substring(in);
        }
        String code = currency();
        return code.isEmpty() ? "" : ":" + code;
    }

    /** Whether both figures are attributed, to different parties. */
    public boolean attributedApartFrom(QuantityClaim o) {
        return attribution != null && o.attribution != null && !attribution.equals(o.attribution);
    }

    /** Days between the as-of dates, or -1 when either is unknown. */
    public long daysApartFrom(QuantityClaim o) {
        return asOf == DateClaim.NO_DAY || o.asOf == DateClaim.NO_DAY ? -1 : Math.abs(asOf - o.asOf);
    }

    /**
     * A count that only grows, and the later figure is the higher: an update, not a conflict.
     * Figures of the same day are ordered by when their documents were published.
     */
    public boolean roseLaterThan(QuantityClaim o) {
        if (!cumulative || asOf == DateClaim.NO_DAY || o.asOf == DateClaim.NO_DAY) {
            return false;
        }
        if (asOf == o.asOf) {
            if (publishedAfter(o)) {
                return interval().above(o.interval());
            }
            return o.publishedAfter(this) && o.interval().above(interval());
        }
        return asOf > o.asOf ? interval().above(o.interval()) : o.interval().above(interval());
    }

    /**
     * A count that only grows, given as of the same day (or days next to each other) by two reports
     * whose order is unknown (a publication time missing, or the same): the higher may be a later
     * update of the lower ("1 dead", then "5 dead" as the day went on), so nothing says which one
     * is wrong.
     */
    public boolean mayBeUpdateOf(QuantityClaim o) {
        if (!cumulative || asOf == DateClaim.NO_DAY || o.asOf == DateClaim.NO_DAY || Math.abs(asOf - o.asOf) > 1) {
            return false;
        }
        return !publishedAfter(o) && !o.publishedAfter(this);
    }

    /**
     * One party's own count, given in two reports of one day (or days next to each other) whose order
     * is unknown: both figures are attributed to the same party ("police said 12 people were
     * injured", "police said 18 people had been injured") for a count that only grows. A party's
     * tally of its own count does not fall within the day, so its lower figure is its earlier one and
     * the two reports quote it at different times: an update, not a conflict. Not when the as-of dates
     * put the higher figure on the earlier day (then the count fell).
     */
    public boolean oneCountRoseOver(QuantityClaim o) {
        return attribution != null && attribution.equals(o.attribution) && risenOf(o) != null;
    }

    /**
     * Of this figure and {@code o}, from reports whose order is unknown ({@link #mayBeUpdateOf}), the
     * higher when it lies above the lower and its as-of date is not the earlier: the figure a count
     * that rose would give later. Null otherwise.
     */
    private QuantityClaim risenOf(QuantityClaim o) {
        if (!mayBeUpdateOf(o)) {
            return null;
        }
        QuantityClaim lower = lowerOf(o);
        QuantityClaim higher = higherOf(o);
        return higher.interval().above(lower.interval()) && higher.asOf >= lower.asOf ? higher : null;
    }

    /** The hedge of a count its words tell as risen to its figure ("the death toll rose to 10"); the figure stays exact. */
    public static final String RISEN = "risen to";

    /**
     * A count told as risen ("the toll rose to 10") against a lower figure for it in a report of one
     * day (or days next to each other) whose order is unknown: the risen figure is the revised one,
     * so its report is the later and the lower figure an earlier count, an update. Not when the
     * risen figure is the lower, nor when the as-of dates put it on the earlier day.
     */
    public boolean toldRisenOver(QuantityClaim o) {
        QuantityClaim risen = risenOf(o);
        return risen != null && RISEN.equals(risen.hedge);
    }

    /**
     * Whether this figure is a running count: a count that only grows, given as a minimum ("at
     * least three killed", "more than 200 injured"). Its words say the count was still open when
     * its report was written.
     */
    public boolean runningCount() {
        return cumulative && !hedge.isEmpty() && high == Double.POSITIVE_INFINITY;
    }

    /**
     * Whether this running count shows that its report was written before {@code o}'s: {@code o},
     * of another document, counts the same people or things, and every value it allows is above
     * this count's minimum ("at least three killed" before "ten killed"). A count that only grows
     * was lower earlier, so the report that still gave the lower minimum is the earlier one.
     */
    public boolean showsEarlierThan(QuantityClaim o) {
        return runningCount() && !document.equals(o.document) && countsAs(o)
                && (o.low > low || o.low == low && o.lowOpen && !lowOpen);
    }

    /** Of this figure and {@code o}, the one whose values lie lower (the lower bound, then the upper). */
    public QuantityClaim lowerOf(QuantityClaim o) {
        return low < o.low || low == o.low && high <= o.high ? this : o;
    }

    /** Of this figure and {@code o}, the other one than {@link #lowerOf}. */
    public QuantityClaim higherOf(QuantityClaim o) {
        return lowerOf(o) == this ? o : this;
    }

    /**
     * Whether this figure's document was published after {@code o}'s: both ends of the span its
     * stamp allows are later than the ends of {@code o}'s. Two stamps of one kind (two dates, two
     * times without a zone) are ordered as read; a date without a time ("2013-07-03") spans the
     * day in every zone, so against an exact time of the day before ("2013-07-02 12:28 -0500")
     * the order is unknown.
     */
    public boolean publishedAfter(QuantityClaim o) {
        return reportedAt != DateClaim.NO_DAY && o.reportedAt != DateClaim.NO_DAY && reportedLatest != DateClaim.NO_DAY
                && o.reportedLatest != DateClaim.NO_DAY && reportedAt > o.reportedAt && reportedLatest > o.reportedLatest;
    }

    /** The as-of date as ISO text, or "an unknown date". */
    public String asOfText() {
        return asOf == DateClaim.NO_DAY ? "an unknown date" : java.time.LocalDate.ofEpochDay(asOf).toString();
    }

    /**
     * The as-of dates of this figure and {@code o}, for a message that names this figure first:
     * "both as of 2013-07-02", or "as of 2013-07-02 and 2013-07-03" when they differ (a pair of
     * next days whose reports' order is unknown).
     */
    public String asOfBoth(QuantityClaim o) {
        return asOf == o.asOf ? "both as of " + asOfText() : "as of " + asOfText() + " and " + o.asOfText();
    }

    /** The attribution as written, or "no attribution". */
    public String attributionOrNone() {
        return attributionText == null ? "no attribution" : attributionText;
    }

    public QuantityClaim withEvent(String newEvent, long newAsOf, String newAsOfSource) {
        return new QuantityClaim(document, span, text, measure, subject, written, hedge, low, lowOpen, high, highOpen,
                precision, attribution, attributionText, newAsOf, newAsOfSource, reportedAt, reportedLatest, alsoWritten, comparable,
                eventScoped, cumulative, newEvent, counted, mainHappening, act, owner);
    }

    /**
     * What starts the measure of a figure its own clause makes planned or possible ("plans to send
     * 5,000 troops", "could cost up to $2 billion"): such a figure is another fact than one that
     * happened, compared only with other planned or possible figures of its measure.
     */
    public static final String PLANNED = "planned or possible ";

    /** Whether the figure is planned or possible, not one that happened ({@link #PLANNED}). */
    public boolean planned() {
        return measure.startsWith(PLANNED);
    }

    /** Whether both figures are planned or possible, or both happened: only such figures are one fact. */
    public boolean sameMoodAs(QuantityClaim o) {
        return planned() == o.planned();
    }

    /** What joins a count's place to its measure: "house damaged in Takengon". */
    public static final String SCOPE = " in ";

    /**
     * The place a count of things or a crowd is given for ("Takengon" of "house damaged in
     * Takengon"), or null: a count of one place's share is compared only with counts of that place.
     */
    public String scope() {
        int k = measure.indexOf(SCOPE);
        return k < 0 || duration() ? null : measure.substring(k + SCOPE.length());
    }

    /** The same figure counting the whole event's things: its measure without its place. */
    public QuantityClaim withoutScope() {
        String place = scope();
        if (place == null) {
            return this;
        }
        return new QuantityClaim(document, span, text, measure.substring(0, measure.indexOf(SCOPE)), subject, written, hedge, low,
                lowOpen, high, highOpen, precision, attribution, attributionText, asOf, asOfSource, reportedAt, reportedLatest,
                alsoWritten, comparable, eventScoped, cumulative, event, counted, mainHappening, act, owner);
    }

    public QuantityClaim withMainHappening(String kind) {
        return new QuantityClaim(document, span, text, measure, subject, written, hedge, low, lowOpen, high, highOpen,
                precision, attribution, attributionText, asOf, asOfSource, reportedAt, reportedLatest, alsoWritten, comparable,
                eventScoped, cumulative, event, counted, kind, act, owner);
    }

    /** The units a length of time is measured in, written after its act: "time deliberating, in seconds". */
    public static final java.util.List<String> UNITS_OF_TIME = java.util.List.of(", in seconds", ", in days", ", in months");

    /** Whether the figure is a length of time tied to what it times ({@code extract.Durations}). */
    public boolean duration() {
        for (String unit : UNITS_OF_TIME) {
            if (measure.endsWith(unit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two figures count the same people or things: one measure, subject and count noun. */
    public boolean countsAs(QuantityClaim o) {
        return measure.equals(o.measure) && java.util.Objects.equals(subject, o.subject)
                && java.util.Objects.equals(counted, o.counted);
    }

    /** Whether every value this figure allows is above every value {@code o} allows. */
    public boolean higherThan(QuantityClaim o) {
        return interval().above(o.interval());
    }

    /**
     * Whether the two figures can be held to one source: the same attribution, or a count (not a
     * measurement such as a magnitude, which agencies give differently) that one of them leaves unattributed.
     */
    public boolean oneSourceWith(QuantityClaim o) {
        if (java.util.Objects.equals(attribution, o.attribution)) {
            return true;
        }
        return !"magnitude".equals(measure) && (attribution == null || o.attribution == null);
    }

    /** Whether this figure is true as of a later day than {@code o}: a higher count may then be an update. */
    public boolean asOfLaterThan(QuantityClaim o) {
        return asOf != DateClaim.NO_DAY && o.asOf != DateClaim.NO_DAY && asOf > o.asOf;
    }

    /** Whether this claim is written after {@code o} in their document. */
    public boolean after(QuantityClaim o) {
        return span.compareTo(o.span) > 0;
    }
}
