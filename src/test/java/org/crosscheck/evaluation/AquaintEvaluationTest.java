package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.Crosscheck;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A second held-out set, from another corpus: the 73 AQUAINT articles of TempEval-3
 * (../shared/corpora/tempeval3/TBAQ-cleaned/AQUAINT), wire and newspaper reports of 1998-2000 from
 * three outlets about four stories (the embassy bombings in Kenya and Tanzania, NATO's
 * enlargement, the killing of Dr. Barnett Slepian, the Elian Gonzalez case). Until the sixteenth
 * session crosscheck's rules and readers were developed on ECB+ only; AQUAINT had served only to
 * score the reading of dates (TempEvalEvaluationTest). Two readers labelled the disagreements
 * between its articles before anyone looked at what crosscheck reports on them
 * ({@code fixtures/evaluation/aquaint-disagreements.jsonl}; offsets into each article's TEXT with
 * its tags removed, as {@link TimeMl} reads it).
 *
 * <p>The articles are run as a newsroom would give them: one JSON Lines record each, with its
 * outlet and its creation date as the publication time. Writes {@code target/evaluation/aquaint.txt}
 * (recall, per rule and kind, and the findings' precision against
 * {@code aquaint-judgements.jsonl}) and {@code aquaint-findings.txt} (every finding with its
 * evidence, for judging).
 */
@Tag("evaluation")
class AquaintEvaluationTest {

    /** The outlet each id's prefix names. */
    private static final Map<String, String> OUTLETS = Map.of(
            "APW", "Associated Press", "NYT", "The New York Times", "XIE", "Xinhua");

    @Test
    void seventyThreeArticlesInFourStories() throws Exception {
        Path root = SharedCorpora.require("corpora/tempeval3/TBAQ-cleaned/AQUAINT");
        Path out = Path.of("target/evaluation");
        Path texts = out.resolve("aquaint-text");
        Files.createDirectories(texts);
        Path records = out.resolve("aquaint.jsonl");
        int documents = writeRecords(root, records, texts);
        Report report = Crosscheck.check(Corpus.open(List.of(records), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                RuleSet.load(null), Crosscheck.Options.DEFAULTS, n -> { });

        StringBuilder table = new StringBuilder();
        Map<String, Integer> perRule = new TreeMap<>();
        report.findings().forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
        table.append(String.format("AQUAINT as one corpus: %d documents, %d stories, %d events%n",
                report.documents().size(), report.stories().size(), report.events().size()));
        table.append("findings per rule: ").append(perRule).append('\n');
        Path fixtures = Path.of("fixtures/evaluation");
        Path labelFile = fixtures.resolve("aquaint-disagreements.jsonl");
        List<LabelledDisagreements.Label> labels = Files.exists(labelFile)
                ? LabelledDisagreements.read(labelFile, texts) : List.of();
        table.append(LabelledDisagreements.describe(labels, report.findings(), false));
        Path judgedFile = fixtures.resolve("aquaint-judgements.jsonl");
        List<Judgements.Judgement> judgements = Files.exists(judgedFile) ? Judgements.read(judgedFile, texts) : List.of();
        table.append(Judgements.describe(judgements, report.findings()));
        table.append(RuleScores.describe(judgements, "AQUAINT", labels, null, List.of(), report.findings()));
        System.out.print(table);
        Files.writeString(out.resolve("aquaint.txt"), table);
        // AQUAINT is held out: its labels found, one line each, go to a file of their own.
        Files.writeString(out.resolve("aquaint-heldout.txt"), LabelledDisagreements.describe(labels, report.findings(), true));
        Files.writeString(out.resolve("aquaint-findings.txt"), listing(report.findings()));

        assertEquals(73, documents);
        assertEquals(documents, report.documents().size(), "every article is read");
    }

    /**
     * One JSON Lines record an article (id, outlet, creation date as publication time, text) in
     * {@code records}, and each text as {@code ID.txt} in {@code texts} for the fixtures' offsets.
     */
    static int writeRecords(Path root, Path records, Path texts) throws Exception {
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
            n.put("source", OUTLETS.getOrDefault(doc.id().substring(0, 3), doc.id().substring(0, 3)));
            n.put("published", doc.dct());
            n.put("text", doc.text());
            lines.append(json.writeValueAsString(n)).append('\n');
            Files.writeString(texts.resolve(doc.id() + ".txt"), doc.text());
        }
        Files.writeString(records, lines);
        return files.size();
    }

    /** Every finding, its documents and evidence, one block each: what a judge reads. */
    static String listing(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing(Finding::rule).thenComparing(Finding::fingerprint));
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
