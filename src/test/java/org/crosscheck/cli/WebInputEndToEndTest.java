package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;
import org.crosscheck.Fixtures;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles as a crawler would bring them: each wrapped in a web page with navigation,
 * an advertisement, related links and a footer, saved as HTML files and as one WARC file. Read
 * that way, they give the same findings as the plain text: page furniture adds none and hides none.
 */
class WebInputEndToEndTest {

    static String page(String text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>News</title>"
                + "<script>var tracking = \"April 1, 2019\";</script></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
                + "<div class=\"cookie-banner\">We use cookies. Updated 12 January 2020.</div><main><article>");
        String[] blocks = text.strip().split("\\n\\s*\\n");
        for (int i = 0; i < blocks.length; i++) {
            sb.append("<p>").append(StringEscapeUtils.escapeHtml4(blocks[i].strip()).replace("\n", "<br>\n")).append("</p>\n");
            if (i == 2) {
                sb.append("<div class=\"ad-slot\">Advertisement</div>");
            }
        }
        sb.append("</article></main><aside class=\"related\"><ul><li><a href=\"/x\">Troops: 150,000 at the border, says a report"
                + "</a></li><li><a href=\"/y\">Talks on 3 March 2019</a></li></ul></aside>"
                + "<footer><p>Copyright 2024 The Example Post. All rights reserved worldwide, every year.</p></footer></body></html>");
        return sb.toString();
    }

    /** Rule, severity and the documents involved (by position in the corpus), for each finding. */
    static List<String> findings(JsonNode report, Map<String, Integer> order) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            List<Integer> docs = new ArrayList<>();
            f.get("documents").forEach(d -> docs.add(order.get(d.asText())));
            out.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + docs);
        }
        out.sort(null);
        return out;
    }

    static Map<String, Integer> order(JsonNode report) {
        Map<String, Integer> order = new TreeMap<>();
        int i = 0;
        for (JsonNode d : report.get("documents")) {
            order.put(d.get("id").asText(), i++);
        }
        return order;
    }

    @Test
    void seedsAsWebPagesAndAsAWarcGiveTheFindingsOfTheirText(@TempDir Path dir) throws Exception {
        Path html = Files.createDirectories(dir.resolve("html"));
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        int n = 0;
        for (Path seed : Fixtures.seedFiles()) {
            String p = page(Files.readString(seed));
            String name = seed.getFileName().toString().replace(".txt", ".html");
            Files.writeString(html.resolve(name), p);
            warc.writeBytes(org.crosscheck.corpus.WarcTestRecords.response("https://news.example/" + n++, p));
        }
        Path warcFile = dir.resolve("crawl.warc");
        Files.write(warcFile, warc.toByteArray());

        JsonNode text = JsonRenderer.MAPPER.readTree(CheckCommandTest.run("check", Fixtures.SEEDS.toString(), "--format", "json").out());
        CheckCommandTest.Run fromHtml = CheckCommandTest.run("check", html.toString(), "--format", "json");
        CheckCommandTest.Run fromWarc = CheckCommandTest.run("check", warcFile.toString(), "--format", "json");
        assertEquals(ExitCode.FINDINGS.code(), fromHtml.code(), fromHtml.err());
        assertEquals(ExitCode.FINDINGS.code(), fromWarc.code(), fromWarc.err());
        JsonNode h = JsonRenderer.MAPPER.readTree(fromHtml.out());
        JsonNode w = JsonRenderer.MAPPER.readTree(fromWarc.out());
        List<String> expected = findings(text, order(text));
        assertEquals(8, expected.size());
        assertEquals(expected, findings(h, order(h)), "HTML pages: " + fromHtml.out());
        assertEquals(expected, findings(w, order(w)), "WARC records");
        assertEquals(List.of("crawl#1", "crawl#2", "crawl#3", "crawl#4", "crawl#5"), List.copyOf(order(w).keySet()));
        assertEquals(0, h.get("errors").size());
    }
}
