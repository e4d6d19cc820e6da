package org.crosscheck.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.findings.Finding;

/**
 * Precision and recall per rule in one table, each with the sample it was counted on. Precision is
 * the judged findings' (first readers, then with the second reader: {@link Judgements#counts}).
 * Recall is counted over the labels of the kinds a rule compares ({@link #KINDS_OF_RULE}): a
 * label is found when a finding of a rule that fits its kind reports it
 * ({@link LabelledDisagreements#foundBy}), so a count of rifles found by {@code attribute-conflict}
 * counts for {@code quantity-conflict}'s kinds; a rule that compares no labelled kind (the
 * timestamp rules, {@code quote-misattribution}) has no recall, and labels of kind "other" have
 * no rule of their own and get a line apart. Both label sets are given: the tuned topics and the
 * held-out ones, overall and on the labels a second reader confirmed.
 */
final class RuleScores {

    /** The labelled kinds each rule is there to find. */
    static final Map<String, List<String>> KINDS_OF_RULE = kinds();

    /** The line of labels no rule owns. */
    static final String OTHER = "(other labels)";

    private RuleScores() {
    }

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("attribute-conflict", List.of("attribute"));
        m.put("event-date-conflict", List.of("date", "time"));
        m.put("event-place-conflict", List.of("place"));
        m.put("name-variant", List.of("name"));
        m.put("quantity-conflict", List.of("quantity", "toll"));
        m.put("quote-variant", List.of("quote"));
        m.put("role-conflict", List.of("title"));
        return m;
    }

    /** The rule whose kinds hold {@code kind}, or {@link #OTHER}. */
    static String ruleOf(String kind) {
        for (Map.Entry<String, List<String>> e : KINDS_OF_RULE.entrySet()) {
            if (e.getValue().contains(kind)) {
                return e.getKey();
            }
        }
        return OTHER;
    }

    /** Per rule (or {@link #OTHER}): {found, labelled, found of second-confirmed, second-confirmed}. */
    static Map<String, int[]> recall(List<LabelledDisagreements.Label> labels, List<Finding> findings) {
        Map<String, int[]> out = new TreeMap<>();
        for (LabelledDisagreements.Label l : labels) {
            int hit = LabelledDisagreements.foundBy(l, findings) == null ? 0 : 1;
            int[] c = out.computeIfAbsent(ruleOf(l.kind()), k -> new int[4]);
            c[0] += hit;
            c[1]++;
            if ("real".equals(l.second())) {
                c[2] += hit;
                c[3]++;
            }
        }
        return out;
    }

    static String describe(List<Judgements.Judgement> judgements, List<LabelledDisagreements.Label> tuned,
                           List<LabelledDisagreements.Label> heldOut, List<Finding> findings) {
        Map<String, int[]> first = Judgements.counts(judgements.stream().filter(j -> !j.second()).toList(), findings,
                new TreeMap<>());
        Map<String, int[]> both = Judgements.counts(judgements, findings, new TreeMap<>());
        Map<String, int[]> t = recall(tuned, findings);
        Map<String, int[]> h = recall(heldOut, findings);
        TreeSet<String> rules = new TreeSet<>(first.keySet());
        rules.addAll(KINDS_OF_RULE.keySet());
        StringBuilder sb = new StringBuilder("precision and recall per rule, each with its sample"
                + " (precision: real / judged findings; recall: labels of the rule's kinds found / labelled;"
                + " 2nd: labels a second reader confirmed):\n");
        sb.append(String.format("  %-22s %-17s %-17s | %-13s %-13s | %-13s %-13s%n", "rule", "precision, first",
                "with the second", "tuned", "tuned, 2nd", "held-out", "held-out, 2nd"));
        for (String rule : rules) {
            sb.append(row(rule, first.get(rule), both.get(rule), t.get(rule), h.get(rule)));
        }
        sb.append(row(OTHER, null, null, t.get(OTHER), h.get(OTHER)));
        return sb.toString();
    }

    private static String row(String rule, int[] first, int[] both, int[] tuned, int[] heldOut) {
        return String.format("  %-22s %-17s %-17s | %-13s %-13s | %-13s %-13s%n", rule,
                first == null ? "-" : ratio(first[0], first[1]), both == null ? "-" : ratio(both[0], both[1]),
                tuned == null ? "-" : ratio(tuned[0], tuned[1]), tuned == null ? "-" : ratio(tuned[2], tuned[3]),
                heldOut == null ? "-" : ratio(heldOut[0], heldOut[1]), heldOut == null ? "-" : ratio(heldOut[2], heldOut[3]));
    }

    /** "11/15 0.733", or "0/0" where nothing was counted. */
    static String ratio(int part, int whole) {
        return whole == 0 ? "0/0" : String.format("%d/%d %.3f", part, whole, (double) part / whole);
    }
}
