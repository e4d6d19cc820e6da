package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.cli.Main;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report and the bounded Markdown summary. */
class EditorFormatsTest {

    @Test
    void htmlMatchesItsGoldenFile(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Main.run(new String[] {"check", Fixtures.SEEDS.toString(), "--report", "html:" + html},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        String page = Files.readString(html);
        GoldenFiles.check("report-seeds.expected.html", page);
        assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none';"));
        assertTrue(!page.contains("http://") && !page.contains("https://"), "nothing is fetched from the network");
    }

    @Test
    void aQuoteVariantShowsAWordLevelDiff() {
        String diff = HtmlRenderer.wordDiff("discussed the urgent need for Russia to end its build-up",
                "discussed the immediate need for Russia to cease its <b>buildup</b>");
        assertEquals("discussed the <del>urgent</del><ins>immediate</ins> need for Russia to <del>end</del><ins>cease</ins>"
                + " its <del>build-up</del><ins>&lt;b&gt;buildup&lt;/b&gt;</ins>", diff);
    }

    @Test
    void theMarkdownSummaryStaysWithinItsBound() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String m = "finding " + i + " " + "x".repeat(300);
            many.add(new Finding(Findings.fingerprint("weekday-mismatch", List.of("k" + i)), "weekday-mismatch",
                    Severity.WARNING, "why", m, "S1", List.of("d" + i),
                    List.of(new Evidence("d" + i, 0, 3, 1, 1, "abc", "v")), Finding.Status.NEW, null));
        }
        Report report = Crosscheck.report(List.of(), many, List.of(), 0);
        StringBuilder out = new StringBuilder();
        new MarkdownRenderer(200_000).render(report, out);
        assertTrue(out.length() <= 200_000, "length " + out.length());
        assertTrue(out.toString().strip().endsWith("the full report has them."), out.substring(out.length() - 200));
        StringBuilder full = new StringBuilder();
        new MarkdownRenderer().render(report, full);
        assertTrue(full.length() <= MarkdownRenderer.DEFAULT_LIMIT);
    }
}
