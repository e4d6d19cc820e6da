package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Markdown and SARIF written as the report is read: each asks for its counts only after a whole
 * pass of the findings (as a store's stream requires), keeps its bounds exactly, and writes what
 * the report in memory has, finding by finding.
 */
class StreamedFormatsTest {

    static Report seeds;

    @BeforeAll
    static void check() throws Exception {
        seeds = Crosscheck.check(Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                RuleSet.load(null), Crosscheck.Options.DEFAULTS, n -> { });
        assertTrue(seeds.findings().size() > 5, "the seeds give findings to write");
    }

    /** The seeds' report with {@code n} inputs that could not be processed. */
    static Report withErrors(int n) {
        List<InputError> errors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            errors.add(new InputError(String.format("broken/%03d.html", i), "not an article: page " + i + " is empty"));
        }
        return new Report(seeds.formatVersion(), seeds.tool(), seeds.documents(), seeds.stories(), seeds.events(),
                seeds.findings(), errors, seeds.summary(), seeds.rules());
    }

    /**
     * A report as a store streams it: the summary and the count exist only after a whole pass of
     * the findings, and the passes are counted.
     */
    static final class Strict extends ReportStream.Forwarding {
        int passes;
        private boolean counted;

        Strict(Report report) {
            super(ReportStream.of(report));
        }

        @Override
        public void findings(Sink<Finding> sink) throws IOException {
            passes++;
            inner.findings(sink);
            counted = true;
        }

        @Override
        public Report.Summary summary() {
            if (!counted) {
                throw new IllegalStateException("asked for the summary before a pass of the findings");
            }
            return inner.summary();
        }

        @Override
        public int findingCount() {
            if (!counted) {
                throw new IllegalStateException("asked for the count before a pass of the findings");
            }
            return inner.findingCount();
        }
    }

    /** The Markdown line of input error {@code i} of {@link #withErrors}. */
    private static String item(int i) {
        InputError e = withErrors(i + 1).errors().get(i);
        return "- " + Safe.markdown(e.path()) + ": " + Safe.markdown(e.message()) + "\n";
    }

    private static String markdown(ReportStream report, int limit) throws IOException {
        StringBuilder out = new StringBuilder();
        new MarkdownRenderer(limit).render(report, out);
        return out.toString();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theStrictStreamRefusesCountsBeforeAPass() {
        Strict s = new Strict(seeds);
        assertThrows(IllegalStateException.class, s::summary);
        assertThrows(IllegalStateException.class, s::findingCount);
    }

    @Test
    void markdownCountsFirstThenListsThenDetailsEveryFinding() throws Exception {
        Report report = withErrors(3);
        Strict s = new Strict(report);
        String md = markdown(s, MarkdownRenderer.DEFAULT_LIMIT);
        assertEquals(3, s.passes, "a pass to count, one for the table, one for the details");
        assertEquals(markdown(ReportStream.of(report), MarkdownRenderer.DEFAULT_LIMIT), md);
        int n = report.findings().size();
        Report.Summary sum = report.summary();
        assertTrue(md.startsWith("# crosscheck report\n\n" + sum.documents() + " documents, " + sum.claims() + " claims: **"
                + sum.findings().get("error") + " error"), md.substring(0, 80));
        // One table row and one detail heading a finding, numbered 1 to n in report order.
        assertEquals(n, count(md, "^\\| \\d+ \\| (error|warning|note) \\| `"));
        assertEquals(n, count(md, "^### \\d+\\. (error|warning|note): `"));
        for (int i = 0; i < n; i++) {
            Finding f = report.findings().get(i);
            assertTrue(md.contains("\n| " + (i + 1) + " | " + f.severity().word() + " | `" + f.rule() + "` | "), "row " + (i + 1));
            assertTrue(md.contains("\n### " + (i + 1) + ". " + f.severity().word() + ": `" + f.rule() + "`"), "heading " + (i + 1));
        }
        assertEquals(n, count(md, "^\\*Why (error|warning|note):\\* "));
        assertTrue(md.endsWith("## Inputs that could not be processed\n\n" + item(0) + item(1) + item(2)), md);
        assertFalse(md.contains("more findings"));
    }

    @Test
    void aMarkdownTableCutShortSaysHowManyFindingsAreLeftAndStops() throws Exception {
        Report report = withErrors(2);
        int n = report.findings().size();
        String head = markdown(ReportStream.of(report), MarkdownRenderer.DEFAULT_LIMIT);
        int tableStart = head.indexOf("| # |");
        // Room for the table's head and about two rows: the budget is half the limit.
        int limit = 2 * (head.indexOf("\n| 3 |", tableStart) - 1);
        Strict s = new Strict(report);
        String md = markdown(s, limit);
        assertEquals(2, s.passes, "the details' pass is not asked for once the table is cut");
        int rows = count(md, "^\\| \\d+ \\| (error|warning|note) \\| `");
        assertTrue(rows >= 1 && rows < n, rows + " rows");
        assertTrue(md.endsWith("| " + rows + " | " + report.findings().get(rows - 1).severity().word() + " | `"
                + report.findings().get(rows - 1).rule() + "` | " + Safe.markdown(String.join(", ", report.findings().get(rows - 1).documents()))
                + " | " + Safe.markdown(report.findings().get(rows - 1).message()) + " |\n\n" + (n - rows)
                + " more findings are not listed here; the full report has them.\n"), md);
        assertFalse(md.contains("## Findings"));
        assertFalse(md.contains("## Inputs"));
    }

    @Test
    void markdownDetailsCutShortSayHowManyAreLeftAndStop() throws Exception {
        Report report = withErrors(2);
        int n = report.findings().size();
        String whole = markdown(ReportStream.of(report), MarkdownRenderer.DEFAULT_LIMIT);
        // The table whole, the details cut after the second: the bound is 4,096 past its start.
        int third = whole.indexOf("\n### 3. ");
        int limit = third + 4096;
        Strict s = new Strict(report);
        String md = markdown(s, limit);
        assertEquals(3, s.passes);
        assertEquals(n, count(md, "^\\| \\d+ \\| (error|warning|note) \\| `"), "the table is whole");
        int shown = count(md, "^### \\d+\\. (error|warning|note): `");
        assertTrue(shown >= 2 && shown < n, shown + " shown");
        assertTrue(md.endsWith("\n\n" + (n - shown) + " more findings are not shown in detail; the full report has them.\n"), md);
        assertEquals(whole.substring(0, md.indexOf("\n\n" + (n - shown) + " more findings")), md.substring(0, md.indexOf("\n\n" + (n - shown) + " more findings")));
        assertFalse(md.contains("## Inputs"));
    }

    @Test
    void markdownInputsCutShortSayHowManyAreLeft() throws Exception {
        Report report = withErrors(400);
        String whole = markdown(ReportStream.of(report), Integer.MAX_VALUE / 2);
        int tableEnd = whole.indexOf("\n## Findings");
        int inputs = whole.indexOf("## Inputs that could not be processed");
        // The table within half the bound, the details within 4,096 of it, some inputs listed.
        int limit = Math.max(2 * tableEnd + 2, inputs + 4200);
        String md = markdown(new Strict(report), limit);
        String listedLine = "^- broken/\\d{3}\\.html: ";
        int listed = count(md.replace("\\", ""), listedLine);
        assertTrue(listed > 0 && listed < 400, listed + " listed");
        assertTrue(md.endsWith(item(listed - 1) + "\n" + (400 - listed) + " more inputs are not listed here.\n"),
                md.substring(md.length() - 200));
        assertEquals(whole.substring(0, inputs), md.substring(0, inputs), "findings whole");
        assertTrue(md.length() <= limit, "bounded");
    }

    @Test
    void markdownOfNoFindingsSaysSo() throws Exception {
        Report empty = new Report(seeds.formatVersion(), seeds.tool(), seeds.documents(), seeds.stories(), seeds.events(),
                List.of(), List.of(), seeds.summary(), seeds.rules());
        Strict s = new Strict(empty);
        String md = markdown(s, MarkdownRenderer.DEFAULT_LIMIT);
        assertEquals(1, s.passes);
        assertTrue(md.endsWith(".\n\nNo findings.\n"), md);
    }

    @Test
    void sarifAsksForNoCountsAndWritesOneResultAFindingInReportOrder() throws Exception {
        Report report = withErrors(2);
        Strict s = new Strict(report);
        StringBuilder out = new StringBuilder();
        new SarifRenderer().render(s, out);
        assertEquals(1, s.passes);
        StringBuilder old = new StringBuilder();
        new SarifRenderer().render(report, old);
        assertEquals(old.toString(), out.toString());
        assertTrue(out.toString().endsWith("}\n"));
        JsonNode run = JsonRenderer.MAPPER.readTree(out.toString()).get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(report.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            assertEquals(f.rule(), results.get(i).get("ruleId").asText());
            assertEquals(f.fingerprint(), results.get(i).get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText());
            int index = results.get(i).get("ruleIndex").asInt();
            assertEquals(f.rule(), run.get("tool").get("driver").get("rules").get(index).get("id").asText());
            if (!f.evidence().isEmpty()) {
                assertEquals(f.evidence().size() - 1, results.get(i).path("relatedLocations").size());
                assertEquals(f.evidence().get(0).start(),
                        results.get(i).get("locations").get(0).get("physicalLocation").get("region").get("charOffset").asInt());
            }
        }
        JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertEquals(2, notes.size());
        assertEquals("broken/001.html: not an article: page 1 is empty", notes.get(1).get("message").get("text").asText());
    }
}
