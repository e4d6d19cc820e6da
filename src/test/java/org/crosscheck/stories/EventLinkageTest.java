package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link EventLinkage} against the straightforward constrained group-average linkage it replaced
 * ({@link #reference}, kept here as it stood in {@code StoryGrouper}): the same groups, their
 * members listed in the same order.
 */
class EventLinkageTest {

    private static final long NO = Event.NO_DAY;

    // ---- the straightforward linkage ------------------------------------------------------

    /** The linkage as {@code StoryGrouper.events} ran it before: every decision over every pair of members. */
    static List<List<Integer>> reference(List<EventLinkage.Member> members, List<EventLinkage.Pair> pairs) {
        int n = members.size();
        int[] parent = new int[n];
        Map<Integer, List<Integer>> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            indexOf.put(i, new ArrayList<>(List.of(i)));
        }
        Map<Long, Double> similar = new HashMap<>();
        for (EventLinkage.Pair p : pairs) {
            similar.put((long) p.a() * n + p.b(), p.similarity());
        }
        for (EventLinkage.Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb) {
                continue;
            }
            List<EventLinkage.Member> a = indexOf.get(ra).stream().map(members::get).toList();
            List<EventLinkage.Member> b = indexOf.get(rb).stream().map(members::get).toList();
            if (!compatible(a, b, p.similarity() >= 2) || EventLinkage.straightMean(indexOf.get(ra), indexOf.get(rb), similar, n) < groupSimilarity(a, b)) {
                continue;
            }
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            List<Integer> merged = indexOf.remove(ra);
            merged.addAll(indexOf.remove(rb));
            indexOf.put(root, merged);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (indexOf.containsKey(i)) {
                out.add(indexOf.get(i));
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static double groupSimilarity(List<EventLinkage.Member> a, List<EventLinkage.Member> b) {
        boolean datedA = a.stream().anyMatch(p -> p.day() != NO);
        boolean datedB = b.stream().anyMatch(p -> p.day() != NO);
        return datedA == datedB ? StoryGrouper.GROUP_SIMILARITY : StoryGrouper.GROUP_SIMILARITY * StoryGrouper.UNDATED_FACTOR;
    }

    private static boolean compatible(List<EventLinkage.Member> a, List<EventLinkage.Member> b, boolean passage) {
        if (otherWeekday(a, b) || otherWeekday(b, a)) {
            return false;
        }
        boolean aReports = a.stream().anyMatch(EventLinkage.Member::reports);
        boolean bReports = b.stream().anyMatch(EventLinkage.Member::reports);
        for (EventLinkage.Member x : a) {
            for (EventLinkage.Member y : b) {
                if (x.day() == NO || y.day() == NO || !x.reports() && aReports || !y.reports() && bReports) {
                    continue;
                }
                boolean reported = x.reports() && y.reports();
                long window = reported ? StoryGrouper.EVENT_DAYS : StoryGrouper.PUBLISHED_EVENT_DAYS;
                boolean sameKind = x.kind() != null && x.kind().equals(y.kind());
                if (Math.abs(x.day() - y.day()) > window && !(passage && sameKind)) {
                    return false;
                }
                if (StoryGrouper.otherKindOnOtherDay(reported, Math.abs(x.day() - y.day()), x.kind(), y.kind())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean otherWeekday(List<EventLinkage.Member> a, List<EventLinkage.Member> b) {
        for (EventLinkage.Member undated : a) {
            if (undated.day() != NO || undated.weekday() == null) {
                continue;
            }
            boolean dated = false;
            for (EventLinkage.Member p : b) {
                if (p.day() == NO || !p.reports()) {
                    continue;
                }
                dated = true;
                int apart = Math.abs(undated.weekday().getValue() - LocalDate.ofEpochDay(p.day()).getDayOfWeek().getValue());
                if (Math.min(apart, 7 - apart) <= StoryGrouper.KIND_DAYS) {
                    return false;
                }
            }
            if (dated) {
                return true;
            }
        }
        return false;
    }

    // ---- inputs ---------------------------------------------------------------------------

    private static EventLinkage.Member undated() {
        return new EventLinkage.Member(NO, false, null, null);
    }

    private static EventLinkage.Member reported(long day, String kind) {
        return new EventLinkage.Member(day, true, kind, null);
    }

    private static EventLinkage.Member published(long day) {
        return new EventLinkage.Member(day, false, null, null);
    }

    private static EventLinkage.Pair pair(double similarity, int a, int b) {
        return new EventLinkage.Pair(similarity, a, b);
    }

    /** Pairs in the order StoryGrouper takes them: most alike first, then by index. */
    private static List<EventLinkage.Pair> sorted(List<EventLinkage.Pair> pairs) {
        List<EventLinkage.Pair> out = new ArrayList<>(pairs);
        out.sort(Comparator.comparingDouble((EventLinkage.Pair p) -> -p.similarity()).thenComparingInt(EventLinkage.Pair::a)
                .thenComparingInt(EventLinkage.Pair::b));
        return out;
    }

    private static List<List<Integer>> both(List<EventLinkage.Member> members, List<EventLinkage.Pair> pairs) {
        List<List<Integer>> linked = EventLinkage.link(members, sorted(pairs));
        assertEquals(reference(members, sorted(pairs)), linked, "as the straightforward linkage");
        return linked;
    }

    /**
     * Random stories: few days and kinds so that constraints bite, similarities drawn from the
     * thresholds' neighbourhood and from values whose sums round differently in different orders.
     */
    static List<EventLinkage.Member> randomMembers(Random r, int n) {
        String[] kinds = {null, "attack", "arrest"};
        List<EventLinkage.Member> members = new ArrayList<>();
        long base = 15_000;
        for (int i = 0; i < n; i++) {
            long day = r.nextInt(4) == 0 ? NO : base + r.nextInt(r.nextBoolean() ? 3 : 12);
            DayOfWeek weekday = r.nextInt(3) == 0 ? DayOfWeek.of(1 + r.nextInt(7)) : null;
            members.add(new EventLinkage.Member(day, r.nextBoolean(), kinds[r.nextInt(kinds.length)], weekday));
        }
        return members;
    }

    static List<EventLinkage.Pair> randomPairs(Random r, int n, int density) {
        double[] values = {0.02, 0.025, 0.05, 0.1, 0.125, 0.15, 0.25, 0.3, 0.7, 1, 2};
        List<EventLinkage.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (r.nextInt(100) < density) {
                    double s = r.nextBoolean() ? values[r.nextInt(values.length)] : 0.02 + r.nextDouble() * (r.nextBoolean() ? 0.2 : 1);
                    pairs.add(pair(s, i, j));
                }
            }
        }
        return pairs;
    }

    @Property(tries = 300)
    void theSameGroupsAsTheStraightforwardLinkage(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 5, max = 100) int density,
            @ForAll long seed) {
        Random r = new Random(seed);
        both(randomMembers(r, n), randomPairs(r, n, density));
    }

    @Property(tries = 100)
    void theSameGroupsWhenEveryPairIsAlike(@ForAll @IntRange(min = 2, max = 30) int n, @ForAll long seed) {
        // Dense and alike: large groups early, so that their kept sums are added over many merges.
        Random r = new Random(seed);
        List<EventLinkage.Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(r.nextInt(5) == 0 ? undated() : reported(15_000 + r.nextInt(2), null));
        }
        List<EventLinkage.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs.add(pair(0.02 + r.nextDouble() * 0.1, i, j));
            }
        }
        both(members, pairs);
    }

    // ---- cases ----------------------------------------------------------------------------

    @Test
    void aMeanThatOnlyTheStraightforwardOrderOfAdditionsPutsOnTheThresholdStillJoins() {
        // {0,1,2} forms first; then {3} against it: the three similarities to 3 add up, in the
        // straightforward order, to a mean of exactly the threshold or a hair over, and in the kept
        // order to a hair under. The straightforward mean decides.
        double a = 0.029405497087868084;
        double b = 0.07932036158560628;
        double c = 0.04127414132652564;
        assertEquals(true, (((0.0 + a) + b) + c) / 3 >= StoryGrouper.GROUP_SIMILARITY);
        assertEquals(false, (a + (b + c)) / 3 >= StoryGrouper.GROUP_SIMILARITY);
        List<EventLinkage.Member> members = List.of(undated(), undated(), undated(), undated());
        List<EventLinkage.Pair> pairs = List.of(pair(0.9, 1, 2), pair(0.8, 0, 1), pair(0.02, 0, 2), pair(a, 0, 3), pair(b, 1, 3), pair(c, 2, 3));
        assertEquals(List.of(List.of(0, 1, 2, 3)), both(members, pairs));
    }

    @Test
    void thePairsMapIsMadeOnFirstAskingAndALaterPairOfTheSameMembersReplacesAnEarlier() {
        EventLinkage.Similar similar = new EventLinkage.Similar(List.of(pair(0.5, 0, 1), pair(0.3, 1, 2), pair(0.7, 0, 1)), 3);
        assertEquals(false, similar.made());
        assertEquals(Map.of(1L, 0.7, 5L, 0.3), similar.map());
        assertEquals(true, similar.made());
        assertEquals(true, similar.map() == similar.map());
    }

    @Test
    void aMeanUnderTheThresholdDoesNotJoin() {
        // 0 and 1 alike; 2 alike to 1 only: a mean of 0.09 / 2 over {0,1} against 2.
        List<EventLinkage.Member> members = List.of(undated(), undated(), undated());
        assertEquals(List.of(List.of(0, 1), List.of(2)), both(members, List.of(pair(0.9, 0, 1), pair(0.09, 1, 2))));
        assertEquals(List.of(List.of(0, 1, 2)), both(members, List.of(pair(0.9, 0, 1), pair(0.1, 1, 2))));
    }

    @Test
    void anUndatedGroupAgainstADatedOneNeedsMore() {
        List<EventLinkage.Member> members = List.of(reported(15_000, null), undated());
        assertEquals(List.of(List.of(0), List.of(1)), both(members, List.of(pair(0.12, 0, 1))));
        assertEquals(List.of(List.of(0, 1)), both(members, List.of(pair(0.125, 0, 1))));
        List<EventLinkage.Member> dated = List.of(reported(15_000, null), reported(15_001, null));
        assertEquals(List.of(List.of(0, 1)), both(dated, List.of(pair(0.05, 0, 1))));
    }

    @Test
    void reportedDaysTooFarApartKeepGroupsApartUnlessAPassageOfOneKindJoinsThem() {
        List<EventLinkage.Member> members = List.of(reported(15_000, "attack"), reported(15_003, "attack"));
        assertEquals(List.of(List.of(0), List.of(1)), both(members, List.of(pair(1, 0, 1))));
        assertEquals(List.of(List.of(0, 1)), both(members, List.of(pair(2, 0, 1))));
        List<EventLinkage.Member> near = List.of(reported(15_000, "attack"), reported(15_002, "attack"));
        assertEquals(List.of(List.of(0, 1)), both(near, List.of(pair(1, 0, 1))));
        List<EventLinkage.Member> untold = List.of(reported(15_000, null), reported(15_003, "attack"));
        assertEquals(List.of(List.of(0), List.of(1)), both(untold, List.of(pair(2, 0, 1))), "a passage joins far days only of one known kind");
    }

    @Test
    void publicationDaysAllowAWeek() {
        List<EventLinkage.Member> members = List.of(published(15_000), published(15_007), published(15_008));
        assertEquals(List.of(List.of(0, 1), List.of(2)), both(members, List.of(pair(1, 0, 1), pair(0.9, 0, 2))));
    }

    @Test
    void aGroupThatReportsItsDayIsNotDatedByItsOtherMembersPublication() {
        // 1 is published a week on and 0 reports the day: {0,1} is dated by 0 alone, so 2, which
        // reports the day before 0's, eight days before 1's publication, joins.
        List<EventLinkage.Member> members = List.of(reported(15_000, null), published(15_007), reported(14_999, null));
        assertEquals(List.of(List.of(0, 1, 2)), both(members, List.of(pair(1, 0, 1), pair(1, 0, 2), pair(1, 1, 2))));
        assertEquals(List.of(List.of(0, 2), List.of(1)), both(members, List.of(pair(1, 0, 2), pair(0.9, 0, 1), pair(0.9, 1, 2))), "{0,2} reports; 1 is eight days from 2");
    }

    @Test
    void anotherKindOnAnotherDayIsAnotherEvent() {
        List<EventLinkage.Member> members = List.of(reported(15_000, "attack"), reported(15_002, "arrest"), reported(15_001, "arrest"));
        assertEquals(List.of(List.of(0, 2), List.of(1)), both(members, List.of(pair(1, 0, 1), pair(0.9, 0, 2))));
    }

    private static EventLinkage.Member published(long day, String kind) {
        return new EventLinkage.Member(day, false, kind, null);
    }

    @Test
    void anotherKindOnAnotherPublicationDayDoesNotKeepGroupsApart() {
        // Two reports of one shooting, one leading with the arrest, published three days apart,
        // neither giving the happening's day: their publication days do not date the happenings.
        List<EventLinkage.Member> published = List.of(published(15_000, "attack"), published(15_003, "arrest"));
        assertEquals(List.of(List.of(0, 1)), both(published, List.of(pair(1, 0, 1))));
        // The same days as the reports' own days of their happenings keep them apart.
        List<EventLinkage.Member> reported = List.of(reported(15_000, "attack"), reported(15_002, "arrest"));
        assertEquals(List.of(List.of(0), List.of(1)), both(reported, List.of(pair(1, 0, 1))));
        // One reported day against one publication day: the kind tells nothing, the week's window decides.
        List<EventLinkage.Member> mixed = List.of(reported(15_000, "attack"), published(15_003, "arrest"));
        assertEquals(List.of(List.of(0, 1)), both(mixed, List.of(pair(1, 0, 1))));
        List<EventLinkage.Member> tooFar = List.of(reported(15_000, "attack"), published(15_008, "arrest"));
        assertEquals(List.of(List.of(0), List.of(1)), both(tooFar, List.of(pair(1, 0, 1))));
    }

    @Test
    void aGroupThatReportsItsDayStillMeetsAnotherKindOnAnotherReportedDay() {
        // {0,1}: 0 reports an attack's day, 1 only its publication (an arrest, three days on);
        // 2 reports an arrest two days after the attack: 1's kind no longer dates {0,1}, but 0's
        // reported attack two days from 2's reported arrest keeps 2 apart.
        List<EventLinkage.Member> members = List.of(reported(15_000, "attack"), published(15_003, "arrest"), reported(15_002, "arrest"));
        assertEquals(List.of(List.of(0, 1), List.of(2)), both(members, List.of(pair(1, 0, 1), pair(0.9, 1, 2), pair(0.9, 0, 2))));
        // Two groups dated by publication only join across kinds; a third that reports its day
        // meets them by the week's window alone.
        List<EventLinkage.Member> unreported = List.of(published(15_000, "attack"), published(15_002, "arrest"), reported(15_004, "attack"));
        assertEquals(List.of(List.of(0, 1, 2)), both(unreported, List.of(pair(1, 0, 1), pair(0.9, 1, 2), pair(0.9, 0, 2))));
    }

    @Test
    void otherKindOnOtherDayIsOneRule() {
        assertEquals(true, StoryGrouper.otherKindOnOtherDay(true, StoryGrouper.KIND_DAYS + 1, "attack", "arrest"));
        assertEquals(false, StoryGrouper.otherKindOnOtherDay(true, StoryGrouper.KIND_DAYS, "attack", "arrest"), "a day apart may name one happening two ways");
        assertEquals(false, StoryGrouper.otherKindOnOtherDay(false, StoryGrouper.KIND_DAYS + 1, "attack", "arrest"), "publication days");
        assertEquals(false, StoryGrouper.otherKindOnOtherDay(true, StoryGrouper.KIND_DAYS + 1, "attack", "attack"));
        assertEquals(false, StoryGrouper.otherKindOnOtherDay(true, StoryGrouper.KIND_DAYS + 1, null, "arrest"));
        assertEquals(false, StoryGrouper.otherKindOnOtherDay(true, StoryGrouper.KIND_DAYS + 1, "attack", null));
    }

    @Test
    void anUndatedLedeOfAnotherWeekdayDoesNotJoin() {
        long thursday = LocalDate.of(2011, 1, 6).toEpochDay();
        EventLinkage.Member monday = new EventLinkage.Member(NO, false, null, DayOfWeek.MONDAY);
        EventLinkage.Member friday = new EventLinkage.Member(NO, false, null, DayOfWeek.FRIDAY);
        assertEquals(List.of(List.of(0), List.of(1)), both(List.of(reported(thursday, null), monday), List.of(pair(1, 0, 1))));
        assertEquals(List.of(List.of(0, 1)), both(List.of(reported(thursday, null), friday), List.of(pair(1, 0, 1))));
        assertEquals(List.of(List.of(0, 1)), both(List.of(published(thursday), monday), List.of(pair(1, 0, 1))), "only a reported day tells");
        // The first undated lede of a group decides: {friday, monday} joins Thursday, {monday, friday} does not.
        assertEquals(List.of(List.of(0, 1, 2)),
                both(List.of(friday, monday, reported(thursday, null)), List.of(pair(1, 0, 1), pair(1, 0, 2), pair(1, 1, 2))));
        assertEquals(List.of(List.of(0, 1), List.of(2)),
                both(List.of(monday, friday, reported(thursday, null)), List.of(pair(1, 0, 1), pair(1, 0, 2), pair(1, 1, 2))));
    }

    @Test
    void sumsFollowMergedGroups() {
        // {0,1} and {2,3} form; then the pair (0,3) weighs the four pairs across them, of which
        // (0,3), (1,3) and (1,2) are candidates: a mean of 0.5.
        List<EventLinkage.Member> members = List.of(undated(), undated(), undated(), undated());
        List<EventLinkage.Pair> pairs = List.of(pair(1, 0, 1), pair(1, 2, 3), pair(0.1, 1, 2), pair(0.95, 0, 3), pair(0.95, 1, 3));
        assertEquals(List.of(List.of(0, 1, 2, 3)), both(members, pairs));
    }
}
