package org.crosscheck.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crosscheck.Crosscheck;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;

/**
 * What the evaluations over a corpus of real news nobody tuned on share (AQUAINT, TimeBank, the
 * HTML benchmark's pages): the articles run as one corpus, each text written where the fixtures'
 * offsets are read back from, the findings per rule, the judged precision, and every finding listed
 * for a judge.
 */
final class NewsRun {

    private NewsRun() {
    }

    /**
     * One JSON Lines record a TimeML article (id, outlet by {@code outletOfId}, creation date as
     * publication time, text) in {@code records}, and each text as {@code ID.txt} in {@code texts}
     * for the fixtures' offsets. Returns how many articles were written.
     */
    static int writeTimeMlRecords(Path root, Path records, Path texts, Function<String, String> outletOfId) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (Path f : files) {
            TimeMl doc = TimeMl.read(f);
            ObjectNode n = json.createObjectNode();
            n.put("id", doc.id());
            n.put("source", outletOfId.apply(doc.id()));
            n.put("published", doc.dct());
            n.put("text", doc.text());
            lines.append(json.writeValueAsString(n)).append('\n');
            Files.writeString(texts.resolve(doc.id() + ".txt"), doc.text());
        }
        Files.createDirectories(records.getParent());
        Files.writeString(records, lines);
        return files.size();
    }

    /**
     * Each document's text as the corpus reader gives it (evidence offsets count in it) written as
     * {@code ID.txt} in {@code texts}; returns how many were written.
     */
    static int writeTexts(Corpus corpus, Path texts) throws Exception {
        Files.createDirectories(texts);
        List<Exception> failed = new ArrayList<>();
        int[] n = new int[1];
        corpus.forEach(d -> {
            try {
                Path p = texts.resolve(d.id() + ".txt");
                Files.createDirectories(p.getParent());
                Files.writeString(p, d.text());
                n[0]++;
            } catch (Exception e) {
                failed.add(e);
            }
        }, e -> { });
        if (!failed.isEmpty()) {
            throw failed.get(0);
        }
        return n[0];
    }

    /** The corpus checked with the default rules and options. */
    static Report check(Corpus corpus) throws Exception {
        return Crosscheck.check(corpus, RuleSet.load(null), Crosscheck.Options.DEFAULTS, n -> { });
    }

    /** "findings per rule: {rule=n, ...}". */
    static String perRule(List<Finding> findings) {
        Map<String, Integer> perRule = new TreeMap<>();
        findings.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
        return "findings per rule: " + perRule + "\n";
    }

    /**
     * The evidence whose words are not the text's at its offsets (written by {@link #writeTexts} or
     * {@link #writeTimeMlRecords}): a judgement could not be read back against them.
     */
    static int misplacedEvidence(List<Finding> findings, Path texts) throws Exception {
        Map<String, String> read = new java.util.HashMap<>();
        int bad = 0;
        for (Finding f : findings) {
            for (Evidence e : f.evidence()) {
                String content = read.get(e.document());
                if (content == null) {
                    content = Files.readString(texts.resolve(e.document() + ".txt"));
                    read.put(e.document(), content);
                }
                if (e.end() > content.length() || !content.substring(e.start(), e.end()).equals(e.text())) {
                    bad++;
                }
            }
        }
        return bad;
    }

    /**
     * The judged precision of {@code judgementFile} (when present) as the two tables
     * {@link Judgements#describe} and {@link RuleScores#describe} print, with the labels given.
     */
    static String judged(Path judgementFile, Path texts, String corpusName, List<LabelledDisagreements.Label> labels,
                         List<Finding> findings) throws Exception {
        List<Judgements.Judgement> judgements = Files.exists(judgementFile) ? Judgements.read(judgementFile, texts) : List.of();
        return Judgements.describe(judgements, findings)
                + RuleScores.describe(judgements, corpusName, labels, null, List.of(), findings);
    }

    /** Every finding but the missing timestamps, its documents and evidence, one block each: what a judge reads. */
    static String listing(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::rule).thenComparing(Finding::fingerprint));
        for (Finding f : sorted) {
            if (f.rule().equals("timestamp-missing")) {
                continue;
            }
            sb.append(f.rule()).append(' ').append(f.documents()).append('\n').append("  ").append(f.message()).append('\n');
            for (Evidence e : f.evidence()) {
                sb.append(String.format("    %s %d-%d %s | %s%n", e.document(), e.start(), e.end(), e.value(), e.text()));
            }
        }
        return sb.toString();
    }
}
