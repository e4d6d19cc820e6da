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
        return describe(judgements, "tuned", tuned, "held-out", heldOut, findings);
    }

    /**
     * The table with the label sets named: {@code secondName} null leaves the second set's columns
     * out (a corpus with one set of labels).
     */
    static String describe(List<Judgements.Judgement> judgements, String firstName, List<LabelledDisagreements.Label> first,
                           String secondName, List<LabelledDisagreements.Label> second, List<Finding> findings) {
        Map<String, int[]> byFirst = Judgements.counts(judgements.stream().filter(j -> !j.second()).toList(), findings,
                new TreeMap<>());
        Map<String, int[]> both = Judgements.counts(judgements, findings, new TreeMap<>());
        Map<String, int[]> a = recall(first, findings);
        Map<String, int[]> b = secondName == null ? null : recall(second, findings);
        TreeSet<String> rules = new TreeSet<>(byFirst.keySet());
        rules.addAll(KINDS_OF_RULE.keySet());
        StringBuilder sb = new StringBuilder("precision and recall per rule, each with its sample"
                + " (precision: real / judged findings; recall: labels of the rule's kinds found / labelled;"
                + " 2nd: labels a second reader confirmed):\n");
        sb.append(String.format("  %-22s %-17s %-17s | %-13s %-13s", "rule", "precision, first", "with the second",
                firstName, firstName + ", 2nd"));
        if (b != null) {
            sb.append(String.format(" | %-13s %-13s", secondName, secondName + ", 2nd"));
        }
        sb.append('\n');
        for (String rule : rules) {
            sb.append(row(rule, byFirst.get(rule), both.get(rule), a.get(rule), b == null ? null : b.get(rule), b != null));
        }
        sb.append(row(OTHER, null, null, a.get(OTHER), b == null ? null : b.get(OTHER), b != null));
        return sb.toString();
    }

    private static String row(String rule, int[] first, int[] both, int[] tuned, int[] heldOut, boolean secondSet) {
        String line = String.format("  %-22s %-17s %-17s | %-13s %-13s", rule,
                first == null ? "-" : ratio(first[0], first[1]), both == null ? "-" : ratio(both[0], both[1]),
                tuned == null ? "-" : ratio(tuned[0], tuned[1]), tuned == null ? "-" : ratio(tuned[2], tuned[3]));
        if (secondSet) {
            line += String.format(" | %-13s %-13s", heldOut == null ? "-" : ratio(heldOut[0], heldOut[1]),
                    heldOut == null ? "-" : ratio(heldOut[2], heldOut[3]));
        }
        return line + "\n";
    }

    /** "11/15 0.733", or "0/0" where nothing was counted. */
    static String ratio(int part, int whole) {
        return whole == 0 ? "0/0" : String.format("%d/%d %.3f", part, whole, (double) part / whole);
    }
}
