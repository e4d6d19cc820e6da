package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.Crosscheck;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * Article text that tries to be Markdown or SARIF syntax (links, images, autolinks, HTML, table
 * cells, headings, emphasis, code) stays text in the Markdown summary and in SARIF messages.
 */
class HostileTextTest {

    static final String HOSTILE = "[click](javascript:alert(1)) ![img](https://evil.example/x.png) <script>alert(2)</script>"
            + " | cell | break |\n# Heading\n*bold* _em_ `code` https://evil.example www.evil.example [x](0) \\[y\\](1)";

    static Report report() {
        Finding f = new Finding(Findings.fingerprint("quote-variant", List.of("k")), "quote-variant", Severity.WARNING,
                "why " + HOSTILE, "message " + HOSTILE, "S1", List.of("a", "b"),
                List.of(new Evidence("a", 0, 10, 1, 1, HOSTILE, HOSTILE), new Evidence("b", 0, 10, 1, 1, HOSTILE, HOSTILE)),
                Finding.Status.NEW, null);
        return Crosscheck.report(List.of(), List.of(f), List.of(new InputError("evil](x).txt", HOSTILE)), 0);
    }

    @Test
    void markdownFormsNoLinkImageHtmlHeadingOrCellFromArticleText() throws Exception {
        String escaped = Safe.markdown(HOSTILE);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            assertTrue("[]()!*_`|<>#:/.\n".indexOf(c) < 0, "unescaped '" + c + "' at " + i + " of " + escaped);
        }
        StringBuilder out = new StringBuilder();
        new MarkdownRenderer().render(report(), out);
        String md = out.toString();
        assertTrue(md.contains("message " + escaped), "the text itself is still there, escaped\n" + md);
        String rest = md.replace(escaped, "").replace(Safe.markdown("evil](x).txt"), "");
        for (String fragment : List.of("evil", "javascript", "script", "Heading", "bold", "cell")) {
            assertFalse(rest.contains(fragment), "every piece of article text went through the escaping: " + fragment + "\n" + md);
        }
        for (String line : md.split("\n")) {
            if (line.startsWith("| 1 |")) {
                long cells = Pattern.compile("(?<!\\\\)\\|").matcher(line).results().count();
                assertEquals(6, cells, "article text adds no table cell: " + line);
            }
        }
    }

    @Test
    void sarifMessagesFormNoEmbeddedLinkFromArticleText() throws Exception {
        StringBuilder out = new StringBuilder();
        new SarifRenderer().render(report(), out);
        JsonNode run = JsonRenderer.MAPPER.readTree(out.toString()).get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        List<String> texts = List.of(result.get("message").get("text").asText(),
                result.get("relatedLocations").get(0).get("message").get("text").asText(),
                run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asText());
        for (String t : texts) {
            assertFalse(Pattern.compile("(?<!\\\\)(\\\\\\\\)*[\\[\\]]").matcher(t).find(),
                    "every square bracket is escaped, so [text](target) is no embedded link: " + t);
        }
        assertTrue(texts.get(0).startsWith("message \\[click\\](javascript:alert(1))"), texts.get(0));
        assertTrue(texts.get(0).endsWith("\\\\\\[y\\\\\\](1)"), "a backslash before a bracket is escaped too: " + texts.get(0));
        assertTrue(texts.get(2).startsWith("evil\\](x).txt: \\[click\\]"), texts.get(2));
    }
}
