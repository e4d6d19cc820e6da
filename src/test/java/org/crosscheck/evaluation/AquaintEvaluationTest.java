package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.Report;
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
        int documents = NewsRun.writeTimeMlRecords(root, records, texts,
                id -> OUTLETS.getOrDefault(id.substring(0, 3), id.substring(0, 3)));
        Report report = NewsRun.check(Corpus.open(List.of(records), Corpus.DEFAULT_MAX_DOCUMENT_BYTES));

        StringBuilder table = new StringBuilder();
        table.append(String.format("AQUAINT as one corpus: %d documents, %d stories, %d events%n",
                report.documents().size(), report.stories().size(), report.events().size()));
        table.append(NewsRun.perRule(report.findings()));
        Path fixtures = Path.of("fixtures/evaluation");
        Path labelFile = fixtures.resolve("aquaint-disagreements.jsonl");
        List<LabelledDisagreements.Label> labels = Files.exists(labelFile)
                ? LabelledDisagreements.read(labelFile, texts) : List.of();
        table.append(LabelledDisagreements.describe(labels, report.findings(), false));
        Path judgedFile = fixtures.resolve("aquaint-judgements.jsonl");
        table.append(NewsRun.judged(judgedFile, texts, "AQUAINT", labels, report.findings()));
        System.out.print(table);
        Files.writeString(out.resolve("aquaint.txt"), table);
        // AQUAINT is held out: its labels found, one line each, go to a file of their own.
        Files.writeString(out.resolve("aquaint-heldout.txt"), LabelledDisagreements.describe(labels, report.findings(), true));
        Files.writeString(out.resolve("aquaint-findings.txt"), NewsRun.listing(report.findings()));

        assertEquals(73, documents);
        assertEquals(documents, report.documents().size(), "every article is read");
    }
}
