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
import org.crosscheck.findings.Finding;

/**
 * Precision against an editor's judgement of past findings ({@code fixtures/evaluation/ecbplus-judgements.jsonl}):
 * each line is a finding as it was reported (rule, and each source's document and words), whether
 * it is real, and why. A finding of today's run is judged when a judgement of its rule names
 * words it still reports in each of the judged documents; findings no judgement covers are
 * counted as unjudged, so a change shows what it wins, what it loses, and what is new.
 */
final class Judgements {

    record Source(String document, String text) {
    }

    record Judgement(String rule, List<String> documents, List<Source> sources, boolean real, String cause, String why) {
    }

    private Judgements() {
    }

    static List<Judgement> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Judgement> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> documents = new ArrayList<>();
            for (JsonNode d : n.path("documents")) {
                documents.add(d.asText());
            }
            List<Source> sources = new ArrayList<>();
            for (JsonNode e : n.get("evidence")) {
                sources.add(new Source(e.get("document").asText(), e.get("text").asText()));
            }
            out.add(new Judgement(n.get("rule").asText(), documents, sources, n.get("verdict").asText().equals("real"),
                    n.get("cause").asText(), n.path("why").asText("")));
        }
        return out;
    }

    /** A finding without evidence (a missing timestamp) is judged by its rule and documents. */
    static boolean covers(Judgement j, Finding f) {
        if (!j.rule().equals(f.rule())) {
            return false;
        }
        if (j.sources().isEmpty()) {
            return f.evidence().isEmpty() && j.documents().equals(f.documents());
        }
        return j.sources().stream().allMatch(s ->
                f.evidence().stream().anyMatch(e -> e.document().equals(s.document()) && e.text().equals(s.text())));
    }

    /** Per rule: real and judged findings, unjudged findings, and the causes of the false ones. */
    static String describe(List<Judgement> judgements, List<Finding> findings) {
        Map<String, int[]> perRule = new TreeMap<>();
        Map<String, Integer> causes = new TreeMap<>();
        for (Finding f : findings) {
            int[] c = perRule.computeIfAbsent(f.rule(), k -> new int[3]);
            List<Judgement> matching = judgements.stream().filter(j -> covers(j, f)).toList();
            if (matching.isEmpty()) {
                c[2]++;
                continue;
            }
            c[1]++;
            if (matching.stream().anyMatch(Judgement::real)) {
                c[0]++;
            } else {
                causes.merge(f.rule() + ": " + matching.get(0).cause(), 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder("judged precision per rule (real / judged; unjudged findings apart):\n");
        int real = 0;
        int judged = 0;
        for (Map.Entry<String, int[]> e : perRule.entrySet()) {
            int[] c = e.getValue();
            real += c[0];
            judged += c[1];
            sb.append(String.format("  %-26s %3d / %3d  %s  unjudged %d%n", e.getKey(), c[0], c[1],
                    c[1] == 0 ? "  -  " : String.format("%5.3f", (double) c[0] / c[1]), c[2]));
        }
        sb.append(String.format("  %-26s %3d / %3d  %5.3f%n", "all judged", real, judged, judged == 0 ? 0 : (double) real / judged));
        sb.append("causes of the false ones:\n");
        causes.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }
}
