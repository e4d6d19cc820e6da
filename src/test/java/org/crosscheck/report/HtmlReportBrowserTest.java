package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.Chromium;
import org.crosscheck.Fixtures;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless browser: it loads offline under its Content-Security-Policy,
 * its filters work when clicked, and article text that tries to be markup stays text. Needs
 * Debian's Chromium, which .ci/run installs; on a machine without it the test is skipped, but in
 * CI (CI=true) a missing browser fails it.
 */
class HtmlReportBrowserTest {

    static final String HOSTILE = String.join("\n",
            "Published: April 15, 2021 10:00 GMT",
            "<script>window.__pwned = 1</script> Ministers meet \"><img src=x onerror=\"window.__pwned=2\">",
            "The ministers met on Tuesday, April 14, 2021 <script>window.__pwned = 3</script> and "
                    + "\"><img src=x onerror=\"window.__pwned=4\"> javascript:window.__pwned=5 [link](javascript:alert(1)).",
            "");

    @Test
    void filtersWorkAndPlantedMarkupStaysInert(@TempDir Path dir) throws Exception {
        Path chromium = Chromium.required();
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (Path p : Fixtures.seedFiles()) {
            Files.copy(p, corpus.resolve(p.getFileName()));
        }
        Files.writeString(corpus.resolve("evil\"><b onmouseover=x>doc.txt"), HOSTILE);
        Path html = dir.resolve("report.html");
        int code = Main.run(new String[] {"check", corpus.toString(), "--fail-on", "never", "--report", "html:" + html},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);

        Path profile = Files.createDirectories(dir.resolve("profile"));
        try (Chromium browser = new Chromium(chromium, profile)) {
            browser.open(html);
            int all = browser.eval("document.querySelectorAll('article.finding:not([hidden])').length").asInt();
            assertTrue(all >= 4, "findings shown: " + all);
            assertEquals(String.valueOf(all), browser.eval("document.getElementById('shown').textContent").asText(),
                    "the page's own script ran under its Content-Security-Policy");
            int notes = browser.eval("document.querySelectorAll('article.finding.note').length").asInt();
            browser.eval("document.getElementById('filter-note').click(); true");
            int shown = browser.eval("document.querySelectorAll('article.finding:not([hidden])').length").asInt();
            assertEquals(all - notes, shown, "clicking the note filter hides the notes");
            assertTrue(browser.eval("document.querySelector('article.finding.note').hidden").asBoolean());

            assertEquals("undefined", browser.eval("typeof window.__pwned").asText(), "no planted script ran");
            assertEquals(1, browser.eval("document.querySelectorAll('script').length").asInt(), "only the page's own script");
            assertEquals(0, browser.eval("document.querySelectorAll('img, [onerror], [onmouseover], b').length").asInt());
            assertFalse(browser.eval("Array.from(document.querySelectorAll('a')).some(a => a.protocol === 'javascript:')").asBoolean());
            assertTrue(browser.eval("document.body.textContent.includes('<script>window.__pwned = 3</script>')").asBoolean(),
                    "the planted script is shown as text");

            browser.eval("document.getElementById('filter-note').click(); true");
            Path shots = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(shots.resolve("html-report.png"), browser.screenshot());
        }
    }
}
