package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;

/**
 * Which of a document's dates and figures it gives for its own main happening, so that two of them
 * can be set against each other inside the one article. A claim counts only when its own clause
 * tells of that happening ({@link Happenings}) with no background marker, and when it is the
 * article's own word for that happening:
 *
 * <ul>
 *   <li>not inside quotation marks: a quote keeps its own dates and figures;</li>
 *   <li>not about another happening of the same kind: after the title and the lede, "a quake"
 *       introduces another quake than the article's ("On Saturday, a quake in eastern Iran killed
 *       12"); "survivors of the quake" and "after the attack" date something else than the quake;</li>
 *   <li>a date names one whole day in the same comma-bounded part as its happening's word, written
 *       in full or read against the article's own date; not a day with a clock time or at one end
 *       ("late Thursday", "Friday morning": {@code day-part-words.txt}), not one end of a range
 *       ("from Thursday to Saturday"), not a day more than a week from the article's timestamp;</li>
 *   <li>a figure counts a happening's own toll or strength, in a sentence with no word of an update
 *       or a total ({@code update-words.txt}: "the toll rose to 24", "3,000 so far"), no background
 *       marker, and no date of another time ("In 2004, a tsunami killed 230,000").</li>
 * </ul>
 *
 * A sentence that gives two values for one thing ("5.9, but the USGS said 6.1") contrasts them on
 * purpose: neither is marked. Each value is marked once, at its first mention.
 */
public final class MainHappening {

    static final Set<String> UPDATE_WORDS = Lexicon.words(MainHappening.class, "update-words.txt");
    static final Set<String> DAY_PARTS = Lexicon.words(MainHappening.class, "day-part-words.txt");
    /** What may stand between two dates that make one range or list: "to", "and", "-". */
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru", "and", "or", "on", "from");
    /** A happening's word after one of these is the complement of another: "survivors of the quake", "after the attack". */
    private static final Pattern NUMBER_AFTER = Pattern.compile("\\s*(?:[-\u2013\u2014/]|to\\b|and\\b|or\\b|through\\b|until\\b)\\s*\\d");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d\\s*(?:[-\u2013\u2014/]|to|and|or|through|until)\\s*$");
    private static final Set<String> COMPLEMENT_WORDS = Set.of("of", "after", "following", "since", "before", "for", "from");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    /** Figures of a happening's own toll or strength; not counts that grow apart from it (aftershocks). */
    private static final Set<String> MEASURES = PeopleActs.withMeasures(Set.of(
            "killed", "injured", "arrested", "missing", "evacuated", "displaced", "magnitude"));
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?\\s?m\\b|p\\.?\\s?m\\b)|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{4}\\s*(?:gmt|utc|bst|local)\\b");
    /** How far, in days, a date written in full may lie from the article's timestamp and still date its happening. */
    static final long PUBLISHED_EVENT_DAYS = 7;

    private final String text;
    private final Happenings happenings;
    private final List<Span> quotes = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final List<DateClaim> dates = new ArrayList<>();
    /** The title and the lede: where the article introduces its main happening, "a quake" included. */
    private final List<Span> opening = new ArrayList<>();
    private final long published;
    /** The days the document gives for its main happening. */
    private final Set<Long> days = new HashSet<>();

    private MainHappening(ExtractedDocument d) {
        this(d, d.published());
    }

    private MainHappening(ExtractedDocument d, TimestampClaim stamp) {
        this.text = d.document().text();
        this.happenings = Happenings.of(d);
        boolean lede = false;
        for (Block b : d.cleaned().content()) {
            sentences.addAll(Sentences.split(text, b.span().start(), b.span().end()));
            if (b.kind() == Block.Kind.TITLE) {
                opening.add(b.span());
            } else if (b.kind() == Block.Kind.BODY && !lede) {
                opening.add(b.span());
                lede = true;
            }
        }
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q) {
                quotes.add(q.span());
            } else if (c instanceof DateClaim dc) {
                dates.add(dc);
            }
        }
        published = stamp == null ? DateClaim.NO_DAY : LocalDate.parse(stamp.value().substring(0, 10)).toEpochDay();
    }

    /**
     * The document with {@code mainHappening} set on the first date and figure of each value it
     * gives for a happening of {@code kind}, its main one; unchanged when {@code kind} is null.
     */
    public static ExtractedDocument mark(ExtractedDocument d, String kind) {
        return mark(d, kind, d.published());
    }

    /**
     * {@link #mark(ExtractedDocument, String)} with {@code pageDate} as the page's own date: a page
     * that shows only when it was updated, that update near its event's day, is dated by it.
     */
    public static ExtractedDocument mark(ExtractedDocument d, String kind, TimestampClaim pageDate) {
        if (kind == null) {
            return d;
        }
        MainHappening m = new MainHappening(d, pageDate);
        // What each candidate is a value of, and the values each sentence gives for it.
        Map<Claim, String> thing = new HashMap<>();
        Map<String, Set<String>> valuesInSentence = new HashMap<>();
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && m.datesIt(dc, kind)) {
                m.days.add(dc.earliest());
            }
        }
        for (Claim c : d.claims()) {
            String of = null;
            if (c instanceof DateClaim dc && m.datesIt(dc, kind)) {
                of = "date|" + dc.anchor();
            } else if (c instanceof QuantityClaim q && m.countsIt(q, kind)) {
                of = "figure|" + q.measure() + "|" + q.subject() + "|" + q.counted();
            }
            if (of != null) {
                thing.put(c, of);
                valuesInSentence.computeIfAbsent(m.sentenceStart(c.span()) + "|" + of, k -> new HashSet<>()).add(c.value());
            }
        }
        Set<String> seen = new HashSet<>();
        List<Claim> out = new ArrayList<>(d.claims().size());
        for (Claim c : d.claims()) {
            String of = thing.get(c);
            boolean mark = of != null && valuesInSentence.get(m.sentenceStart(c.span()) + "|" + of).size() == 1
                    && seen.add(of + "|" + c.value());
            if (mark && c instanceof DateClaim dc) {
                out.add(dc.withMainHappening(kind));
            } else if (mark && c instanceof QuantityClaim q) {
                out.add(q.withMainHappening(kind));
            } else {
                out.add(c);
            }
        }
        return d.withClaims(out);
    }

    private boolean datesIt(DateClaim dc, String kind) {
        if (!readable(dc.span()) || !"DATE".equals(dc.type()) || !dc.dayPrecise() || dc.mod() != null || dc.borrowed() || quoted(dc.span())
                || far(dc) || inRange(dc) || DAY_PARTS.contains(wordBefore(dc.span().start()))
                || DAY_PARTS.contains(wordAfter(dc.span().end())) || CLOCK.matcher(commaPart(dc.span())).find()) {
            return false;
        }
        Happenings.About about = happenings.aboutDate(dc.span());
        return about.of(kind) && !commaBetween(dc.span(), about.trigger()) && !anotherHappening(about.trigger())
                && !COMPLEMENT_WORDS.contains(determined(about.trigger())[1]);
    }

    private boolean countsIt(QuantityClaim q, String kind) {
        if (!readable(q.span()) || !(MEASURES.contains(q.measure()) || q.measure().startsWith("value stolen"))
                || quoted(q.span())) {
            return false;
        }
        // A toll of none ("no one was killed", TollWords) in an article that gives a figure for it is not its claim.
        if (q.high() == 0 && !q.comparable()) {
            return false;
        }
        int[] s = sentenceOf(q.span().start());
        if (s == null || "no".equals(wordBefore(q.span().start())) || holds(s, q.span(), UPDATE_WORDS)
                || holds(s, q.span(), Happenings.BACKGROUND) || otherTime(s)) {
            return false;
        }
        // Past the title and the lede, a figure must name its happening: "It killed 612" may be
        // the quake of the sentence before, which was another.
        Happenings.About about = happenings.aboutFigure(q.span());
        return opening(q.span()) ? about.freeOrOf(kind) && (about.trigger() == null || !anotherHappening(about.trigger()))
                : about.of(kind) && !anotherHappening(about.trigger());
    }

    /**
     * Whether the claim stands in a sentence of ordinary length: a run of thousands of characters
     * without a full stop is no prose to read clauses in, and reading it per claim would cost the
     * square of its length.
     */
    private boolean readable(Span span) {
        return happenings.readable(span);
    }

    /**
     * A date more than a week from the article's timestamp: another happening's, an earlier one or
     * one to come ("the Dec. 12 election" in a report of November 20), whether written with its
     * year or given one by the timestamp.
     */
    private boolean far(DateClaim dc) {
        return published != DateClaim.NO_DAY && dc.onCalendar()
                && Math.abs(dc.earliest() - published) > PUBLISHED_EVENT_DAYS;
    }

    private boolean opening(Span span) {
        for (Span o : opening) {
            if (o.contains(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence holds a date of another time: a year or a month, a day far from the
     * timestamp, or a day the document does not give its main happening ("the bombing of Guffa on
     * Tuesday, which killed seven", in an article on today's attack).
     */
    private boolean otherTime(int[] s) {
        // Dates come in text order and never overlap, so their ends are sorted too.
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).span().end() <= s[0]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < dates.size() && dates.get(k).span().start() < s[1]; k++) {
            DateClaim dc = dates.get(k);
            if (dc.onCalendar() && (!dc.dayPrecise() && dc.mod() == null || far(dc)
                    || dc.dayPrecise() && days.stream().noneMatch(day -> Math.abs(day - dc.earliest()) <= 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence of the figure at {@code span} marks it as a running total or an update
     * ({@code update-words.txt}: "now", "so far", "the total", "rose to"): a value as of a moment the
     * sentence, not the happening, sets.
     */
    public boolean runningTotal(Span span) {
        int[] s = sentenceOf(span.start());
        return s != null && holds(s, span, UPDATE_WORDS);
    }

    /** A reader of {@code d}'s clauses, for {@link #introducesAnother}. */
    public static MainHappening reader(ExtractedDocument d) {
        return new MainHappening(d);
    }

    /**
     * Whether the figure at {@code span} counts a happening its clause introduces as another than
     * the article's: past the title and the lede, "registered a quake measuring 3.8" (an aftershock
     * in a report of the main quake).
     */
    public boolean introducesAnother(Span span) {
        return anotherHappening(happenings.aboutFigure(span).trigger());
    }

    /**
     * Whether the happening's word introduces another happening than the article's: "a quake", "an
     * earlier attack" after the title and the lede, where the article's own was already named.
     */
    private boolean anotherHappening(Span trigger) {
        if (trigger == null) {
            return false;
        }
        return !opening(trigger) && INDEFINITE.contains(determined(trigger)[0]);
    }

    /**
     * The determiner of a happening's word and the word before it, skipping up to two modifiers in
     * lower case or figures ("a powerful earthquake", "of a magnitude-6.4 temblor"): {determiner, word before}.
     */
    private String[] determined(Span trigger) {
        if (trigger == null) {
            return new String[] {"", ""};
        }
        int at = trigger.start();
        String word = "";
        for (int k = 0; k < 4; k++) {
            int e = at;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int s = e;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && ",;:()\"\u201c\u201d".indexOf(text.charAt(s - 1)) < 0) {
                s--;
            }
            if (s == e) {
                return new String[] {"", ""};
            }
            word = text.substring(s, e).toLowerCase(Locale.ROOT);
            if (INDEFINITE.contains(word) || Set.of("the", "this", "that", "its", "his", "her", "their").contains(word)) {
                return new String[] {word, wordBefore(s)};
            }
            if (COMPLEMENT_WORDS.contains(word) || k == 3 || !word.equals(text.substring(s, e))
                    && !Character.isDigit(word.charAt(0))) {
                return new String[] {"", word};
            }
            at = s;
        }
        return new String[] {"", word};
    }

    private boolean quoted(Span span) {
        // Quotes come in text order: the one that starts last before the span is the one that can hold it.
        int lo = 0;
        int hi = quotes.size() - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() <= span.start()) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at >= 0 && span.end() <= quotes.get(at).end();
    }

    /** Whether another date stands next to this one with only range words between: "from Thursday to Saturday". */
    private boolean inRange(DateClaim dc) {
        // A range of days under one month name is read as its first day: "May 2-4", "2 and 4 May".
        if (NUMBER_AFTER.matcher(text.substring(dc.span().end(), Math.min(text.length(), dc.span().end() + 12))).lookingAt()
                || NUMBER_BEFORE.matcher(text.substring(Math.max(0, dc.span().start() - 12), dc.span().start())).find()) {
            return true;
        }
        // Dates come in text order and never overlap.
        int i = Collections.binarySearch(dates, dc, Comparator.comparing(DateClaim::span));
        return i > 0 && joined(dates.get(i - 1).span().end(), dc.span().start())
                || i >= 0 && i + 1 < dates.size() && joined(dc.span().end(), dates.get(i + 1).span().start());
    }

    private boolean joined(int from, int to) {
        if (to < from || to - from > 20) {
            return false;
        }
        for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).split("[\\s,\\-\u2013\u2014/]+")) {
            if (!w.isEmpty() && !RANGE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma stands between the two spans. */
    private boolean commaBetween(Span a, Span b) {
        if (b == null) {
            return false;
        }
        int lo = Math.min(a.end(), b.end());
        int hi = Math.max(a.start(), b.start());
        return text.substring(Math.min(lo, hi), hi).indexOf(',') >= 0;
    }

    /** The words around {@code span} up to the nearest comma, semicolon or colon either side, inside its sentence. */
    private String commaPart(Span span) {
        int[] s = sentenceOf(span.start());
        if (s == null) {
            return "";
        }
        int from = span.start();
        while (from > s[0] && ",;:".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = span.end();
        while (to < s[1] && ",;:".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Whether the sentence, outside {@code except}, holds a word of {@code words}. */
    private boolean holds(int[] s, Span except, Set<String> words) {
        int i = s[0];
        while (i < s[1]) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s[1] && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if ((start < except.start() || start >= except.end())
                    && words.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private int sentenceStart(Span span) {
        int[] s = sentenceOf(span.start());
        return s == null ? -1 : s[0];
    }

    private int[] sentenceOf(int offset) {
        return Happenings.sentenceOf(sentences, offset);
    }

    private String wordBefore(int at) {
        return wordBefore(text, at);
    }

    /** The word of letters just before {@code at}, past any spaces, folded; empty when none. */
    static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private String wordAfter(int at) {
        return wordAfter(text, at);
    }

    /** The word of letters just after {@code at}, past any spaces, folded; empty when none. */
    static String wordAfter(String text, int at) {
        int s = at;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
