package org.crosscheck.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.findings.Finding;

/**
 * Why an attribute label lost at {@code one key} ({@link MissStages#STAGES}) gives no finding: the
 * first condition of {@code rules/attribute-conflict.drl} that its claims fail, so that the reason
 * holding most of them can be worked on. Each pair of claims over the words of two sources of one
 * event that give different labelled values, about one thing ({@link MissStages#about}), is taken
 * through the rule's conditions in their order:
 *
 * <ol>
 *   <li>both claims must be attributes: a figure read as a count ({@link QuantityClaim}) is not
 *       compared by this rule, and is put under its figure gate ({@link MissStages#gateOf});</li>
 *   <li>{@code identified}: a person named in full ({@link AttributeClaim#identified});</li>
 *   <li>{@code comparable}: not a score at an unnamed point nor the length of "a" play;</li>
 *   <li>{@code sameOccasionAs}: one event for a record or a tally, a month for a weight;</li>
 *   <li>{@code disagreesWith}: the values cannot both be true, else "compatible as read" with the
 *       tolerance that made them so ({@link #tolerance});</li>
 *   <li>the guards: an age the articles' dates explain ({@code agedBetween}), a birthday between
 *       (a note), time apart unknown, records one bout apart (a note);</li>
 *   <li>and, when the rule fires, whether a finding holds both claims but not as the label's two
 *       values ("reported, not as labelled"), else "other".</li>
 * </ol>
 *
 * A label is put at the reason of the pair that passes the most conditions (the nearest to a
 * finding). This is a measurement of where recall is lost, not a rule.
 */
final class AttributeGates {

    /** The reasons, from the nearest to a finding to the furthest. */
    static final List<String> REASONS = List.of("reported, not as labelled", "a note: records one bout apart",
            "time apart unknown", "a note: a birthday between", "dates explain it", "compatible as read", "another occasion",
            "not comparable", "an unidentified entity", "figures: compared, apart", "figures: compatible as read",
            "figures: never compared", "other");

    private AttributeGates() {
    }

    /** The reason ({@link #REASONS}' index) two claims about one thing give no finding; -1 when about different things. */
    static int reasonOf(Claim x, Claim y, List<Finding> findings) {
        String key = MissStages.about(x);
        if (key == null || !key.equals(MissStages.about(y))) {
            return -1;
        }
        if (!(x instanceof AttributeClaim p && y instanceof AttributeClaim q)) {
            int g = MissStages.gateOf(x, y);
            return g < 0 ? REASONS.size() - 1 : REASONS.indexOf("figures: " + MissStages.GATES.get(g));
        }
        if (!p.identified() || !q.identified()) {
            return REASONS.indexOf("an unidentified entity");
        }
        if (!p.comparable() || !q.comparable()) {
            return REASONS.indexOf("not comparable");
        }
        if (!p.sameOccasionAs(q) || !q.sameOccasionAs(p)) {
            return REASONS.indexOf("another occasion");
        }
        if (!p.disagreesWith(q) && !q.disagreesWith(p)) {
            return REASONS.indexOf("compatible as read");
        }
        if (p.agedBetween(q) || q.agedBetween(p)) {
            return REASONS.indexOf("dates explain it");
        }
        if (p.birthdayMayExplain(q) || q.birthdayMayExplain(p)) {
            return REASONS.indexOf("a note: a birthday between");
        }
        if (p.timeApartUnknown(q) || q.timeApartUnknown(p)) {
            return REASONS.indexOf("time apart unknown");
        }
        if (p.oneBoutApart(q)) {
            return REASONS.indexOf("a note: records one bout apart");
        }
        return GateCensus.reported(p, q, findings) ? 0 : REASONS.size() - 1;
    }

    /**
     * What tolerance lets two attributes be both true as read: one value as read, words of which one
     * holds the other ("Bloomington", "South Bloomington"), places at two levels (a town, its
     * county), numbers more than one slip apart (two lines of one office), a word against a figure,
     * a range or bound that holds the other, a population's or a conversion's leeway; or "" when
     * they disagree.
     */
    static String tolerance(AttributeClaim p, AttributeClaim q) {
        if (p.disagreesWith(q) || q.disagreesWith(p)) {
            return "";
        }
        if (p.wordValued() != q.wordValued()) {
            return "a word and a figure";
        }
        if (p.wordValued()) {
            String a = p.word();
            String b = q.word();
            if (a.equals(b)) {
                return "one value as read";
            }
            if (a.replaceAll("\\D", "").equals(a.replaceAll("\\s", "")) && !a.isBlank() && !b.isBlank()
                    && b.replaceAll("\\D", "").equals(b.replaceAll("\\s", ""))) {
                return "numbers more than one slip apart";
            }
            if ((" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
                return "one name holds the other";
            }
            return "places at two levels";
        }
        if (p.interval().equals(q.interval())) {
            return "one value as read";
        }
        if (p.interval().overlaps(q.interval())) {
            return "a range or bound";
        }
        return "population".equals(p.attribute()) ? "a population's leeway" : "a conversion's leeway";
    }

    /**
     * What a reason holds for two claims: a compatible pair's tolerance ({@link #tolerance}), the
     * kind of a figure pair never compared ({@link MissStages#neverKindOf}) or compared and kept
     * apart ({@link MissStages#apartKindOf}); null for the other reasons.
     */
    static String detail(int reason, Claim x, Claim y) {
        String r = REASONS.get(reason);
        if (r.equals("compatible as read")) {
            return tolerance((AttributeClaim) x, (AttributeClaim) y);
        }
        if (r.equals("figures: never compared")) {
            return MissStages.NEVER_KINDS.get(MissStages.neverKindOf(x, y));
        }
        if (r.equals("figures: compared, apart")) {
            return MissStages.APART_KINDS.get(MissStages.apartKindOf(x, y));
        }
        return null;
    }

    /** The reason an attribute label lost at one key gives no finding, with its tolerance when compatible; null for others. */
    static String reason(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                         Map<String, String> story, Map<String, String> event) {
        if (!"attribute".equals(label.kind()) || !"one key".equals(MissStages.stage(label, findings, claims, story, event))) {
            return null;
        }
        int best = REASONS.size() - 1;
        String tolerance = null;
        for (LabelledDisagreements.Value a : label.values()) {
            for (LabelledDisagreements.Value b : label.values()) {
                if (a.document().equals(b.document()) || a.value().equals(b.value()) || event.get(a.document()) == null
                        || !Objects.equals(event.get(a.document()), event.get(b.document()))) {
                    continue;
                }
                for (Claim x : MissStages.over(label.kind(), a, claims)) {
                    for (Claim y : MissStages.over(label.kind(), b, claims)) {
                        int r = reasonOf(x, y, findings);
                        String d = r < 0 ? null : detail(r, x, y);
                        if (r >= 0 && (r < best || r == best && d != null && (tolerance == null || d.compareTo(tolerance) < 0))) {
                            best = r;
                            tolerance = d;
                        }
                    }
                }
            }
        }
        return tolerance == null ? REASONS.get(best) : REASONS.get(best) + " (" + tolerance + ")";
    }

    /** Counts per reason, one aggregate line: never which label. */
    static String describe(List<LabelledDisagreements.Label> labels, List<Finding> findings, Map<String, List<Claim>> claims,
                           Map<String, String> story, Map<String, String> event) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (LabelledDisagreements.Label l : labels) {
            String r = reason(l, findings, claims, story, event);
            if (r != null) {
                counts.merge(r, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder("  attributes at one key by reason:");
        if (counts.isEmpty()) {
            sb.append(" none");
        }
        String[] sep = {" "};
        counts.forEach((k, v) -> {
            sb.append(sep[0]).append(k).append(' ').append(v);
            sep[0] = ", ";
        });
        return sb.append('\n').toString();
    }
}
