package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.QuantityMatch;
import org.crosscheck.text.QuantityParser;
import org.crosscheck.text.Sentences;

/**
 * Figures in the article's sentences, with what they count, who gives them and the date they
 * were true as of. What is counted comes from the head noun after the number and the verb or
 * participle around it ("killed at least 43 people", "13,000 people killed" are both deaths).
 */
final class QuantityExtractor {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern STOPS_AND_APOSTROPHES = Pattern.compile("[.\u2019']");


    static final Map<String, String> NOUNS = Lexicon.pairs(QuantityExtractor.class, "count-nouns.txt");
    static final Set<String> PEOPLE = Lexicon.words(QuantityExtractor.class, "people-nouns.txt");
    /** One person named in the singular ("one man", "one victim"), and the plural of {@link #PEOPLE} it is counted as. */
    static final Map<String, String> PERSON = Lexicon.pairs(QuantityExtractor.class, "people-singulars.tsv");
    /** Participles of a harm or of another act done to the people counted ({@link PeopleActs}). */
    static final Map<String, String> PARTICIPLES = PeopleActs.with(Lexicon.pairs(QuantityExtractor.class, "count-participles.txt"));
    /** Verbs of a harm or of another act done to the people counted ({@link PeopleActs}). */
    static final Map<String, String> VERBS = PeopleActs.with(Lexicon.pairs(QuantityExtractor.class, "count-verbs.txt"));
    private static final Set<String> COMPARABLE = PeopleActs.withMeasures(Set.of(
            "troops", "killed", "injured", "arrested", "missing", "evacuated", "displaced", "magnitude", "aftershocks"));
    private static final Set<String> EVENT_SCOPED = PeopleActs.withMeasures(Set.of(
            "killed", "injured", "arrested", "missing", "evacuated", "displaced", "magnitude", "aftershocks"));
    private static final Set<String> CUMULATIVE = PeopleActs.withMeasures(
            Set.of("killed", "injured", "arrested", "evacuated", "displaced", "aftershocks"));
    private static final Set<String> GENERIC_SOURCE_WORDS = Set.of(
            "inputs", "input", "reports", "report", "estimates", "estimate", "sources", "source", "data", "figures",
            "figure", "statement", "statements", "press", "release");
    static final Set<String> THEFT = Lexicon.words(QuantityExtractor.class, "theft-words.txt");
    /** Words that name a toll's people as the subject of a clause ("the dead", "the injured"): the count nouns, verbs ("toll") and participles. */
    static final Map<String, String> TOLL_SUBJECTS;

    static {
        Map<String, String> subjects = new java.util.HashMap<>(NOUNS);
        subjects.putAll(VERBS);
        subjects.putAll(PARTICIPLES);
        TOLL_SUBJECTS = java.util.Collections.unmodifiableMap(subjects);
    }
    /** Verbs that say a count went up, before "to" and the figure ("the toll rose to 10"). */
    static final Set<String> RISE_WORDS = Lexicon.words(QuantityExtractor.class, "rise-words.txt");
    /** Nouns that say no more than the model name before them ("AK-47 rifles", "AK 47 guns"). */
    static final Set<String> MODEL_NOUNS = Lexicon.words(QuantityExtractor.class, "model-nouns.txt");
    /** Nouns of counted things, in the singular, and the noun each is counted as ("skiff" as "boat"). */
    static final Map<String, String> SAME_THINGS = Lexicon.pairs(QuantityExtractor.class, "counted-noun-synonyms.tsv");
    /** What a count of a model's things counts, whatever noun follows the model. */
    static final String MODEL_THING = "weapon";
    static final Map<String, String> ACTS = Lexicon.pairs(QuantityExtractor.class, "count-acts.txt");
    /** The act of people who take part in a march or protest: their figure is a crowd's size. */
    static final String MARCHED = "marched";
    /** Words after a counted noun that may stand before the act: "355 shops were damaged". */
    private static final Set<String> BEFORE_ACT = Set.of(
            "were", "was", "have", "has", "had", "been", "are", "is", "being", "reportedly", "also", "that", "which", "who");
    /**
     * Words that may stand between a counted noun and the participle that says what happened to
     * the people counted: auxiliaries, relatives, and words of report or belief ("were feared
     * dead", "are believed killed", "had been confirmed dead"; {@code count-hedge-words.txt}).
     */
    static final Set<String> BEFORE_PARTICIPLE = Lexicon.words(QuantityExtractor.class, "count-hedge-words.txt");
    /**
     * Nouns of {@code count-verbs.txt} that count a figure only through a link and a determiner
     * ({@code linked-count-nouns.txt}: "the death of three workers", "shot to death one man").
     */
    static final Set<String> LINKED_NOUNS = Lexicon.words(QuantityExtractor.class, "linked-count-nouns.txt");

    /**
     * Whether the last {@code noun} of {@code before} (the words before a figure, its hedge left out)
     * is followed only by words of {@link #LINKS} and determiners ({@code phrase-determiners.txt}):
     * "death of these" before "three people", "death" right before "one person".
     */
    static boolean linkedOnly(List<String> before, String noun) {
        int at = before.lastIndexOf(noun);
        if (at < 0) {
            return false;
        }
        for (String w : before.subList(at + 1, before.size())) {
            if (!LINKS.contains(w) && !CountedPhrases.DETERMINERS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words that join a count's verb or noun to its figure: "a toll of 24", "put the toll at 24", "rose to 24". */
    static final Set<String> LINKS = Lexicon.words(QuantityExtractor.class, "count-links.txt");
    /** Verbs of {@code count-verbs.txt} that count people only with a noun after the figure: "lost seven soldiers". */
    static final Set<String> NOUN_BOUND_VERBS = Lexicon.words(QuantityExtractor.class, "noun-bound-verbs.txt");
    /** Words that end the noun phrase of a counted thing. */
    static final Set<String> PHRASE_END = Set.of(
            "of", "in", "on", "at", "to", "from", "by", "with", "and", "or", "for", "as", "than", "that", "which", "who",
            "were", "was", "are", "is", "have", "has", "had", "been", "the", "a", "an", "along", "across", "near", "inside",
            "outside", "around", "during", "after", "before", "over", "under", "into", "through", "throughout", "since",
            "within", "against", "among", "between", "overnight");
    /** Words before a figure that make it an increment, not a total: "another 20,000 marched", "an additional six engines". */
    private static final Set<String> INCREMENT = Set.of("another", "further", "additional", "other", "more");

    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b[Aa]ccording to (?:the )?([^,.;:\u201c\u201d\"()]{2,60})");
    private static final Pattern SUBJECT_SAID = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,4}\\p{Lu}[\\p{L}.'\u2019-]*|officials|police|authorities|the ministry|the army|witnesses)"
                    + "\\s+(?:said|says|reported|estimated|estimates|told|announced|accused|claimed|claims|added|stated|confirmed|counted|put)\\b");
    private static final String[] SUBJECT_SAID_VERBS = {"said", "says", "reported", "estimate", "told", "announced",
        "accused", "claim", "added", "stated", "confirmed", "counted", "put"};
    private static final Pattern SAID_SUBJECT = Pattern.compile(
            "\\b(?:said|says|according to)\\s+((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s*){1,4})");
    private static final String[] SAID_SUBJECT_WORDS = {"said", "says", "according to"};
    private static final int MAX_SENTENCE_FOR_ATTRIBUTION = 2000;
    /** Capitalized words that start a sentence before a verb but name nobody: "An estimated 2 million". */
    private static final Set<String> NOT_AGENTS = Set.of(
            "a", "an", "the", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "who");
    /** Head counts that do not narrow who is counted. */
    private static final Set<String> GENERIC_PEOPLE = Set.of("people", "persons", "person", "others", "victims");
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been", "be");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?:19|20)\\d\\d(?![\\d,])");

    private QuantityExtractor() {
    }

    /** An age written as a compound or with "old" after the figure: "-year-old", "-year old", " years old". */
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)[-\\s]years?[-\\s]old(?![\\p{L}])");

    /**
     * Whether the figure ending at {@code end} is an age ("a 59-year-old grandmother", "an 11-year old
     * girl", "she was 27 years old"): a person's age, never a count of years ({@link DescribedAges}
     * reads it as the age of the person it describes).
     */
    static boolean age(String text, int end) {
        return AGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
    }

    /** "No one was killed", "not one": a count of none, not the number one. */
    static boolean noOne(String text, int start, int end) {
        if (!text.substring(start, end).equalsIgnoreCase("one")) {
            return false;
        }
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int e = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        String before = text.substring(k + 1, e).toLowerCase(java.util.Locale.ROOT);
        return before.equals("no") || before.equals("not");
    }

    /**
     * @param reportedAt the publication instant in epoch seconds (the earliest it can be), or
     *                   {@link DateClaim#NO_DAY}: orders figures of the same day
     * @param reportedLatest the latest the publication instant can be, or {@link DateClaim#NO_DAY}
     */
    static List<QuantityClaim> extract(CleanedDocument doc, List<DateClaim> dates, LocalDate anchor, String anchorName,
                                       long reportedAt, long reportedLatest) {
        return extract(doc, figures(doc), dates, anchor, anchorName, reportedAt, reportedLatest);
    }

    /**
     * The document's figures, sentence by sentence, in the order they are read: the body is read
     * before the headline, since a headline drops hedges ("1 dead" over "killing at least one
     * person"), so a figure the body gives for a measure is the article's claim, and the
     * headline's only where the body gives none.
     */
    static Figures figures(CleanedDocument doc) {
        String text = doc.text();
        List<Block> blocks = doc.content();
        List<Figures.Sentence> out = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if ((b.kind() == Block.Kind.TITLE) != (pass == 1)) {
                    continue;
                }
                for (int[] s : Sentences.split(text, b.span().start(), b.span().end())) {
                    List<QuantityMatch> found = QuantityParser.find(text, s[0], s[1]);
                    List<GameClocks.Clock> clocks = GameClocks.find(text, s[0], s[1]);
                    if (found.isEmpty() && clocks.isEmpty()) {
                        continue;
                    }
                    String[] attribution = s[1] - s[0] <= MAX_SENTENCE_FOR_ATTRIBUTION ? attribution(text.substring(s[0], s[1])) : null;
                    out.add(new Figures.Sentence(k, s[0], s[1], found, clocks, attribution == null ? null : attribution[0],
                            attribution == null ? null : attribution[1], severalHappenings(found)));
                }
            }
        }
        List<List<TollWords.Toll>> tolls = new ArrayList<>(blocks.size());
        List<Figures.Days> days = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            tolls.add(b.kind() == Block.Kind.TITLE ? List.of() : TollWords.find(text, b.span().start(), b.span().end()));
            for (int[] s : Sentences.split(text, b.span().start(), b.span().end())) {
                List<OngoingDays.Count> counts = OngoingDays.find(text, s[0], s[1]);
                if (!counts.isEmpty()) {
                    days.add(new Figures.Days(k, s[0], s[1], counts));
                }
            }
        }
        return new Figures(out, tolls, days);
    }

    /**
     * The claims of the document's {@code figures} ({@link #figures}), read against its dates and
     * the date they are resolved against: what is background, what each figure is as of, which
     * figure is first for its measure. Claims are listed in text order.
     */
    static List<QuantityClaim> extract(CleanedDocument doc, Figures figures, List<DateClaim> dates, LocalDate anchor,
                                       String anchorName, long reportedAt, long reportedLatest) {
        return extract(doc, figures, dates, anchor, anchorName, reportedAt, reportedLatest, null);
    }

    /**
     * {@link #extract(CleanedDocument, Figures, List, LocalDate, String, long, long)}, taking each
     * figure's date-free reading from {@code figures} where one is kept ({@link Figures#reading}) and
     * putting each figure's date-free reading into {@code keep} when it is not null: a reading
     * against another date ({@link Extractor#reanchored}) then redoes only what depends on the date.
     */
    static List<QuantityClaim> extract(CleanedDocument doc, Figures figures, List<DateClaim> dates, LocalDate anchor,
                                       String anchorName, long reportedAt, long reportedLatest,
                                       java.util.Map<QuantityMatch, Figures.Reading> keep) {
        String text = doc.text();
        String id = doc.document().id();
        java.util.Set<String> firstFor = new java.util.HashSet<>();
        List<Block> blocks = doc.content();
        List<List<QuantityClaim>> perBlock = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            perBlock.add(new ArrayList<>());
        }
        for (Figures.Sentence fs : figures.sentences()) {
            Block b = blocks.get(fs.block());
            List<QuantityClaim> out = perBlock.get(fs.block());
            int[] s = {fs.start(), fs.end()};
            int fromHere = out.size();
            // The clause tie of each claim added for this sentence, when its figure's reading gave it (else null).
            List<FigureClause.Tie> ties = new ArrayList<>();
            List<QuantityMatch> found = fs.found();
            String sentence = text.substring(s[0], s[1]);
            boolean background = background(sentence, s, dates, anchor) || fs.severalHappenings();
            String[] attribution = fs.who() == null ? null : new String[] {fs.who(), fs.whoNormal()};
            int killedEnd = -1;
            boolean injuredHere = false;
            for (QuantityMatch q : found) {
                DateClaim overlapped = dateAt(q, dates);
                Durations.Measure duration = overlapped == null ? null : Durations.measure(q, overlapped);
                if (overlapped != null && duration == null || noOne(text, q.start(), q.end()) || age(text, q.end())) {
                    continue;
                }
                DateClaim asOf = asOf(q.start(), dates, s);
                long asOfDay = asOf != null ? asOf.earliest() : anchor != null ? anchor.toEpochDay() : DateClaim.NO_DAY;
                String asOfSource = asOf != null ? "\"" + asOf.text() + "\" in the same sentence"
                        : anchor != null ? anchorName : null;
                if (duration != null) {
                    // A length of time tied to what it times: its document's first for that act
                    // outside sentences about other times is the claim about its event.
                    String dm = duration.name();
                    double f = duration.factor();
                    Span span = new Span(q.start(), Math.max(q.end(), overlapped.span().end()));
                    // A time "ago" is as of the article's own day, and no finer than its unit:
                    // "two weeks ago" is anything from a week and a half to two and a half.
                    boolean since = dm.startsWith(QuantityClaim.SINCE);
                    long day = !since ? asOfDay : anchor != null ? anchor.toEpochDay() : DateClaim.NO_DAY;
                    String daySource = !since ? asOfSource : anchor != null ? anchorName : null;
                    boolean widen = since && (q.low() > q.value() - 0.5 || q.high() < q.value() + 0.5);
                    double low = widen ? Math.min(q.low(), q.value() - 0.5) : q.low();
                    double high = widen ? Math.max(q.high(), q.value() + 0.5) : q.high();
                    out.add(new QuantityClaim(id, span, span.of(text), dm, null, q.value() * f, q.hedge(),
                            low * f, !widen && q.lowOpen(), high * f, widen || q.highOpen(), q.precision() * f,
                            attribution == null ? null : attribution[1], attribution == null ? null : attribution[0],
                            day, daySource, reportedAt, reportedLatest, null,
                            duration.compared() && !background && firstFor.add(dm), duration.compared(), false, null, null, null));
                    ties.add(null);
                    continue;
                }
                Figures.Reading kept = figures.reading(q);
                Figures.Reading reading = kept != null ? kept : reading(q, text, s);
                if (keep != null) {
                    keep.put(q, reading);
                }
                String[] measure = reading.measure();
                CountedPhrases.Reread reread = reading.reread();
                String m = measure[0];
                if (m.equals("killed") && killedEnd < 0) {
                    killedEnd = q.end();
                }
                injuredHere |= m.equals("injured");
                boolean namedMoney = MoneyMeasures.named(m);
                boolean eventScoped = EVENT_SCOPED.contains(m) || m.startsWith("value stolen") || namedMoney;
                // A document's claim about its event is its first figure for a measure, outside
                // sentences about other times (earlier quakes, last year's toll, aftershocks).
                boolean counted = m.equals(MARCHED) || m.indexOf(' ') > 0 && !m.startsWith("value stolen")
                        && !m.startsWith(CountedPhrases.WORTH);
                eventScoped |= counted;
                boolean cumulative = CUMULATIVE.contains(m) || counted && !m.equals(MARCHED) || MoneyMeasures.rising(m);
                boolean kind = COMPARABLE.contains(m) || m.startsWith("value stolen") || counted || namedMoney;
                // A count of things or a crowd its clause places ("10 houses were damaged in
                // Takengon") counts that place's share: the place is part of what is counted
                // (grouping drops it again when nearly every report of the event names the
                // place), and the document's first count for each place is its claim.
                String place = counted && b.kind() != Block.Kind.TITLE ? scope(text, q.end(), s[1], dates) : null;
                if (place != null) {
                    m = m + QuantityClaim.SCOPE + place;
                }
                // "Sent 3,000 troops", "5,000 soldiers were withdrawn": what was done with troops
                // is part of what is counted (TroopActs); a figure its own clause makes planned or
                // possible ("plans to send 5,000 troops", "may lay off 300") is compared only with
                // other such figures (CountMoods).
                String keyed = TroopActs.measure(m, text, s[0], s[1], q.start(), q.end());
                if (CountMoods.planned(text, s[0], s[1], q.start(), q.end())) {
                    keyed = QuantityClaim.PLANNED + keyed;
                }
                boolean comparable = kind && !(reread != null && reread.part())
                        && !(namedMoney && MoneyMeasures.possible(text, s[0], q.start()))
                        && !(namedMoney && !MoneyMeasures.comparable(m, measure[1]))
                        && !PeopleActs.part(m, increment(q), q.value(), text.substring(q.end(), s[1]))
                        && !(counted && (increment(q) || modifier(text, q.start(), q.end())))
                        && !(eventScoped && (background || !first(firstFor, keyed + "|" + measure[1], q)
                                // "seven rifles and three other rifles": the other ones are a part of a count already given.
                                || OTHER.equals(measure[1]) && firstFor.contains(keyed + "|null")));
                Span span = new Span(q.start(), q.end());
                // "The death toll rose to 10": a count its words tell as risen is a revised one.
                String hedge = cumulative && q.hedge().isEmpty() && toldRisen(text, q.start()) ? QuantityClaim.RISEN : q.hedge();
                out.add(new QuantityClaim(id, span, span.of(text), keyed, measure[1], q.value(), hedge,
                        q.low(), q.lowOpen(), q.high(), q.highOpen(), q.precision(),
                        attribution == null ? null : attribution[1], attribution == null ? null : attribution[0],
                        asOfDay, asOfSource, reportedAt, reportedLatest, q.alsoWritten(), comparable, eventScoped,
                        cumulative, null, measure[2], null));
                ties.add(reading.tie());
            }
            // "With 6:11 to go", "a drive that ate up 6:05": game time left or used, read, never
            // compared (one report gives the clock at many moments of one game).
            for (GameClocks.Clock gc : fs.clocks()) {
                DateClaim asOf = asOf(gc.span().start(), dates, s);
                long asOfDay = asOf != null ? asOf.earliest() : anchor != null ? anchor.toEpochDay() : DateClaim.NO_DAY;
                String asOfSource = asOf != null ? "\"" + asOf.text() + "\" in the same sentence" : anchor != null ? anchorName : null;
                out.add(new QuantityClaim(id, gc.span(), gc.span().of(text), gc.measure() + QuantityClaim.UNITS_OF_TIME.get(0), null,
                        gc.seconds(), "", gc.seconds(), false, gc.seconds(), false, 1,
                        attribution == null ? null : attribution[1], attribution == null ? null : attribution[0],
                        asOfDay, asOfSource, reportedAt, reportedLatest, null, false, false, false, null, null, null));
            }
            // "Two people were killed and another wounded": one hurt, told beside the toll of the dead.
            Span one = killedEnd < 0 || injuredHere || b.kind() == Block.Kind.TITLE ? null : OneMoreHurt.after(text, killedEnd, s[1]);
            if (one != null) {
                DateClaim asOf = asOf(one.start(), dates, s);
                long asOfDay = asOf != null ? asOf.earliest() : anchor != null ? anchor.toEpochDay() : DateClaim.NO_DAY;
                String asOfSource = asOf != null ? "\"" + asOf.text() + "\" in the same sentence" : anchor != null ? anchorName : null;
                out.add(new QuantityClaim(id, one, one.of(text), "injured", null, 1, "", 1, false, 1, false, 1,
                        attribution == null ? null : attribution[1], attribution == null ? null : attribution[0],
                        asOfDay, asOfSource, reportedAt, reportedLatest, null, !background && firstFor.add("injured|null"), true,
                        true, null, null, null));
            }
            // Each figure's own clause names its act and owner ("the quake killed 12", "Brand's $82 million").
            for (int k = fromHere; k < out.size(); k++) {
                FigureClause.Tie tie = k - fromHere < ties.size() ? ties.get(k - fromHere) : null;
                out.set(k, tie != null ? FigureClause.tie(out.get(k), tie) : FigureClause.tie(out.get(k), text, s[0], s[1]));
            }
        }
        // "No one was killed", "a man was killed": a toll told without a figure, the article's claim
        // only where it gives no figure for that measure (TollWords).
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind() == Block.Kind.TITLE) {
                continue;
            }
            List<TollWords.Toll> tolls = figures.tolls().get(k);
            if (tolls.isEmpty()) {
                continue;
            }
            List<int[]> sentences = Sentences.split(text, b.span().start(), b.span().end());
            for (TollWords.Toll t : tolls) {
                int[] s = sentences.stream().filter(x -> x[0] <= t.span().start() && t.span().end() <= x[1]).findFirst().orElse(null);
                if (s == null) {
                    continue;
                }
                String sentence = text.substring(s[0], s[1]);
                String[] attribution = s[1] - s[0] <= MAX_SENTENCE_FOR_ATTRIBUTION ? attribution(sentence) : null;
                DateClaim asOf = asOf(t.span().start(), dates, s);
                long asOfDay = asOf != null ? asOf.earliest() : anchor != null ? anchor.toEpochDay() : DateClaim.NO_DAY;
                String asOfSource = asOf != null ? "\"" + asOf.text() + "\" in the same sentence" : anchor != null ? anchorName : null;
                String key = t.measure() + "|null";
                boolean comparable = !background(sentence, s, dates, anchor) && !firstFor.contains(key) && firstFor.add(key);
                List<QuantityClaim> out = perBlock.get(k);
                int at = 0;
                while (at < out.size() && out.get(at).span().start() <= t.span().start()) {
                    at++;
                }
                out.add(at, new QuantityClaim(id, t.span(), t.span().of(text), t.measure(), null, t.value(), "",
                        t.value(), false, t.value(), false, 1,
                        attribution == null ? null : attribution[1], attribution == null ? null : attribution[0],
                        asOfDay, asOfSource, reportedAt, reportedLatest, null, comparable, true, true, null, t.counted(), null));
            }
        }
        // "On the eighth day of protests": the day a running happening has reached, compared only
        // where its sentence writes the day it is as of (OngoingDays).
        for (Figures.Days fd : figures.days()) {
            int k = fd.block();
            int[] s = {fd.start(), fd.end()};
            List<OngoingDays.Count> counts = fd.counts();
            String sentence = text.substring(s[0], s[1]);
            String[] attribution = s[1] - s[0] <= MAX_SENTENCE_FOR_ATTRIBUTION ? attribution(sentence) : null;
            List<QuantityClaim> out = perBlock.get(k);
            for (OngoingDays.Count c : counts) {
                DateClaim day = countDay(text, c.span(), dates, s);
                long asOfDay = day != null ? day.earliest() : anchor != null ? anchor.toEpochDay() : DateClaim.NO_DAY;
                String asOfSource = day != null ? "\"" + day.text() + "\" in the same sentence" : anchor != null ? anchorName : null;
                String m = OngoingDays.measure(c.act());
                boolean comparable = day != null && !background(sentence, s, dates, anchor) && firstFor.add(m);
                int at = 0;
                while (at < out.size() && out.get(at).span().start() <= c.span().start()) {
                    at++;
                }
                out.add(at, new QuantityClaim(id, c.span(), c.span().of(text), m, null, c.day(), "", c.day(), false, c.day(), false, 1,
                        attribution == null ? null : attribution[1], attribution == null ? null : attribution[0],
                        asOfDay, asOfSource, reportedAt, reportedLatest, null, comparable, true, false, null, null, null));
            }
        }
        List<QuantityClaim> all = new ArrayList<>();
        perBlock.forEach(all::addAll);
        return all;
    }

    /**
     * What the reading of the figure {@code q} in the sentence {@code s} finds that depends on the
     * text alone ({@link Figures.Reading}): its measure, subject and counted people from its own words,
     * its list, the reading past its usual words, an aside, a toll's subject, its clause and what it
     * rode in; and its clause's tie over its own words.
     */
    static Figures.Reading reading(QuantityMatch q, String text, int[] s) {
        // The list's act is read (a tokenising of the sentence) only when the count's own words give none.
        String[] measure = measure(q, () -> ListActs.act(text, q.start(), q.end(), s[0], s[1]));
        // "23 heavily armed pirates", "three of the people": read past what the usual reading stops at.
        CountedPhrases.Reread reread = nounless(measure[0]) ? CountedPhrases.reread(q, text, s[1]) : null;
        if (reread != null) {
            measure = measure(reread.match(), () -> ListActs.act(text, q.start(), q.end(), s[0], s[1]));
        }
        FigureClause.Tie tie = null;
        if (measure[0].equals("people")) {
            // "Ten people, including three children, were killed": the act stands past the aside.
            String act = actPastAside(text, q.end(), s[1]);
            if (act != null) {
                measure = new String[] {act, measure[1], measure[2]};
            }
        }
        if (measure[0].equals("count") || PHRASE_END.contains(measure[0])) {
            // "The death toll from the quake has risen to 20": past the words the figure's match holds.
            String toll = TollSubjects.measure(TollSubjects.wordsBefore(text, s[0], q.start()), TOLL_SUBJECTS, PEOPLE,
                    RISE_WORDS, true);
            if (toll != null) {
                measure = new String[] {toll, null, measure[2]};
            }
        }
        if (measure[1] == null && ClauseActs.nounAlone(measure[0])) {
            // "The navy seized, in two raids, seven boats": the act the figure's clause does
            // to its noun, past the words read beside it; the clause's owner narrows it.
            tie = FigureClause.of(text, s[0], s[1], q.start(), q.end());
            String thing = ClauseActs.measure(measure[0], tie.act(), text, s[0], s[1], q.start(), q.end());
            if (thing != null) {
                measure = new String[] {thing, tie.owner(), measure[2]};
            }
        }
        if (measure[1] == null && ClauseActs.nounAlone(measure[0])) {
            // "The gunmen, in two cars, opened fire": the vehicles a group rode in.
            String ridden = RiddenVehicles.measure(measure[0], text, s[0], s[1], q.start(), q.end());
            if (ridden != null) {
                measure = new String[] {ridden, null, measure[2]};
            }
        }
        if (measure[0].equals("people") && CrowdPurposes.marched(text.substring(q.end(), s[1]))) {
            // "Nearly 90 people set off from the square to march": a count of marchers.
            measure = new String[] {MARCHED, measure[1], measure[2]};
        }
        // The tie of the clause over the figure's own words, read once for the measure and the claim.
        return new Figures.Reading(measure, reread, tie != null ? tie : FigureClause.of(text, s[0], s[1], q.start(), q.end()));
    }

    /** The date of one day in the sentence that tells the day of a running happening's count, the nearest, or null. */
    private static DateClaim countDay(String text, Span count, List<DateClaim> dates, int[] sentence) {
        DateClaim best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = firstEndingAfter(dates, sentence[0]); i < dates.size() && dates.get(i).span().start() < sentence[1]; i++) {
            DateClaim d = dates.get(i);
            if (d.span().start() < sentence[0] || d.span().end() > sentence[1] || !d.onCalendar() || d.mod() != null
                    || d.earliest() == DateClaim.NO_DAY || d.latest() != d.earliest()
                    || !OngoingDays.dayOf(text, count, d.span().start(), d.span().end())) {
                continue;
            }
            int distance = Math.abs(d.span().start() - count.start());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A sentence about another time than the article's own: it names a year, a month, or a day of
     * another year in full, or speaks of aftershocks or earlier events.
     */
    private static boolean background(String sentence, int[] s, List<DateClaim> dates, LocalDate anchor) {
        for (int i = firstEndingAfter(dates, s[0]); i < dates.size() && dates.get(i).span().start() < s[1]; i++) {
            DateClaim d = dates.get(i);
            if (d.span().start() < s[0] || d.span().end() > s[1] || d.anchored() || !d.onCalendar()) {
                continue;
            }
            if (!d.dayPrecise() || anchor == null || LocalDate.ofEpochDay(d.earliest()).getYear() != anchor.getYear()) {
                return true;
            }
        }
        // Every year holds "19" or "20": most sentences are not searched.
        Matcher year = YEAR.matcher(sentence);
        boolean digits = sentence.contains("19") || sentence.contains("20");
        while (digits && year.find()) {
            if (anchor == null || Integer.parseInt(year.group()) != anchor.getYear()) {
                return true;
            }
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        return lower.contains("aftershock") || lower.contains("previous") || lower.contains("last year")
                || lower.contains("in the past") || lower.contains("since ");
    }

    /** The date claim the figure overlaps (a number of a date or of a duration), or null. */
    private static DateClaim dateAt(QuantityMatch q, List<DateClaim> dates) {
        int i = firstEndingAfter(dates, q.start());
        return i < dates.size() && dates.get(i).span().start() < q.end() ? dates.get(i) : null;
    }

    /**
     * The index of the first date ending after {@code offset}. Date claims come in text order and
     * never overlap, so their ends are sorted too: lookups stay logarithmic however long the text.
     */
    private static int firstEndingAfter(List<DateClaim> dates, int offset) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The nearest day- or month-precise date of the same sentence: what the figure was true as of. */
    private static DateClaim asOf(int start, List<DateClaim> dates, int[] sentence) {
        DateClaim best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = firstEndingAfter(dates, sentence[0]); i < dates.size() && dates.get(i).span().start() < sentence[1]; i++) {
            DateClaim d = dates.get(i);
            if (d.span().start() < sentence[0] || d.span().end() > sentence[1] || !d.onCalendar() || d.mod() != null
                    || d.latest() - d.earliest() > 31) {
                continue;
            }
            int distance = Math.abs(d.span().start() - start);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** {measure, subject, counted} of a figure. */
    static String[] measure(QuantityMatch q) {
        return measure(q, (String) null);
    }

    /**
     * {measure, subject, counted} of a figure, where {@code listAct} is the act the list the figure
     * stands in gives it ({@link ListActs}), or null: a count of things takes it when no act is
     * written beside it.
     */
    static String[] measure(QuantityMatch q, String listAct) {
        return measure(q, () -> listAct);
    }

    /** {@link #measure(QuantityMatch, String)}, the list's act asked for only when it is needed. */
    static String[] measure(QuantityMatch q, java.util.function.Supplier<String> listAct) {
        String[] m = measureAndSubject(q, listAct);
        List<String> after = lower(q.after());
        int k = after.isEmpty() || !after.get(0).equals("of") ? 0 : 1;
        // The people a head count narrows to: "9 civilians", "two children"; not "12 people".
        String counted = null;
        int person = onePerson(q, after, k);
        for (int j = k; j < Math.min(after.size(), k + 2); j++) {
            String w = j == person ? PERSON.get(after.get(j)) : after.get(j);
            if (PEOPLE.contains(w)) {
                counted = GENERIC_PEOPLE.contains(w) ? null : w;
                break;
            }
        }
        return new String[] {m[0], m[1], counted};
    }

    /** {measure, subject} of a figure. */
    private static String[] measureAndSubject(QuantityMatch q, java.util.function.Supplier<String> listAct) {
        if (q.magnitude()) {
            return new String[] {"magnitude", null};
        }
        List<String> after = lower(q.after());
        List<String> before = lower(q.before());
        if (q.currency() != null) {
            if (theft(before) || theft(after)) {
                return new String[] {"value stolen:" + q.currency(), null};
            }
            // "A $35,000 reward", "bail of $200,000": a sum its words name is compared by that name.
            String named = MoneyMeasures.measure(q.before(), q.after(), q.hedge());
            // "Vale's $60 million deal": a holder's sum is of its holder.
            String holder = named == null ? null : MoneyMeasures.holder(q.before(), q.after(), q.hedge());
            if (named == null) {
                // "$60 million worth of crude oil": the worth of a thing, read, not compared.
                named = CountedPhrases.worthOf(q.after());
            }
            return new String[] {(named != null ? named : "money") + ":" + q.currency(), holder};
        }
        int k = 0;
        if (k < after.size() && after.get(k).equals("of")) {
            k++;
        }
        String subject = null;
        if (k + 1 < after.size() && Character.isUpperCase(q.after().get(k).charAt(0)) && !NOUNS.containsKey(after.get(k))) {
            subject = after.get(k);
            k++;
        }
        if (q.spaced()) {
            k = headAfterModifiers(q.after(), after, k);
        }
        String noun = k < after.size() ? after.get(k) : null;
        if (noun != null && AUXILIARIES.contains(noun)) {
            // "two were injured": the counted thing is left unsaid; the participle names it.
            noun = "people";
        }
        int person = onePerson(q, after, k);
        if (person >= 0) {
            noun = after.get(person);
            k = person;
        }
        String participle = null;
        for (int j = k + 1; j < Math.min(after.size(), k + 5); j++) {
            if (PARTICIPLES.containsKey(after.get(j))) {
                // "Killed one man has been charged": an act done to the people after them yields to a
                // verb of harm right before the figure, whose object they are.
                boolean yields = PeopleActs.WORDS.containsKey(after.get(j)) && !before.isEmpty()
                        && VERBS.containsKey(before.get(before.size() - 1));
                participle = yields ? null : PARTICIPLES.get(after.get(j));
                break;
            }
            if (toDeath(after, j)) {
                participle = "killed";
                break;
            }
            if (!BEFORE_PARTICIPLE.contains(after.get(j)) && !harmThen(after, j)) {
                break;
            }
        }
        String verb = null;
        String verbWord = null;
        // Whether the words between the verb and the figure open no phrase of their own ("killed at
        // least five", "a toll of 24"; not "killed during demonstrations by", where the figure
        // counts those the phrase names).
        boolean verbNext = true;
        for (int j = before.size() - 1; j >= Math.max(0, before.size() - 4); j--) {
            if (PART_VERBS.contains(before.get(j))) {
                // "The apprehended included 12 Somalis": a part of the count, not the count.
                break;
            }
            if (VERBS.containsKey(before.get(j))) {
                verb = VERBS.get(before.get(j));
                verbWord = before.get(j);
                break;
            }
            String w = before.get(j);
            verbNext &= LINKS.contains(w) || !PHRASE_END.contains(w);
        }
        // A noun of death counts the figure only through a link and a determiner: "the death of these
        // three workers", "shot to death one man"; not "death penalties even if one or two jurors".
        if (verbWord != null && LINKED_NOUNS.contains(verbWord)
                && !linkedOnly(TollSubjects.withoutHedge(before, q.hedge()), verbWord)) {
            verb = null;
        }
        // An act done to people counts the figure only next to it: "charged with marrying 20 women"
        // counts wives, not the charged.
        if (verbWord != null && PeopleActs.WORDS.containsKey(verbWord)) {
            List<String> unhedged = TollSubjects.withoutHedge(before, q.hedge());
            if (unhedged.isEmpty() || !unhedged.get(unhedged.size() - 1).equals(verbWord)) {
                verb = null;
            }
        }
        boolean people = noun != null && (PEOPLE.contains(noun) || person >= 0);
        String nounMeasure = noun == null ? null : NOUNS.get(noun);
        if (participle != null && (people || "troops".equals(nounMeasure))) {
            // "One soldier was killed", "two soldiers were killed", "three servicemen died": one toll of troops.
            return new String[] {participle, people ? subject : nounMeasure};
        }
        // A figure whose clause goes on past it without a noun ("a death toll of 24 on Monday",
        // "killed five and injured 20") counts what the verb or noun before it names.
        // Not a verb that counts people only with its noun ("lost seven soldiers"; "lost 5 in a
        // row", "lost 24 to 17" are games), nor a figure "to" another (a score).
        boolean nounless = noun == null
                || PHRASE_END.contains(noun) && verbNext && !noun.equals("to") && !NOUN_BOUND_VERBS.contains(verbWord);
        // "The dead numbered 40", "the death toll rose to 12", "claimed the lives of 300 people": a
        // toll is the subject of the clause the figure ends.
        if (verb == null && (people || noun == null || PHRASE_END.contains(noun) && !noun.equals("to"))) {
            String toll = TollSubjects.measure(TollSubjects.withoutHedge(before, q.hedge()), TOLL_SUBJECTS, PEOPLE, RISE_WORDS);
            if (toll != null) {
                return new String[] {toll, people ? subject : null};
            }
        }
        if (verb != null && (people || nounless || "troops".equals(nounMeasure))) {
            return new String[] {verb, people ? subject : nounless ? null : "troops".equals(nounMeasure) ? nounMeasure : noun};
        }
        if (people && nounMeasure == null && MARCHED.equals(actAfter(after, k + 1))) {
            return new String[] {MARCHED, subject};
        }
        if (nounMeasure != null) {
            return new String[] {nounMeasure, subject};
        }
        if (!people && noun != null) {
            String[] thing = thingCounted(after, before, k, listAct);
            if (thing != null) {
                // A model's name says what is counted: "seven AK-47 rifles" and "12 AK 47 guns" are one thing.
                String counted = subject != null && MODEL_NOUNS.contains(thing[0]) ? MODEL_THING : thing[0];
                return new String[] {counted + " " + thing[1], subject == null && otherThings(after) ? OTHER : subject};
            }
        }
        if (people) {
            return new String[] {"people", subject};
        }
        return new String[] {noun == null ? "count" : noun, subject};
    }

    /**
     * The subject of a count of things written with "other" ("seven AK-47s, three other automatic
     * weapons"): things apart from those the sentence named before, so never set against a count of
     * a named model (its subject), while set against a count of no subject ("three rifles").
     */
    static final String OTHER = "other";

    /** Whether a count's noun phrase opens with "other", after an "of" if any: "three other rifles", "two of the other boats" not. */
    static boolean otherThings(List<String> after) {
        int k = !after.isEmpty() && after.get(0).equals("of") ? 1 : 0;
        return k < after.size() && after.get(k).equals(OTHER);
    }

    /**
     * Whether the words just before the figure at {@code start} tell the count as risen to it: "to"
     * after a verb of {@code rise-words.txt} ("the death toll rose to 10", "has climbed to 80").
     */
    static boolean toldRisen(String text, int start) {
        java.util.regex.Matcher m = RISEN_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() && RISE_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern RISEN_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\s+to\\s+$");

    /**
     * Where a figure of one names one person in the singular ("killing one man", "One victim died",
     * "one male employee"): the index in {@code after} (the words after the figure, lower-cased,
     * from {@code k}) of a noun of {@code people-singulars.tsv} that only plain describing words
     * written in lower case stand before and that ends its noun phrase (nothing follows it, or a
     * word that ends a phrase, an auxiliary, a word of {@code count-hedge-words.txt} or a
     * participle), else -1. A singular before another noun describes it ("one pirate boat", "a
     * 2,507-member assembly"), and a figure other than one is never a person's.
     */
    static int onePerson(QuantityMatch q, List<String> after, int k) {
        if (q.value() != 1 || q.low() != 1 || q.high() != 1) {
            return -1;
        }
        for (int j = k; j < Math.min(after.size(), k + MODIFIERS + 1); j++) {
            String w = after.get(j);
            if (PERSON.containsKey(w)) {
                String next = j + 1 < after.size() ? after.get(j + 1) : null;
                boolean ends = next == null || PHRASE_END.contains(next) || AUXILIARIES.contains(next)
                        || BEFORE_PARTICIPLE.contains(next) || PARTICIPLES.containsKey(next);
                return ends && (j == k || Character.isLowerCase(q.after().get(j).charAt(0))) ? j : -1;
            }
            if (!modifier(w) || j > k && !Character.isLowerCase(q.after().get(j).charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Participles of a harm that may stand before "and" and the participle of what came of it: "was shot and killed". */
    static final Set<String> HARMS = Lexicon.words(QuantityExtractor.class, "harm-participles.txt");

    /**
     * Whether the word at {@code j} is a harm of {@code harm-participles.txt} followed by "and" and
     * a participle of {@code count-participles.txt}, or that "and" itself: "One man was shot and
     * killed" counts the dead, "two were stabbed and wounded" the injured. "And" after any other
     * word stays the end of the search ("killed 612 people and injured 1,400").
     */
    static boolean harmThen(List<String> words, int j) {
        if (j + 1 < words.size() && HARMS.contains(words.get(j)) && words.get(j + 1).equals("and")) {
            return j + 2 < words.size() && PARTICIPLES.containsKey(words.get(j + 2));
        }
        return j > 0 && words.get(j).equals("and") && harmThen(words, j - 1);
    }

    /** Whether the word at {@code j} is a harm of {@code harm-participles.txt} followed by "to death": "were burnt to death". */
    static boolean toDeath(List<String> words, int j) {
        return j + 2 < words.size() && HARMS.contains(words.get(j)) && words.get(j + 1).equals("to")
                && words.get(j + 2).equals("death");
    }

    /** Words that open an aside about the people a figure counts: "including three children", "most of them women". */
    static final Set<String> ASIDE_OPENERS = Lexicon.words(QuantityExtractor.class, "aside-openers.txt");
    /** The marks that set off an aside, each closed by the same mark: a comma, an em dash, an en dash. */
    static final String ASIDE_MARKS = ",\u2014\u2013";
    /** How far an aside may run: past this many characters the comma after it is another clause's. */
    static final int ASIDE_LENGTH = 80;

    /**
     * The act of people counted before an aside set off by commas or dashes ({@link #ASIDE_MARKS}:
     * "Ten people, including three children, were killed"; "14 miners, most of them young, are
     * feared dead"; "Three guards \u2014 two men and a woman \u2014 died"): the participle
     * of {@code count-participles.txt} after the aside's closing comma, past the words of {@link
     * #BEFORE_PARTICIPLE}. The aside opens with a word of {@code aside-openers.txt} right after
     * the counted noun (at most three words after the figure, which ends at {@code from}) and
     * closes within {@value #ASIDE_LENGTH} characters inside the sentence (ending at {@code to}).
     * Null when there is no such aside or no such act after it.
     */
    static String actPastAside(String text, int from, int to) {
        int k = from;
        int words = 0;
        while (k < to && ASIDE_MARKS.indexOf(text.charAt(k)) < 0) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                words++;
                k = wordEnd(text, k, to);
                continue;
            }
            if (c != ' ' || words > 3) {
                return null;
            }
            k++;
        }
        if (k >= to || words == 0 || words > 3) {
            return null;
        }
        int open = k + 1;
        List<String> opener = lowerWords(text, open, Math.min(to, open + 30), 1);
        if (opener.isEmpty() || !ASIDE_OPENERS.contains(opener.get(0))) {
            return null;
        }
        int close = text.indexOf(text.charAt(k), open);
        if (close < 0 || close >= to || close - open > ASIDE_LENGTH) {
            return null;
        }
        for (String w : lowerWords(text, close + 1, to, 5)) {
            if (PARTICIPLES.containsKey(w)) {
                return PARTICIPLES.get(w);
            }
            if (!BEFORE_PARTICIPLE.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** Up to {@code max} words of letters in {@code [from, to)}, lower-cased, stopping at any other mark than a space. */
    private static List<String> lowerWords(String text, int from, int to, int max) {
        List<String> out = new ArrayList<>();
        int k = from;
        while (k < to && out.size() < max) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                int e = wordEnd(text, k, to);
                out.add(text.substring(k, e).toLowerCase(Locale.ROOT));
                k = e;
            } else if (c == ' ') {
                k++;
            } else {
                break;
            }
        }
        return out;
    }

    /** How many words may stand between a figure and the noun it counts ("99 alleged Sicilian Mafia members"). */
    static final int MODIFIERS = 3;
    /** Words that make a count a part of another ("three other rifles", "ten more people"): never passed over. */
    static final Set<String> PARTIAL = Lexicon.words(QuantityExtractor.class, "count-partial-words.txt");
    /** Words between a count's verb and its figure that make the figure a part of the count ({@code count-part-verbs.txt}). */
    static final Set<String> PART_VERBS = Lexicon.words(QuantityExtractor.class, "count-part-verbs.txt");
    /** Words that make a unit with the noun after them ("150 nautical miles"): never passed over. */
    static final Set<String> UNIT_MODIFIERS = Lexicon.words(QuantityExtractor.class, "unit-modifiers.txt");
    /** Words that stand for a noun's owner or a number, or open a list of examples: the words after them are not what the figure counts. */
    private static final Set<String> NOT_MODIFIERS = Set.of("his", "her", "its", "their", "our", "my", "your", "this",
            "these", "those", "hundred", "thousand", "million", "billion", "dozen", "not", "no", "including", "such", "like",
            "among", "besides", "excluding");

    /**
     * Where the noun a figure counts stands in {@code after} (the words after it, lower-cased;
     * {@code written}, as written), past the words that describe it: "235,000 public comments"
     * counts comments, "five adult women" women, "99 alleged Sicilian Mafia members" members. When
     * the word at {@code k} names no counted thing (a noun of {@code count-nouns.txt} or {@code
     * people-nouns.txt}, or a plural), the first that does among the next {@value #MODIFIERS}
     * words, written in lower case, if only plain describing words stand before it: not a word
     * ending a phrase, an act, a participle, a count verb, an adverb, a word of a part ({@code
     * count-partial-words.txt}: "three other rifles" are not the rifles), a word that makes a unit
     * with its noun ({@code unit-modifiers.txt}: "nautical miles") or an owner's word. Else
     * {@code k}. A capitalised first word is a subject, read before this; a capitalised word
     * after it is a name ("the 15-year-old Alexandros"), never the noun.
     */
    static int headAfterModifiers(List<String> written, List<String> after, int k) {
        if (k >= after.size() || counted(after.get(k)) || !modifier(after.get(k))) {
            return k;
        }
        for (int j = k + 1; j < Math.min(after.size(), k + MODIFIERS + 1); j++) {
            String w = after.get(j);
            if (counted(w)) {
                return Character.isLowerCase(written.get(j).charAt(0)) ? j : k;
            }
            if (!modifier(w)) {
                return k;
            }
        }
        return k;
    }

    /** Whether a word may describe the noun after it. */
    private static boolean modifier(String w) {
        return PLAIN.matcher(w).matches() && !PHRASE_END.contains(w) && !AUXILIARIES.contains(w) && !ACTS.containsKey(w)
                && !PARTICIPLES.containsKey(w) && !VERBS.containsKey(w) && !w.endsWith("ly") && !PARTIAL.contains(w)
                && !UNIT_MODIFIERS.contains(w) && !NOT_MODIFIERS.contains(w);
    }

    /** Letters, with hyphens inside: a word that can describe a noun. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    /** Whether a word names what a figure counts: a listed noun, people, or a plural (not "virus", "basis"). */
    static boolean counted(String w) {
        return NOUNS.containsKey(w) || PEOPLE.contains(w) || plural(w) && !w.endsWith("us") && !w.endsWith("is");
    }

    /**
     * Whether a figure's measure names nothing it counts: the word after the figure taken as it stands
     * ("the", "heavily", "and"), or "count" where no word follows; not a listed measure, a plural, a
     * sum of money or a thing's act.
     */
    static boolean nounless(String m) {
        return m.indexOf(' ') < 0 && m.indexOf(':') < 0 && !counted(m) && !MEASURES.contains(m);
    }

    /** The measures the extractor gives by name: those of its word lists, people, a magnitude. */
    static final Set<String> MEASURES;

    static {
        Set<String> m = new java.util.HashSet<>(List.of("people", "magnitude", MARCHED));
        m.addAll(NOUNS.values());
        m.addAll(VERBS.values());
        m.addAll(PARTICIPLES.values());
        m.addAll(ACTS.values());
        m.addAll(TOLL_SUBJECTS.values());
        MEASURES = java.util.Collections.unmodifiableSet(m);
    }

    /** Whether a word looks plural: longer than three letters, ending in s but not ss ("tanks", not "gas" or "glass"). */
    static boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    /** Whether the words hold a word of theft, or two of them together do ("made off with"). */
    static boolean theft(List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (THEFT.contains(words.get(j)) || j + 1 < words.size() && THEFT.contains(words.get(j) + " " + words.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {thing, act} of a count of things ("355 shops were damaged", "flattening seven villages",
     * "destroyed an estimated 1,500 mudbrick houses"): the last word of the noun phrase after the
     * number, in the singular, and the act written after it or up to three words before the
     * number. Null when no act is written, or the act is a crowd's.
     */
    static String[] thingCounted(List<String> after, List<String> before, int k) {
        return thingCounted(after, before, k, (String) null);
    }

    /**
     * As {@link #thingCounted(List, List, int)}, where a count with no act of its own takes
     * {@code listAct}, the act of the list it stands in, when its noun ends its phrase ("four shops
     * and two banks"; not "two helicopters landed").
     */
    static String[] thingCounted(List<String> after, List<String> before, int k, String listAct) {
        return thingCounted(after, before, k, () -> listAct);
    }

    /** {@link #thingCounted(List, List, int, String)}, the list's act asked for only when the count's own words give none. */
    static String[] thingCounted(List<String> after, List<String> before, int k, java.util.function.Supplier<String> listAct) {
        // The act written as a participle before the noun: "355 damaged shops", "seven seized rifles".
        String prefixed = k + 1 < after.size() ? ACTS.get(after.get(k)) : null;
        if (prefixed != null && !prefixed.equals(MARCHED) && !PHRASE_END.contains(after.get(k + 1))
                && !ACTS.containsKey(after.get(k + 1)) && !PARTICIPLES.containsKey(after.get(k + 1))) {
            String[] thing = thingCounted(after, List.of(after.get(k)), k + 1);
            if (thing != null) {
                return thing;
            }
        }
        int end = k;
        while (end < Math.min(after.size(), k + 3) && !PHRASE_END.contains(after.get(end)) && !ACTS.containsKey(after.get(end))
                && !PARTICIPLES.containsKey(after.get(end))) {
            end++;
        }
        if (end == k) {
            return null;
        }
        for (int j = k; j < end; j++) {
            // "120 nautical miles": a measure is no count of things done to. ("Two other rifles" are
            // counted as rifles: a list of seized arms gives "12 AK 47 guns, three rifles" as well.)
            if (UNIT_MODIFIERS.contains(after.get(j))) {
                return null;
            }
        }
        String act = passiveAct(after, end);
        for (int j = before.size() - 1; act == null && j >= Math.max(0, before.size() - 3); j--) {
            act = ACTS.get(before.get(j));
        }
        // The counted noun is the phrase's first plural ("homes along the coast", "mudbrick
        // houses"), else its last word ("a village").
        int headAt = end - 1;
        for (int j = k; j < end; j++) {
            String w = after.get(j);
            if (plural(w)) {
                headAt = j;
                break;
            }
        }
        if (act == null && headAt == end - 1 && (end == after.size() || PHRASE_END.contains(after.get(end)))) {
            act = listAct.get();
        }
        if (act == null || act.equals(MARCHED)) {
            return null;
        }
        String head = after.get(headAt);
        return head.endsWith("ly") ? null : new String[] {sameThing(singular(head)), act};
    }

    /**
     * The act done to the things counted, written after their noun: after an auxiliary ("were
     * damaged"), or right after the noun where nothing follows it but a preposition ("seven
     * villages flattened on Sunday"); not an act the things did ("two quakes destroyed 800 homes").
     */
    static String passiveAct(List<String> after, int from) {
        if (from >= after.size()) {
            return null;
        }
        if (BEFORE_ACT.contains(after.get(from))) {
            return actAfter(after, from);
        }
        String act = ACTS.get(after.get(from));
        return act != null && (from + 1 >= after.size() || PHRASE_END.contains(after.get(from + 1))) ? act : null;
    }

    /**
     * The act written at {@code from} in the words after a figure, past auxiliaries ("were damaged"), or null.
     * A word of manner before the act narrows it and is kept: "22 houses were badly damaged" are
     * counted apart from houses damaged (a count of the worst hit, not of all); a crowd's act
     * with one is no crowd's act. A relative pronoun that opens a clause on the counted noun ("that",
     * "which", "who") is not counted in the three words, so that a relative clause's full passive
     * reads as the plain one: "websites that have been infected" as "websites have been infected".
     */
    static String actAfter(List<String> after, int from) {
        String manner = null;
        int reach = from + 3 + (from < after.size() && RELATIVES.contains(after.get(from)) ? 1 : 0);
        for (int j = from; j < Math.min(after.size(), reach); j++) {
            String w = after.get(j);
            String act = ACTS.get(w);
            if (act == null && j + 1 < after.size()) {
                act = ACTS.get(w + " " + after.get(j + 1));
            }
            if (act != null) {
                return manner == null ? act : act.equals(MARCHED) ? null : manner + " " + act;
            }
            if (adverb(w) && !BEFORE_ACT.contains(w)) {
                manner = w;
            } else if (!BEFORE_ACT.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** Relative pronouns that may open a clause on a counted noun before its act: "houses that were damaged". */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");

    /** A word of manner between an auxiliary and its act: "were badly damaged", "had been totally flattened". */
    static boolean adverb(String w) {
        return w.length() > 4 && w.endsWith("ly");
    }

    /**
     * The place a count's own clause gives it: "in" or "of" and a run of capitalised words (at
     * most three) within the next eight words after the figure, before any comma, semicolon,
     * colon, bracket or dash ("10 houses were damaged in Takengon", "took to the streets of
     * Athens"). A capitalised word that is part of a date ("in December", "on Monday") is no
     * place. Null when the clause names none.
     */
    static String scope(String text, int from, int to, List<DateClaim> dates) {
        int k = from;
        int words = 0;
        boolean afterPreposition = false;
        while (k < to && words < 8) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013' || c == '"'
                    || c == '\u201c' || c == '\u201d' || c == '.' && (k + 1 >= to || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\n')) {
                return null;
            }
            if (!Character.isLetter(c)) {
                k++;
                continue;
            }
            int e = wordEnd(text, k, to);
            words++;
            if (afterPreposition && Character.isUpperCase(c) && dateAt(k, e, dates) == null) {
                int end = e;
                int run = 1;
                int next = end;
                while (run < 3) {
                    while (next < to && text.charAt(next) == ' ') {
                        next++;
                    }
                    if (next >= to || next == end || !Character.isUpperCase(text.charAt(next))) {
                        break;
                    }
                    int ne = wordEnd(text, next, to);
                    if (dateAt(next, ne, dates) != null) {
                        break;
                    }
                    end = ne;
                    next = ne;
                    run++;
                }
                String place = text.substring(k, end);
                return place.endsWith("'s") || place.endsWith("\u2019s") ? place.substring(0, place.length() - 2) : place;
            }
            String w = text.substring(k, e).toLowerCase(Locale.ROOT);
            afterPreposition = w.equals("in") || w.equals("of");
            k = e;
        }
        return null;
    }

    /** The end of the word starting at {@code k}: letters, and an apostrophe or hyphen between letters. */
    private static int wordEnd(String text, int k, int to) {
        int e = k;
        while (e < to && (Character.isLetter(text.charAt(e))
                || (text.charAt(e) == '-' || text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                        && e + 1 < to && Character.isLetter(text.charAt(e + 1)))) {
            e++;
        }
        return e;
    }

    /** The date claim overlapping {@code [start, end)}, or null. */
    private static DateClaim dateAt(int start, int end, List<DateClaim> dates) {
        int i = firstEndingAfter(dates, start);
        return i < dates.size() && dates.get(i).span().start() < end ? dates.get(i) : null;
    }

    /** The noun a counted thing is compared as: its synonym's of {@code counted-noun-synonyms.tsv}, else itself. */
    static String sameThing(String singular) {
        return SAME_THINGS.getOrDefault(singular, singular);
    }

    /** "villages" as "village", "churches" as "church": one spelling for both numbers of a noun. */
    static String singular(String noun) {
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("sses") || noun.endsWith("xes")) {
            return noun.substring(0, noun.length() - 2);
        }
        if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    /**
     * Whether the number is joined by a hyphen to the word after it ("a .38-caliber revolver", "a
     * 24-hour strike": a measure) or before it ("AK-47 rifles": a name), or stands after a word of
     * capitals alone ("14 AK 47 rifles", "an F 16": a model's name), so that it counts nothing.
     */
    static boolean modifier(String text, int start, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))
                || start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))
                || afterCapitals(text, start);
    }

    /**
     * Whether one space and a word of one to three capital letters stand just before {@code start}:
     * not "A" or "I", which are words ("A 5.9-magnitude quake").
     */
    private static boolean afterCapitals(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int k = start - 2;
        while (k >= 0 && Character.isUpperCase(text.charAt(k))) {
            k--;
        }
        int letters = start - 2 - k;
        boolean word = letters == 1 && (text.charAt(start - 2) == 'A' || text.charAt(start - 2) == 'I');
        return letters >= 1 && letters <= 3 && !word && (k < 0 || !Character.isLetterOrDigit(text.charAt(k)));
    }

    /**
     * Whether the figure is its document's first of its measure. A vague figure ("several
     * villages", "dozens of shops") is compared when it is first but keeps the place for an exact
     * one written after it ("several villages were destroyed ... four villages had been destroyed").
     */
    static boolean first(java.util.Set<String> firstFor, String key, QuantityMatch q) {
        return q.hedge().contains("vague") ? !firstFor.contains(key) : firstFor.add(key);
    }

    /** Whether one of a sentence's figures counts several happenings ("in their five operations so far"): {@link ListActs#severalHappenings}. */
    private static boolean severalHappenings(List<QuantityMatch> found) {
        for (QuantityMatch q : found) {
            if (ListActs.severalHappenings(q.after(), q.value())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure adds to another of its kind ("another 20,000", "an additional six"): not a total. */
    static boolean increment(QuantityMatch q) {
        List<String> before = q.before();
        return !before.isEmpty() && INCREMENT.contains(before.get(before.size() - 1).toLowerCase(Locale.ROOT));
    }

    /** {as written, normalized} of who gives the figures of a sentence, or null. */
    static String[] attribution(String sentence) {
        String who = null;
        // Each pattern is searched (and given a matcher) only where a word every match of it holds is present.
        Matcher m = sentence.contains("ccording to ") ? ACCORDING_TO.matcher(sentence) : null;
        if (m != null && m.find()) {
            who = m.group(1);
        } else {
            Matcher s = org.crosscheck.text.Literals.containsAny(sentence, SUBJECT_SAID_VERBS) ? SUBJECT_SAID.matcher(sentence) : null;
            if (s != null && s.find()) {
                who = s.group(1);
            } else {
                Matcher a = org.crosscheck.text.Literals.containsAny(sentence, SAID_SUBJECT_WORDS) ? SAID_SUBJECT.matcher(sentence) : null;
                if (a != null && a.find()) {
                    who = a.group(1);
                }
            }
        }
        if (who == null) {
            return null;
        }
        who = who.strip();
        if (NOT_AGENTS.contains(who.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(SPACES.split(who.toLowerCase(Locale.ROOT))));
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && GENERIC_SOURCE_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String normal = STOPS_AND_APOSTROPHES.matcher(String.join(" ", words)).replaceAll("").strip();
        return normal.isEmpty() ? null : new String[] {who, normal};
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
