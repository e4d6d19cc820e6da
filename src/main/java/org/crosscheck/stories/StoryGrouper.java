package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.Parallel;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.PlaceClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Happenings;
import org.crosscheck.extract.MainHappening;

/**
 * Groups documents into stories, and each story's documents into events.
 *
 * <ul>
 *   <li>Two documents are in one story when the names they mention are alike (cosine of
 *       tf-idf weights), unless their dates lie more than a year apart. A tie of two documents
 *       only somewhat alike (under {@link #STRONG_STORY_SIMILARITY}, no passage in common) is
 *       weak: weak ties join two groups made by strong ones only when there are at least as many
 *       of them as the smaller group has documents, so one article naming "Bush" does not join
 *       a football player's story to a president's, while a lone report still joins its story.</li>
 *   <li>Two documents of one story report one event when they report the same kind of happening
 *       and their dates for it lie within two days, or, when neither has a date of its own, when
 *       their names are very alike. An undated document never joins a dated one on names alone.</li>
 *   <li>Long passages in common (shared five-word runs) join documents whatever their dates say:
 *       a document whose only date is a wrong timestamp is matched by its content, then judged
 *       by the rules.</li>
 * </ul>
 *
 * Documents without a timestamp then have their relative dates resolved against their event's
 * date, or the story's, and their claims are tied to their event.
 */
public final class StoryGrouper {

    static final double STORY_SIMILARITY = 0.2;
    /**
     * Documents at least this alike are surely of one story (twice {@link #STORY_SIMILARITY}); a
     * pair between the two is a weak tie, which alone does not join two stories together.
     */
    static final double STRONG_STORY_SIMILARITY = 2 * STORY_SIMILARITY;
    /** A name in more documents than this is too common to tell stories apart, and no blocking key. */
    public static final int COMMON_NAME = 1000;
    /** Pairs less alike than this are not candidates for one event (they count as 0 in a group's mean). */
    static final double CANDIDATE_SIMILARITY = 0.02;
    /** The mean similarity two groups of documents need to be joined as one event. */
    static final double GROUP_SIMILARITY = 0.05;
    static final double UNDATED_FACTOR = 2.5;
    /** How many times a name counts against a content word when events are told apart. */
    static final int NAME_WEIGHT = 3;
    private static final java.util.Set<String> STOP_WORDS = org.crosscheck.text.Lexicon.words(
            org.crosscheck.text.Lexicon.class, "stopwords.txt");
    /** Shared five-word runs that make a passage in common: a quoted statement, a copied story. */
    /** Short names shown in capitals in labels (data file, see its header). */
    static final Set<String> ACRONYMS = org.crosscheck.text.Lexicon.words(StoryGrouper.class, "acronyms.txt");
    /** Kinds of happening shown as "in person" when no article states how they took place. */
    static final Set<String> IN_PERSON_KINDS = org.crosscheck.text.Lexicon.words(StoryGrouper.class, "in-person-kinds.txt");
    static final int SHARED_RUNS = 12;
    /** Fewer shared runs also count when they cover this share of the shorter document. */
    static final double SHARED_SHARE = 0.25;
    static final int MIN_SHARED_RUNS = 6;
    static final long STORY_DAYS = 365;
    static final long EVENT_DAYS = 2;
    /**
     * How far apart (days) documents whose main happenings are of different kinds may still be of
     * one event, when both days are the documents' own reports of their happenings' days
     * ({@link #otherKindOnOtherDay}).
     */
    static final long KIND_DAYS = 1;
    /** The window when a document's only date is its publication date: a report may follow its event by days. */
    static final long PUBLISHED_EVENT_DAYS = 7;
    /** How far, in days, an event-bound figure's as-of date may lie from its event's date. */
    static final long STORY_DAYS_FOR_FIGURES = 30;
    /**
     * The widest spread, in days, of a story's dated reports for their median date to be lent to
     * its undated reports (in an undated event). A story is grouped over {@link #STORY_DAYS}: when
     * its dated reports lie months or years apart (a trial and its appeal, two quakes of one
     * region) their median is the day of none of them, and reading an undated report's "Monday"
     * against it gives a wrong date. Within a month, the median is near every one of them.
     */
    static final long LENT_DAY_SPREAD = 30;
    /** How close (cosine of content words) two reports of an event must be to be read as telling of one happening. */
    static final double CLOSE_TEXT = 0.35;
    /**
     * The least whole count two reports must give alike to be read as telling of one happening
     * ({@link #sharedFigures}): one to four dead, two injured, are told of many happenings.
     */
    static final double MIN_SHARED_FIGURE = 5;
    /** The share of an event's reports that must name a place for it to be the event's own ({@link #ownPlace}). */
    static final double OWN_PLACE_SHARE = 0.9;
    static final int SHINGLE = 5;
    static final int MAX_SHINGLES = 4000;

    private StoryGrouper() {
    }

    /** What grouping needs to know of one document. */
    private static final class Profile {
        final ExtractedDocument doc;
        final String id;
        Map<String, Double> vector = Map.of();
        /** {@link #vector} by word number, numbered over the whole corpus. */
        SparseVector names = SparseVector.EMPTY;
        /** Names and content words of the article, tf-idf weighted and unit length: what tells its event apart. */
        Map<String, Double> words = Map.of();
        /** {@link #words} by word number, numbered over the neighbourhood whose words were weighed together. */
        SparseVector wordVector = SparseVector.EMPTY;
        Map<String, Integer> wordCounts = Map.of();
        long[] shingles = new long[0];
        /** The {@link #shingles} another original of the corpus holds too ({@link #commonRuns}). */
        long[] common = new long[0];
        String kind;
        DateClaim dayClaim;
        long day = Event.NO_DAY;
        long published = Event.NO_DAY;
        /** The day the address on the first line gives ({@link AddressDay}), read only when the article has no timestamp. */
        long addressDay = Event.NO_DAY;
        PlaceClaim place;
        /** The weekday an undated document's lede gives its happening ("on Thursday"), or null. */
        java.time.DayOfWeek weekday;
        /** The first document (in id order) with this one's text and metadata, when this one is a copy of it. */
        Profile original;

        Profile(ExtractedDocument doc) {
            this.doc = doc;
            this.id = doc.id();
        }
    }

    /** Groups {@code documents} on their own: how common a name is, is counted over them. */
    public static Grouping group(List<ExtractedDocument> documents) {
        return group(documents, nameFrequencies(documents)::get);
    }

    /** In how many documents each name occurs, over {@code documents}. */
    public static Map<String, Integer> nameFrequencies(List<ExtractedDocument> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (ExtractedDocument d : documents) {
            for (String name : d.names().counts().keySet()) {
                df.merge(name, 1, Integer::sum);
            }
        }
        return df;
    }

    /**
     * The weight of a name in a document with {@code df} documents naming it: rarer names tell
     * stories apart better; a name in more than {@link #COMMON_NAME} documents tells nothing and
     * counts for nothing. The weight depends on the name's own count and nothing else about the
     * corpus (not its size), so that adding documents changes only the weights of the names they
     * contain: a corpus grouped batch by batch in a store ends as it would in one run.
     */
    public static double nameWeight(int count, int df) {
        return df > COMMON_NAME ? 0 : (1 + Math.log(count)) * Math.log(1.0 + (double) COMMON_NAME / df);
    }

    /** Whether a name in {@code df} documents weighs at all (and is a blocking key). */
    public static boolean nameWeighs(int df) {
        return df >= 1 && df <= COMMON_NAME;
    }

    /**
     * Groups {@code documents}, counting how common each name is with {@code nameFrequency} (the
     * number of documents, here or in a store, that name it). A store groups a batch and the
     * stories it touches this way, with the frequencies of the whole stored corpus.
     */
    public static Grouping group(List<ExtractedDocument> documents, java.util.function.Function<String, Integer> nameFrequency) {
        return group(documents, nameFrequency, Parallel.cores());
    }

    /**
     * As {@link #group(List, java.util.function.Function)}, on up to {@code threads} threads: what
     * is done for one document, one pair of documents or one story is done on any of them, and
     * the results are put together in the one-thread order, so the grouping is the same whatever
     * the number of threads.
     */
    public static Grouping group(List<ExtractedDocument> documents, java.util.function.Function<String, Integer> nameFrequency,
                                 int threads) {
        List<ExtractedDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(ExtractedDocument::id));
        List<Profile> profiles = Parallel.map(sorted, threads, d -> {
            Profile p = new Profile(d);
            char[] chars = d.document().text().toCharArray();
            describe(p, chars);
            p.shingles = shingles(p.doc, chars);
            return p;
        });
        weigh(profiles, nameFrequency);
        // Copies (a syndicated article under several names, a corpus read twice) are grouped as
        // their original is: only originals are compared, so duplicates add no pairs to judge.
        List<Profile> originals = markCopies(profiles);
        commonRuns(originals);
        // Each candidate pair is judged on its own. Every tie, weak or strong, joins a
        // neighbourhood, where events are sought (as stories were until the fourteenth session);
        // stories are what strong ties join, and weak ties in numbers (see ties()), and two
        // documents of one event are always of one story.
        List<int[]> pairs = candidatePairs(originals);
        List<Tie> joined = new ArrayList<>();
        for (List<Tie> slice : Parallel.map(slices(pairs, threads), threads, slice -> {
            List<Tie> out = new ArrayList<>();
            for (int[] pair : slice) {
                Tie tie = tie(pair[0], pair[1], originals.get(pair[0]), originals.get(pair[1]));
                if (tie != null) {
                    out.add(tie);
                }
            }
            return out;
        })) {
            joined.addAll(slice);
        }
        Ties ties = ties(originals.size(), joined);
        Map<Integer, List<Profile>> byNeighbourhood = new TreeMap<>();
        Map<Profile, Integer> index = new HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            index.put(originals.get(i), i);
        }
        for (Profile p : profiles) {
            int root = ties.neighbourhood()[index.get(p.original == null ? p : p.original)];
            byNeighbourhood.computeIfAbsent(root, k -> new ArrayList<>()).add(p);
        }
        // In order of their first documents: a root is its neighbourhood's smallest index.
        List<List<Profile>> neighbourhoodMembers = new ArrayList<>(byNeighbourhood.values());

        // Each neighbourhood's events, on their own, and its stories.
        List<StoryEvents> storyEvents = new ArrayList<>();
        for (List<StoryEvents> ses : Parallel.map(neighbourhoodMembers, threads, List::size,
                members -> storyEvents(members, p -> ties.story()[index.get(p.original == null ? p : p.original)]))) {
            storyEvents.addAll(ses);
        }
        storyEvents.sort(Comparator.comparing(se -> se.members().get(0).id));
        List<Story> storyList = new ArrayList<>();
        List<Event> eventList = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, String> eventOf = new HashMap<>();
        List<Settling> settling = new ArrayList<>();
        for (StoryEvents se : storyEvents) {
            storyList.add(se.story());
            eventList.addAll(se.events());
            se.members().forEach(p -> storyOf.put(p.id, se.story().id()));
            for (int k = 0; k < se.events().size(); k++) {
                Event e = se.events().get(k);
                se.eventMembers().get(k).forEach(p -> eventOf.put(p.id, e.id()));
            }
        }
        // Each document settled on its own (an undated one extracted again), then each story's
        // people resolved across its settled documents. What settling needs of each event (the
        // keys its members' figures are compared under) is worked out story by story on every
        // thread, read-only, and put together in story order.
        for (List<Settling> ofStory : Parallel.map(storyEvents, threads, se -> se.members().size(), StoryGrouper::settling)) {
            settling.addAll(ofStory);
        }
        Map<String, ExtractedDocument> settledById = new HashMap<>();
        List<ExtractedDocument> settledDocs = Parallel.map(settling, threads,
                s -> s.profile().doc.published() == null ? 2 : 1,
                s -> settle(s.profile(), s.event(), s.storyDay(), s.memberNames(), s.figureEvent(), s.figureCounts(), s.eventTexts()));
        for (ExtractedDocument d : settledDocs) {
            settledById.put(d.id(), d);
        }
        List<List<ExtractedDocument>> settledStories = new ArrayList<>();
        for (StoryEvents se : storyEvents) {
            settledStories.add(se.members().stream().map(p -> settledById.get(p.id)).toList());
        }
        Map<String, ExtractedDocument> finalDocs = new LinkedHashMap<>();
        for (List<ExtractedDocument> resolved : Parallel.map(settledStories, threads, List::size, StoryPeople::resolve)) {
            for (ExtractedDocument d : resolved) {
                finalDocs.put(d.id(), d);
            }
        }
        List<ExtractedDocument> docs = new ArrayList<>(finalDocs.values());
        return new Grouping(storyList, eventList, docs, storyOf, eventOf);
    }

    /**
     * What settling each member of one story needs, event by event, members in event order: read
     * from the profiles, which it does not change, so stories may be worked out on any thread.
     */
    private static List<Settling> settling(StoryEvents se) {
        List<Settling> settling = new ArrayList<>();
        long storyDay = median(se.members());
        List<java.util.Set<String>> memberNames = se.members().stream().map(p -> p.doc.names().counts().keySet()).toList();
        for (int k = 0; k < se.events().size(); k++) {
            Map<Profile, String> figureEvents = figureEvents(se.events().get(k), se.eventMembers().get(k));
            Map<Profile, CountsPlaced> byCounts = placedByCounts(se.events().get(k), se.eventMembers().get(k), figureEvents);
            EventTexts eventTexts = new EventTexts(se.eventMembers().get(k).stream().map(p -> p.doc.cleaned().text()).toList());
            for (Profile p : se.eventMembers().get(k)) {
                CountsPlaced counts = byCounts.get(p);
                settling.add(new Settling(p, se.events().get(k), storyDay, memberNames,
                        counts != null ? counts.key() : figureEvents.get(p), counts != null ? counts.counts() : null, eventTexts));
            }
        }
        return settling;
    }

    /** One story, its events, and the members of each event in the same order. */
    private record StoryEvents(Story story, List<Profile> members, List<Event> events, List<List<Profile>> eventMembers) {
    }

    /** A document to settle, with what settling it needs of its event and story. */
    private record Settling(Profile profile, Event event, long storyDay, List<java.util.Set<String>> memberNames, String figureEvent,
                            Set<String> figureCounts, EventTexts eventTexts) {
    }

    /**
     * The texts of one event's reports, and whether each place asked of them is the event's own
     * ({@link #ownPlace}), worked out once per place: every scoped count of every report asks, and
     * an event of many reports would otherwise read all its texts once per count.
     */
    private record EventTexts(List<String> texts, Map<String, Boolean> own) {
        EventTexts(List<String> texts) {
            this(texts, new java.util.concurrent.ConcurrentHashMap<>());
        }

        boolean ownPlace(String place) {
            return place != null && own.computeIfAbsent(place, p -> StoryGrouper.ownPlace(p, texts));
        }
    }

    /**
     * Whether the document's place in its event is sure: the event is dated and so is the
     * document, within {@link #EVENT_DAYS} of it.
     */
    private static boolean sureMember(Profile p, Event e) {
        return e.dated() && p.day != Event.NO_DAY && Math.abs(p.day - e.day()) <= EVENT_DAYS;
    }

    /**
     * What each member's event-bound figures are compared under: the event's id for a member whose
     * place in it is sure ({@link #sureMember}); for one joined by its words alone (it or its event
     * undated), the event's id when its text is close ({@link #CLOSE_TEXT}) to a sure member's,
     * else the event's id and the first member of the members of close text it is linked to,
     * else nothing (its figures are not compared). A member that gives an event figure exactly as a
     * sure member does ({@link #sharedFigures}: "seven" rifles seized, magnitude 5.6) is linked to it
     * the same way, and members that give one such figure alike to each other: reports of one happening
     * by different outlets share few words (a cosine near 0.02 over the whole text) but state its
     * figures alike. The figures are found through an index, never by comparing every pair. An event formed by words may join reports of two
     * happenings of one kind (two quakes of one region, two fires of one chain of shops); reports
     * whose content words are this close tell of one. Read on ECB+: of the pairs of one event this
     * close, one in 285 was of two happenings that the corpus keeps apart, against one in twenty
     * of all pairs.
     */
    static Map<Profile, String> figureEvents(Event e, List<Profile> members) {
        Map<Profile, String> out = new HashMap<>();
        List<Profile> sure = new ArrayList<>();
        List<Profile> unsure = new ArrayList<>();
        for (Profile p : members) {
            if (sureMember(p, e)) {
                sure.add(p);
                out.put(p, e.id());
            } else {
                unsure.add(p);
            }
        }
        int n = unsure.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Profile p = unsure.get(i);
            for (Profile q : sure) {
                if (SparseVector.cosine(p.wordVector, q.wordVector) >= CLOSE_TEXT) {
                    out.put(p, e.id());
                    break;
                }
            }
            for (int j = i + 1; j < n; j++) {
                if (SparseVector.cosine(p.wordVector, unsure.get(j).wordVector) >= CLOSE_TEXT) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        // Reports that give one figure of the event's happening alike (the same measure and value,
        // one not every report of its kind gives) tell of one happening, however unlike their words.
        // Found through an index of those figures, not by comparing every pair of members.
        Map<String, List<Integer>> byFigure = new HashMap<>();
        Set<String> sureFigures = new HashSet<>();
        for (Profile q : sure) {
            sureFigures.addAll(sharedFigures(q));
        }
        for (int i = 0; i < n; i++) {
            for (String f : sharedFigures(unsure.get(i))) {
                byFigure.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
                if (sureFigures.contains(f) && !out.containsKey(unsure.get(i))) {
                    out.put(unsure.get(i), e.id());
                }
            }
        }
        for (List<Integer> holders : byFigure.values()) {
            for (int k = 1; k < holders.size(); k++) {
                parent[root(parent, holders.get(k))] = root(parent, holders.get(0));
            }
        }
        Map<Integer, Integer> size = new HashMap<>();
        for (int i = 0; i < n; i++) {
            size.merge(root(parent, i), 1, Integer::sum);
        }
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (!out.containsKey(unsure.get(i)) && size.get(r) > 1) {
                out.put(unsure.get(i), e.id() + "~" + unsure.get(r).id);
            }
        }
        return out;
    }

    /**
     * The figures of a document that tell its happening apart, each as a blocking key ("what it
     * counts=value"): event-bound, comparable, given exactly or told as risen to ("rose to 10"; not "at least 200", which reports of
     * many happenings round to), and not a small whole count ({@link #MIN_SHARED_FIGURE}) nor a length of time.
     */
    static Set<String> sharedFigures(Profile p) {
        Set<String> out = new HashSet<>();
        for (Claim c : p.doc.claims()) {
            if (c instanceof QuantityClaim q && q.eventScoped() && q.comparable() && !q.duration() && (q.hedge().isEmpty() || QuantityClaim.RISEN.equals(q.hedge()))
                    && (q.written() >= MIN_SHARED_FIGURE || q.written() != Math.rint(q.written()))) {
                out.add(q.measure() + "/" + q.subject() + "/" + q.counted() + "=" + q.written());
            }
        }
        return out;
    }

    /**
     * A member of an event no report dates that {@link #figureEvents} leaves with no key, placed
     * by its counts: the key it takes, and the counts ({@link #countOf}) it is compared on.
     */
    record CountsPlaced(String key, Set<String> counts) {
    }

    /**
     * Members of an event that no report dates, placed by what they count. No report of such an
     * event can be placed by its date, so {@link #figureEvents} places one only by its words or a
     * figure it gives alike; a report of few words and unlike figures is placed nowhere, and a
     * count it gives of the event's happening is never compared ("two boats" against "three
     * boats" of the one attack). Such a member is placed under the key of the members that count
     * the same thing, when exactly one key's members give a count of that kind (the same measure,
     * subject and counted people), and only those counts of it are compared there; where members
     * of two keys count it, which one it tells of is unknown, and nothing is placed. A count that
     * only grows places (the dead, the arrested, the boats of an attack), and so does a sum of money
     * in a currency of its own ({@link #ownCurrency}: "85 million euros" stolen); a measurement that
     * every happening of its kind gives (a quake's magnitude: two quakes of one region both have
     * one) and a sum in dollars (a bare "$" is several countries' dollar) place nothing. A member of
     * a dated event is not placed so: there a report unsure of its place gives no date or a date of
     * its own that disagrees, and its counts may be another happening's. Read on ECB+ topics 1-36:
     * 12 reports placed, 3 findings added, all real; a magnitude placed a report of another quake
     * while measurements placed too.
     */
    static Map<Profile, CountsPlaced> placedByCounts(Event e, List<Profile> members, Map<Profile, String> keys) {
        Map<Profile, CountsPlaced> out = new HashMap<>();
        if (e.dated()) {
            return out;
        }
        Map<String, Set<String>> keysOfCount = new HashMap<>();
        for (Profile p : members) {
            String key = keys.get(p);
            if (key != null) {
                for (String count : countsOf(p)) {
                    keysOfCount.computeIfAbsent(count, c -> new java.util.TreeSet<>()).add(key);
                }
            }
        }
        for (Profile p : members) {
            if (keys.get(p) != null) {
                continue;
            }
            String key = null;
            Set<String> counts = new java.util.TreeSet<>();
            boolean oneKey = true;
            for (String count : countsOf(p)) {
                Set<String> held = keysOfCount.get(count);
                if (held == null) {
                    continue;
                }
                if (held.size() > 1 || key != null && !key.equals(held.iterator().next())) {
                    oneKey = false;
                    break;
                }
                key = held.iterator().next();
                counts.add(count);
            }
            if (oneKey && key != null) {
                out.put(p, new CountsPlaced(key, counts));
            }
        }
        return out;
    }

    /**
     * The kinds of count ({@link #countOf}) a member gives of its event: event-bound, comparable, a
     * count that only grows or a sum in a currency of its own, no length of time.
     */
    private static Set<String> countsOf(Profile p) {
        Set<String> out = new HashSet<>();
        for (Claim c : p.doc.claims()) {
            if (c instanceof QuantityClaim q && q.eventScoped() && q.comparable() && (q.cumulative() || ownCurrency(q)) && !q.duration()) {
                out.add(countOf(q));
            }
        }
        return out;
    }

    /**
     * Whether a figure is a sum of money in a currency only one country's outlets write ("85 million
     * euros", "£2m"): not the dollar, which a bare "$" gives in the United States, Canada, Australia
     * and elsewhere ("$137-million" in Toronto is no "$108 million" in New York).
     */
    static boolean ownCurrency(QuantityClaim q) {
        String code = q.currency();
        return !code.isEmpty() && !code.equals("USD");
    }

    /** What a figure counts, as placing by counts reads it: its measure, subject and counted people. */
    static String countOf(QuantityClaim q) {
        return q.measure() + "/" + q.subject() + "/" + q.counted();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static List<StoryEvents> storyEvents(List<Profile> members, java.util.function.ToIntFunction<Profile> storyRoot) {
        List<Profile> originals = members.stream().filter(p -> p.original == null).toList();
        weighWords(originals);
        List<List<Profile>> eventMembers = withCopies(events(originals), members);
        // The neighbourhood's stories: its documents by story, an event's documents in one.
        UnionFind parts = new UnionFind(members.size());
        Map<Profile, Integer> at = new HashMap<>();
        Map<Integer, Integer> firstOfRoot = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            at.put(members.get(i), i);
            Integer first = firstOfRoot.putIfAbsent(storyRoot.applyAsInt(members.get(i)), i);
            if (first != null) {
                parts.union(first, i);
            }
        }
        for (List<Profile> em : eventMembers) {
            for (Profile p : em) {
                parts.union(at.get(em.get(0)), at.get(p));
            }
        }
        Map<Integer, List<Profile>> storyMembers = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            storyMembers.computeIfAbsent(parts.find(i), k -> new ArrayList<>()).add(members.get(i));
        }
        Map<Integer, List<List<Profile>>> storyEventMembers = new HashMap<>();
        for (List<Profile> em : eventMembers) {
            storyEventMembers.computeIfAbsent(parts.find(at.get(em.get(0))), k -> new ArrayList<>()).add(em);
        }
        List<StoryEvents> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Profile>> e : storyMembers.entrySet()) {
            List<Profile> sm = e.getValue();
            String storyId = storyId(sm.get(0).id);
            Story story = new Story(storyId, label(sm), sm.stream().map(p -> p.id).toList());
            List<List<Profile>> sem = storyEventMembers.getOrDefault(e.getKey(), List.of());
            List<Event> events = new ArrayList<>();
            for (List<Profile> em : sem) {
                events.add(event(eventId(em.get(0).id), storyId, em));
            }
            out.add(new StoryEvents(story, sm, events, sem));
        }
        return out;
    }

    /**
     * Marks each document whose text, title, outlet and timestamp are those of a document before it
     * (in id order) as that one's copy; returns the others, in order.
     */
    static List<Profile> markCopies(List<Profile> profiles) {
        Map<List<String>, Profile> first = new HashMap<>();
        List<Profile> originals = new ArrayList<>(profiles.size());
        for (Profile p : profiles) {
            Profile seen = first.putIfAbsent(copyKey(p.doc.document()), p);
            if (seen == null) {
                originals.add(p);
            } else {
                p.original = seen;
            }
        }
        return originals;
    }

    /** What two documents share when one is a copy of the other: text, title, outlet and timestamp (not id or path). */
    static List<String> copyKey(org.crosscheck.corpus.Document d) {
        return d.copyKey();
    }

    /** The events of a story's originals, each with the copies of its members. */
    private static List<List<Profile>> withCopies(List<List<Profile>> events, List<Profile> members) {
        Map<Profile, List<Profile>> groupOf = new HashMap<>();
        List<List<Profile>> out = new ArrayList<>();
        for (List<Profile> e : events) {
            List<Profile> group = new ArrayList<>(e);
            e.forEach(p -> groupOf.put(p, group));
            out.add(group);
        }
        // A copy comes after its original in id order, so each group keeps its first document, and
        // the groups their order; an event's documents are listed in id order when it is made.
        for (Profile p : members) {
            if (p.original != null) {
                groupOf.get(p.original).add(p);
            }
        }
        return out;
    }

    /**
     * Whether two documents of a candidate pair (indices {@code i}, {@code j}) are of one story,
     * and how surely: a passage in common or names at least {@link #STRONG_STORY_SIMILARITY} alike
     * tie them strongly, names at least {@link #STORY_SIMILARITY} alike weakly; less alike, or
     * dates over a year apart, not at all (null).
     */
    private static Tie tie(int i, int j, Profile a, Profile b) {
        boolean farApart = a.day != Event.NO_DAY && b.day != Event.NO_DAY && Math.abs(a.day - b.day) > STORY_DAYS;
        double similarity = farApart ? 0 : cosine(a, b);
        if (passageInCommon(a, b)) {
            return new Tie(i, j, true, similarity);
        }
        if (similarity < STORY_SIMILARITY) {
            return null;
        }
        return new Tie(i, j, similarity >= STRONG_STORY_SIMILARITY, similarity);
    }

    /** A tie of two documents (by index) of a candidate pair: strong or weak, and how alike their names are. */
    record Tie(int a, int b, boolean strong, double similarity) {
    }

    /** For each document (by index), the smallest index of its neighbourhood and of its story. */
    record Ties(int[] neighbourhood, int[] story) {
    }

    /**
     * Neighbourhoods and stories of {@code n} documents from their ties. Every tie joins a
     * neighbourhood. Strong ties join a story. Weak ties join two groups of strong ties of two
     * documents or more only when they are at least as many as the smaller group has documents;
     * a lone document (no strong tie) then joins the one group its weak ties make most alike to it
     * (names' similarity summed; on a tie, the group of the smaller index), never two, so a
     * report that names two stories' people in passing does not join them. Each step is decided
     * over the groups of the step before, so the order of the ties does not matter.
     */
    static Ties ties(int n, List<Tie> ties) {
        UnionFind neighbourhoods = new UnionFind(n);
        UnionFind stories = new UnionFind(n);
        for (Tie t : ties) {
            neighbourhoods.union(t.a(), t.b());
            if (t.strong()) {
                stories.union(t.a(), t.b());
            }
        }
        int[] strongSize = new int[n];
        for (int i = 0; i < n; i++) {
            strongSize[stories.find(i)]++;
        }
        Map<Long, Integer> weak = new TreeMap<>();
        for (Tie t : ties) {
            int ra = stories.find(t.a());
            int rb = stories.find(t.b());
            if (!t.strong() && ra != rb && strongSize[ra] > 1 && strongSize[rb] > 1) {
                weak.merge((long) Math.min(ra, rb) * n + Math.max(ra, rb), 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> e : weak.entrySet()) {
            int ra = (int) (e.getKey() / n);
            int rb = (int) (e.getKey() % n);
            if (e.getValue() >= Math.min(strongSize[ra], strongSize[rb])) {
                stories.union(ra, rb);
            }
        }
        // Lone documents: each to the group its weak ties favour, chosen over the groups above.
        Map<Integer, Map<Integer, Double>> lone = new TreeMap<>();
        for (Tie t : ties) {
            if (!t.strong()) {
                if (strongSize[t.a()] == 1 && stories.find(t.a()) == t.a()) {
                    lone.computeIfAbsent(t.a(), k -> new TreeMap<>()).merge(stories.find(t.b()), t.similarity(), Double::sum);
                }
                if (strongSize[t.b()] == 1 && stories.find(t.b()) == t.b()) {
                    lone.computeIfAbsent(t.b(), k -> new TreeMap<>()).merge(stories.find(t.a()), t.similarity(), Double::sum);
                }
            }
        }
        List<int[]> attach = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, Double>> e : lone.entrySet()) {
            int best = -1;
            double most = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Integer, Double> g : e.getValue().entrySet()) {
                if (g.getValue() > most) {
                    best = g.getKey();
                    most = g.getValue();
                }
            }
            attach.add(new int[] {e.getKey(), best});
        }
        for (int[] a : attach) {
            stories.union(a[0], a[1]);
        }
        int[] neighbourhood = new int[n];
        int[] story = new int[n];
        for (int i = 0; i < n; i++) {
            neighbourhood[i] = neighbourhoods.find(i);
            story[i] = stories.find(i);
        }
        return new Ties(neighbourhood, story);
    }

    /** {@code pairs} cut into consecutive slices, a few per thread, in order. */
    static <T> List<List<T>> slices(List<T> pairs, int threads) {
        int size = Math.max(1, pairs.size() / (4 * Math.max(1, threads)) + 1);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += size) {
            out.add(pairs.subList(i, Math.min(pairs.size(), i + size)));
        }
        return out;
    }

    /**
     * A story is named after its first document in id order, and an event after its own: names
     * that stay the same however the corpus was read, in one run or batch by batch into a store.
     */
    static String storyId(String firstDocument) {
        return "S-" + firstDocument;
    }

    static String eventId(String firstDocument) {
        return "E-" + firstDocument;
    }

    // ---- describing a document -----------------------------------------------------------

    private static void describe(Profile p, char[] chars) {
        ExtractedDocument d = p.doc;
        List<Block> content = d.cleaned().content();
        p.wordCounts = wordCounts(d, chars);
        Map<String, Double> score = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (Claim c : d.claims()) {
            if (c instanceof EventClaim e) {
                score.merge(e.happening(), weight(e.span(), content), Double::sum);
                firstAt.putIfAbsent(e.happening(), e.span().start());
            }
        }
        p.kind = score.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(en -> -firstAt.get(en.getKey())))
                .map(Map.Entry::getKey).orElse(null);
        TimestampClaim published = d.published();
        if (published != null) {
            p.published = LocalDate.parse(published.value().substring(0, 10)).toEpochDay();
        } else {
            p.addressDay = AddressDay.of(d.document().text());
        }
        Happenings happenings = Happenings.of(d);
        p.dayClaim = reportedDate(d, content, p.kind, happenings);
        p.day = p.dayClaim != null ? p.dayClaim.earliest() : p.published;
        if (p.day == Event.NO_DAY) {
            Block lede = content.stream().filter(b -> b.kind() == Block.Kind.BODY).findFirst().orElse(null);
            p.weekday = lede == null ? null : ledeWeekday(d, lede.span(), happenings, p.kind);
            if (p.weekday == null && lede != null && p.kind != null) {
                // When the lede gives no weekday: the next paragraph that names the happening
                // ("A light earthquake has struck ...", then "the temblor on Sunday at 9:27 a.m.").
                for (Claim c : d.claims()) {
                    int b = c instanceof EventClaim e && e.happening().equals(p.kind) ? blockOf(e.span(), content) : -1;
                    if (b >= 0 && content.get(b).kind() == Block.Kind.BODY && content.get(b) != lede) {
                        p.weekday = ledeWeekday(d, content.get(b).span(), happenings, p.kind);
                        break;
                    }
                }
            }
        }
        for (Claim c : d.claims()) {
            if (c instanceof PlaceClaim pl && pl.happening().equals(p.kind) && pl.bearing() < 0 && pl.block() < 0
                    && pl.relation() == null && !pl.venue()) {
                // The event's place is a named one: not a venue, not a place near or off another.
                p.place = pl;
                break;
            }
        }
    }

    /** Title counts three times, the first two paragraphs twice, the rest once. */
    private static double weight(Span span, List<Block> content) {
        int i = blockOf(span, content);
        if (i < 0) {
            return 1;
        }
        if (content.get(i).kind() == Block.Kind.TITLE) {
            return 3;
        }
        int body = 0;
        for (int k = 0; k < i && body < 2; k++) {
            if (content.get(k).kind() == Block.Kind.BODY) {
                body++;
            }
        }
        return body < 2 ? 2 : 1;
    }

    /** The index of the block that contains {@code span}, by binary search over the blocks in text order; -1 if none. */
    private static int blockOf(Span span, List<Block> content) {
        int lo = 0;
        int hi = content.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span b = content.get(mid).span();
            if (b.end() <= span.start()) {
                lo = mid + 1;
            } else if (b.start() > span.start()) {
                hi = mid - 1;
            } else {
                return b.contains(span) ? mid : -1;
            }
        }
        return -1;
    }

    /**
     * The date a document gives for what it reports: a one-day date in its lede, else in the
     * paragraph of its first mention of its main kind of happening.
     */
    private static DateClaim reportedDate(ExtractedDocument d, List<Block> content, String kind, Happenings happenings) {
        Block lede = content.stream().filter(b -> b.kind() == Block.Kind.BODY).findFirst().orElse(null);
        // The lede states the article's main happening: a date there that no other happening
        // and no verb of its own claims is the main happening's.
        DateClaim inLede = lede == null ? null : firstDay(d, lede.span(), happenings, kind, true);
        if (inLede != null) {
            return inLede;
        }
        // A lede that dates the happening by its weekday alone ("on Saturday", in an article
        // without a timestamp) says it is recent: a full date further down is then of an earlier
        // happening (a hijacking the article recalls), unless it falls on that weekday.
        java.time.DayOfWeek ledeWeekday = lede == null || d.published() != null ? null : ledeWeekday(d, lede.span(), happenings, kind);
        // Each paragraph is searched once, however many mentions of the happening it holds.
        java.util.Set<Integer> searched = new HashSet<>();
        for (Claim c : d.claims()) {
            if (c instanceof EventClaim e && e.happening().equals(kind)) {
                int b = blockOf(e.span(), content);
                if (b >= 0 && searched.add(b)) {
                    DateClaim found = firstDay(d, content.get(b).span(), happenings, kind, false);
                    if (found != null && ledeWeekday != null
                            && LocalDate.ofEpochDay(found.earliest()).getDayOfWeek() != ledeWeekday) {
                        return null;
                    }
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The weekday the lede gives the main happening without a month or number ("on Saturday"), or null. */
    private static java.time.DayOfWeek ledeWeekday(ExtractedDocument d, Span lede, Happenings happenings, String kind) {
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && lede.contains(dc.span()) && dc.weekdayOnly() != null && dc.mod() == null
                    && !happenings.aboutSomeoneElse(dc.span(), d.names())) {
                return dc.weekdayOnly();
            }
        }
        return null;
    }

    /**
     * The first date in {@code within} that names a day (a clock time alone, "11am", does not)
     * and dates the article's own kind of happening in its clause: not an announcement, a
     * finding or a posting, nor a happening the clause marks as past ("previously").
     */
    private static DateClaim firstDay(ExtractedDocument d, Span within, Happenings happenings, String kind,
                                      boolean lede) {
        TimestampClaim stamp = d.published();
        long published = stamp == null ? Event.NO_DAY : LocalDate.parse(stamp.value().substring(0, 10)).toEpochDay();
        for (Claim c : d.claims()) {
            // News reports what happened in the days before it is published: a day further away
            // than that from the article's own timestamp is another happening (an earlier quake on
            // "April 20", a broadcast to come). A relative day ("Tuesday") is never that far.
            if (c instanceof DateClaim far && published != Event.NO_DAY && far.onCalendar()
                    && Math.abs(far.earliest() - published) > PUBLISHED_EVENT_DAYS) {
                continue;
            }
            if (c instanceof DateClaim dc && within.contains(dc.span()) && dc.dayPrecise() && dc.mod() == null
                    && (!dc.borrowed() && !Character.isDigit(dc.text().charAt(0)) || !dc.anchored())
                    && (lede ? happenings.aboutDate(dc.span()).freeOrOf(kind) : happenings.aboutDate(dc.span()).of(kind))
                    && !happenings.aboutSomeoneElse(dc.span(), d.names())) {
                return dc;
            }
        }
        return null;
    }

    // ---- similarity ----------------------------------------------------------------------

    /**
     * The names the document mentions (each counted {@link #NAME_WEIGHT} times) and the content
     * words and numbers of its title and paragraphs, folded, without stop words.
     */
    static Map<String, Integer> wordCounts(ExtractedDocument d) {
        return wordCounts(d, d.document().text().toCharArray());
    }

    /** {@link #wordCounts(ExtractedDocument)}, {@code text} the document's text. */
    private static Map<String, Integer> wordCounts(ExtractedDocument d, char[] text) {
        Map<String, Integer> counts = new HashMap<>();
        d.names().counts().forEach((name, k) -> counts.merge("name:" + name, k * NAME_WEIGHT, Integer::sum));
        for (Block b : d.cleaned().content()) {
            int i = b.span().start();
            int end = b.span().end();
            while (i < end) {
                char c = text[i];
                if (!letterOrDigit(c)) {
                    i++;
                    continue;
                }
                int s = i;
                boolean capital = upperCase(c);
                while (i < end && (letterOrDigit(text[i]) || text[i] == '\'')) {
                    i++;
                }
                // A word of under three letters is not counted, and is not built: lower-casing keeps
                // a word's length, but for a dotted capital I, which becomes two letters.
                if (capital || i - s < 3 && !holds(text, s, i, '\u0130')) {
                    continue;
                }
                String w = new String(text, s, i - s).toLowerCase(Locale.ROOT);
                if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Whether grouping leaves {@code word} (lower-cased) out of a document's content words. */
    static boolean stopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** Whether {@code text} holds {@code c} from {@code start} to {@code end}. */
    private static boolean holds(char[] text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetterOrDigit(char)}, ASCII answered without the Unicode tables. */
    static boolean letterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isUpperCase(char)}, ASCII answered without the Unicode tables. */
    static boolean upperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#toLowerCase(char)}, ASCII answered without the Unicode tables. */
    static char lowerCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c : Character.toLowerCase(c);
    }

    /** Each document's names weighted by how common they are ({@link #nameWeight}), scaled to unit length. */
    private static void weigh(List<Profile> profiles, java.util.function.Function<String, Integer> nameFrequency) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Profile p : profiles) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : p.doc.names().counts().entrySet()) {
                Integer df = nameFrequency.apply(e.getKey());
                double w = nameWeight(e.getValue(), df == null || df < 1 ? 1 : df);
                if (w > 0) {
                    v.put(e.getKey(), w);
                    norm += w * w;
                }
            }
            p.vector = scaled(v, norm);
            p.names = SparseVector.of(p.vector, vocabulary);
        }
    }

    /**
     * The content words of one story's documents, weighted by how rare they are in the story:
     * a word every report of the story uses tells none of its events apart.
     */
    private static void weighWords(List<Profile> members) {
        Map<String, Integer> wdf = new HashMap<>();
        for (Profile p : members) {
            for (String w : p.wordCounts.keySet()) {
                wdf.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Profile p : members) {
            p.words = unit(p.wordCounts, wdf, members.size());
            p.wordVector = SparseVector.of(p.words, vocabulary);
            p.wordCounts = Map.of();
        }
    }

    /** Log-scaled counts times inverse document frequency, scaled to unit length. */
    private static Map<String, Double> unit(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
            if (w > 0) {
                v.put(e.getKey(), w);
                norm += w * w;
            }
        }
        return scaled(v, norm);
    }

    /** {@code v} divided by the square root of {@code squares} (the sum of its squared weights): unit length. */
    private static Map<String, Double> scaled(Map<String, Double> v, double squares) {
        double len = Math.sqrt(squares);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    private static double cosine(Profile a, Profile b) {
        return SparseVector.cosine(a.names, b.names);
    }

    static double cosine(Map<String, Double> x, Map<String, Double> y) {
        Map<String, Double> small = x.size() <= y.size() ? x : y;
        Map<String, Double> large = small == x ? y : x;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /**
     * Pairs of documents that share at least one name that is not too common to weigh: the
     * blocking key of stories (a vector holds only the names that weigh).
     */
    private static List<int[]> candidatePairs(List<Profile> profiles) {
        return candidatePairs(profiles.stream().map(p -> p.vector.keySet()).toList(), profiles.size());
    }

    /** The pairs of indexes of {@code names} whose sets share a name, each once, in order ({@code n} their number). */
    static List<int[]> candidatePairs(List<? extends java.util.Collection<String>> names, int n) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String name : names.get(i)) {
                index.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        // Each pair as one number, first index times n plus second (an index's list is in
        // increasing order, so the first is the smaller): sorted, those numbers are the pairs in
        // order. A pair two names share comes twice; repeats are dropped whenever the array is
        // full, and it grows only when over half of it is distinct pairs.
        long[] keys = new long[64];
        int count = 0;
        for (List<Integer> docs : index.values()) {
            for (int x = 0; x < docs.size(); x++) {
                long first = (long) docs.get(x) * n;
                for (int y = x + 1; y < docs.size(); y++) {
                    if (count == keys.length) {
                        count = distinctSorted(keys, count);
                        if (count > keys.length / 2) {
                            keys = java.util.Arrays.copyOf(keys, 2 * keys.length);
                        }
                    }
                    keys[count++] = first + docs.get(y);
                }
            }
        }
        count = distinctSorted(keys, count);
        List<int[]> pairs = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            pairs.add(new int[] {(int) (keys[k] / n), (int) (keys[k] % n)});
        }
        return pairs;
    }

    /** Sorts the first {@code count} of {@code keys} and moves the distinct ones to the front; how many they are. */
    static int distinctSorted(long[] keys, int count) {
        java.util.Arrays.sort(keys, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return distinct;
    }

    /** Sorted distinct hashes of the five-word runs of the article's paragraphs, words folded and hyphens dropped. */
    static long[] shingles(ExtractedDocument d) {
        return shingles(d, d.document().text().toCharArray());
    }

    /** {@link #shingles(ExtractedDocument)}, {@code chars} the document's text. */
    private static long[] shingles(ExtractedDocument d, char[] text) {
        long[] runs = new long[256];
        int count = 0;
        int[] words = new int[256];
        for (Block b : d.cleaned().blocks(Block.Kind.BODY)) {
            // Each word's hash, as the hash of the folded word's string would be, without the string.
            int n = 0;
            int w = 0;
            boolean inWord = false;
            int end = b.span().end();
            for (int i = b.span().start(); i <= end; i++) {
                char c = i < end ? text[i] : ' ';
                if (letterOrDigit(c)) {
                    w = 31 * w + lowerCase(c);
                    inWord = true;
                } else if (c != '-' && c != '\u2010' && inWord) {
                    if (n == words.length) {
                        words = java.util.Arrays.copyOf(words, 2 * n);
                    }
                    words[n++] = w;
                    w = 0;
                    inWord = false;
                }
            }
            for (int i = 0; i + SHINGLE <= n; i++) {
                long h = 1125899906842597L;
                for (int k = i; k < i + SHINGLE; k++) {
                    h = 31 * h + words[k];
                }
                if (count == runs.length) {
                    runs = java.util.Arrays.copyOf(runs, 2 * count);
                }
                runs[count++] = h;
            }
        }
        if (count > MAX_SHINGLES) {
            // The first MAX_SHINGLES distinct runs in text order.
            Set<Long> first = new HashSet<>();
            for (int i = 0; i < count && first.size() < MAX_SHINGLES; i++) {
                first.add(runs[i]);
            }
            return first.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        long[] sorted = java.util.Arrays.copyOf(runs, count);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, distinct);
    }

    /**
     * Whether two documents share a passage: formulaic wording ("according to the U.S. Geological
     * Survey") gives a few runs in common; a copied story or a quoted statement gives many, or
     * a large share of the shorter document.
     */
    private static boolean passageInCommon(Profile a, Profile b) {
        int shared = sharedRuns(a, b);
        int shorter = Math.min(a.shingles.length, b.shingles.length);
        return shared >= SHARED_RUNS || (shared >= MIN_SHARED_RUNS && shared >= SHARED_SHARE * shorter);
    }

    /**
     * Shared run hashes of two documents, counted up to {@link #SHARED_RUNS} (enough for a passage
     * in common, so the merge stops there): a merge over their sorted arrays.
     */
    private static int sharedRuns(Profile a, Profile b) {
        return sharedRuns(a.common, b.common);
    }

    /**
     * Keeps in each profile's {@link Profile#common} the runs another of {@code profiles} holds too
     * ({@link #commonRuns(long[][])}). Only originals are ever compared (copies are grouped as
     * their originals), so only they are counted.
     */
    private static void commonRuns(List<Profile> profiles) {
        long[][] runs = new long[profiles.size()][];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = profiles.get(i).shingles;
        }
        long[][] common = commonRuns(runs);
        for (int i = 0; i < runs.length; i++) {
            profiles.get(i).common = common[i];
        }
    }

    /**
     * Each of {@code runs} (sorted distinct hashes, one array a document) narrowed to the hashes
     * another array holds too, in order: a run that one document alone holds is in no pair's
     * count, so {@link #sharedRuns(long[], long[])} of any two of the narrowed arrays is that of the
     * two whole ones, and the narrowed arrays are far shorter (most five-word runs are one
     * article's own).
     */
    static long[][] commonRuns(long[][] runs) {
        int total = 0;
        for (long[] r : runs) {
            total += r.length;
        }
        // How many arrays hold each hash (an array's hashes are distinct), in an open-addressed
        // table at most half full: a slot's count is 0 while it is empty, and stops at 2.
        int bits = 1;
        while (1 << bits < 2 * total) {
            bits++;
        }
        long[] keys = new long[1 << bits];
        byte[] counts = new byte[1 << bits];
        int mask = (1 << bits) - 1;
        for (long[] r : runs) {
            for (long h : r) {
                int i = slot(h, bits);
                while (counts[i] != 0 && keys[i] != h) {
                    i = (i + 1) & mask;
                }
                keys[i] = h;
                counts[i] = (byte) Math.min(2, counts[i] + 1);
            }
        }
        long[][] out = new long[runs.length][];
        for (int d = 0; d < runs.length; d++) {
            long[] kept = new long[runs[d].length];
            int k = 0;
            for (long h : runs[d]) {
                int i = slot(h, bits);
                while (counts[i] != 0 && keys[i] != h) {
                    i = (i + 1) & mask;
                }
                if (counts[i] > 1) {
                    kept[k++] = h;
                }
            }
            out[d] = java.util.Arrays.copyOf(kept, k);
        }
        return out;
    }

    /** The first slot of {@code h} in a table of {@code 2^bits} slots: its high bits after a multiplication that mixes them. */
    private static int slot(long h, int bits) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    /**
     * The merge of {@link #sharedRuns(Profile, Profile)}: each step moves past the smaller hash, or
     * past both when they are equal, by adding comparisons' outcomes rather than branching on them
     * (the order of two hashes is a coin toss the processor cannot predict).
     */
    static int sharedRuns(long[] x, long[] y) {
        int i = 0;
        int j = 0;
        int n = 0;
        int xl = x.length;
        int yl = y.length;
        while (i < xl && j < yl) {
            long p = x[i];
            long q = y[j];
            i += p <= q ? 1 : 0;
            j += p >= q ? 1 : 0;
            if (p == q && ++n == SHARED_RUNS) {
                return n;
            }
        }
        return n;
    }

    // ---- events --------------------------------------------------------------------------

    /**
     * The one rule "another kind of happening on another day" that keeps two documents of a story
     * in different events (the linkage, {@link EventLinkage}, and its straightforward reference
     * apply it to each pair of their members): both main happenings are of known, different kinds
     * and their days lie more than {@link #KIND_DAYS} apart, both days being the documents' own
     * reports of their happenings' days ({@code reported}). Days known only by publication do
     * not tell: two reports of one shooting published days apart, one leading with the arrest
     * that followed, are not kept apart by them.
     */
    static boolean otherKindOnOtherDay(boolean reported, long apart, String kind, String otherKind) {
        return reported && apart > KIND_DAYS && kind != null && otherKind != null && !kind.equals(otherKind);
    }

    /**
     * Events inside one story, by constrained agglomeration: the most alike pairs of documents
     * are joined first (long passages in common, then names alike by cosine), and two groups are
     * joined only when nothing in them tells them apart: their dates for what they report lie
     * within {@link #EVENT_DAYS} of each other (a week when a date is only a publication date; a
     * member that reports no day of its own does not date a group in which another member does),
     * and no two of their documents report different kinds of happening on different days of their
     * own ({@link #otherKindOnOtherDay}: publication days do not tell one happening's day). The
     * mean similarity of the two groups' documents must reach {@link #GROUP_SIMILARITY}, or more
     * when only one group is dated ({@link #UNDATED_FACTOR} times that). An undated document
     * joins through what it says, its names and passages, not through a timestamp; one whose first
     * line is its page's address with a day in it ({@link AddressDay}) is dated by that day as by a
     * publication date (here only: the story's ties and the event's date do not read it).
     */
    private static List<List<Profile>> events(List<Profile> members) {
        int n = members.size();
        List<EventLinkage.Pair> pairs = EventLinkage.similarPairs(members.stream().map(p -> p.words).toList(),
                (i, j) -> passageInCommon(members.get(i), members.get(j)));
        pairs.sort(Comparator.comparingDouble((EventLinkage.Pair p) -> -p.similarity()).thenComparingInt(EventLinkage.Pair::a)
                .thenComparingInt(EventLinkage.Pair::b));
        List<EventLinkage.Member> linked = new ArrayList<>(n);
        for (Profile p : members) {
            linked.add(member(p));
        }
        List<List<Profile>> groupOf = new ArrayList<>();
        for (List<Integer> g : EventLinkage.link(linked, pairs)) {
            groupOf.add(g.stream().map(members::get).toList());
        }
        List<List<Profile>> out = new ArrayList<>();
        for (List<Profile> g : groupOf) {
            List<Profile> sortedGroup = new ArrayList<>(g);
            sortedGroup.sort(Comparator.comparing(p -> p.id));
            out.add(sortedGroup);
        }
        out.sort(Comparator.comparing(g -> g.get(0).id));
        return out;
    }

    /**
     * What the linkage knows of a document. A report with no day of its own nor a timestamp is dated
     * by its address's day ({@link AddressDay}) as by a publication date; when its lede gives its
     * happening a weekday, that weekday on or before the address's day is its own report of the day.
     */
    private static EventLinkage.Member member(Profile p) {
        if (p.day != Event.NO_DAY || p.addressDay == Event.NO_DAY) {
            return new EventLinkage.Member(p.day, p.dayClaim != null, p.kind, p.weekday);
        }
        if (p.weekday == null) {
            return new EventLinkage.Member(p.addressDay, false, p.kind, null);
        }
        int back = Math.floorMod(LocalDate.ofEpochDay(p.addressDay).getDayOfWeek().getValue() - p.weekday.getValue(), 7);
        return new EventLinkage.Member(p.addressDay - back, true, p.kind, null);
    }

    private static Event event(String id, String story, List<Profile> members) {
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> modes = new TreeMap<>();
        Map<String, Integer> places = new TreeMap<>();
        Map<String, Double> people = new HashMap<>();
        Map<Long, List<String>> days = new TreeMap<>();
        for (Profile p : members) {
            if (p.kind != null) {
                kinds.merge(p.kind, 1, Integer::sum);
            }
            for (Claim c : p.doc.claims()) {
                if (c instanceof EventClaim ev && ev.happening().equals(p.kind) && ev.mode() != null) {
                    modes.merge(ev.mode(), 1, Integer::sum);
                }
            }
            if (p.place != null) {
                places.merge(p.place.text(), 1, Integer::sum);
            }
            if (p.day != Event.NO_DAY) {
                days.computeIfAbsent(p.day, k -> new ArrayList<>()).add(p.id);
            }
            for (String person : p.doc.names().people()) {
                people.merge(person, (double) p.doc.names().counts().getOrDefault(person, 1), Double::sum);
            }
        }
        // The day most documents agree on, within a day either side; the earliest on a tie.
        long bestDay = Event.NO_DAY;
        List<String> bestSupport = List.of();
        for (Long day : days.keySet()) {
            List<String> support = new ArrayList<>();
            for (Map.Entry<Long, List<String>> e : days.entrySet()) {
                if (Math.abs(e.getKey() - day) <= 1) {
                    support.addAll(e.getValue());
                }
            }
            if (support.size() > bestSupport.size()) {
                bestDay = day;
                bestSupport = support;
            }
        }
        bestSupport = new ArrayList<>(bestSupport);
        bestSupport.sort(null);
        List<String> participants = people.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(e -> titleCase(e.getKey())).toList();
        String kind = mode(kinds);
        String how = mode(modes);
        if (how == null && kind != null && IN_PERSON_KINDS.contains(kind)) {
            how = "in person";
        }
        return new Event(id, story, kind, how, bestDay, mode(places), participants,
                members.stream().map(p -> p.id).sorted().toList(), bestSupport);
    }

    private static String mode(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    private static long median(List<Profile> members) {
        return lentDay(members.stream().map(p -> p.day).toList());
    }

    /**
     * The day a story lends its undated reports: the median of its dated reports' days (the lower
     * middle one when they are even), or {@link Event#NO_DAY} when none is dated or when they lie
     * more than {@link #LENT_DAY_SPREAD} days apart, the median then fitting none of them.
     */
    static long lentDay(List<Long> days) {
        List<Long> dated = days.stream().filter(d -> d != Event.NO_DAY).sorted().toList();
        if (dated.isEmpty() || dated.get(dated.size() - 1) - dated.get(0) > LENT_DAY_SPREAD) {
            return Event.NO_DAY;
        }
        return dated.get((dated.size() - 1) / 2);
    }

    /**
     * Whether a page that shows only when it was updated keeps its own reading: its update is
     * within {@link #EVENT_DAYS} of its event's date, so its "Monday" and "Tuesday" were written
     * about the event's days and are read against the update ({@code Extractor} does), not
     * against the event's date. A page updated long after the happening it tells of is read
     * against the event's date, as one with no timestamp.
     */
    static boolean updateIsPageDate(ExtractedDocument d, Event e) {
        TimestampClaim updated = d.updated();
        return d.published() == null && updated != null && e.dated() && updated.daysFrom(e.day()) <= EVENT_DAYS;
    }

    /**
     * The document as the rules see it: resolved against its event's date (or the story's) when
     * it has no timestamp, with its date, place, happenings and event-bound figures tied to its event,
     * and the dates and figures it gives for its own main happening marked ({@link MainHappening}).
     */
    private static ExtractedDocument settle(Profile p, Event e, long storyDay, List<java.util.Set<String>> memberNames,
                                             String figureEvent, Set<String> figureCounts, EventTexts eventTexts) {
        ExtractedDocument d = p.doc;
        long anchorDay = e.dated() ? e.day() : storyDay;
        boolean ownUpdate = updateIsPageDate(d, e);
        if (d.published() == null && anchorDay != Event.NO_DAY && !ownUpdate) {
            LocalDate anchor = LocalDate.ofEpochDay(anchorDay);
            String name = (e.dated() ? "the date of event " + e.id() + ", " : "the median date of story " + e.story() + ", ")
                    + anchor + " (the document has no timestamp)";
            d = Extractor.reanchored(d, anchor, name, true);
            DateClaim claim = reportedDate(d, d.cleaned().content(), p.kind, Happenings.of(d));
            // A date found only now, against the event's date, that lies far from it is of
            // another happening: it took no part in forming the event.
            if (claim != null && e.dated() && claim.onCalendar() && Math.abs(claim.earliest() - e.day()) > PUBLISHED_EVENT_DAYS) {
                claim = null;
            }
            p.dayClaim = claim;
        }
        // A member joined by its words whose own date, read only now against the event's, is
        // another day than the event's tells of another happening: its figures are not compared.
        if (figureEvent != null && !sureMember(p, e) && e.dated() && p.dayClaim != null && p.dayClaim.onCalendar()
                && Math.abs(p.dayClaim.earliest() - e.day()) > EVENT_DAYS) {
            figureEvent = null;
        }
        d = ownUpdate ? MainHappening.mark(d, p.kind, d.updated()) : MainHappening.mark(d, p.kind);
        List<Claim> tied = new ArrayList<>(d.claims().size());
        boolean placeTied = false;
        Happenings happenings = Happenings.of(d);
        MainHappening[] readers = new MainHappening[1];
        // A document joined to a dated event by its words alone, its own date not agreeing, may tell of
        // another occasion: the happenings it mentions are not set against the event's other sources
        // (its figures already are not: see below).
        boolean sureMember = !e.dated() || p.day != Event.NO_DAY && Math.abs(p.day - e.day()) <= EVENT_DAYS;
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && p.dayClaim != null && dc.span().equals(p.dayClaim.span())) {
                // The date of the document's own main happening is the event's date only when that
                // happening is of the event's kind: a trial's day is not its verdict's.
                // The people its clause names tell which occasion it dates when the event holds
                // several of one kind (a team signs one player on Monday, another on Wednesday).
                DateClaim named = dc.participants().isEmpty() && happenings.readable(dc.span())
                        ? dc.withAbout(dc.about(), happenings.peopleBeside(dc.span(), d.names())) : dc;
                tied.add(p.kind == null || e.kind() == null || p.kind.equals(e.kind()) ? named.withEvent(e.id()) : dc);
            } else if (c instanceof DateClaim dc && dc.about() != null && !sureMember) {
                tied.add(dc.withAbout(null, List.of()));
            } else if (c instanceof PlaceClaim pl && pl.bearing() >= 0) {
                // A distance and direction from a named place ("150 nautical miles east of Aden")
                // says where the event's happening was, whatever word its sentence names it by; it is
                // compared only with another such place (see event-place-conflict).
                tied.add(sureMember ? pl.withEvent(e.id()) : pl);
            } else if (c instanceof PlaceClaim pl && !placeTied && pl.block() < 0 && figureEvent != null && figureCounts == null
                    && pl.happening().equals(e.kind())
                    && salientPlace(pl, d) && !surnameInStory(pl.place(), memberNames)
                    && happenings.about(pl.span()).of(e.kind()) && !happenings.effectPlace(pl.span())) {
                tied.add(pl.withEvent(figureEvent).withNames(namesBeside(pl.place(), d, memberNames)));
                placeTied = true;
            } else if (c instanceof EventClaim ev && ev.happening().equals(e.kind())) {
                tied.add(ev.withEvent(e.id()));
            } else if (c instanceof QuoteClaim q) {
                // A quote is of the occasion the article reports, dated only when its event is, unless
                // the words that attribute or introduce it give the day it was said ("On March 3, the
                // president ..., stating that ...", "..., Venn said on Monday": extract.SaidDays).
                long said = q.saidDay();
                tied.add(q.withOccasion(e.id(), said != DateClaim.NO_DAY ? said : e.dated() ? e.day() : Event.NO_DAY));
            } else if (c instanceof RoleClaim r) {
                tied.add(r.withDay(e.dated() ? e.day() : p.published));
            } else if (c instanceof AttributeClaim a) {
                // An age is true as of the article's date: without a timestamp, the date its own words
                // give, and without those, the date of the event it reports.
                AttributeClaim dated = a;
                if (a.day() == DateClaim.NO_DAY && p.day != Event.NO_DAY) {
                    dated = a.withDay(p.day, "dated " + LocalDate.ofEpochDay(p.day) + " by its own text");
                } else if (a.day() == DateClaim.NO_DAY && e.dated()) {
                    dated = a.withDay(e.day(), "no timestamp; its event's date, " + LocalDate.ofEpochDay(e.day()));
                }
                // A gun's calibre is the event's gun only where its clause tells of the event's
                // happening or of none. (A record and a count of marriages are tied to the name
                // they stand beside.)
                boolean ofEvent = !dated.attribute().equals(AttributeClaim.CALIBRE) || happenings.aboutFigure(dated.span()).freeOrOf(e.kind())
                        && !happenings.hypothetical(dated.span()) && !clauses(d, readers).introducesAnother(dated.span());
                tied.add(dated.withEvent(ofEvent ? e.id() : null));
            } else if (c instanceof QuantityClaim scoped) {
                // A count given for a place nearly every report of the event names ("355 damaged
                // shops in Athens" in a story of Athens riots) counts the whole event's things.
                QuantityClaim q = eventTexts.ownPlace(scoped.scope()) ? scoped.withoutScope() : scoped;
                long asOf = q.asOf();
                String source = q.asOfSource();
                if (asOf == DateClaim.NO_DAY && anchorDay != Event.NO_DAY) {
                    asOf = anchorDay;
                    source = e.dated() ? "the date of event " + e.id() : "the median date of story " + e.story();
                }
                // A figure true as of a date far from its event's is about something else.
                // So is a figure whose clause names another happening, or marks its own as past.
                // And a figure is compared only where the document's place in its event is sure:
                // its own date agrees with the event's. An article joined to an event by its words
                // alone may report another happening of the same kind (two quakes in one region,
                // riots two years apart); read by hand on ECB+, most figures compared that way
                // were of different happenings.
                // A member joined by its words alone gives its figures of the event's own days:
                // "the 4.4 temblor on Sunday" in an undated report of a Thursday quake is of another.
                boolean onEventDays = sureMember(p, e) || !e.dated() || asOf == DateClaim.NO_DAY || Math.abs(asOf - e.day()) <= EVENT_DAYS;
                // A member placed by its counts (placedByCounts) compares only the counts that placed it.
                boolean ofEvent = figureEvent != null && (figureCounts == null || figureCounts.contains(countOf(q)))
                        && onEventDays && q.eventScoped() && e.kind() != null
                        && (sureMember(p, e) || !q.cumulative() || !clauses(d, readers).runningTotal(q.span()))
                        && (!e.dated() || asOf == DateClaim.NO_DAY || Math.abs(asOf - e.day()) <= STORY_DAYS_FOR_FIGURES)
                        && !happenings.hypothetical(q.span()) && !clauses(d, readers).introducesAnother(q.span());
                // A figure of a happening the report mentions beside its own (the arrests made in
                // a riot whose deaths the report is about) is set against the figures other reports
                // of the event give for a happening of that kind, under the event's id and that kind.
                Happenings.About about = ofEvent ? happenings.aboutFigure(q.span()) : null;
                // A toll told by another harm's word than the event's is the event's toll (TollHappenings).
                String key = !ofEvent ? null : about.freeOrOf(e.kind()) || org.crosscheck.extract.TollHappenings.eventToll(q.measure(), about, e.kind()) ? figureEvent
                        : about.kind() != null && !about.ownDate() && !about.background() ? figureEvent + "/" + about.kind() : null;
                // A length of time names what it times ("40 hours of deliberation"), so it is the
                // document's event's whatever happening its clause names, on the event's days.
                if (q.duration()) {
                    key = onEventDays && !happenings.hypothetical(q.span()) ? e.id() : null;
                }
                tied.add(q.withEvent(key, asOf, source));
            } else {
                tied.add(c);
            }
        }
        return d.withClaims(tied);
    }

    /**
     * Whether {@code place} is where the event as a whole happened: all but at most one in ten
     * ({@link #OWN_PLACE_SHARE}) of its reports name it, as a whole word. A place fewer name
     * (a town of a quake's region) is a part of the event, and a count given for it is that part's.
     */
    static boolean ownPlace(String place, List<String> eventTexts) {
        if (place == null) {
            return false;
        }
        int naming = 0;
        for (String t : eventTexts) {
            if (namesWord(t, place)) {
                naming++;
            }
        }
        return naming >= OWN_PLACE_SHARE * eventTexts.size();
    }

    /** Whether {@code text} holds {@code word} with no letter on either side. */
    static boolean namesWord(String text, String word) {
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            int end = k + word.length();
            if ((k == 0 || !Character.isLetter(text.charAt(k - 1))) && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names a place goes with: those of its own article, and those of every article of the
     * story that names the place too. A source that names "Santa Rosa" beside "Sonoma County"
     * tells that a report placing the quake in one and a report placing it in the other need not
     * disagree.
     */
    static java.util.Set<String> namesBeside(String place, ExtractedDocument d, List<java.util.Set<String>> memberNames) {
        java.util.Set<String> out = new HashSet<>(d.names().counts().keySet());
        for (java.util.Set<String> names : memberNames) {
            if (names.contains(place)) {
                out.addAll(names);
            }
        }
        return out;
    }

    /** The document's clause reader, made once and only when a figure needs it. */
    private static MainHappening clauses(ExtractedDocument d, MainHappening[] readers) {
        if (readers[0] == null) {
            readers[0] = MainHappening.reader(d);
        }
        return readers[0];
    }

    /**
     * Whether a one-word place is the surname of a person an article of the story names in full:
     * "Bringing in Jackman to host" names no place when another article names Hugh Jackman.
     */
    static boolean surnameInStory(String place, List<java.util.Set<String>> memberNames) {
        if (place.contains(" ")) {
            return false;
        }
        for (java.util.Set<String> names : memberNames) {
            for (String n : names) {
                if (n.endsWith(" " + place) && org.crosscheck.extract.Names.personLike(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A place a document stands by: named at least twice in it, not a person's name, not held by
     * a possessive or a title ("Gov. Sarah Palin's").
     */
    private static boolean salientPlace(PlaceClaim place, ExtractedDocument d) {
        String name = place.place();
        if (d.names().people().contains(name) || name.contains(".") || name.endsWith("'s") || name.endsWith("\u2019s")) {
            return false;
        }
        for (String person : d.names().people()) {
            if (person.endsWith(" " + name) || person.startsWith(name + " ")) {
                return false;
            }
        }
        for (String w : name.split(" ")) {
            if (org.crosscheck.extract.Names.ROLE_WORDS.contains(w)) {
                return false;
            }
        }
        return d.names().counts().getOrDefault(name, 0) >= 2;
    }

    private static String label(List<Profile> members) {
        Map<String, Double> total = new HashMap<>();
        for (Profile p : members) {
            p.vector.forEach((k, v) -> total.merge(k, v, Double::sum));
        }
        return String.join(", ", total.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> titleCase(e.getKey())).toList());
    }

    static String titleCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (w.length() <= 4 && !w.contains(".") && w.chars().allMatch(Character::isLetter) && isAcronym(w)) {
                sb.append(w.toUpperCase(Locale.ROOT));
            } else {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    private static boolean isAcronym(String w) {
        return ACRONYMS.contains(w);
    }

    /** Disjoint sets over 0..n-1, joining to the smaller index so the result is order-independent. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
