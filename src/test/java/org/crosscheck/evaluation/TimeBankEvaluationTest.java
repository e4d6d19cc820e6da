package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A third held-out set (since the thirty-ninth session): the 183 TimeBank articles of TempEval-3
 * (../shared/corpora/tempeval3/TBAQ-cleaned/TimeBank), wire, newspaper and broadcast reports of
 * 1989-1998 from some ten outlets, most of them about stories no other article of the corpus
 * tells. Nobody tuned crosscheck on them; only their dates had been scored (TempEvalEvaluationTest).
 *
 * <p>Run as AQUAINT is ({@link NewsRun}): one JSON Lines record an article, with its outlet and
 * its creation date as the publication time. Writes {@code target/evaluation/timebank.txt}
 * (documents, stories, events, findings per rule; the clustering against a reader's stories,
 * {@code fixtures/evaluation/timebank-stories.tsv}, when present; the labels found, counts only,
 * against {@code timebank-disagreements.jsonl} when present; judged precision against
 * {@code timebank-judgements.jsonl}), {@code timebank-heldout.txt} (each label found) and
 * {@code timebank-findings.txt} (every finding with its evidence, for judging).
 */
@Tag("evaluation")
class TimeBankEvaluationTest {

    /** The outlet each id's leading letters name; other prefixes stand for themselves. */
    private static final Map<String, String> OUTLETS = Map.ofEntries(
            Map.entry("wsj", "The Wall Street Journal"), Map.entry("WSJ", "The Wall Street Journal"),
            Map.entry("APW", "Associated Press"), Map.entry("AP", "Associated Press"),
            Map.entry("NYT", "The New York Times"), Map.entry("ABC", "ABC"), Map.entry("CNN", "CNN"),
            Map.entry("PRI", "Public Radio International"), Map.entry("VOA", "Voice of America"),
            Map.entry("SJMN", "San Jose Mercury News"));

    /** The outlet of an article id: its leading letters looked up in {@link #OUTLETS}. */
    static String outlet(String id) {
        int i = 0;
        while (i < id.length() && Character.isLetter(id.charAt(i))) {
            i++;
        }
        String prefix = id.substring(0, i);
        return OUTLETS.getOrDefault(prefix, prefix);
    }

    @Test
    void oneHundredEightyThreeArticles() throws Exception {
        Path root = SharedCorpora.require("corpora/tempeval3/TBAQ-cleaned/TimeBank");
        Path out = Path.of("target/evaluation");
        Path texts = out.resolve("timebank-text");
        Files.createDirectories(texts);
        Path records = out.resolve("timebank.jsonl");
        int documents = NewsRun.writeTimeMlRecords(root, records, texts, TimeBankEvaluationTest::outlet);
        org.crosscheck.stories.Grouping[] grouping = new org.crosscheck.stories.Grouping[1];
        Report report = org.crosscheck.Crosscheck.check(Corpus.open(List.of(records), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                org.crosscheck.rules.RuleSet.load(null), org.crosscheck.Crosscheck.Options.DEFAULTS, n -> { }, g -> grouping[0] = g);

        StringBuilder table = new StringBuilder();
        table.append(String.format("TimeBank as one corpus: %d documents, %d stories, %d events%n",
                report.documents().size(), report.stories().size(), report.events().size()));
        table.append(NewsRun.perRule(report.findings()));
        table.append("evidence whose words are not the written text's at its offsets: ")
                .append(NewsRun.misplacedEvidence(report.findings(), texts)).append('\n');
        Path fixtures = Path.of("fixtures/evaluation");
        Path storyFile = fixtures.resolve("timebank-stories.tsv");
        if (Files.exists(storyFile)) {
            Map<String, String> stories = StoryFile.read(storyFile);
            PairwiseClustering clustering = PairwiseClustering.of(report);
            table.append(PairwiseClustering.HEADER);
            table.append(PairwiseClustering.row("events vs the reader's stories", clustering.events(stories)));
            table.append(PairwiseClustering.row("stories vs the reader's stories", clustering.stories(stories)));
            // The census of pairs joined against the reader (test code, for reading why; not blind once read).
            Files.writeString(out.resolve("timebank-pairs.txt"), ClusterPairs.census(grouping[0], stories));
            table.append(String.format("(%d articles in %d listed stories; the others are stories of their own)%n",
                    stories.size(), new java.util.HashSet<>(stories.values()).size()));
        } else {
            table.append("no timebank-stories.tsv: clustering not scored\n");
        }
        Path labelFile = fixtures.resolve("timebank-disagreements.jsonl");
        List<LabelledDisagreements.Label> labels = Files.exists(labelFile)
                ? LabelledDisagreements.read(labelFile, texts) : List.of();
        table.append(LabelledDisagreements.describe(labels, report.findings(), false));
        table.append(NewsRun.judged(fixtures.resolve("timebank-judgements.jsonl"), texts, "TimeBank", labels, report.findings()));
        System.out.print(table);
        Files.writeString(out.resolve("timebank.txt"), table);
        // TimeBank is held out: its labels found, one line each, go to a file of their own.
        Files.writeString(out.resolve("timebank-heldout.txt"), LabelledDisagreements.describe(labels, report.findings(), true));
        Files.writeString(out.resolve("timebank-findings.txt"), NewsRun.listing(report.findings()));

        assertEquals(183, documents);
        assertEquals(documents, report.documents().size(), "every article is read");
    }
}
