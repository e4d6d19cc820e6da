package org.crosscheck.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.crosscheck.claims.Interval;

/**
 * One finding per disagreement. Rules compare claims in pairs, so three sources against one give
 * three findings; here the pairwise findings of one rule that share a claim (the same document
 * and span) are joined, through any chain of shared claims, into one finding that lists every
 * source's value and evidence. Findings about one document are never joined. The result does
 * not depend on the order in which the rules fired.
 */
public final class Disagreements {

    /**
     * What one firing of a rule reported, with the normalized keys of the claims it matched. When
     * {@code message} is given, the finding's own message is left to it: a pair that is joined
     * with others never shows its own message, so it is rendered only for a finding that stands
     * alone. Sightings of one pair of documents' copies (see {@code rules.Copies}) carry one
     * {@code copies} key, equal for every copy of the pair, and their {@code position} among them:
     * a joined finding lists one of them in {@code joined}, the one of the smallest position (the
     * first pair by id), not every copy times every copy. A sighting may stand for several pairs
     * of copies at once ({@code pairs}: the documents of each, worked out only when a joined
     * finding's reason must name them; null for a sighting of one pair): its finding holds the
     * union of their sources, evidence and claim keys, and the fingerprint of the first pair.
     */
    public record Sighting(Finding finding, List<String> claimKeys, Supplier<String> message, Object copies,
                           long position, Supplier<List<List<String>>> pairs) {
        public Sighting {
            claimKeys = List.copyOf(claimKeys);
        }

        /** A sighting of one pair of documents, perhaps of copies, whose message is left to {@code message}. */
        public Sighting(Finding finding, List<String> claimKeys, Supplier<String> message, Object copies) {
            this(finding, claimKeys, message, copies, 0, null);
        }

        /** A sighting of no copies, whose message is left to {@code message} (null: the finding carries it). */
        public Sighting(Finding finding, List<String> claimKeys, Supplier<String> message) {
            this(finding, claimKeys, message, null);
        }

        /** A sighting whose finding carries its message. */
        public Sighting(Finding finding, List<String> claimKeys) {
            this(finding, claimKeys, null, null);
        }

        /** The finding with its message. */
        Finding rendered() {
            if (message == null) {
                return finding;
            }
            Finding f = finding;
            return new Finding(f.fingerprint(), f.rule(), f.severity(), f.severityReason(), message.get(), f.story(),
                    f.documents(), f.evidence(), f.status(), f.statusReason(), f.joined());
        }
    }

    private static final Comparator<Evidence> BY_PLACE = Comparator.comparing(Evidence::document)
            .thenComparingInt(Evidence::start).thenComparingInt(Evidence::end);

    /** Between two claims at one place (two kinds of claim in one rule), the one kept whatever the order. */
    private static final Comparator<Evidence> AT_ONE_PLACE = Comparator
            .comparing(Evidence::value, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Evidence::text, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The most serious first, then the rest of the finding, so a choice among equals is stable. */
    private static final Comparator<Finding> REPRESENTATIVE = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::fingerprint).thenComparing(Finding::message).thenComparing(Finding::severityReason);

    /** Of the sightings of one pair of documents' copies, the first pair by id first. */
    private static final Comparator<Sighting> FIRST_PAIR = Comparator.comparingLong(Sighting::position)
            .thenComparing(s -> s.finding().fingerprint());

    private Disagreements() {
    }

    /** The findings of one rule session, each disagreement once, in {@link Findings#ORDER}. */
    public static List<Finding> merge(List<Sighting> sightings) {
        return merge(sightings, rule -> null);
    }

    /**
     * The findings of one rule session, each disagreement once, in {@link Findings#ORDER}, where
     * {@code defaults} gives each rule id's default severity (the most serious of its rules; null:
     * unknown). A joined finding less serious than its rule's default says why in its message, as
     * a pair's own message does: the context that lowered it ("which report came first is
     * unknown") is what the editor must read beside the figures.
     */
    public static List<Finding> merge(List<Sighting> sightings, java.util.function.Function<String, Severity> defaults) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Sighting>> byRule = new TreeMap<>();
        for (Sighting s : sightings) {
            if (s.finding().documents().size() < 2) {
                out.add(s.rendered());
            } else {
                byRule.computeIfAbsent(s.finding().rule(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Sighting> ofRule : byRule.values()) {
            for (List<Sighting> component : components(ofRule)) {
                out.add(join(component, defaults));
            }
        }
        out.sort(Findings.ORDER.thenComparing(Finding::message).thenComparing(Finding::severityReason));
        return out;
    }

    /** Groups of sightings linked by shared claims (connected components, by union-find). */
    private static List<List<Sighting>> components(List<Sighting> sightings) {
        int[] parent = new int[sightings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithClaim = new LinkedHashMap<>();
        for (int i = 0; i < sightings.size(); i++) {
            for (Evidence e : sightings.get(i).finding().evidence()) {
                Integer other = firstWithClaim.putIfAbsent(place(e), i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<Sighting>> groups = new LinkedHashMap<>();
        for (int i = 0; i < sightings.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(sightings.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String place(Evidence e) {
        return e.document() + '\u0000' + e.start() + '\u0000' + e.end();
    }

    /**
     * One finding for a component. When every sighting is about the same claims (one pair, perhaps
     * matched by two rules of the id), it is the most serious sighting unchanged, so a two-source
     * finding keeps its rule's message and its fingerprint.
     */
    private static Finding join(List<Sighting> component, java.util.function.Function<String, Severity> defaults) {
        Set<String> firstClaims = places(component.get(0).finding());
        // A sighting of several pairs of copies is several claim sets.
        boolean oneClaimSet = component.stream().allMatch(s -> s.pairs() == null);
        for (int i = 1; i < component.size() && oneClaimSet; i++) {
            oneClaimSet = places(component.get(i).finding()).equals(firstClaims);
        }
        if (oneClaimSet) {
            return component.stream().map(Sighting::rendered).min(REPRESENTATIVE).orElseThrow();
        }
        Map<String, Evidence> evidence = new TreeMap<>();
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> keys = new TreeSet<>();
        Severity severity = Severity.NOTE;
        for (Sighting s : component) {
            Finding f = s.finding();
            for (Evidence e : f.evidence()) {
                evidence.merge(place(e), e, (a, b) -> AT_ONE_PLACE.compare(a, b) <= 0 ? a : b);
            }
            documents.addAll(f.documents());
            keys.addAll(s.claimKeys());
            if (f.severity().compareTo(severity) < 0) {
                severity = f.severity();
            }
        }
        List<Evidence> items = new ArrayList<>(evidence.values());
        items.sort(BY_PLACE);
        TreeSet<String> joined = new TreeSet<>();
        Map<Object, Sighting> firstOfCopies = new HashMap<>();
        for (Sighting s : component) {
            if (s.copies() == null) {
                joined.add(s.finding().fingerprint());
            } else {
                firstOfCopies.merge(s.copies(), s, (a, b) -> FIRST_PAIR.compare(a, b) <= 0 ? a : b);
            }
        }
        for (Sighting s : firstOfCopies.values()) {
            joined.add(s.finding().fingerprint());
        }
        Finding first = component.get(0).finding();
        Severity usual = defaults.apply(first.rule());
        String message = message(first.rule(), documents.size(), items);
        String why = usual != null && severity.compareTo(usual) > 0 ? lowered(component, severity) : "";
        if (!why.isEmpty()) {
            message += " " + why;
        }
        return new Finding(Findings.fingerprint(first.rule(), keys), first.rule(), severity, reason(component),
                message, first.story(), List.copyOf(documents), items, Finding.Status.NEW, null,
                List.copyOf(joined));
    }

    /**
     * Why a joined finding is less serious than its rule's default, as a sentence: the reasons of
     * its pairs of its own severity, each once, in order of their words ("A count that only grows
     * ... may be a later update rather than an error.").
     */
    static String lowered(List<Sighting> component, Severity severity) {
        TreeSet<String> reasons = new TreeSet<>();
        for (Sighting s : component) {
            if (s.finding().severity() == severity && s.finding().severityReason() != null) {
                reasons.add(s.finding().severityReason());
            }
        }
        String text = String.join("; ", reasons);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static Set<String> places(Finding f) {
        Set<String> out = new TreeSet<>();
        for (Evidence e : f.evidence()) {
            out.add(place(e));
        }
        return out;
    }

    /**
     * Why the joined finding is as serious as it is: its most serious pair decides, since that
     * pair alone must be resolved. One reason shared by every pair is kept as it is; otherwise
     * each reason is given with its severity and the pairs it applies to, the most serious first,
     * after "the most serious of its pairs decides" when the pairs' severities differ.
     */
    static String reason(List<Sighting> component) {
        Finding first = component.get(0).finding();
        if (component.stream().allMatch(s -> s.finding().severity() == first.severity()
                && java.util.Objects.equals(s.finding().severityReason(), first.severityReason()))) {
            // One reason for every pair: no pair need be named (a story of many copies has many pairs).
            return first.severityReason();
        }
        Map<Severity, Map<String, Set<String>>> pairsByReason = new TreeMap<>();
        for (Sighting s : component) {
            Finding f = s.finding();
            Set<String> pairs = pairsByReason.computeIfAbsent(f.severity(), k -> new TreeMap<>())
                    .computeIfAbsent(f.severityReason(), k -> new TreeSet<>());
            if (s.pairs() == null) {
                pairs.add(String.join(" vs ", f.documents()));
            } else {
                for (List<String> pair : s.pairs().get()) {
                    pairs.add(String.join(" vs ", pair));
                }
            }
        }
        if (pairsByReason.size() == 1 && pairsByReason.values().iterator().next().size() == 1) {
            return pairsByReason.values().iterator().next().keySet().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        if (pairsByReason.size() > 1) {
            parts.add("the most serious of its pairs decides");
        }
        for (Map.Entry<Severity, Map<String, Set<String>>> bySeverity : pairsByReason.entrySet()) {
            for (Map.Entry<String, Set<String>> byReason : bySeverity.getValue().entrySet()) {
                parts.add(bySeverity.getKey().word() + " for " + String.join(", ", byReason.getValue()) + ": "
                        + byReason.getKey());
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Rules whose values are "entity: value" ("Raj Chohan: residence South Ozone Park", "Nirad Sinha:
     * commodore"): their sources are grouped by the value alone, since one entity's name is spelled
     * differently by its sources ("Raj K. Chohan"), and the entity is named once, as most sources write it.
     */
    static final Set<String> ENTITY_VALUE_RULES = Set.of("attribute-conflict", "role-conflict");

    /**
     * The values and who gives each: "Three sources disagree: 6 ("six") in a; 24 in b and c."
     * Values are grouped in the order of their first source; the words as written follow a value
     * unless the value is those words or quotes them. For a rule of {@link #ENTITY_VALUE_RULES}:
     * "Three sources disagree about Dana Roe: residence Varth in a and b; residence Orvale in c."
     */
    static String message(String rule, int sources, List<Evidence> evidence) {
        String entity = ENTITY_VALUE_RULES.contains(rule) ? entity(evidence) : null;
        Map<String, List<Evidence>> byValue = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            String value = e.value() == null ? e.text() : e.value();
            String shown = entity == null ? value : value.substring(value.indexOf(": ") + 2);
            byValue.computeIfAbsent(camp(byValue, shown, e), k -> new ArrayList<>()).add(e);
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<String, List<Evidence>> group : byValue.entrySet()) {
            Set<String> written = new LinkedHashSet<>();
            Set<String> documents = new LinkedHashSet<>();
            for (Evidence e : group.getValue()) {
                if (e.text() != null && !quotes(group.getKey(), e.text())) {
                    written.add("\"" + e.text() + "\"");
                }
                documents.add(e.document());
            }
            groups.add(group.getKey() + (written.isEmpty() ? "" : " (" + String.join(", ", written) + ")")
                    + " in " + and(new ArrayList<>(documents)));
        }
        return count(sources) + " sources disagree" + (entity == null ? "" : " about " + entity) + ": "
                + String.join("; ", groups) + ".";
    }

    /**
     * The value under which a source is listed: the first listed value all of whose sources' figures
     * this one's overlaps ("about 200ft", 46 to 76 metres, beside "about 60m", 54 to 66), or its own.
     * Sources that a finding joins because each disagrees with someone need not disagree with each
     * other, and an editor reads the camps, not every spelling of one figure.
     */
    static String camp(Map<String, List<Evidence>> camps, String value, Evidence e) {
        if (camps.containsKey(value) || e.low() == null || e.high() == null) {
            return value;
        }
        for (Map.Entry<String, List<Evidence>> camp : camps.entrySet()) {
            if (camp.getValue().stream().allMatch(o -> overlap(o, e))) {
                return camp.getKey();
            }
        }
        return value;
    }

    /**
     * Whether two figures' intervals share more than an end point, or are one single value. Whether
     * an end is open is not kept in evidence, so ranges that only touch ("$2.5 million" and "$2.6
     * million") and a figure at a range's end ("20" and "as many as 20") stay apart, and so do two
     * figures apart as written ("about 600" and "700", {@code Interval.apartAsWritten}): listing two
     * agreeing sources apart costs a line, listing two disagreeing ones together would hide the
     * disagreement.
     */
    static boolean overlap(Evidence a, Evidence b) {
        if (a.low() == null || a.high() == null || b.low() == null || b.high() == null) {
            return false;
        }
        if (a.low().equals(a.high()) && b.low().equals(b.high())) {
            return a.low().equals(b.low());
        }
        return a.low() < b.high() && b.low() < a.high()
                && !Interval.closed(a.low(), a.high()).apartAsWritten(
                        Interval.closed(b.low(), b.high()));
    }

    /**
     * The entity most of the values name before their ": " (of as many, the first), or null when a
     * value names none.
     */
    static String entity(List<Evidence> evidence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            int colon = e.value() == null ? -1 : e.value().indexOf(": ");
            if (colon <= 0 || colon + 2 >= e.value().length()) {
                return null;
            }
            counts.merge(e.value().substring(0, colon), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (best == null || c.getValue() > counts.get(best)) {
                best = c.getKey();
            }
        }
        return best;
    }

    /** Whether a value already gives the words: it is them, or quotes them (a quote's speaker and words). */
    private static boolean quotes(String value, String words) {
        return value.equals(words) || value.contains("\u201c" + words + "\u201d") || value.contains("\"" + words + "\"");
    }

    private static final String[] NUMBERS = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Eleven", "Twelve"};

    static String count(int n) {
        return n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }

    static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
