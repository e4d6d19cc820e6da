package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleaning and extraction on 100 KB of hostile text. Linear code does each in well under a second
 * here; the limit is ten seconds of the working thread's CPU, so it catches the quadratic cases (a
 * regular expression restarting at every digit took 19 s on 100 KB) without timing anything finely,
 * and a machine busy with other work does not make it fail (CPU time, not wall time, is counted; a
 * minute of wall time stops a run that hangs). Speeds themselves are measured by the benchmarks,
 * not asserted.
 */
class AdversarialInputTest {

    private static final int SIZE = 100_000;

    @ParameterizedTest(name = "100 KB of \"{0}\"")
    @ValueSource(strings = {
        "1234567890", "1,234,", "\"\u201c\u201d'`", "abcdefghij", "Abc Def ", "more than ", "April 13, 2021 12:27 am ",
        "Blinken said on Monday ", "\"aaaaaaaaaa", "10 p.m. Thursday ", "according to the ", "in 2014 ", "a\n",
        "URL: http://x.y/", "1.2.3.4.", "``aaaa ", "Monday, 28 November 2005 ", "around 70,000 troops ",
        "The minister said on Monday that 40 people were killed in Kyiv. ", "\u00a0\n", "- Advertisement -\n",
        "Abc Def said \"x y z w\" he said. ", "Abc Def, the head of Xyz Ministry, said: \u201c", "Kiev Kyiv Kiew "})
    void finishesWithoutBlowingUp(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) {
            sb.append(unit);
        }
        Document d = new Document("x", "x.txt", sb.substring(0, SIZE), List.of());
        withinCpu(() -> Extractor.extract(Cleaner.clean(d)));
    }

    /** Hostile markup: deep nesting, unclosed formatting, runs of links, entities, comments and stray brackets. */
    static final String[] HTML_SHAPES = {
        "<div>", "<b><i>", "<p>", "<a href=x>x", "<table><tr><td>", "&amp;&lt;&#x41;", "<!--", "<", "</p>",
        "<p class='ad related'>Some words, with commas, here. ", "<li><a href=/>link</a></li>", "<script>", "text<br>",
        "<div><p>Some words, with commas, in a paragraph that is long enough.</p>", "<span>a</span>", "<p><blockquote>",
        "<meta content=\"2021-04-13\" property=\"article:published_time\">", "<a>“Quote”</a>"};

    @ParameterizedTest(name = "100 KB of HTML \"{0}\"")
    @org.junit.jupiter.params.provider.MethodSource("htmlShapes")
    void htmlPagesFinishWithoutBlowingUp(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) {
            sb.append(unit);
        }
        byte[] page = sb.substring(0, SIZE).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        withinCpu(() -> {
            org.crosscheck.corpus.HtmlArticle.Page p = org.crosscheck.corpus.HtmlArticle.read(page, null);
            Extractor.extract(Cleaner.clean(new Document("x", "x.html", p.text(), List.of())));
        });
    }

    /** CPU the work may take on its thread, and wall time after which a run is taken to hang. */
    static final Duration CPU_LIMIT = Duration.ofSeconds(10);
    static final Duration HANG = Duration.ofMinutes(1);

    /** Runs {@code work} on a thread of its own and fails when it takes more than {@link #CPU_LIMIT} of that thread's CPU. */
    static void withinCpu(Runnable work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = assertTimeoutPreemptively(HANG, () -> {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            return threads.getCurrentThreadCpuTime() - start;
        });
        org.junit.jupiter.api.Assertions.assertTrue(cpu <= CPU_LIMIT.toNanos(),
                () -> "took " + cpu / 1_000_000 + " ms of CPU, more than " + CPU_LIMIT.toMillis() + " ms");
    }

    static String[] htmlShapes() {
        return HTML_SHAPES;
    }
}
