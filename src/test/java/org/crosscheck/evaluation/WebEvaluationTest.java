package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fourth held-out set (since the thirty-ninth session): the 181 web pages of the article
 * extraction benchmark (../shared/corpora/article-extraction-benchmark/html), news and blog pages
 * of many sites and years, read as the command line reads HTML pages (the page's main text, title,
 * outlet and publication date). HtmlExtractionEvaluationTest scores the main text they give; this
 * one runs the rules over them as one corpus, as a user pointing crosscheck at a folder of saved
 * pages would. Writes {@code target/evaluation/web.txt} (findings per rule, judged precision against
 * {@code fixtures/evaluation/web-judgements.jsonl}) and {@code web-findings.txt} (every finding
 * with its evidence, for judging); each page's text as read goes to {@code web-text/ID.txt}, where
 * the judgements' offsets count.
 */
@Tag("evaluation")
class WebEvaluationTest {

    @Test
    void oneHundredEightyOnePages() throws Exception {
        Path root = SharedCorpora.require("corpora/article-extraction-benchmark/html");
        Path out = Path.of("target/evaluation");
        Path texts = out.resolve("web-text");
        Corpus corpus = Corpus.open(List.of(root), Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        int written = NewsRun.writeTexts(corpus, texts);
        Report report = NewsRun.check(corpus);

        StringBuilder table = new StringBuilder();
        table.append(String.format("web pages as one corpus: %d pages, %d read, %d stories, %d events%n",
                corpus.size(), report.documents().size(), report.stories().size(), report.events().size()));
        table.append(NewsRun.perRule(report.findings()));
        table.append("evidence whose words are not the written text's at its offsets: ")
                .append(NewsRun.misplacedEvidence(report.findings(), texts)).append('\n');
        table.append(NewsRun.judged(Path.of("fixtures/evaluation/web-judgements.jsonl"), texts, "web", List.of(),
                report.findings()));
        System.out.print(table);
        Files.writeString(out.resolve("web.txt"), table);
        // The pages without a publication date, for a sample to be judged: is the page really undated?
        StringBuilder undated = new StringBuilder("timestamp-missing\n");
        report.findings().stream().filter(f -> f.rule().equals("timestamp-missing"))
                .forEach(f -> undated.append("  ").append(f.documents()).append('\n'));
        Files.writeString(out.resolve("web-findings.txt"), NewsRun.listing(report.findings()) + undated);

        assertEquals(181, corpus.size());
        assertEquals(written, report.documents().size(), "every page with text is read");
    }
}
