package org.crosscheck.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * Recall against hand-labelled disagreements ({@code fixtures/evaluation/ecbplus-disagreements.jsonl}):
 * each line is one fact on which articles about one real event disagree, with every source's
 * value and where the words that carry it stand in its article (the words are read from the
 * corpus in {@code ../shared}; the fixture keeps no corpus text). The labels were written by reading the articles before
 * looking at crosscheck's output. A label is found when one finding (of any rule but
 * {@code timestamp-missing}) has evidence overlapping the labelled words in two of its documents
 * whose labelled values differ: a finding that touches two sources agreeing with each other has
 * not found the disagreement. The finding's rule must fit the label's kind ({@link #RULES_OF_KIND}).
 */
final class LabelledDisagreements {

    record Value(String document, String value, String evidence, int start, int end) {
    }

    /**
     * @param second the second reader's verdict ("real", "not", "unsure"), or null where no second
     *               reader read the label
     */
    record Label(String topic, String component, String kind, String fact, boolean update, boolean doubtful,
                 List<Value> values, String second) {
        Label(String topic, String component, String kind, String fact, boolean update, boolean doubtful,
              List<Value> values) {
            this(topic, component, kind, fact, update, doubtful, values, null);
        }
    }

    private LabelledDisagreements() {
    }

    static List<Label> read(Path labels, Path text) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Label> out = new ArrayList<>();
        Map<String, String> articles = new java.util.HashMap<>();
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<Value> values = new ArrayList<>();
            for (JsonNode v : n.get("values")) {
                String doc = v.get("document").asText();
                int start = v.get("start").asInt();
                int end = v.get("end").asInt();
                String evidence = Judgements.words(text, doc, start, end, articles);
                values.add(new Value(doc, v.get("value").asText(), evidence, start, end));
            }
            out.add(new Label(n.get("topic").asText(), n.get("component").asText(), n.get("kind").asText(),
                    n.get("fact").asText(), n.path("update").asBoolean(false), n.has("doubt"), values,
                    n.has("second") ? n.get("second").get("verdict").asText() : null));
        }
        return out;
    }

    /**
     * The rules whose findings can report a label of each kind: a population finding that happens
     * to hold the words of a magnitude label has not found the magnitude disagreement. A label of
     * kind "other" may be found by any rule; a place by {@code attribute-conflict} too, which compares
     * where a named building stands and where a named person lives (since the thirteenth session).
     * A date or a time may be found by {@code attribute-conflict} too (since the thirty-eighth session):
     * the year a named clinic was founded is an attribute of the clinic, and the game clock at a
     * named player's touchdown an attribute of that play.
     */
    static final Map<String, java.util.Set<String>> RULES_OF_KIND = Map.of(
            "name", java.util.Set.of("name-variant"),
            "quote", java.util.Set.of("quote-variant", "quote-misattribution"),
            "title", java.util.Set.of("role-conflict"),
            "date", java.util.Set.of("event-date-conflict", "timestamp-story-mismatch", "weekday-mismatch", "internal-conflict",
                    "attribute-conflict"),
            "time", java.util.Set.of("event-date-conflict", "timestamp-story-mismatch", "weekday-mismatch", "internal-conflict",
                    "attribute-conflict"),
            // Where a building stands or a person lives is an attribute of the building or person.
            "place", java.util.Set.of("event-place-conflict", "attribute-conflict", "internal-conflict"),
            "quantity", java.util.Set.of("quantity-conflict", "attribute-conflict", "internal-conflict"),
            "toll", java.util.Set.of("quantity-conflict", "attribute-conflict", "internal-conflict"),
            "attribute", java.util.Set.of("quantity-conflict", "attribute-conflict", "internal-conflict"));

    /** Whether a finding of {@code rule} can report a label of {@code kind}. */
    static boolean fits(String kind, String rule) {
        java.util.Set<String> rules = RULES_OF_KIND.get(kind);
        return rules == null || rules.contains(rule);
    }

    /** The finding that reports the label, or null. */
    static Finding foundBy(Label label, List<Finding> findings) {
        for (Finding f : findings) {
            if (f.rule().equals("timestamp-missing") || !fits(label.kind(), f.rule())) {
                continue;
            }
            List<Value> covered = label.values().stream()
                    .filter(v -> f.evidence().stream().anyMatch(e -> overlaps(e, v))).toList();
            // The finding must hold the disagreement: two of its sources give different labelled
            // values, and the finding sets them apart too (a finding of seven AK-47s against 12 whose
            // evidence lies inside two labelled lists of arms has not found their other rifles).
            boolean disagreement = covered.stream().anyMatch(a -> covered.stream()
                    .anyMatch(b -> !a.document().equals(b.document()) && !a.value().equals(b.value())
                            && apart(f, a, b)));
            if (disagreement) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether the finding gives the two labelled values' words different values of its own (or, for
     * findings whose evidence carries no value, such as quotes, whether it holds both at all).
     */
    static boolean apart(Finding f, Value a, Value b) {
        for (Evidence x : f.evidence()) {
            if (!overlaps(x, a)) {
                continue;
            }
            for (Evidence y : f.evidence()) {
                if (overlaps(y, b) && (x.value() == null || y.value() == null || !x.value().equals(y.value()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(Evidence e, Value v) {
        return e.document().equals(v.document()) && e.start() < v.end() && v.start() < e.end();
    }

    /** Recall per kind and overall: "kind: found / labelled". */
    static String describe(List<Label> labels, List<Finding> findings) {
        return describe(labels, findings, true);
    }

    /**
     * The recall table of {@code labels}; with {@code listFound} false, the counts alone, without a
     * line per found label (for held-out labels, whose facts those reading the evaluation to tune
     * crosscheck must not see: the per-label lines go to a file of their own).
     */
    static String describe(List<Label> labels, List<Finding> findings, boolean listFound) {
        Map<String, int[]> perKind = new TreeMap<>();
        int[] all = new int[2];
        int[] sure = new int[2];
        Map<String, int[]> bySecond = new TreeMap<>();
        StringBuilder found = new StringBuilder();
        for (Label l : labels) {
            Finding f = foundBy(l, findings);
            int hit = f == null ? 0 : 1;
            perKind.computeIfAbsent(l.kind(), k -> new int[2])[0] += hit;
            perKind.get(l.kind())[1]++;
            all[0] += hit;
            all[1]++;
            if (!l.doubtful()) {
                sure[0] += hit;
                sure[1]++;
            }
            if (l.second() != null) {
                int[] s = bySecond.computeIfAbsent(l.second(), k -> new int[2]);
                s[0] += hit;
                s[1]++;
            }
            if (f != null) {
                found.append("  found: ").append(l.topic()).append(' ').append(l.kind()).append(' ').append(l.fact())
                        .append(" <- ").append(f.rule()).append('\n');
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("labelled disagreements found: %d of %d (recall %.3f); without doubtful labels %d of %d (%.3f)%n",
                all[0], all[1], ratio(all), sure[0], sure[1], ratio(sure)));
        if (!bySecond.isEmpty()) {
            sb.append("  by the second reader's verdict:");
            bySecond.forEach((k, v) -> sb.append(String.format(" %s %d of %d;", k, v[0], v[1])));
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        perKind.forEach((k, v) -> sb.append(String.format("  %-10s %3d of %3d%n", k, v[0], v[1])));
        if (listFound) {
            sb.append(found);
        }
        return sb.toString();
    }

    static double recall(List<Label> labels, List<Finding> findings) {
        long hit = labels.stream().filter(l -> foundBy(l, findings) != null).count();
        return labels.isEmpty() ? 0 : (double) hit / labels.size();
    }

    private static double ratio(int[] x) {
        return x[1] == 0 ? 0 : (double) x[0] / x[1];
    }
}
