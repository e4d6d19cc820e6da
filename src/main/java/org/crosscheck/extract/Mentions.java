package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.OtherParty;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Sentences;

/**
 * What each date is the date of, when its own clause says: a happening of a kind (the nearest
 * trigger, {@link Happenings#about}) and the people the clause names ("In 1969, he was indicted in
 * New Jersey", after a sentence naming Vincent Gigante: an indictment of Gigante). Such dates can
 * be set against another source's date for a happening of the same kind of the same person, even
 * when neither is the article's main happening.
 *
 * <p>A date is not marked when it is inside a quotation, when a verb with a date of its own is
 * nearer than any trigger ("announced Friday"), when it is a duration, a set or an open interval
 * ("since 2014"), when it is a bare weekday with a part of the day beside it ("late Thursday":
 * reports of one night give it as either day), when it neither names calendar days nor a weekday, or when it is a year or
 * more read against the article's date ("this year", "next year": articles a year apart say both of one year). When a document gives two
 * different dates for happenings of one kind of one person ("arrested in 1990 and
 * again in 1992"; "signed Wynn on Tuesday and Bell today"), none is marked: which one another
 * source means cannot be told.
 */
public final class Mentions {
    /** Lower-case words of a to z joined by hyphens. */
    private static final java.util.regex.Pattern HYPHENED_LOWER = java.util.regex.Pattern.compile("[a-z]+(?:-[a-z]+)*");
    /** Letters, stops, apostrophes and hyphens only. */
    private static final java.util.regex.Pattern NAME_CHARS = java.util.regex.Pattern.compile("[\\p{L}.'-]+");
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");


    /** Longer than a month: "this year" and "next year", read against each article's own date, are not compared. */
    static final long MONTH = 31;

    private Mentions() {
    }

    /**
     * The document with {@code about} and {@code participants} set on the dates its clauses tie to a
     * happening and a person, and the days that a length of time after another happening gives
     * added ({@link LaterDates}: "arrested 12 days after the shooting on March 3"), the other
     * parties of happenings of two set on dates ({@link #withParties}) and the days quotes were said
     * on the quotes ({@link SaidDays}).
     */
    public static ExtractedDocument mark(ExtractedDocument d) {
        return SaidDays.mark(withParties(LaterDates.add(markDates(d, null))));
    }

    /** Titles a party loses before a person's name ("President Ann Vale" is "ann vale"): the title nouns and abbreviated titles. */
    static final java.util.Set<String> PARTY_TITLES = java.util.stream.Stream.concat(Roles.NOUNS.stream(), Words.ABBREVIATIONS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The document with {@code party} set on each date outside quotes whose sentence names the other
     * party of a happening of two ({@link OtherParty}: "met Ravi Sandu on Monday"), when the date's
     * clause tells of no happening or of one of that kind's family: "A met B on Monday" and "A met C
     * on Wednesday" are two meetings, not one whose dates conflict. The parties a reading of the
     * same text found before ({@link ExtractedDocument#parties}) are taken, not read again; a
     * document without a publication date, the one kind read again ({@link Extractor#reanchored}),
     * carries those found (or those it took) for that.
     */
    static ExtractedDocument withParties(ExtractedDocument d) {
        String text = d.document().text();
        List<Span> quotes = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q) {
                quotes.add(q.span());
            }
        }
        List<Claim> out = new ArrayList<>(d.claims().size());
        boolean changed = false;
        LineSentences sentences = null;
        // One reading per sentence: a long sentence with many dates is read once, not once per date.
        Map<Integer, OtherParty.Found> parties = new java.util.HashMap<>();
        SentenceParties kept = d.parties() != null && d.parties().of(text) ? d.parties() : null;
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && dc.party() == null && !inside(dc.span(), quotes)) {
                if (sentences == null) {
                    sentences = new LineSentences(text);
                }
                int[] sentence = sentences.of(dc.span().start());
                OtherParty.Found found = kept != null && kept.read(sentence[0]) ? kept.party(sentence[0])
                        : parties.containsKey(sentence[0]) ? parties.get(sentence[0])
                        : OtherParty.in(text, sentence[0], sentence[1], PARTY_TITLES);
                parties.put(sentence[0], found);
                if (found != null && (dc.about() == null || DateClaim.familyOf(dc.about()).equals(DateClaim.familyOf(found.kind())))) {
                    out.add(dc.withParty(found.party()));
                    changed = true;
                    continue;
                }
            }
            out.add(c);
        }
        ExtractedDocument marked = changed ? d.withClaims(out) : d;
        if (marked.published() != null) {
            return marked;
        }
        return marked.withParties(kept != null ? kept : new SentenceParties(text, parties));
    }

    /**
     * The sentences of a text's lines, as {@link #sentenceOf} finds them, split once per line and
     * found by binary search: {@link #sentenceOf} alone splits a whole line for each offset, which is
     * quadratic in a long line full of dates.
     */
    static final class LineSentences {
        private final String text;
        /** The start of each line, in order. */
        private final int[] lineStarts;
        /** Each line's sentences, split when first asked for. */
        private final Map<Integer, List<int[]>> split = new java.util.HashMap<>();

        LineSentences(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The sentence that holds {@code at}: the same as {@code sentenceOf(text, at)}. */
        int[] of(int at) {
            int li = java.util.Arrays.binarySearch(lineStarts, at);
            // An offset at a line's start is in that line, as sentenceOf's lastIndexOf from at - 1 has it.
            int index = li >= 0 ? li : -li - 2;
            int line = lineStarts[index];
            int lineEnd = text.indexOf('\n', at);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            List<int[]> all = split.computeIfAbsent(line, l -> Sentences.split(text, l, end));
            int lo = 0;
            int hi = all.size() - 1;
            int[] found = {line, end};
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (all.get(mid)[0] > at) {
                    hi = mid - 1;
                } else {
                    found = all.get(mid);
                    lo = mid + 1;
                }
            }
            return found;
        }
    }

    /** The sentence that holds {@code at}, as {@link Sentences} splits its line: its start and end. */
    static int[] sentenceOf(String text, int at) {
        int line = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        int[] found = {line, end};
        for (int[] s : Sentences.split(text, line, end)) {
            if (s[0] > at) {
                break;
            }
            found = s;
        }
        return found;
    }

    /**
     * Why each date the document holds is tied to no happening by its own clause, as {@link #mark}
     * decides it: one of {@link #UNTIED_REASONS} for each date claim, {@link #TIED} for a date the
     * clauses tie (a later step, such as grouping, may still untie it). A measurement over the
     * reader's own decisions (the evaluation counts it over a corpus); it changes no claim.
     */
    public static Map<DateClaim, String> whyUntied(ExtractedDocument d) {
        Map<DateClaim, String> why = new LinkedHashMap<>();
        markDates(d, why);
        return why;
    }

    /** What {@link #whyUntied} says of a date its clauses tie to a happening. */
    public static final String TIED = "tied";

    /**
     * The reasons a date is tied to no happening, in the order {@link #mark} decides them: not a day
     * of the calendar (a duration, a set, a hedged or an open date; a relative date or one wider
     * than a month not resolved), inside a quotation, a weekday with a part of the day not read, in
     * no readable sentence (a heading, or a sentence longer than a clause reader takes), a clock
     * figure that is no time of day, no happening's word in its sentence, a happening's word in its
     * sentence but only outside its clause, a verb with a date of its own ("said Friday"), a happening's word too far from it, another verb before that word, a
     * date joined to another date that the word takes, a background marker in a clause that names
     * no one, a clause that names no person and no body, and two different days of one kind in one
     * document (which one another source means cannot be told).
     */
    public static final List<String> UNTIED_REASONS = List.of("not a day: a span, a set or a hedged date",
            "not a day: relative or wide, not resolved", "inside a quotation", "a part of the day not read",
            "no readable sentence (heading or long)", "a clock figure, no time of day", "no happening's word in its sentence",
            "a happening's word only outside its clause",
            "a verb with a date of its own", "the happening's word too far", "another verb before the happening's word",
            "joined to another date", "a background marker", "a clause naming no one", "two days of one kind");

    private static void note(Map<DateClaim, String> why, DateClaim bare, int reason) {
        if (why != null) {
            why.put(bare, reason < 0 ? TIED : UNTIED_REASONS.get(reason));
        }
    }

    private static ExtractedDocument markDates(ExtractedDocument d, Map<DateClaim, String> why) {
        Happenings happenings = null;
        List<Span> quotes = new ArrayList<>();
        List<Span> dateSpans = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q && !passage(q)) {
                quotes.add(q.span());
            } else if (c instanceof DateClaim dc) {
                dateSpans.add(dc.span());
            }
        }
        Map<DateClaim, DateClaim> marked = new LinkedHashMap<>();
        // The dates tied by the noun they modify ("the March 4 killing"), not by their clause.
        Set<DateClaim> byNoun = new HashSet<>();
        // Every day the document's clauses tie to a happening's word, named or not.
        List<DateClaim> told = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (!(c instanceof DateClaim bare)) {
                continue;
            }
            if (!candidate(bare)) {
                note(why, bare, !("DATE".equals(bare.type()) || "TIME".equals(bare.type())) || bare.mod() != null ? 0 : 1);
                continue;
            }
            if (inside(bare.span(), quotes)) {
                note(why, bare, 2);
                continue;
            }
            // "late Thursday", "early Friday": the part of the day is taken into the words, so that a
            // day apart with it is never reported (DateClaim.mentionDisagreesWith), two days apart are.
            DateClaim dc = withDayPart(d.document().text(), bare);
            if (dc == null) {
                note(why, bare, 3);
                continue;
            }
            if (happenings == null) {
                happenings = Happenings.of(d);
            }
            if (!happenings.readable(dc.span())) {
                note(why, bare, 4);
                continue;
            }
            Happenings.About about = happenings.aboutDate(dc.span());
            String text = d.document().text();
            if (about.kind() != null && !dc.clock() && near(text, dc.span(), about.trigger())) {
                told.add(dc.withAbout(about.kind(), List.of()));
            }
            // "He was held over the June 2 murder of a clerk": a date that modifies a noun of a
            // happening is that happening's date, whatever the clause's verb tells.
            String noun = dc.clock() ? null : datedNoun(text, dc.span());
            if (noun != null) {
                told.add(dc.withAbout(noun, List.of()));
            }
            // A clock time carries its hedge and zone in its words ("at about 8.40pm", "06:00 BST"):
            // the hedge does not stand between it and its happening's word.
            if (dc.clock() && !timeOfDay(text, dc)) {
                note(why, bare, 5);
                continue;
            }
            DateClaim words = dc.clock() ? hedged(text, dc) : dc;
            // "The fire was reported at 3:33 a.m.": the time of the alarm about the happening.
            String alarm = dc.clock() ? alarm(text, words.span()) : null;
            String kind = alarm != null ? alarm : noun != null ? noun : about.kind();
            // Whether the kind is that of the happening the sentence before named ("It happened on Sunday").
            boolean referred = false;
            if (alarm == null && noun == null && (kind == null || about.ownDate() || !near(text, words.span(), about.trigger())
                    || ownVerbBefore(text, words.span(), about.trigger()) || joinedAfter(text, words.span(), about.trigger(), dateSpans))) {
                // A word that names a happening only beside a date ("Page disappeared in 1957").
                kind = happenings.passing(words.span(), about);
                if (kind == null) {
                    // "It happened at about 3 p.m.": the happening the sentence before named.
                    kind = toldBefore(text, words.span(), about, happenings);
                    referred = kind != null;
                }
                if (kind == null && dc.clock()) {
                    // "Moreno was detained on Sunday. Moreno failed a breath test at about 1 a.m.":
                    // the time of the happening the sentence before dated for the person this one opens with.
                    kind = continued(happenings, words, marked.values(), d.names());
                }
                if (kind == null) {
                    if (why != null) {
                        // Only when measured: the reason costs a search of the sentence's words that checking does not need.
                        note(why, bare, about.ownDate() ? 8 : about.kind() == null ? happenings.sentenceTells(words.span()) ? 7 : 6
                                : !near(text, words.span(), about.trigger()) ? 9 : ownVerbBefore(text, words.span(), about.trigger()) ? 10 : 11);
                    }
                    continue;
                }
            }
            List<String> people = happenings.people(dc.span(), d.names());
            if (people.isEmpty() && !dc.clock() && NamedBodies.KINDS.contains(kind)) {
                // A clause that names no person may name the body that acted ("The Interior
                // Department proposed the rules in May"): it stands in the person's place, for a
                // happening a body does once (body-happening-kinds.txt).
                people = happenings.organisationsBeside(dc.span(), d.names());
            }
            if (dc.clock()) {
                // A clock time is the time of the happening its clause tells of, whoever it names
                // ("the fire broke out at about 8.40pm").
                // A bare clock time's day is only read from the article's date, so it is not set
                // against other dates of its people (the people are kept for a time that names its day).
                marked.put(bare, words.withAbout(kind, words.namesItsDay() ? people : List.of()));
            } else if (!people.isEmpty()) {
                marked.put(bare, dc.withAbout(kind, people));
            } else if (noun != null && !about.background() && (dc.dayPrecise() || dc.weekdayOnly() != null)) {
                // "the Dec. 6 killing", "Monday's raid": a day that names the happening itself,
                // compared under the possessive day's guards below.
                marked.put(bare, dc.withAbout(kind, List.of()));
            } else if (referred && (dc.dayPrecise() || dc.weekdayOnly() != null)) {
                // "A blaze gutted the depot. It broke out on Sunday.": the day of the happening the
                // sentence before named, whoever it names; compared as a possessive day is, below.
                marked.put(bare, dc.withAbout(kind, List.of()));
            } else if (!about.background() && about.trigger() != null
                    && (dc.weekdayOnly() != null && possessive(text, dc.span(), about.trigger())
                    || kind.equals(about.kind()) && DefiniteHappenings.opensAsSubject(text, dc.span(), about.trigger()))) {
                // "Saturday's shooting": a weekday that names the happening itself, whoever it names;
                // so does a sentence opened by "the" and the happening's word ("The fire broke out on
                // Monday", DefiniteHappenings). Compared only as the day of its event's own happening
                // (see the rule), and only when the document ties no other day to a happening of that family.
                marked.put(bare, dc.withAbout(kind, List.of()));
            } else {
                note(why, bare, about.background() ? 12 : 13);
            }
            if (noun != null && marked.containsKey(bare)) {
                byNoun.add(marked.get(bare));
            }
        }
        if (why != null) {
            marked.keySet().forEach(bare -> note(why, bare, -1));
        }
        if (marked.isEmpty()) {
            return d;
        }
        Set<DateClaim> ambiguous = new HashSet<>();
        List<DateClaim> found = new ArrayList<>(marked.values());
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                DateClaim a = found.get(i);
                DateClaim b = found.get(j);
                // Two clock times are told apart by their times; a clock time and a date by their days.
                boolean clocks = a.clock() && b.clock();
                boolean unnamed = a.participants().isEmpty() || b.participants().isEmpty();
                if (!clocks && (a.sharesParticipantWith(b) || unnamed && a.sameFamilyAs(b) && !a.clock() && !b.clock())
                        && (a.earliest() != b.earliest() || a.latest() != b.latest()
                        || a.weekdayOnly() != b.weekdayOnly() || a.monthDay() && b.monthDay() && !a.value().equals(b.value()))
                        || clocks && a.sameFamilyAs(b) && !sameClock(a, b)) {
                    // A date tied by the noun it modifies gives way to one its clause ties: the
                    // document then tells two happenings of a kind, and the clause's was read before.
                    boolean nounA = byNoun.contains(a);
                    boolean nounB = byNoun.contains(b);
                    if (nounA || !nounB) {
                        ambiguous.add(a);
                    }
                    if (nounB || !nounA) {
                        ambiguous.add(b);
                    }
                }
            }
        }
        for (DateClaim m : found) {
            if (m.participants().isEmpty() && !m.clock()) {
                for (DateClaim t : told) {
                    if (m.sameFamilyAs(t) && (m.weekdayOnly() != t.weekdayOnly() || m.earliest() != t.earliest())) {
                        // "Monday's earthquake was the second ... Earlier on Sunday a quake jolted": two of a kind.
                        ambiguous.add(m);
                    }
                }
            }
        }
        if (why != null) {
            marked.forEach((bare, m) -> {
                if (ambiguous.contains(m)) {
                    note(why, bare, UNTIED_REASONS.size() - 1);
                }
            });
        }
        List<Claim> out = new ArrayList<>(d.claims().size());
        for (Claim c : d.claims()) {
            DateClaim m = c instanceof DateClaim dc ? marked.get(dc) : null;
            out.add(m != null && !ambiguous.contains(m) ? m : c);
        }
        return d.withClaims(out);
    }

    /**
     * The kind of the happening a sentence that opens by saying only that it took place refers to
     * ({@link Happenings#toldBefore}: "It happened at about 3 p.m.", "The incident occurred on
     * Friday"), when the date is {@link #near} that verb of taking place and no verb with a date of
     * its own is as near on the date's side of any comma ({@code about}: "It happened, police said
     * Friday" dates the saying; "It happened at 3 p.m., police said" does not); else null.
     */
    static String toldBefore(String text, Span date, Happenings.About about, Happenings happenings) {
        Happenings.About before = happenings.toldBefore(date, OCCURRENCE_VERBS);
        if (before == null || !near(text, date, before.trigger())) {
            return null;
        }
        if (about.ownDate() && about.trigger() != null && gap(text, date, about.trigger()) <= gap(text, date, before.trigger())
                && !between(text, date, about.trigger()).contains(",")) {
            return null;
        }
        return before.kind();
    }

    /**
     * The kind of the happening a clock time with no happening's word of its own is the time of, when
     * its sentence goes on about the person whose happening the sentence right before it dated
     * ({@link Happenings#goesOnAbout}: "Moreno was detained on Sunday. Moreno failed a breath
     * test at about 1 a.m."): the kind of that date ({@code marked}, the dates tied so far), which
     * names the person among its participants. A time that names a day of its own other than that
     * date's is not that happening's; nor is one when the sentence before dates two kinds for the
     * person. Null otherwise.
     */
    static String continued(Happenings happenings, DateClaim time, java.util.Collection<DateClaim> marked, Names.Found names) {
        String kind = null;
        for (DateClaim m : marked) {
            if (m.clock()) {
                // The time the sentence before gives is a moment of its own, not a day this one goes on in.
                continue;
            }
            boolean about = false;
            for (String person : m.participants()) {
                about |= happenings.goesOnAbout(time.span(), m.span(), person, names);
            }
            if (!about || time.namesItsDay() && (time.earliest() > m.latest() || time.latest() < m.earliest())) {
                continue;
            }
            if (kind != null && !kind.equals(m.about())) {
                return null;
            }
            kind = m.about();
        }
        return kind;
    }

    /** Noun -> kind: nouns of a happening that a date written right before them dates ({@code dated-happening-nouns.txt}). */
    static final Map<String, String> DATED_NOUNS = org.crosscheck.text.Lexicon.pairs(Mentions.class, "dated-happening-nouns.txt");
    /** Words that may follow such a noun when it heads its phrase ({@code dated-noun-followers.txt}: "of", "that", "was"). */
    static final Set<String> DATED_NOUN_FOLLOWERS = org.crosscheck.text.Lexicon.words(Mentions.class, "dated-noun-followers.txt");
    /** Right after a date: its possessive mark if any, then one to three words or single signs. */
    private static final java.util.regex.Pattern AFTER_DATE = java.util.regex.Pattern.compile(
            "\\G(['\u2019]s)?[ \\t]*([\\p{L}-]+|[^\\p{L}\\s])(?:[ \\t]*([\\p{L}-]+|[^\\p{L}\\s]))?(?:[ \\t]*([\\p{L}-]+|[^\\p{L}\\s]))?");
    /** The word right before a date. */
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("([\\p{L}]+)[ \\t]+$");

    /**
     * The kind of the happening a date modifies as a noun's premodifier ({@link #DATED_NOUNS}): "the
     * March 4 killing of a guard", "a 2008 raid on a farm", "Monday's robbery", "the May 3 fatal
     * collision". The date opens the noun phrase after a determiner or a possessive ("the", "his"),
     * or is itself possessive; at most one lower-case word stands between it and the noun; and the
     * noun heads its phrase: punctuation or the end of the text follows it, or a word of
     * {@link #DATED_NOUN_FOLLOWERS} ("the June 2 murder trial" dates the trial, and is not read).
     * Null otherwise.
     */
    static String datedNoun(String text, Span date) {
        java.util.regex.Matcher m = AFTER_DATE.matcher(text).region(date.end(), Math.min(text.length(), date.end() + 80));
        if (!m.find()) {
            return null;
        }
        String kind = null;
        for (int g = 2; g <= 3 && kind == null; g++) {
            String word = m.group(g);
            if (word == null || !Character.isLowerCase(word.charAt(0))) {
                return null;
            }
            kind = DATED_NOUNS.get(word);
            String next = m.group(g + 1);
            if (kind != null && next != null && Character.isLetter(next.charAt(0))
                    && !DATED_NOUN_FOLLOWERS.contains(next.toLowerCase(java.util.Locale.ROOT))) {
                // The noun only modifies the word after it ("the June 2 murder trial").
                return null;
            }
        }
        if (kind == null || m.group(1) != null) {
            return kind;
        }
        java.util.regex.Matcher b = WORD_BEFORE.matcher(text).region(Math.max(0, date.start() - 20), date.start());
        return b.find() && DETERMINERS.contains(b.group(1).toLowerCase(java.util.Locale.ROOT)) ? kind : null;
    }

    /**
     * Whether a quotation is a passage of another report that the article quotes whole, not a
     * speaker's words: no one is said to speak it and it runs over more than one paragraph (a blog
     * that quotes an agency's report, with its own "police said"). Its dates are told as the quoted
     * report tells them, so they are read as the article's own.
     */
    static boolean passage(QuoteClaim q) {
        return q.speaker() == null && q.text().contains("\n");
    }

    /**
     * Whether two clock times of one document may be one moment: a document that gives two times
     * for happenings of one kind ("the fire broke out at 8.40pm ... the fire was out by 11pm") tells
     * of two moments, and which one another source means cannot be told.
     */
    private static boolean sameClock(DateClaim a, DateClaim b) {
        return !a.clockDisagreesWith(b);
    }

    /** Verbs of raising the alarm about a happening ({@code alarm-verbs.txt}: "reported", "alerted", "called"). */
    static final Set<String> ALARM_VERBS = org.crosscheck.text.Lexicon.words(Mentions.class, "alarm-verbs.txt");
    /** A happening's word as the subject of an alarm verb: the word, then an auxiliary ("gunfire was reported"). */
    private static final java.util.regex.Pattern ALARM_SUBJECT = java.util.regex.Pattern.compile(
            "([\\p{L}-]+)\\s+(?:was|were|had been|has been|have been)\\s+([\\p{L}]+)$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** An alarm verb's object opens: "to" (optional) and an article ("alerted to the", "reported a"). */
    private static final java.util.regex.Pattern ALARM_OBJECT = java.util.regex.Pattern.compile(
            "^\\s+(?:to\\s+)?(?:the|a|an)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The words of an alarm verb's object after its article, up to a comma or stop; the happening's word among the first five. */
    private static final java.util.regex.Pattern OBJECT_WORDS = java.util.regex.Pattern.compile("\\G([\\p{L}-]+)\\s*");
    /** How many words after its article an alarm verb's object may name its happening in ("the Lindor Road crash"). */
    private static final int OBJECT_WORDS_MAX = 5;
    /** How far before a clock time an alarm verb is looked for, in characters. */
    private static final int ALARM_REACH = 120;

    /**
     * The kind of alarm a clock time is the time of ({@link DateClaim#alarmOf}: "report of the fire"),
     * or null: an alarm verb ({@link #ALARM_VERBS}) before the time in its sentence whose subject is a
     * happening's word ("the fire was reported at 3:33 a.m.", "gunfire was reported at about 3 p.m.")
     * or whose object ends in one ("officers were alerted to the fire at 20:49", "crews were called
     * to a blaze at the store just after 6am", "a neighbour reported a fire shortly after 3:30"), the
     * time {@link #near} the verb or that word. The happening's word is one of the words that name a
     * happening ({@code happening-triggers.txt}) or one read beside a date ({@code passing-triggers.txt}).
     */
    static String alarm(String text, Span time) {
        int from = Math.max(0, time.start() - ALARM_REACH);
        String before = text.substring(from, time.start());
        java.util.regex.Matcher w = WORD.matcher(before);
        String kind = null;
        while (w.find()) {
            if (!ALARM_VERBS.contains(w.group().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Span verb = new Span(from + w.start(), from + w.end());
            if (between(text, time, verb).matches("(?s).*[.;!?].*")) {
                kind = null;
                continue;
            }
            String found = null;
            Span word = null;
            java.util.regex.Matcher subject = ALARM_SUBJECT.matcher(text.substring(Math.max(0, verb.start() - 40), verb.end()));
            if (subject.find()) {
                found = happeningWord(subject.group(1));
                word = verb;
            }
            if (found == null) {
                java.util.regex.Matcher object = ALARM_OBJECT.matcher(text).region(verb.end(), time.start());
                if (object.lookingAt()) {
                    java.util.regex.Matcher o = OBJECT_WORDS.matcher(text).region(object.end(), time.start());
                    for (int n = 0; n < OBJECT_WORDS_MAX && found == null && o.find(); n++) {
                        // A capitalised word inside the phrase is a name ("the Fire Island ferry").
                        found = Character.isUpperCase(o.group(1).charAt(0)) ? null : happeningWord(o.group(1));
                        word = new Span(o.start(1), o.end(1));
                    }
                }
            }
            if (found != null && (near(text, time, verb) || near(text, time, word))) {
                kind = found;
            }
        }
        return kind == null ? null : DateClaim.ALARM + kind;
    }

    /** The kind a single word names ("blaze": fire, "gunfire": attack), or null. */
    private static String happeningWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String kind = EventExtractor.WORDS.get(w);
        return kind != null ? kind : PASSING.get(w);
    }

    /** Words after a time on a game clock ("with 4:43 left"). */
    static final Set<String> GAME_CLOCK_WORDS = org.crosscheck.text.Lexicon.words(Mentions.class, "game-clock-words.txt");
    /** The marks of a time of day: "a.m.", "pm", "noon", "midnight", a 24-hour time ("06:00", "20:49"). */
    private static final java.util.regex.Pattern DAY_TIME = java.util.regex.Pattern.compile(
            "(?i)(?<![a-z])[ap]\\.?\\s?m\\b|\\bnoon\\b|\\bmidday\\b|\\bmidnight\\b|(?<![\\d:])(?:0\\d|1\\d|2[0-3])[:.][0-5]\\d\\b");

    /**
     * Whether a clock time says it is a time of day: "3 p.m.", "noon", "20:49"; not a bare "2:56"
     * (a round of a fight, a game clock), nor any time followed by a game clock's words ("13:41 to go")
     * or joined to a word by a hyphen ("the under-16:00 media timeout").
     */
    static boolean timeOfDay(String text, DateClaim dc) {
        int start = dc.span().start();
        if (start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
            // Joined to a word before it ("the under-16:00 media timeout"): a mark on a game clock.
            return false;
        }
        String after = text.substring(dc.span().end(), Math.min(text.length(), dc.span().end() + 20))
                .toLowerCase(java.util.Locale.ROOT).strip();
        for (String w : GAME_CLOCK_WORDS) {
            if (after.startsWith(w + " ") || after.equals(w) || after.startsWith(w + ".") || after.startsWith(w + ",")) {
                return false;
            }
        }
        return DAY_TIME.matcher(dc.text()).find() || after.startsWith("hours") || after.startsWith("hrs") || zonedFourDigits(text, dc);
    }

    /** Four digits of a 24-hour clock and the zone written after them ("2045 GMT"). */
    private static final java.util.regex.Pattern FOUR_DIGITS_ZONE = java.util.regex.Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d ([A-Z]{2,5})\\b");

    /**
     * Whether a clock time is four digits of a 24-hour clock with a time zone after them ("at about
     * 2045 GMT on Friday"): the zone makes them a time of day, as the colon does in "20:45".
     */
    static boolean zonedFourDigits(String text, DateClaim dc) {
        java.util.regex.Matcher m = FOUR_DIGITS_ZONE.matcher(text).region(dc.span().start(), Math.min(text.length(), dc.span().end() + 7));
        return m.lookingAt() && org.crosscheck.text.TimeZones.isAbbreviation(m.group(1));
    }

    /** A time zone written just after a clock time: an abbreviation ("BST"), or "local time". */
    private static final java.util.regex.Pattern ZONE_AFTER = java.util.regex.Pattern.compile(" \\(?([A-Z]{2,5})\\b\\)?|,? local time\\b");

    /** The clock time with the hedge written just before it ("about", "shortly after") taken into its words. */
    static DateClaim hedged(String text, DateClaim dc) {
        int start = dc.span().start();
        int from = Math.max(0, start - 40);
        String before = text.substring(from, start);
        String best = null;
        for (String h : DateClaim.CLOCK_HEDGES.keySet()) {
            int at = before.length() - h.length() - 1;
            if (at >= 0 && before.charAt(before.length() - 1) == ' '
                    && before.regionMatches(true, at, h, 0, h.length())
                    && (at == 0 || !Character.isLetter(before.charAt(at - 1)))
                    && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        int from2 = best == null ? start : start - best.length() - 1;
        int end = dc.span().end();
        java.util.regex.Matcher zone = ZONE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16));
        if (zone.lookingAt() && (zone.group(1) == null || org.crosscheck.text.TimeZones.isAbbreviation(zone.group(1)))
                && dc.clockZone() == null) {
            end = zone.end();
        }
        if (from2 == start && end == dc.span().end()) {
            return dc;
        }
        Span span = new Span(from2, end);
        return new DateClaim(dc.document(), span, span.of(text), dc.type(), dc.value(), dc.mod(), dc.anchor(), dc.borrowed(),
                dc.earliest(), dc.latest(), dc.event(), dc.mainHappening(), dc.about(), dc.participants());
    }

    /** A possessive "'s" and at most two lower-case words (an adjective: "deadly") before the happening's word. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("^['\u2019]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");

    /**
     * Whether the date is a possessive before the happening's word: "Saturday's shooting", "Monday's
     * deadly earthquake". Such a weekday names the happening itself, as news names its own event.
     */
    static boolean possessive(String text, Span date, Span trigger) {
        return trigger.start() >= date.end() && POSSESSIVE.matcher(text.substring(date.end(), trigger.start())).matches();
    }

    /** A date or time naming calendar days or a weekday, not a duration, a set or an open interval. */
    private static boolean candidate(DateClaim dc) {
        if (!("DATE".equals(dc.type()) || "TIME".equals(dc.type())) || dc.mod() != null) {
            return false;
        }
        if (dc.weekdayOnly() != null || dc.monthDay() || dc.clock()) {
            // A month and day in an undated report ("November 18") names its day but for the year;
            // a clock time in a report of no known day ("about 4 p.m.") names its time of day.
            return true;
        }
        return dc.onCalendar() && dc.latest() != Long.MAX_VALUE && !(dc.anchored() && dc.latest() - dc.earliest() > MONTH);
    }

    /** Form -> kind: words that name a happening of a person only beside a date, read here alone ({@code passing-triggers.txt}). */
    static final Map<String, String> PASSING = org.crosscheck.text.Lexicon.pairs(Mentions.class, "passing-triggers.txt");
    /** The most words a form of {@link #PASSING} has. */
    private static final int PASSING_WORDS = 3;
    /** The first words of {@link #PASSING}'s entries: a phrase is looked up only when it starts with one. */
    private static final Set<String> PASSING_FIRST = firstWords(PASSING.keySet());
    /** {@link #PASSING_FIRST} looked up in the text itself: most words near a date begin no listed phrase. */
    private static final org.crosscheck.text.FoldedWords PASSING_FIRST_FOLDED = new org.crosscheck.text.FoldedWords(PASSING_FIRST);
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static Set<String> firstWords(java.util.Collection<String> phrases) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            out.add(space < 0 ? p : p.substring(0, space));
        }
        return Set.copyOf(out);
    }
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}'-]+");

    /** How far, in characters, a listed word is looked for on either side of a date. */
    static final int PASSING_REACH = 120;

    /**
     * The kind of the happening a listed word beside the date names ({@link #PASSING}: "Page
     * disappeared in 1957", "checked herself in on Tuesday"), or null. The word must be {@link
     * #near} the date (articles not counted) with no stop, semicolon or line end between, not be a
     * name (capitalised, unless it opens its sentence: "Born in 1923"), not follow the date across
     * "and" ("moved to Florida in 1957 and married"), not be set apart from a date that dates a
     * noun ("after his 2006 accident"), and be nearer than a trigger or a verb with a date of its
     * own that the clause holds ({@code about}): "announced Friday that he vanished" dates the
     * announcement, unless that verb opens the listed words ("found guilty"). Of two listed words, the nearer; of two as near, the first.
     */
    static String passing(String text, Span date, Happenings.About about) {
        List<Span> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text).region(Math.max(0, date.start() - PASSING_REACH),
                Math.min(text.length(), date.end() + PASSING_REACH));
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        String best = null;
        Span bestPhrase = null;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            Span first = words.get(i);
            if (Character.isUpperCase(text.charAt(first.start())) && !opensSentence(text, first.start())
                    || !PASSING_FIRST_FOLDED.mayContain(text, first.start(), first.end())
                    || !PASSING_FIRST.contains(first.of(text).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int n = Math.min(PASSING_WORDS, words.size() - i); n >= 1; n--) {
                Span phrase = new Span(first.start(), words.get(i + n - 1).end());
                String kind = PASSING.get(SPACES.matcher(phrase.of(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" "));
                if (kind == null) {
                    continue;
                }
                int gap = gap(text, date, phrase);
                if (gap < bestGap && apart(text, date, phrase) && near(text, date, phrase, true)
                        && !ownVerbBefore(text, date, phrase) && !beforeNoun(text, date, phrase)) {
                    best = kind;
                    bestPhrase = phrase;
                    bestGap = gap;
                }
                break;
            }
        }
        // A verb with a date of its own that opens the listed words is theirs ("found guilty" is a verdict, not a finding).
        if (best != null && about.trigger() != null && !within(about.trigger(), bestPhrase) && near(text, date, about.trigger(), true)
                && gap(text, date, about.trigger()) <= bestGap) {
            return null;
        }
        return best;
    }

    /** The text between a date and a word beside it, on either side. */
    static String between(String text, Span date, Span word) {
        int lo = Math.min(date.end(), word.end());
        int hi = Math.max(date.start(), word.start());
        return lo >= hi ? "" : text.substring(lo, hi);
    }

    /** Whether {@code inner} lies inside {@code outer}. */
    static boolean within(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    /**
     * Whether a word and a date stand apart in one sentence: neither overlaps the other, and no
     * stop, semicolon, line end or (after the date) joining word such as "and" stands between.
     */
    static boolean apart(String text, Span date, Span word) {
        if (word.end() > date.start() && word.start() < date.end()) {
            return false;
        }
        int lo = word.start() >= date.end() ? date.end() : word.end();
        String between = word.start() >= date.end() ? text.substring(date.end(), word.start()) : text.substring(word.end(), date.start());
        for (int k = 0; k < between.length(); k++) {
            // The stop of a title or an initial ("In 1953, Mr. Ames shot ...") ends no sentence.
            if (".;!?\n".indexOf(between.charAt(k)) >= 0 && !org.crosscheck.text.Sentences.endsAbbreviation(text, lo + k)) {
                return false;
            }
        }
        return !(word.start() >= date.end() && joined(between));
    }

    /** Words that join a second verb to a first: "moved to Florida in 1957 and married" dates the move. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "then");
    /** Words before a date that make it a noun's ("his 2006 accident", "the 2004 tsunami that killed"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that");

    /**
     * Whether the happening's word follows the date across a joining word and has a date of its own
     * after it in its sentence ({@code dates}: the document's dates): "rescued a ship on November 11
     * and also sunk a trawler on November 19" dates the rescue by the first date and the sinking by
     * the second. Without a date of its own ("entered the office about 10 a.m. and opened fire") the
     * joined verb tells of the same moment and keeps the date.
     */
    static boolean joinedAfter(String text, Span date, Span trigger, List<Span> dates) {
        if (trigger.start() < date.end() || !joined(text.substring(date.end(), trigger.start()))) {
            return false;
        }
        int end = trigger.end();
        while (end < text.length() && ".;!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        for (Span other : dates) {
            if (other.start() >= trigger.end() && other.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /** Whether a conjunction stands in {@code between}. */
    static boolean joined(String between) {
        for (String w : NON_LETTERS.split(between.toLowerCase(java.util.Locale.ROOT))) {
            if (CONJUNCTIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date stands before a noun it dates ("after his 2006 accident"): a determiner is
     * written right before it, and {@code word} is not the word right after it ("the November 18
     * sinking" is a sinking's date).
     */
    static boolean beforeNoun(String text, Span date, Span word) {
        return DETERMINERS.contains(MainHappening.wordBefore(text, date.start()))
                && !(word.start() >= date.end() && text.substring(date.end(), word.start()).isBlank());
    }

    /** How many words stand between a date and a word beside it, articles not counted. */
    static int gap(String text, Span date, Span word) {
        int lo = Math.min(date.end(), word.end());
        int hi = Math.max(date.start(), word.start());
        return lo >= hi ? 0 : words(text.substring(lo, hi), true);
    }

    /** Articles, which add no distance between a date and its happening's word ("disappeared from the scene in 1958"). */
    private static final Set<String> ARTICLES = org.crosscheck.text.Lexicon.ARTICLES;

    /** How many words may stand between a date and its happening's word. */
    static final int NEAR_WORDS = 3;

    /**
     * Whether the happening's word is close to the date, in the same comma-bounded part ("died on
     * Friday", "was arrested Wednesday"), or the date opens the sentence before a comma and the
     * happening's word follows ("In 1969, he was indicted"). Farther off, the date is more often
     * another verb's ("the agency condemned on Friday the attack of Thursday").
     */
    static boolean near(String text, Span date, Span trigger) {
        return near(text, date, trigger, false);
    }

    /** {@link #near(String, Span, Span)}, articles not counted when {@code articlesFree}. */
    static boolean near(String text, Span date, Span trigger, boolean articlesFree) {
        int lo = Math.min(date.end(), trigger.end());
        int hi = Math.max(date.start(), trigger.start());
        if (lo > hi) {
            return true;
        }
        String between = text.substring(lo, hi);
        if (date.end() <= trigger.start() && OFFSET_END.matcher(text.substring(date.start(), date.end())).find()
                && !between.strip().startsWith(",")) {
            // "four years before he broke cover", "the day after the shooting": a time measured from
            // the happening, not its time ("The day before, he was arrested" is the arrest's).
            return false;
        }
        if (date.end() <= trigger.start()) {
            // "on Tuesday, when a blaze destroyed the hall", "at about 7 p.m. when she was struck":
            // a clause opened by "when" right after a date tells what happened at that time.
            java.util.regex.Matcher when = WHEN_AFTER.matcher(between);
            if (when.lookingAt()) {
                between = " " + between.substring(when.end());
            } else {
                // "at about 1 a.m. on Route 9 when police stopped him": the place of the moment
                // stands between the time and its "when".
                String rest = afterPlaceAndWhen(between);
                between = rest != null ? rest : between;
            }
        }
        if (trigger.end() <= date.start()) {
            // The verb that says the happening took place and the happening's place stand between its
            // word and its time ("the blaze, which broke out in the roof of the store at 8.49pm"): they
            // add no distance. A preposition that ends the happening's word opens its place ("checked
            // into a clinic on Friday").
            String last = lastWord(trigger.of(text));
            between = withoutPlaces((PLACE_PREPOSITIONS.contains(last) ? " " + last : "")
                    + withoutAgent(CHARGE_VERBS.contains(last) ? withoutCharge(between) : withoutOccurrence(VerbPhrases.withoutPrice(between))));
        }
        int words = words(between, articlesFree);
        if (words > NEAR_WORDS) {
            return false;
        }
        int comma = between.indexOf(',');
        if (comma < 0) {
            return true;
        }
        return date.start() < trigger.start() && between.indexOf(',', comma + 1) < 0 && opensSentenceAfterOneWord(text, date.start());
    }

    /** The last word of a date measured from what follows it, with no comma between ("four years before", "the day after"). */
    private static final java.util.regex.Pattern OFFSET_END = java.util.regex.Pattern.compile(
            "(?i)\\b(?:before|after)$");

    /** "when", with the comma before it, right after a date: the clause it opens happened at that date. */
    private static final java.util.regex.Pattern WHEN_AFTER = java.util.regex.Pattern.compile("^\\s*,?\\s*when\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The words after "when" in {@code between} (the words from a date to a happening's word after
     * it) when they open with one phrase of place, then "when", with or without a comma before it
     * (" on Route 9 when police "): a preposition of place ({@link #PLACE_PREPOSITIONS}) and one to
     * {@link #PLACE_WORDS} words (articles and further prepositions of place not counted), none of
     * them a word that opens a clause ({@link #CLAUSE_WORDS}); else null. "Driving at about 1 a.m. on Route 9 when police stopped him" times the stop.
     */
    static String afterPlaceAndWhen(String between) {
        String[] w = SPACES.split(between.strip());
        if (w.length < 3 || !PLACE_PREPOSITIONS.contains(w[0].toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int content = 0;
        for (int i = 1; i < w.length; i++) {
            String lower = w[i].toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("when") && content > 0 && !w[i - 1].matches(".*[.;!?]")) {
                StringBuilder out = new StringBuilder();
                for (int j = i + 1; j < w.length; j++) {
                    out.append(' ').append(w[j]);
                }
                return out.append(between.endsWith(" ") ? " " : "").toString();
            }
            String bare = lower.endsWith(",") ? lower.substring(0, lower.length() - 1) : lower;
            if (PLACE_PREPOSITIONS.contains(bare) || ARTICLES.contains(bare)) {
                // A second phrase of place ("on Route 9 near Alder"), and articles, add no words.
                continue;
            }
            if (CLAUSE_WORDS.contains(bare) || ++content > PLACE_WORDS
                    || lower.endsWith(",") && !(i + 1 < w.length && w[i + 1].equalsIgnoreCase("when"))) {
                return null;
            }
        }
        return null;
    }

    /** Prepositions that open a phrase of place ({@code place-prepositions.txt}: "in", "outside", "into"). */
    static final Set<String> PLACE_PREPOSITIONS = org.crosscheck.text.Lexicon.words(Mentions.class, "place-prepositions.txt");
    /** Words that open a new clause or join a second verb ({@code clause-words.txt}: "and", "where", "after"). */
    static final Set<String> CLAUSE_WORDS = org.crosscheck.text.Lexicon.words(Mentions.class, "clause-words.txt");
    /** Last words of a happening's words that take a charge as their object ({@code charge-verbs.txt}: "guilty", "convicted"). */
    static final Set<String> CHARGE_VERBS = org.crosscheck.text.Lexicon.words(Mentions.class, "charge-verbs.txt");
    /** The most words a charge may have after its "to", "of" or "with". */
    static final int CHARGE_WORDS = 4;

    /**
     * {@code between} (the words from a plea's, a verdict's or a charge's word to its date) without
     * the charge right after the word: "to", "of" or "with" and one to {@value #CHARGE_WORDS} lower-case
     * words, none a verb in -ing or -ed, a preposition of place ({@link #PLACE_PREPOSITIONS}) or a
     * word that opens a clause ({@link #CLAUSE_WORDS}): "pleaded guilty [to obstruction of justice] in
     * July 1973". "Convicted of killing a guard in 1990" keeps its words: the date may be the killing's.
     */
    static String withoutCharge(String between) {
        String[] w = SPACES.split(between.strip());
        if (w.length < 2 || !(w[0].equals("to") || w[0].equals("of") || w[0].equals("with"))) {
            return between;
        }
        int n = 1;
        while (n < w.length && n <= CHARGE_WORDS && HYPHENED_LOWER.matcher(w[n]).matches() && !w[n].endsWith("ing") && !w[n].endsWith("ed")
                && !PLACE_PREPOSITIONS.contains(w[n]) && !CLAUSE_WORDS.contains(w[n])) {
            n++;
        }
        if (n == 1) {
            return between;
        }
        return " " + String.join(" ", java.util.Arrays.copyOfRange(w, n, w.length)) + (between.endsWith(" ") ? " " : "");
    }

    /** The most words the doer after "by" may have, articles not counted (a run of capitalised words is one). */
    static final int AGENT_WORDS = 3;

    /**
     * {@code between} (the words from a passive verb of a happening to its date) without the doer
     * named right after the verb: "by" and one to {@value #AGENT_WORDS} words (articles not counted,
     * a name of several capitalised words counting as one), up to the date or a preposition of place
     * ({@link #PLACE_PREPOSITIONS}); none a word that opens a clause ({@link #CLAUSE_WORDS}), a verb
     * in -ing or a figure, and no comma: "was arrested [by the Harbour Police] early Tuesday", "was killed [by
     * a police bullet] on 6 December". "By" with nothing before the date is the date's own ("rescued
     * by about 10am": by that time), and stays.
     */
    static String withoutAgent(String between) {
        String[] w = SPACES.split(between.strip());
        if (w.length < 2 || !w[0].equals("by")) {
            return between;
        }
        int n = 1;
        int content = 0;
        boolean inName = false;
        while (n < w.length) {
            String word = w[n];
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (PLACE_PREPOSITIONS.contains(lower)) {
                break;
            }
            if (word.endsWith(",") || CLAUSE_WORDS.contains(lower) || lower.endsWith("ing") || !NAME_CHARS.matcher(word).matches()) {
                // "by a grand jury sitting in Bergen", "by police, who": the words go on past the doer.
                return between;
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (!ARTICLES.contains(lower) && !(capital && inName) && ++content > AGENT_WORDS) {
                return between;
            }
            inName = capital;
            n++;
        }
        if (content == 0) {
            return between;
        }
        return " " + String.join(" ", java.util.Arrays.copyOfRange(w, n, w.length)) + (between.endsWith(" ") ? " " : "");
    }

    /** Verbs that say only that a happening took place ({@code occurrence-verbs.txt}: "occurred", "took place"). */
    static final Set<String> OCCURRENCE_VERBS = org.crosscheck.text.Lexicon.words(Mentions.class, "occurrence-verbs.txt");
    /** An occurrence verb with the relative pronoun and auxiliary before it ("that had taken place"), at the start of the words between. */
    private static final java.util.regex.Pattern OCCURRENCE = java.util.regex.Pattern.compile(
            "^\\s*(?:,?\\s*(?:that|which)\\s+)?(?:(?:had|has|have)\\s+)?(" + String.join("|", OCCURRENCE_VERBS.stream()
                    .map(v -> v.replace(" ", "\\s+")).sorted(java.util.Comparator.comparing(String::length).reversed()).toList())
                    + ")(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@code between} (the words from a happening's noun to its date) without the verb right after
     * the noun that says only that it took place, with its "that" and "had" ({@link
     * #OCCURRENCE_VERBS}): "a shooting [that occurred] Monday", "the crash [happened] shortly
     * after 7 p.m.", "a shooting [that had taken place] the previous day", "the blaze[, which broke
     * out] on the roof at about 8.40pm".
     */
    static String withoutOccurrence(String between) {
        java.util.regex.Matcher m = OCCURRENCE.matcher(between);
        return m.lookingAt() ? " " + between.substring(m.end()) : between;
    }

    /** The last word of {@code words}, lower case. */
    private static String lastWord(String words) {
        String[] w = SPACES.split(words.strip());
        return w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    /** The most words a phrase of place may have after its preposition, articles not counted. */
    static final int PLACE_WORDS = 5;

    /**
     * {@code between} (the words from a happening's word to its date) without the phrases of place
     * in it: a preposition of place ({@link #PLACE_PREPOSITIONS}) and the words after it, up to the
     * next such preposition, at most {@link #PLACE_WORDS} of them, none of them a word that opens a
     * clause ({@link #CLAUSE_WORDS}): "broke out [in the roof of the store] at", "was arrested [at
     * his home] [in Athens] on". A phrase that runs into a clause word is kept whole ("in the
     * hospital where he was taken on"): the date may be the later verb's. A preposition with no
     * word after it is the date's own ("at", "on") and stays.
     */
    static String withoutPlaces(String between) {
        String[] w = SPACES.split(between.strip());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length) {
            int end = PLACE_PREPOSITIONS.contains(w[i].toLowerCase(java.util.Locale.ROOT)) ? placeEnd(w, i) : i;
            if (end == i && heading(w[i]) && i + 1 < w.length && PLACE_PREPOSITIONS.contains(w[i + 1].toLowerCase(java.util.Locale.ROOT))
                    && placeEnd(w, i + 1) > i + 2) {
                // A heading before a phrase of place is part of it ("westbound on Route 9", "east on Main Street").
                i++;
                continue;
            }
            if (end > i + 1) {
                if (w[end - 1].endsWith(",")) {
                    // The state or country of a town, between commas, is part of its place ("in
                    // Rancho Mirage, Calif., on Thursday", "in Athens, Greece, on Saturday").
                    int region = regionEnd(w, end);
                    if (region > end) {
                        i = region;
                        continue;
                    }
                    // A comma that ends the phrase still parts the happening from the date.
                    out.append(',');
                }
                i = end;
                continue;
            }
            out.append(' ').append(w[i]);
            i++;
        }
        return out.toString();
    }

    /**
     * Whether a word is a heading: a point of the compass ({@link AttributeExtractor#COMPASS}: "west"),
     * or one with "bound" ("westbound", "north-bound").
     */
    static boolean heading(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("bound")) {
            w = w.substring(0, w.length() - "bound".length());
            w = w.endsWith("-") ? w.substring(0, w.length() - 1) : w;
        }
        return AttributeExtractor.COMPASS.contains(w);
    }

    /** The most words the state or country of a town may have ("New South Wales"). */
    static final int REGION_WORDS = 3;

    /**
     * The index after the state or country written between commas after a town's name, from
     * {@code at} (the word after the town's comma): one to {@value #REGION_WORDS} capitalised words, the
     * last ending in a comma ("Calif.,", "New South Wales,"); {@code at} when there is none.
     */
    static int regionEnd(String[] w, int at) {
        for (int j = at; j < w.length && j < at + REGION_WORDS; j++) {
            if (w[j].isEmpty() || !Character.isUpperCase(w[j].charAt(0))) {
                return at;
            }
            if (w[j].endsWith(",")) {
                return j + 1;
            }
        }
        return at;
    }

    /** The index after the phrase of place that the preposition at {@code at} opens, or {@code at} when it opens none. */
    private static int placeEnd(String[] w, int at) {
        int j = at + 1;
        int content = 0;
        while (j < w.length) {
            String lower = w[j].toLowerCase(java.util.Locale.ROOT);
            if (PLACE_PREPOSITIONS.contains(lower)) {
                break;
            }
            if (CLAUSE_WORDS.contains(lower)) {
                return at;
            }
            if (!ARTICLES.contains(lower) && ++content > PLACE_WORDS) {
                return at;
            }
            j++;
            if (w[j - 1].endsWith(",")) {
                return j;
            }
        }
        // A phrase that ends in "of" just before the date holds it ("in the winter of 1957"): no place.
        return j == w.length && w[j - 1].equalsIgnoreCase("of") ? at : j;
    }

    /**
     * How many words stand in {@code between}, a run of capitalised words counting as one: a
     * name is one thing however long ("checked into Promises Treatment Center on Friday").
     */
    static int words(String between) {
        return words(between, false);
    }

    /** {@link #words(String)}, articles not counted when {@code articlesFree}. */
    static int words(String between, boolean articlesFree) {
        int n = 0;
        boolean inName = false;
        for (String w : SPACES.split(between.strip())) {
            if (w.isEmpty()) {
                continue;
            }
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (!(capital && inName) && !(articlesFree && ARTICLES.contains(w))) {
                n++;
            }
            inName = capital;
        }
        return n;
    }

    /** Whether only "In" or "On" stands between the start of its sentence (or line) and {@code at}. */
    static boolean opensSentence(String text, int at) {
        int k = skipSpaces(text, at);
        if (k >= 2 && (text.startsWith("In", k - 2) || text.startsWith("On", k - 2))
                && (k == 2 || !Character.isLetter(text.charAt(k - 3)))) {
            k = skipSpaces(text, k - 2);
        }
        return k == 0 || ".!?\n\"\u201c".indexOf(text.charAt(k - 1)) >= 0;
    }

    /**
     * Whether the date opens its sentence ({@link #opensSentence}), or follows one word of the
     * sentence's own and its comma, with "in" or "on" before the date or not: "Then, on November
     * 18, it had sunk the trawler", "Later, on Friday, he was arrested". The word and its comma set
     * the sentence in its order of telling; the date still opens what the sentence tells.
     */
    static boolean opensSentenceAfterOneWord(String text, int at) {
        if (opensSentence(text, at)) {
            return true;
        }
        int k = skipSpaces(text, at);
        if (k >= 3 && (text.regionMatches(true, k - 2, "in", 0, 2) || text.regionMatches(true, k - 2, "on", 0, 2))
                && text.charAt(k - 3) == ' ') {
            k = skipSpaces(text, k - 2);
        }
        if (k < 2 || text.charAt(k - 1) != ',') {
            return false;
        }
        int end = k - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start)) && opensSentence(text, start);
    }

    private static int skipSpaces(String text, int at) {
        int k = at;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k;
    }

    /**
     * Whether a verb with a date of its own stands before the date in its comma-bounded part, with
     * the happening's word after the date: "Palin apologized to the pastor Saturday if the fire was
     * connected" dates the apology; the date follows the verb it belongs to.
     */
    static boolean ownVerbBefore(String text, Span date, Span trigger) {
        if (trigger.start() < date.start()) {
            return false;
        }
        int from = date.start();
        while (from > 0 && ",;:\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        for (String w : NON_LETTERS.split(text.substring(from, date.start()).toLowerCase(java.util.Locale.ROOT))) {
            if (Happenings.OWN_DATE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare weekday with the word for a part of the day written beside it ({@code day-part-words.txt}:
     * "late Thursday", "Thursday night"), that word taken into its words: reports of one night give it
     * as either day, which the comparison reads from the words ({@link DateClaim#partOfDay}), so a day
     * apart with a part of the day is not reported ("late Thursday" and "early Friday"), while two days
     * apart are ("early Saturday" and "Thursday"). Any other date is returned as it is; null when the
     * word beside it is a part of the day the comparison does not read (it is then not compared).
     */
    static DateClaim withDayPart(String text, DateClaim dc) {
        if (dc.weekdayOnly() == null) {
            return dc;
        }
        int start = dc.span().start();
        int end = dc.span().end();
        String before = MainHappening.wordBefore(text, start);
        String after = MainHappening.wordAfter(text, end);
        boolean partBefore = MainHappening.DAY_PARTS.contains(before);
        boolean partAfter = MainHappening.DAY_PARTS.contains(after);
        if (!partBefore && !partAfter) {
            return dc;
        }
        if (partBefore && !DateClaim.partOfDay(before) || partAfter && !DateClaim.partOfDay(after)) {
            return null;
        }
        if (partBefore) {
            start = skipSpacesBack(text, start) - before.length();
        }
        if (partAfter) {
            end = skipSpacesForward(text, end) + after.length();
        }
        Span span = new Span(start, end);
        return new DateClaim(dc.document(), span, span.of(text), dc.type(), dc.value(), dc.mod(), dc.anchor(), dc.borrowed(),
                dc.earliest(), dc.latest(), dc.event(), dc.mainHappening(), dc.about(), dc.participants());
    }

    /** Where the white space that ends at {@code at} starts. */
    private static int skipSpacesBack(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Where the white space that starts at {@code at} ends. */
    private static int skipSpacesForward(String text, int at) {
        int s = at;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    private static boolean inside(Span span, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.start() <= span.start() && span.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
