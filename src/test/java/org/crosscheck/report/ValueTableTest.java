package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.findings.Disagreements;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

/** A disagreement of three sources, side by side in every report format. */
class ValueTableTest {

    static Evidence figure(String document, int line, String text, String value, double low, double high) {
        return new Evidence(document, 100, 100 + text.length(), line, 7, text, value, "The flood killed ", " people.",
                "2022-03-02", low, high);
    }

    static final Evidence A = figure("a", 3, "6", "killed [6, 6]", 6, 6);
    static final Evidence B = figure("b", 4, "24", "killed [24, 24]", 24, 24);
    static final Evidence C = figure("c", 5, "twenty-four", "killed [24, 24]", 24, 24);

    static Disagreements.Sighting pair(Severity severity, String reason, Evidence x, Evidence y) {
        List<String> keys = List.of(x.document() + x.value(), y.document() + y.value());
        return new Disagreements.Sighting(new Finding(Findings.fingerprint("quantity-conflict", keys), "quantity-conflict",
                severity, reason, "pair message", "S1", List.of(x.document(), y.document()), List.of(x, y),
                Finding.Status.NEW, null), keys);
    }

    static Report report() {
        List<Finding> merged = Disagreements.merge(List.of(pair(Severity.WARNING, "nothing explains it", A, B),
                pair(Severity.NOTE, "different parties", A, C)));
        List<Report.DocumentEntry> docs = List.of(
                new Report.DocumentEntry("a", "corpus/a.txt", "Valmora Post", null, null, null, "S1", "E1", List.of(), 3, List.of()),
                new Report.DocumentEntry("b", "corpus/b.txt", null, null, null, null, "S1", "E1", List.of(), 3, List.of()),
                new Report.DocumentEntry("c", "corpus/c.txt", "Lindor | Times", null, null, null, "S1", "E1", List.of(), 3, List.of()));
        return Crosscheck.report(docs, merged, List.of(), 9);
    }

    static String render(Renderer r) throws Exception {
        StringBuilder sb = new StringBuilder();
        r.render(report(), sb);
        return sb.toString();
    }

    @Test
    void textShowsTheValuesInAlignedColumns() throws Exception {
        assertEquals(String.join("\n",
                "corpus/a.txt:3:7: warning [quantity-conflict] Three sources disagree: killed [6, 6] (\"6\") in a;"
                        + " killed [24, 24] (\"24\", \"twenty-four\") in b and c.",
                "    source              at   value                              as written",
                "    a (Valmora Post)    3:7  killed [6, 6], as of 2022-03-02    \"6\"",
                "    b                   4:7  killed [24, 24], as of 2022-03-02  \"24\"",
                "    c (Lindor | Times)  5:7  killed [24, 24], as of 2022-03-02  \"twenty-four\"",
                "    why warning: the most serious of its pairs decides; warning for a vs b: nothing explains it;"
                        + " note for a vs c: different parties",
                "3 documents, 9 claims, 1 finding: 0 errors, 1 warning, 0 notes", ""), render(new TextRenderer(false)));
    }

    @Test
    void markdownShowsTheValuesInATable() throws Exception {
        String md = render(new MarkdownRenderer());
        assertTrue(md.contains(String.join("\n",
                "| Source | At | Value | As written |",
                "|---|---|---|---|",
                "| a \\(Valmora Post\\) | 3:7 | killed \\[6, 6\\], as of 2022\\-03\\-02 | \u201c6\u201d |",
                "| b | 4:7 | killed \\[24, 24\\], as of 2022\\-03\\-02 | \u201c24\u201d |",
                "| c \\(Lindor \\| Times\\) | 5:7 | killed \\[24, 24\\], as of 2022\\-03\\-02 | \u201ctwenty\\-four\u201d |",
                "")), md);
    }

    @Test
    void htmlShowsTheValuesInATable() throws Exception {
        String html = render(new HtmlRenderer());
        assertTrue(html.contains("<table class=\"values\"><thead><tr><th>Source</th><th>Value</th><th>As written</th></tr>"
                + "</thead><tbody><tr><td><strong>a</strong> Valmora Post <span class=\"doc\">3:7</span></td>"
                + "<td>killed [6, 6], as of 2022-03-02</td><td>&ldquo;6&rdquo;</td></tr>"
                + "<tr><td><strong>b</strong> <span class=\"doc\">4:7</span></td>"
                + "<td>killed [24, 24], as of 2022-03-02</td><td>&ldquo;24&rdquo;</td></tr>"
                + "<tr><td><strong>c</strong> Lindor | Times <span class=\"doc\">5:7</span></td>"
                + "<td>killed [24, 24], as of 2022-03-02</td><td>&ldquo;twenty-four&rdquo;</td></tr></tbody></table>\n"), html);
        assertTrue(html.contains("<text x=\"4\" y=\"14\">24</text>"), "axis labels carry no float noise");
        assertTrue(html.contains("<line x1=\"80.0\" y1=\"92.0\" x2=\"80.0\" y2=\"89.0\" stroke=\"#1e6fbf\" stroke-width=\"6\"/>"
                + "<line x1=\"90.0\" y1=\"20.0\" x2=\"90.0\" y2=\"17.0\" stroke=\"#1e6fbf\" stroke-width=\"6\"/>"
                + "<line x1=\"100.0\" y1=\"20.0\" x2=\"100.0\" y2=\"17.0\" stroke=\"#1e6fbf\" stroke-width=\"6\"/>"
                + "<text x=\"90.0\" y=\"132\" text-anchor=\"middle\">2022-03-02 a, b, c</text>"), "figures of one day side by side: " + html.substring(html.indexOf("<svg"), html.indexOf("</svg>")));
    }

    @Test
    void sarifGivesOneResultWithTheOtherSourcesAsRelatedLocations() throws Exception {
        JsonNode results = JsonRenderer.MAPPER.readTree(render(new SarifRenderer())).get("runs").get(0).get("results");
        assertEquals(1, results.size());
        JsonNode r = results.get(0);
        assertEquals("corpus/a.txt", r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals(2, r.get("relatedLocations").size());
        assertEquals("corpus/c.txt", r.get("relatedLocations").get(1).get("physicalLocation").get("artifactLocation")
                .get("uri").asText());
        assertEquals("\"twenty-four\" = killed \\[24, 24\\]", r.get("relatedLocations").get(1).get("message").get("text").asText());
    }

    @Test
    void githubAndJunitGiveTheDisagreementOnce() throws Exception {
        assertEquals("::warning file=corpus/a.txt,line=3,col=7,title=quantity-conflict (warning)::Three sources disagree:"
                + " killed [6, 6] (\"6\") in a; killed [24, 24] (\"24\", \"twenty-four\") in b and c.\n",
                render(new GithubRenderer()));
        String xml = render(new JunitRenderer(Severity.WARNING));
        assertTrue(xml.contains("message=\"1 new finding(s): Three sources disagree:"), xml);
    }

    @Test
    void jsonKeepsEachSourcesValueInItsEvidence() throws Exception {
        JsonNode f = JsonRenderer.MAPPER.readTree(render(new JsonRenderer())).get("findings").get(0);
        assertEquals(2, JsonRenderer.MAPPER.readTree(render(new JsonRenderer())).get("formatVersion").asInt());
        assertEquals("[\"a\",\"b\",\"c\"]", f.get("documents").toString());
        assertEquals(3, f.get("evidence").size());
        assertEquals("killed [24, 24]", f.get("evidence").get(2).get("value").asText());
        assertEquals("twenty-four", f.get("evidence").get(2).get("text").asText());
        assertEquals(24.0, f.get("evidence").get(2).get("low").asDouble());
        assertEquals(2, f.get("joined").size(), "the fingerprints of the pairs it joins");
    }
}
