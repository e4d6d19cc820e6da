package org.crosscheck.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.PlaceClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.findings.Finding;

/**
 * Where a labelled disagreement that no finding reports is lost, so that recall can be worked on
 * where it fails rather than where it is easy to look. Each missed label is put at the first stage
 * it does not pass:
 *
 * <ol>
 *   <li>{@code not read}: no two of its sources that disagree have a claim of a fitting kind over
 *       the labelled words (a figure, an attribute, a date, a place, a title, a name, a quote);</li>
 *   <li>{@code other stories}: such claims exist, but no two disagreeing sources are in one story;</li>
 *   <li>{@code other events}: two are in one story, none in one event;</li>
 *   <li>{@code keyed apart}: two are in one event, but their claims over the words say they are about
 *       different things ({@link #about(Claim)}: a figure's measure, an attribute's entity and name,
 *       a date's or a place's happening, a title's person), or a date is tied to no happening (neither to a
 *       happening its clause mentions nor as the date its document gives its event);</li>
 *   <li>{@code one key}: two claims about one thing in one event, and still no finding (a rule's
 *       tolerance, an update, a note the rule does not raise, or the finding's evidence elsewhere).</li>
 * </ol>
 *
 * Claims are those the rules saw: after grouping, with an undated article read again against its
 * event's date (so its clock times and relative dates are on the calendar and tied as a dated
 * article's are) and the date each article gives its event tied to that event. Until the sixteenth
 * session they were each article's as {@code extract} reads it alone, which put every clock time of
 * an undated article, and two reports' dates for their event a day apart, at {@code keyed apart}.
 * For names, quotes and labels of kind "other", claims of a fitting kind are all about one thing.
 * This is a measurement of where recall is lost, not a rule.
 */
final class MissStages {

    static final List<String> STAGES = List.of("not read", "other stories", "other events", "keyed apart", "one key");

    private MissStages() {
    }

    /** Whether a claim of this class can carry a label of {@code kind}. */
    static boolean carries(String kind, Claim c) {
        return switch (kind) {
            case "quantity", "toll", "attribute" -> c instanceof QuantityClaim || c instanceof AttributeClaim;
            case "date", "time" -> c instanceof DateClaim || c instanceof WeekdayClaim || c instanceof TimestampClaim;
            case "place" -> c instanceof PlaceClaim || c instanceof AttributeClaim;
            case "title" -> c instanceof RoleClaim;
            case "name" -> c instanceof NameClaim || c instanceof RoleClaim || c instanceof org.crosscheck.claims.ListedName;
            case "quote" -> c instanceof QuoteClaim || c instanceof QuotePassage;
            default -> !(c instanceof TimestampClaim);
        };
    }

    /** The stage at which a label is lost, or null when a finding reports it. */
    static String stage(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                        Map<String, String> story, Map<String, String> event) {
        if (LabelledDisagreements.foundBy(label, findings) != null) {
            return null;
        }
        List<LabelledDisagreements.Value> read = label.values().stream()
                .filter(v -> claims.getOrDefault(v.document(), List.of()).stream()
                        .anyMatch(c -> carries(label.kind(), c) && c.span().start() < v.end() && v.start() < c.span().end()))
                .toList();
        int best = 0;
        for (LabelledDisagreements.Value a : read) {
            for (LabelledDisagreements.Value b : read) {
                if (a.document().equals(b.document()) || a.value().equals(b.value())) {
                    continue;
                }
                int reached = 1;
                if (same(story, a, b)) {
                    reached = 2;
                    if (same(event, a, b)) {
                        Set<String> keys = new java.util.HashSet<>();
                        over(label.kind(), a, claims).forEach(c -> keys.addAll(abouts(c)));
                        reached = over(label.kind(), b, claims).stream().anyMatch(c -> abouts(c).stream().anyMatch(keys::contains)) ? 4 : 3;
                    }
                }
                best = Math.max(best, reached);
            }
        }
        return best == 0 ? STAGES.get(0) : STAGES.get(best);
    }

    /**
     * The claims over a source's words, and for a date over them every date of the same value its
     * document gives elsewhere: a document's date is tied (to a happening or as its event's date) at
     * its first mention, and a label may hold a later one ("late Thursday" in the third paragraph).
     */
    static List<Claim> over(String kind, LabelledDisagreements.Value v, Map<String, List<Claim>> claims) {
        List<Claim> all = claims.getOrDefault(v.document(), List.of());
        List<Claim> words = all.stream()
                .filter(c -> carries(kind, c) && c.span().start() < v.end() && v.start() < c.span().end()).toList();
        Set<String> values = new java.util.HashSet<>();
        words.forEach(c -> {
            if (c instanceof DateClaim d) {
                values.add(d.value());
            }
        });
        if (values.isEmpty()) {
            return words;
        }
        List<Claim> out = new java.util.ArrayList<>(words);
        all.stream().filter(c -> c instanceof DateClaim d && values.contains(d.value()) && !words.contains(c)).forEach(out::add);
        return out;
    }

    /**
     * Everything a claim is about ({@link #about}), for the stage: a date tied both to a happening its
     * clause tells of and as the date its document gives its event is compared under either key (the
     * event rule compares it with the event's other reports' dates, the happening rules with dates of
     * that family), so it meets a date tied either way. Until the twenty-fifth session only the
     * happening's key counted, and such a date was "keyed apart" from the event's other dates.
     */
    static List<String> abouts(Claim c) {
        List<String> out = new java.util.ArrayList<>();
        String key = about(c);
        if (key != null) {
            out.add(key);
        }
        if (c instanceof DateClaim d && d.about() != null && d.event() != null) {
            out.add("date of event " + d.event());
        }
        return out;
    }

    /** What a claim is about, as far as two sources' claims must agree on it to be compared. */
    static String about(Claim c) {
        if (c instanceof QuantityClaim q) {
            return "quantity " + q.measure() + " | " + q.subject();
        } else if (c instanceof AttributeClaim a) {
            return "attribute " + a.entityKey() + " | " + a.attribute();
        } else if (c instanceof DateClaim d) {
            // A date tied to a happening it mentions is compared with dates of that kind; the date a
            // document gives its event's happening, with the event's other reports' (the event rule).
            // A date tied to neither is about nothing yet: never one key.
            return d.about() != null ? "date " + d.family() : d.event() != null ? "date of event " + d.event() : null;
        } else if (c instanceof PlaceClaim p) {
            return "place " + p.happening();
        } else if (c instanceof RoleClaim r) {
            return "title " + r.personKey();
        }
        return c.kind();
    }

    /** Gates of a figure lost at {@code one key}, from the nearest to a finding to the furthest. */
    static final List<String> GATES = List.of("compared, apart", "compatible as read", "never compared");

    /**
     * Which gate stops a figure label (quantity, toll, attribute) lost at {@code one key}, or null for
     * other kinds and stages: {@code compared, apart} when two disagreeing sources in one event give
     * claims about one thing that a rule compares (a comparable figure, an identified entity's
     * attribute) and whose values disagree: what stops them is grouping's tie of an undated report's
     * figure to its event, an update, an attribution, or another condition of the rule;
     * {@code compatible as read} when such claims agree as read (a tolerance, an open range); else
     * {@code never compared}: a kind no rule compares (a count read with its head noun alone, a sum of
     * money without the thing it prices). The nearest gate any pair reaches counts. Claims are each
     * document's as {@code extract} reads them, before grouping.
     */
    static String gate(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                       Map<String, String> story, Map<String, String> event) {
        if (!List.of("quantity", "toll", "attribute").contains(label.kind())
                || !"one key".equals(stage(label, findings, claims, story, event))) {
            return null;
        }
        int best = nearest(label, claims, event, GATES.size() - 1, MissStages::gateOf);
        return GATES.get(best);
    }

    /** The gate of two claims about one thing ({@link #GATES}' index), or -1 when they are about different things. */
    static int gateOf(Claim x, Claim y) {
        if (about(x) == null || !about(x).equals(about(y))) {
            return -1;
        }
        if (x instanceof QuantityClaim p && y instanceof QuantityClaim q) {
            return !p.comparable() || !q.comparable() ? 2 : p.disagreesWith(q) ? 0 : 1;
        }
        if (x instanceof AttributeClaim p && y instanceof AttributeClaim q) {
            return !p.identified() || !q.identified() ? 2 : p.disagreesWith(q) ? 0 : 1;
        }
        return 2;
    }

    /**
     * What a figure at the gate {@code never compared} is, in the order a label is put at the first that
     * any pair of its claims about one thing shows: a count read with a plural head noun alone ("two
     * boats", "235,000 comments"); a number read with no counted noun, of four kinds (the first four
     * {@code no counted noun} kinds): a measure the rules compare that its document holds back (a
     * toll in a sentence of another time, not the document's first for its measure, an increment,
     * a sum that may come), people counted with no act ("12 people"), another word read as what is
     * counted (a unit of a compound, "a 12-year-old", "an 86-yard run", or a word that is no noun,
     * "8-1 in"), or nothing after the number at all; a sum of money without the thing it prices, an
     * attribute of an entity no name identifies, or none of these. Until the twenty-seventh session
     * the four kinds of {@code no counted noun} were one.
     */
    static final List<String> NEVER_KINDS = List.of("a head noun alone", "no counted noun: a measure held back",
            "no counted noun: people with no act", "no counted noun: another word counted", "no counted noun: nothing counted",
            "money alone", "an unidentified entity", "other");

    /** What {@link #NEVER_KINDS}' kinds of a number read with no counted noun begin with. */
    static final String NO_COUNTED_NOUN = "no counted noun";

    /**
     * Which kind of {@code never compared} figure a label is ({@link #NEVER_KINDS}), or null when its
     * gate is another one (or it has none).
     */
    static String neverKind(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                            Map<String, String> story, Map<String, String> event) {
        if (!GATES.get(2).equals(gate(label, findings, claims, story, event))) {
            return null;
        }
        return NEVER_KINDS.get(nearest(label, claims, event, NEVER_KINDS.size() - 1, MissStages::neverKindOf));
    }

    /**
     * The kind ({@link #NEVER_KINDS}' index) of two claims about one thing that no rule compares, from
     * the claim that is not comparable; -1 when they are about different things or are compared.
     */
    static int neverKindOf(Claim x, Claim y) {
        if (gateOf(x, y) != 2) {
            return -1;
        }
        if (x instanceof QuantityClaim p && y instanceof QuantityClaim q) {
            return Math.min(neverKindOf(p), neverKindOf(q));
        }
        if (x instanceof AttributeClaim p && y instanceof AttributeClaim q && (!p.identified() || !q.identified())) {
            return NEVER_KINDS.indexOf("an unidentified entity");
        }
        return NEVER_KINDS.size() - 1;
    }

    /** The kind of one figure no rule compares, or {@link #NEVER_KINDS}' last when it is compared. */
    private static int neverKindOf(QuantityClaim q) {
        if (q.comparable()) {
            return NEVER_KINDS.size() - 1;
        }
        if (q.measure().startsWith("money:")) {
            return NEVER_KINDS.indexOf("money alone");
        }
        if (q.eventScoped()) {
            return 1;
        }
        if (q.measure().equals("people")) {
            return 2;
        }
        if (q.measure().equals("count")) {
            return 4;
        }
        return q.measure().matches("[a-z][a-z-]*[a-z]s") && !q.measure().endsWith("ss") ? 0 : 3;
    }

    /**
     * What stops two figures at the gate {@code compared, apart}, in the order of the rules'
     * conditions, a label put at the first that any pair of its disagreeing claims about one thing
     * shows: a figure of one event that grouping tied to no happening (an undated report whose place
     * in its event is unsure, or a clause of another happening), figures tied to two different
     * happenings of the event, figures of one measure that count other people ("protesters" against
     * people), a count that rose later (an update), attributes of another occasion (two events, or a
     * gun's calibre outside its event), attributes whose dates explain them (an age a year on), or none of these.
     */
    static final List<String> APART_KINDS = List.of("a figure not tied", "tied to two happenings", "other people counted",
            "a count that rose", "another occasion", "dates explain it", "other");

    /**
     * Which kind of {@code compared, apart} figure a label is ({@link #APART_KINDS}), or null when its
     * gate is another one (or it has none).
     */
    static String apartKind(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                            Map<String, String> story, Map<String, String> event) {
        if (!GATES.get(0).equals(gate(label, findings, claims, story, event))) {
            return null;
        }
        return APART_KINDS.get(nearest(label, claims, event, APART_KINDS.size() - 1, MissStages::apartKindOf));
    }

    /**
     * The kind ({@link #APART_KINDS}' index) of what stops two disagreeing claims about one thing
     * that a rule compares; -1 when they are not at that gate.
     */
    static int apartKindOf(Claim x, Claim y) {
        if (gateOf(x, y) != 0) {
            return -1;
        }
        if (x instanceof QuantityClaim p && y instanceof QuantityClaim q) {
            if (p.eventScoped() && p.event() == null || q.eventScoped() && q.event() == null) {
                return 0;
            }
            if (!java.util.Objects.equals(p.event(), q.event())) {
                return 1;
            }
            if (!p.sameSubjectAs(q)) {
                return 2;
            }
            return p.roseLaterThan(q) || q.roseLaterThan(p) ? 3 : APART_KINDS.size() - 1;
        }
        AttributeClaim p = (AttributeClaim) x;
        AttributeClaim q = (AttributeClaim) y;
        if (!p.sameOccasionAs(q)) {
            return 4;
        }
        return p.agedBetween(q) || q.agedBetween(p) || p.timeApartUnknown(q) || q.timeApartUnknown(p) ? 5 : APART_KINDS.size() - 1;
    }

    /**
     * Where a figure grouping tied to no happening was lost ({@link #APART_KINDS}' first kind): in
     * its own clause, when its report ties other event-bound figures to its event (the clause names
     * another happening, or gives a date far from the event's), or in its report, when the report
     * ties no event-bound figure at all (its place in its event is unsure: an undated report that is
     * neither close in words to another report of its event nor gives one of their figures alike,
     * so no clause of it is compared). Read from the claims ({@link #placed}): a report that ties
     * no figure nor place counts as placed nowhere. A label is put at its clause when some pair of its
     * claims is held only there.
     */
    static final List<String> UNTIED_WHERE = List.of("its clause", "its report placed nowhere");

    /** Where a label's figure not tied was lost ({@link #UNTIED_WHERE}), or null when it is no figure not tied. */
    static String untiedWhere(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                              Map<String, String> story, Map<String, String> event) {
        if (!APART_KINDS.get(0).equals(apartKind(label, findings, claims, story, event))) {
            return null;
        }
        return UNTIED_WHERE.get(nearest(label, claims, event, UNTIED_WHERE.size() - 1, (x, y) -> untiedWhereOf(x, y, claims)));
    }

    /**
     * Where two claims at {@code compared, apart, a figure not tied} were lost ({@link #UNTIED_WHERE}'
     * index): 1 when an untied one lies in a report placed nowhere, else 0; -1 when the two are not of that kind.
     */
    static int untiedWhereOf(Claim x, Claim y, Map<String, List<Claim>> claims) {
        if (apartKindOf(x, y) != 0) {
            return -1;
        }
        for (Claim c : List.of(x, y)) {
            QuantityClaim q = (QuantityClaim) c;
            if (q.eventScoped() && q.event() == null && !placed(claims.get(q.document()))) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * Whether a report's claims show that grouping placed it in its event for comparing figures: it
     * ties an event-bound figure other than a length of time (a length of time is tied to the
     * report's event whether or not the report is placed) or a place to an event.
     */
    static boolean placed(List<Claim> claims) {
        if (claims == null) {
            return false;
        }
        for (Claim c : claims) {
            if (c instanceof QuantityClaim q && q.eventScoped() && !q.duration() && q.event() != null
                    || c instanceof org.crosscheck.claims.PlaceClaim p && p.event() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counts of {@link #NEVER_KINDS} as the table gives them: the kinds of a number with no
     * counted noun as one count, and each of them in brackets after it.
     */
    static String neverKinds(int[] never) {
        StringBuilder sb = new StringBuilder();
        String prefix = NO_COUNTED_NOUN + ": ";
        for (int i = 0; i < NEVER_KINDS.size(); i++) {
            String kind = NEVER_KINDS.get(i);
            if (!kind.startsWith(prefix)) {
                sb.append(i == 0 ? " " : ", ").append(kind).append(' ').append(never[i]);
                continue;
            }
            if (i > 0 && NEVER_KINDS.get(i - 1).startsWith(prefix)) {
                continue;
            }
            int sum = 0;
            StringBuilder parts = new StringBuilder();
            for (int j = i; j < NEVER_KINDS.size() && NEVER_KINDS.get(j).startsWith(prefix); j++) {
                sum += never[j];
                parts.append(j == i ? "" : ", ").append(NEVER_KINDS.get(j).substring(prefix.length())).append(' ').append(never[j]);
            }
            sb.append(i == 0 ? " " : ", ").append(NO_COUNTED_NOUN).append(' ').append(sum).append(" (").append(parts).append(')');
        }
        return sb.toString();
    }

    /** Gates of a quote lost at {@code one key}, from the nearest to a finding to the furthest. */
    static final List<String> QUOTE_GATES = List.of("one statement, speakers apart", "another occasion",
            "one wording or a cut", "words too far apart", "no speaker read", "too short", "a quoted phrase only");

    /**
     * Which gate stops a quote label lost at {@code one key}, or null for other kinds and stages:
     * {@code one statement, speakers apart} when two disagreeing sources in one event quote
     * sentences that are one statement worded differently on a day that can be one, and still no rule
     * joins them (speakers read as different, or no speaker read and too few words shared as they
     * stand); {@code another occasion} when such sentences are dated more than a day apart in
     * different events; {@code one wording or a cut} when they share enough words but read as the
     * same wording in house style, or one as a cut of the other; {@code words too far apart} when they
     * share too few content words to be taken for one statement; {@code no speaker read} when a
     * source's quote is read, not as a phrase inside its own sentence, but with no speaker and under
     * {@link QuotePassage#MIN_WORDS_UNNAMED} words, so it gives no sentence to compare;
     * {@code too short} when its speaker is read but its sentences are under
     * {@link QuotePassage#MIN_WORDS} words; else
     * {@code a quoted phrase only}: a source quotes only a phrase inside its own sentence (a fragment,
     * never compared). The nearest gate any pair reaches counts.
     */
    static String quoteGate(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                            Map<String, String> story, Map<String, String> event) {
        if (!"quote".equals(label.kind()) || !"one key".equals(stage(label, findings, claims, story, event))) {
            return null;
        }
        int best = nearest(label, claims, event, QUOTE_GATES.size() - 1, MissStages::quoteGateOf);
        return QUOTE_GATES.get(best);
    }

    private static boolean unspoken(Claim c) {
        return c instanceof QuoteClaim q && q.voice() == null || c instanceof QuotePassage p && p.voice() == null;
    }

    private static boolean fragment(Claim c) {
        return c instanceof QuoteClaim q && q.fragment();
    }

    /**
     * The nearest gate (the lowest index, {@code furthest} when none) that {@code gateOf} gives any
     * two claims over the words of two sources of one event that give different values; -1 from
     * {@code gateOf} means the claims are about different things.
     */
    private static int nearest(LabelledDisagreements.Label label, Map<String, List<Claim>> claims, Map<String, String> event,
                               int furthest, java.util.function.ToIntBiFunction<Claim, Claim> gateOf) {
        int best = furthest;
        for (LabelledDisagreements.Value a : label.values()) {
            for (LabelledDisagreements.Value b : label.values()) {
                if (a.document().equals(b.document()) || a.value().equals(b.value()) || !same(event, a, b)) {
                    continue;
                }
                for (Claim x : over(label.kind(), a, claims)) {
                    for (Claim y : over(label.kind(), b, claims)) {
                        int g = gateOf.applyAsInt(x, y);
                        if (g >= 0) {
                            best = Math.min(best, g);
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The gate of two quote claims ({@link #QUOTE_GATES}' index): two sentences by their words; a
     * quote read without a sentence by why it has none; -1 when either is a phrase only.
     */
    static int quoteGateOf(Claim x, Claim y) {
        if (x instanceof QuotePassage p && y instanceof QuotePassage q) {
            return quoteGateOf(p, q);
        }
        if (fragment(x) || fragment(y)) {
            return -1;
        }
        return unspoken(x) || unspoken(y) ? QUOTE_GATES.size() - 3 : QUOTE_GATES.size() - 2;
    }

    /** The gate of two quoted sentences ({@link #QUOTE_GATES}' index). */
    static int quoteGateOf(QuotePassage p, QuotePassage q) {
        if (p.variantOf(q)) {
            return p.sameOccasionAs(q) ? 0 : 1;
        }
        String a = p.styled().replace(" ", "");
        String b = q.styled().replace(" ", "");
        return a.contains(b) || b.contains(a) || p.overlapWith(q) >= QuotePassage.SAME_STATEMENT ? 2 : 3;
    }

    private static boolean same(Map<String, String> group, LabelledDisagreements.Value a, LabelledDisagreements.Value b) {
        String x = group.get(a.document());
        return x != null && x.equals(group.get(b.document()));
    }

    /** Missed labels per kind and stage, as a small table. */
    static String describe(List<LabelledDisagreements.Label> labels, List<Finding> findings, Map<String, List<Claim>> claims,
                           Map<String, String> story, Map<String, String> event) {
        Map<String, int[]> perKind = new TreeMap<>();
        int[] all = new int[STAGES.size()];
        for (LabelledDisagreements.Label l : labels) {
            String s = stage(l, findings, claims, story, event);
            if (s == null) {
                continue;
            }
            int i = STAGES.indexOf(s);
            perKind.computeIfAbsent(l.kind(), k -> new int[STAGES.size()])[i]++;
            all[i]++;
        }
        StringBuilder sb = new StringBuilder("missed labels by the stage where they are lost:\n");
        sb.append(String.format("  %-10s %9s %14s %13s %12s %8s%n", "", "not read", "other stories", "other events", "keyed apart", "one key"));
        perKind.forEach((k, v) -> sb.append(String.format("  %-10s %9d %14d %13d %12d %8d%n", k, v[0], v[1], v[2], v[3], v[4])));
        sb.append(String.format("  %-10s %9d %14d %13d %12d %8d%n", "all", all[0], all[1], all[2], all[3], all[4]));
        int[] gates = new int[GATES.size()];
        for (LabelledDisagreements.Label l : labels) {
            String g = gate(l, findings, claims, story, event);
            if (g != null) {
                gates[GATES.indexOf(g)]++;
            }
        }
        sb.append(String.format("  figures at one key by gate: %s %d, %s %d, %s %d%n", GATES.get(0), gates[0], GATES.get(1), gates[1],
                GATES.get(2), gates[2]));
        int[] never = new int[NEVER_KINDS.size()];
        for (LabelledDisagreements.Label l : labels) {
            String k = neverKind(l, findings, claims, story, event);
            if (k != null) {
                never[NEVER_KINDS.indexOf(k)]++;
            }
        }
        sb.append("  never compared by kind:").append(neverKinds(never)).append('\n');
        int[] apart = new int[APART_KINDS.size()];
        for (LabelledDisagreements.Label l : labels) {
            String k = apartKind(l, findings, claims, story, event);
            if (k != null) {
                apart[APART_KINDS.indexOf(k)]++;
            }
        }
        sb.append("  compared, apart by what stops them:");
        for (int i = 0; i < APART_KINDS.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(APART_KINDS.get(i)).append(' ').append(apart[i]);
        }
        sb.append('\n');
        int[] where = new int[UNTIED_WHERE.size()];
        for (LabelledDisagreements.Label l : labels) {
            String w = untiedWhere(l, findings, claims, story, event);
            if (w != null) {
                where[UNTIED_WHERE.indexOf(w)]++;
            }
        }
        sb.append(String.format("  %s, lost in: %s %d, %s %d%n", APART_KINDS.get(0), UNTIED_WHERE.get(0), where[0], UNTIED_WHERE.get(1), where[1]));
        int[] quotes = new int[QUOTE_GATES.size()];
        for (LabelledDisagreements.Label l : labels) {
            String g = quoteGate(l, findings, claims, story, event);
            if (g != null) {
                quotes[QUOTE_GATES.indexOf(g)]++;
            }
        }
        sb.append("  quotes at one key by gate:");
        for (int i = 0; i < QUOTE_GATES.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(QUOTE_GATES.get(i)).append(' ').append(quotes[i]);
        }
        sb.append('\n');
        sb.append(AttributeGates.describe(labels, findings, claims, story, event));
        return sb.toString();
    }

    /**
     * Every missed label with the stage it is lost at, its fact and each source's value and words'
     * offsets, grouped by kind: what to read when working on recall. Written for the tuned labels
     * only; the held-out labels are for measuring (see the README).
     */
    static String list(List<LabelledDisagreements.Label> labels, List<Finding> findings, Map<String, List<Claim>> claims,
                       Map<String, String> story, Map<String, String> event) {
        Map<String, StringBuilder> byKind = new TreeMap<>();
        for (LabelledDisagreements.Label l : labels) {
            String s = stage(l, findings, claims, story, event);
            if (s == null) {
                continue;
            }
            StringBuilder sb = byKind.computeIfAbsent(l.kind(), k -> new StringBuilder());
            String g = gate(l, findings, claims, story, event);
            String never = neverKind(l, findings, claims, story, event);
            String apart = apartKind(l, findings, claims, story, event);
            String where = untiedWhere(l, findings, claims, story, event);
            apart = where == null ? apart : apart + ": " + where;
            g = never != null ? g + ", " + never : apart != null ? g + ", " + apart : g != null ? g : quoteGate(l, findings, claims, story, event);
            String why = AttributeGates.reason(l, findings, claims, story, event);
            g = why == null ? g : g + "; attribute: " + why;
            if ("other events".equals(s)) {
                g = acrossEvents(l, claims, story, event);
            }
            sb.append(String.format("  %s %s [%s] %s%s%n", l.topic(), l.component(), g == null ? s : s + ": " + g, l.fact(),
                    l.doubtful() ? " (doubtful)" : ""));
            for (LabelledDisagreements.Value v : l.values()) {
                sb.append(String.format("      %s %d-%d %s%s%n", v.document(), v.start(), v.end(), v.value(),
                        "keyed apart".equals(s) || "other events".equals(s) ? keysOf(l.kind(), v, claims) : ""));
            }
        }
        StringBuilder out = new StringBuilder();
        byKind.forEach((k, v) -> out.append("== ").append(k).append('\n').append(v));
        return out.toString();
    }

    /**
     * For a label lost at {@code other events}: whether the event boundary is all that stops it.
     * {@code across them, one key} when two disagreeing sources of one story (in two events) give
     * claims over their words about one thing ({@link #abouts}; a date tied only as its source's own
     * event's date is about that event, and so never meets one of another event), and, for two
     * figures, ones a rule compares ({@link #gateOf}: a comparable figure, an identified entity's
     * attribute); {@code across them, one key, never compared} when the only such figures are of a
     * kind no rule compares even in one event (a sum of money or a length of time with nothing it
     * measures); else {@code across them, keyed apart}: the claims would be about different things, or
     * about nothing, even in one event. Null for names, quotes and labels of kind "other", whose claims
     * are all about one thing ({@link #about}: their kind). A census of the boundary's own cost
     * (thirty-eighth session); not a rule.
     */
    static String acrossEvents(LabelledDisagreements.Label label, Map<String, List<Claim>> claims,
                               Map<String, String> story, Map<String, String> event) {
        if (List.of("name", "quote", "other").contains(label.kind())) {
            return null;
        }
        String best = "across them, keyed apart";
        for (LabelledDisagreements.Value a : label.values()) {
            for (LabelledDisagreements.Value b : label.values()) {
                if (a.document().equals(b.document()) || a.value().equals(b.value()) || !same(story, a, b)) {
                    continue;
                }
                for (Claim x : over(label.kind(), a, claims)) {
                    for (Claim y : over(label.kind(), b, claims)) {
                        if (abouts(x).stream().noneMatch(abouts(y)::contains)) {
                            continue;
                        }
                        boolean figures = (x instanceof QuantityClaim || x instanceof AttributeClaim)
                                && (y instanceof QuantityClaim || y instanceof AttributeClaim);
                        if (!figures || gateOf(x, y) < 2) {
                            return "across them, one key";
                        }
                        best = "across them, one key, never compared";
                    }
                }
            }
        }
        return best;
    }

    /**
     * For a value of a label lost at {@code keyed apart}: the keys its claims over the words are
     * compared under ({@link #abouts}), or "no key", so that what holds two sources apart can be read.
     */
    static String keysOf(String kind, LabelledDisagreements.Value v, Map<String, List<Claim>> claims) {
        Set<String> keys = new java.util.TreeSet<>();
        over(kind, v, claims).forEach(c -> keys.addAll(abouts(c)));
        return keys.isEmpty() ? "  {no key}" : "  " + keys;
    }

    /** The labels' documents, for reading their claims. */
    static Set<String> documents(List<LabelledDisagreements.Label> labels) {
        Set<String> out = new java.util.TreeSet<>();
        labels.forEach(l -> l.values().forEach(v -> out.add(v.document())));
        return out;
    }
}
