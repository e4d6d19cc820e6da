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
 * each line is a finding as it was reported (rule, and each source's document and where its words
 * stand there, read back from the corpus in {@code ../shared}), whether
 * it is real, and why. A finding of today's run is judged when a judgement of its rule names
 * words it still reports in each of the judged documents; findings no judgement covers are
 * counted as unjudged, so a change shows what it wins, what it loses, and what is new.
 */
final class Judgements {

    record Source(String document, String text) {
    }

    /** {@code second}: a second reader's judgement of a finding the first readers judged too. */
    record Judgement(String rule, List<String> documents, List<Source> sources, boolean real, String cause, String why,
                     boolean second) {
    }

    private Judgements() {
    }

    /**
     * The words at {@code [start, end)} of a corpus article: the fixtures keep where evidence
     * stands, not the corpus's text. An offset outside the article fails the evaluation. Each
     * article is read once ({@code read} keeps what was read).
     */
    static String words(Path text, String document, int start, int end, Map<String, String> read) throws IOException {
        String content = read.get(document);
        if (content == null) {
            content = Files.readString(text.resolve(document + ".txt"));
            read.put(document, content);
        }
        if (start < 0 || end <= start || end > content.length()) {
            throw new IllegalStateException("evidence offsets [" + start + ", " + end + ") not in " + document);
        }
        return content.substring(start, end);
    }

    static List<Judgement> read(Path file, Path text) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Judgement> out = new ArrayList<>();
        Map<String, String> articles = new java.util.HashMap<>();
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
                String document = e.get("document").asText();
                sources.add(new Source(document, words(text, document, e.get("start").asInt(), e.get("end").asInt(), articles)));
            }
            out.add(new Judgement(n.get("rule").asText(), documents, sources, n.get("verdict").asText().equals("real"),
                    n.get("cause").asText(), n.path("why").asText(""), n.path("reader").asText("").equals("second")));
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

    /**
     * Per rule: real and judged findings, unjudged findings, and the causes of the false ones, by
     * the first readers' judgements; then the same with the second reader's, where a finding is
     * real when any judgement covering it is, and how many findings the two readings dispute.
     */
    static String describe(List<Judgement> judgements, List<Finding> findings) {
        List<Judgement> first = judgements.stream().filter(j -> !j.second()).toList();
        StringBuilder sb = new StringBuilder("judged precision per rule (real / judged; unjudged findings apart):\n");
        sb.append(table(first, findings, true));
        if (first.size() < judgements.size()) {
            sb.append("with the second reader's judgements (real when any reading is real; disputed: "
                    + "the first readers found it false, the second real):\n");
            sb.append(table(judgements, findings, false));
        }
        return sb.toString();
    }

    /**
     * Per rule: {real, judged, unjudged, disputed} findings, where a finding is real when any judgement
     * covering it is (disputed: real only by a second reading); the causes of the false ones go to
     * {@code causes} (rule: cause -> findings).
     */
    static Map<String, int[]> counts(List<Judgement> judgements, List<Finding> findings, Map<String, Integer> causes) {
        Map<String, int[]> perRule = new TreeMap<>();
        for (Finding f : findings) {
            int[] c = perRule.computeIfAbsent(f.rule(), k -> new int[4]);
            List<Judgement> matching = judgements.stream().filter(j -> covers(j, f)).toList();
            if (matching.isEmpty()) {
                c[2]++;
                continue;
            }
            c[1]++;
            if (matching.stream().anyMatch(Judgement::real)) {
                c[0]++;
                if (matching.stream().noneMatch(j -> j.real() && !j.second()) && matching.stream().anyMatch(j -> !j.second())) {
                    c[3]++;
                }
            } else {
                causes.merge(f.rule() + ": " + matching.get(0).cause(), 1, Integer::sum);
            }
        }
        return perRule;
    }

    private static String table(List<Judgement> judgements, List<Finding> findings, boolean causesToo) {
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, int[]> perRule = counts(judgements, findings, causes);
        StringBuilder sb = new StringBuilder();
        int real = 0;
        int judged = 0;
        for (Map.Entry<String, int[]> e : perRule.entrySet()) {
            int[] c = e.getValue();
            real += c[0];
            judged += c[1];
            sb.append(String.format("  %-26s %3d / %3d  %s  unjudged %d%s%n", e.getKey(), c[0], c[1],
                    c[1] == 0 ? "  -  " : String.format("%5.3f", (double) c[0] / c[1]), c[2],
                    causesToo || c[3] == 0 ? "" : "  disputed " + c[3]));
        }
        sb.append(String.format("  %-26s %3d / %3d  %5.3f%n", "all judged", real, judged, judged == 0 ? 0 : (double) real / judged));
        if (causesToo) {
            sb.append("causes of the false ones:\n");
            causes.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        return sb.toString();
    }
}
