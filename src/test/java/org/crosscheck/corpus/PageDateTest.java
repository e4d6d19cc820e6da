package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a page's publication date is found, page shape by page shape, on invented pages. */
class PageDateTest {

    private static final String PROSE = "<div><p>The keepers of the coast met in the old hall, where they spoke for an hour"
            + " about lamps, weather and the price of oil, and went home late.</p></div>";

    static String page(String name) throws IOException {
        try (InputStream in = PageDateTest.class.getResourceAsStream("html/dates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String published(String html) {
        return HtmlArticle.read(html.getBytes(StandardCharsets.UTF_8), null).published();
    }

    @ParameterizedTest
    @CsvSource({
        "published-line.html, 2025-02-03T14:05",
        "updated-then-published.html, 2025-02-03",
        "updated-only.html, 2025-02-05",
        "date-under-headline.html, 2025-03-10",
        "german-byline.html, 2025-03-04",
        "meta-without-time-suffix.html, 2024-11-20T07:00:00Z",
        "jsonld-placeholder-year.html, 2023-04-08",
        "jsonld-graph.html, 2022-06-15T09:30:00+02:00",
        "time-relative-in-header.html, 2025-01-09T18:20:00+00:00",
        "date-opens-main-text.html, 2024-08-22",
    })
    void eachPageShapeGivesTheDateAReaderSees(String name, String expected) throws IOException {
        assertEquals(expected, published(page(name)), name);
    }

    @Test
    void aPageWithDatesOnlyInItsBodyCopyrightRelatedListAndAgeIsUndated() throws IOException {
        assertNull(published(page("undated.html")),
                "body sentences, a heading about an event, a copyright year, a related list and '3 hours ago' date nothing");
    }

    @Test
    void theBodysClassNamesDescribeThePageAndHideNoTimeInIt() {
        String html = "<html><body class=\"theme-x mobile-nav-left offcanvas-sidebar-on\"><article><header><h1>Head</h1>"
                + "<ul class=\"entry-meta\"><li><time class=\"updated\" datetime=\"2022-03-04T05:06:07+00:00\">March 4, 2022</time></li></ul>"
                + "</header>" + PROSE + "</article></body></html>";
        assertEquals("2022-03-04T05:06:07+00:00", published(html));
        // The same time inside a part of the page named for navigation is still elsewhere.
        String inNav = html.replace("<ul class=\"entry-meta\">", "<ul class=\"nav-list\">");
        assertNotEquals("2022-03-04T05:06:07+00:00", published(inNav));
    }

    @Test
    void everyMetaKeyOfTheDataFileGivesTheDate() {
        assertTrue(PageDate.META.size() >= 20);
        for (String key : PageDate.META) {
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String html = "<html><head><meta " + attr + "=\"" + key + "\" content=\"2023-09-15T06:14:22+03:00\"></head>"
                        + "<body><h1>Head</h1>" + PROSE + "</body></html>";
                assertEquals("2023-09-15T06:14:22+03:00", published(html), key + " as " + attr);
            }
        }
    }

    @Test
    void metaKeysAreTakenInTheFilesOrderAndImplausibleOnesSkipped() {
        String html = "<html><head><meta name=\"date\" content=\"2020-01-01\">"
                + "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
                + "<meta name=\"pubdate\" content=\"2021-02-02\"><meta name=\"publish-date\" content=\"not a date\"></head>"
                + "<body><h1>Head</h1>" + PROSE + "</body></html>";
        assertEquals("2021-02-02", published(html), "year 0001 refused, text refused, then pubdate before date");
        assertEquals(0, PageDate.META.indexOf("article:published_time"));
        assertEquals(PageDate.META.size() - 1, PageDate.META.indexOf("date"), "the bare name 'date' is trusted least");
    }

    @Test
    void everyPublishedCueOutranksAnUncuedDateAndEveryUpdatedCueRanksLast() {
        for (String cue : lines("published-cues.txt")) {
            String html = "<html><body><h1>Head of the story</h1><p>Tilda Marsh 1 January 2024</p><p>"
                    + cue + " 3 February 2025</p><p>updated 9 February 2025</p>" + PROSE + "</body></html>";
            assertEquals("2025-02-03", published(html), cue);
        }
        for (String cue : lines("updated-cues.txt")) {
            String html = "<html><body><h1>Head of the story</h1><p>" + cue + ": 9 February 2025</p><p>4 February 2025</p>"
                    + PROSE + "</body></html>";
            assertEquals("2025-02-04", published(html), cue);
            String alone = "<html><body><h1>Head of the story</h1><p>" + cue + ": 9 February 2025</p>" + PROSE + "</body></html>";
            assertEquals("2025-02-09", published(alone), cue + " alone");
        }
    }

    @Test
    void everyBylineWordIsNotProse() {
        for (String w : lines("byline-words.txt")) {
            assertEquals(0, PageDate.proseWords("Tilda Marsh " + w), w);
        }
        assertEquals(3, PageDate.proseWords("The lamp was lit"), "The is capitalised");
        assertEquals(0, PageDate.proseWords("Published on"), "a cue and a two-letter word");
        assertEquals(0, PageDate.proseWords("Von Tilda Marsch"));
        assertEquals(1, PageDate.proseWords("abc"));
        assertEquals(0, PageDate.proseWords("ab"));
    }

    @Test
    void cueWordsMatchWholeWordsOnly() {
        assertTrue(PageDate.PUBLISHED_CUE.matcher("Stand: ").find());
        assertFalse(PageDate.PUBLISHED_CUE.matcher("Standards ").find());
        assertFalse(PageDate.PUBLISHED_CUE.matcher("unposted").find());
        assertTrue(PageDate.UPDATED_CUE.matcher("Last  updated").find());
        assertTrue(PageDate.PUBLISHED_CUE.matcher("First published").find());
    }

    @Test
    void plausibleYearsRunFrom1800ToTheLatestYear() {
        assertTrue(PageDate.plausible("1800-01-01", 2026));
        assertFalse(PageDate.plausible("1799-12-31", 2026));
        assertTrue(PageDate.plausible("2026-12-31", 2026));
        assertFalse(PageDate.plausible("2027-01-01", 2026));
        assertFalse(PageDate.plausible("0001-01-01T00:00:00", 2026));
        assertFalse(PageDate.plausible("", 2026));
        assertFalse(PageDate.plausible(null, 2026));
        assertFalse(PageDate.plausible("yesterday", 2026));
        assertEquals(null, PageDate.fromLines(List.of("Head", "Published 3 February 2030"), "Head", 2026), "a future year");
        assertEquals("2025-02-03", PageDate.fromLines(List.of("Head", "Published 3 February 2025"), "Head", 2026));
    }

    @Test
    void theBylineWindowIsNearTheHeadline() {
        List<String> lines = List.of("Posted 1 March 2025", "a", "b", "c", "Head", "x", "x", "x", "x", "x", "x", "x", "x",
                "Posted 2 March 2025");
        assertNull(PageDate.fromLines(lines, "Head", 2026), "four lines before and nine after are too far");
        List<String> near = List.of("Posted 1 March 2025", "b", "c", "Head", "x", "x", "x", "x", "x", "x", "x", "Posted 2 March 2025");
        assertEquals("2025-03-01", PageDate.fromLines(near, "Head", 2026), "three lines before");
        List<String> after = List.of("Head", "x", "x", "x", "x", "x", "x", "x", "Posted 2 March 2025");
        assertEquals("2025-03-02", PageDate.fromLines(after, "Head", 2026), "eight lines after");
        assertNull(PageDate.fromLines(lines, "Missing", 2026), "no headline, no window");
        assertNull(PageDate.fromLines(lines, null, 2026));
    }

    @Test
    void longLinesAndSentencesAreNotBylines() {
        String longLine = "Posted 2 March 2025 " + "x".repeat(PageDate.LONGEST_LINE);
        assertNull(PageDate.fromLines(List.of("Head", longLine), "Head", 2026));
        assertNull(PageDate.fromLines(List.of("Head", "The video was posted on 2 March 2025."), "Head", 2026));
        assertNull(PageDate.fromLines(List.of("Head", "It opened on 2 March 2025."), "Head", 2026));
        assertEquals("2025-03-02", PageDate.fromLines(List.of("Head", "2 March 2025. By Tilda Marsh."), "Head", 2026));
        assertEquals("2025-03-02", PageDate.fromLines(List.of("Head", "Published on 2 March 2025."), "Head", 2026));
        assertNull(PageDate.fromLines(List.of("Head", "2 March 2025 was a cold day."), "Head", 2026));
        assertNull(PageDate.fromLines(List.of("Head", "Fair on 2 March 2025 brings keepers together"), "Head", 2026));
        assertEquals("2025-03-02", PageDate.fromLines(List.of("Head", "By Tilda Marsh, chief lamp writer, 2 March 2025"), "Head", 2026),
                "two prose words on a byline that is no sentence");
        assertNull(PageDate.fromLines(List.of("Head", "\u00A9 2 March 2025 Coast Gazette"), "Head", 2026));
        assertNull(PageDate.fromLines(List.of("Head", "March 2025"), "Head", 2026), "no day");
    }

    @Test
    void aTimeElementOutsideFurnitureBeforeTheLastLongParagraphDatesThePage() {
        String after = "<html><body><h1>Head</h1>" + PROSE + "<div><time datetime=\"2025-01-09\">Jan 9</time></div></body></html>";
        assertNull(published(after), "a <time> after the article's last long paragraph dates something else");
        String hidden = "<html><body><h1>Head</h1><div hidden><time datetime=\"2025-01-09\">x</time></div>" + PROSE + "</body></html>";
        assertNull(published(hidden));
        String bad = "<html><body><h1>Head</h1><time datetime=\"0001-01-01\">x</time><time datetime=\"2025-01-10\">y</time>"
                + PROSE + "</body></html>";
        assertEquals("2025-01-10", published(bad), "an implausible year is skipped for the next");
        String marked = "<html><body><h1>Head</h1><time datetime=\"2025-01-09\">x</time>"
                + "<time pubdate>2025-01-11</time>" + PROSE + "</body></html>";
        assertEquals("2025-01-11", published(marked), "a <time> marked as the publication time comes first");
        String inArticle = "<html><body><header><time datetime=\"2025-01-09\">x</time></header><article>"
                + "<time datetime=\"2025-01-12\">y</time>" + PROSE + "</article></body></html>";
        assertEquals("2025-01-12", published(inArticle), "the article's own <time> comes before the header's");
        String noProse = "<html><body><h1>Head</h1><time datetime=\"2025-01-09\">x</time><p>Short.</p></body></html>";
        assertNull(published(noProse), "no long paragraph, no main text to stand before");
    }

    @Test
    void everyElsewhereNameHidesItsDates() {
        for (String w : lines("elsewhere-names.txt")) {
            String html = "<html><body><h1>Head</h1><div class=\"box-" + w + "\"><time datetime=\"2025-01-09\">x</time>"
                    + "<p>Posted 9 January 2025</p></div>" + PROSE + "</body></html>";
            assertNull(published(html), w);
        }
        String kept = "<html><body><h1>Head</h1><div class=\"box-story\"><time datetime=\"2025-01-09\">x</time></div>"
                + PROSE + "</body></html>";
        assertEquals("2025-01-09", published(kept), "a block with none of the words keeps its date");
    }

    static List<String> lines(String resource) {
        try (InputStream in = PageDate.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void headlineIsTheFirstH1OutsideFurnitureElseTheTitle() {
        assertEquals("Real head", PageDate.headline(Jsoup.parse("<nav><h1>Site</h1></nav><h1>Real  head</h1>")));
        assertEquals("Page title", PageDate.headline(Jsoup.parse("<title>Page title</title><p>x</p>")));
        assertEquals("OG", PageDate.headline(Jsoup.parse("<meta property=og:title content=OG><title>T</title>")));
        assertNull(PageDate.headline(Jsoup.parse("<p>x</p>")));
    }
}
