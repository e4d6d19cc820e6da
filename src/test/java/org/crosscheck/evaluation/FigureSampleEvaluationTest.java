package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.Crosscheck;
import org.crosscheck.claims.Claim;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How well crosscheck reads the figures of a seeded random sample of sentences from ECB+ topics
 * 1-36 ({@code fixtures/evaluation/ecbplus-figure-sample.jsonl}, labelled blind by two readers; see
 * {@link FigureSample}). The whole corpus is checked as {@link EcbPlusEvaluationTest} checks it, and
 * each sampled figure is scored against the claims the rules saw in its document after grouping.
 * Writes {@code target/evaluation/figure-sample.txt} and every miss with its stage to
 * {@code target/evaluation/figure-sample-missed.txt}.
 *
 * <p>A second sample, drawn the same way with another seed and labelled blind the same way
 * ({@code fixtures/evaluation/ecbplus-figure-heldout.jsonl}), is held out: it is scored on the
 * same run and only its table is written, after the first's, never its misses, so that work fitted
 * to the first sample can be measured on sentences no one fitted it to.
 */
@Tag("evaluation")
class FigureSampleEvaluationTest {

    @Test
    void figuresOfARandomSampleOfSentences() throws Exception {
        Path root = SharedCorpora.require("corpora/ecbplus");
        List<FigureSample.Figure> figures = FigureSample.read(Path.of("fixtures/evaluation/ecbplus-figure-sample.jsonl"),
                root.resolve("text"));
        List<FigureSample.Figure> heldOut = FigureSample.read(Path.of("fixtures/evaluation/ecbplus-figure-heldout.jsonl"),
                root.resolve("text"));
        Corpus corpus = Corpus.open(List.of(root.resolve("text")), Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        org.crosscheck.stories.Grouping[] grouping = new org.crosscheck.stories.Grouping[1];
        Report report = Crosscheck.check(corpus, RuleSet.load(null), Crosscheck.Options.DEFAULTS, n -> { }, g -> grouping[0] = g);
        Set<String> documents = figures.stream().map(FigureSample.Figure::doc).collect(Collectors.toSet());
        Map<String, List<Claim>> claims = EcbPlusEvaluationTest.claimsOf(grouping[0], documents);
        Set<String> heldOutDocuments = heldOut.stream().map(FigureSample.Figure::doc).collect(Collectors.toSet());
        Map<String, List<Claim>> heldOutClaims = EcbPlusEvaluationTest.claimsOf(grouping[0], heldOutDocuments);

        String table = FigureSample.describe(figures, claims)
                + "\nheld-out sample (seed 20261204; its misses are not listed):\n"
                + FigureSample.describe(heldOut, heldOutClaims);
        System.out.print(table);
        Path out = Path.of("target/evaluation");
        Files.createDirectories(out);
        Files.writeString(out.resolve("figure-sample.txt"), table);
        Files.writeString(out.resolve("figure-sample-missed.txt"), FigureSample.missed(figures, claims));

        assertEquals(982, report.documents().size());
        assertEquals(documents, claims.keySet(), "every sampled document is read");
        assertEquals(heldOutDocuments, heldOutClaims.keySet(), "every held-out sampled document is read");
        assertTrue(figures.stream().anyMatch(FigureSample.Figure::scored), "the sample has figures an editor would compare");
        assertTrue(heldOut.stream().anyMatch(FigureSample.Figure::scored), "the held-out sample has figures an editor would compare");
    }
}
