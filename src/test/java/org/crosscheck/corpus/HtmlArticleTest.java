package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleTest.class.getResourceAsStream("html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewsPageGivesItsArticleAndNothingElse() throws IOException {
        HtmlArticle.Page page = HtmlArticle.read(resource("news-page.html").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(resource("news-page.expected.txt").strip(), page.text(),
                "navigation, cookie notice, byline, ads, caption, hidden text, related links, comments and footer are left out");
        assertEquals("Storm closes port for two days", page.title());
        assertEquals("Harbour Times", page.source());
        assertEquals("2024-03-05T08:30:00+01:00", page.published(), "the article's own meta tag comes before JSON-LD");
        assertTrue(page.notes().isEmpty(), "nothing had to be repaired: " + page.notes());
    }

    @Test
    void datesAndOutletsFromJsonLdTimeElementsOrTheAddress() {
        String jsonLd = "<html><head><script type=\"application/ld+json\">[{\"@graph\": [{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2021-04-13T00:27:00Z\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Daily Example\"}}]}]"
                + "</script></head><body><p>" + "A sentence of the article, long enough to count. ".repeat(3) + "</p></body></html>";
        HtmlArticle.Page a = HtmlArticle.read(jsonLd.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("2021-04-13T00:27:00Z", a.published());
        assertEquals("Daily Example", a.source());

        String time = "<html><body><article><time datetime=\"2020-01-02\">2 January</time><p>"
                + "Another article sentence, long enough to be a paragraph. ".repeat(3) + "</p></article></body></html>";
        HtmlArticle.Page b = HtmlArticle.read(time.getBytes(StandardCharsets.UTF_8), "https://www.news.example/x");
        assertEquals("2020-01-02", b.published());
        assertEquals("news.example", b.source(), "the host of the page's address, without www.");

        String sidebar = "<html><body><aside><time datetime=\"2019-05-05\">5 May</time> Older story</aside><div><p>"
                + "An undated article sentence, long enough to be a paragraph. ".repeat(3) + "</p></div></body></html>";
        assertNull(HtmlArticle.read(sidebar.getBytes(StandardCharsets.UTF_8), null).published(),
                "a <time> outside the article may date another story, so it is not the article's date");

        String broken = "<html><head><script type=\"application/ld+json\">{\"datePublished\": [[[[</script>"
                + "<meta property=\"og:site_name\" content=\"https://www.site.example\"></head><body><p>Text.</p></body></html>";
        HtmlArticle.Page c = HtmlArticle.read(broken.getBytes(StandardCharsets.UTF_8), null);
        assertNull(c.published(), "malformed JSON-LD is ignored, not fatal");
        assertEquals("site.example", c.source(), "a site name that is an address is shortened to its host");
    }

    @Test
    void aDeclaredCharsetIsHonouredAndSaid() {
        Charset cp1252 = Charset.forName("windows-1252");
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201CThe caf\u00E9 reopens on Monday,\u201D"
                + " the owner said, long after the flood.</p></body></html>";
        HtmlArticle.Page page = HtmlArticle.read(html.getBytes(cp1252), null);
        assertEquals("\u201CThe caf\u00E9 reopens on Monday,\u201D the owner said, long after the flood.", page.text());
        assertEquals(List.of("decoded as windows-1252, as the page declares"), page.notes());

        HtmlArticle.Page http = HtmlArticle.read(html.replace("windows-1252", "utf-8").getBytes(cp1252), null, cp1252);
        assertTrue(http.text().contains("caf\u00E9"), "the HTTP response's charset outranks the page's own");

        byte[] invalid = "<p>Bad byte \u00FF here.</p>".getBytes(StandardCharsets.ISO_8859_1);
        HtmlArticle.Page repaired = HtmlArticle.read(invalid, null);
        assertTrue(repaired.text().contains("\uFFFD"));
        assertFalse(repaired.notes().isEmpty(), "invalid UTF-8 is repaired and recorded");
    }

    @Test
    void noEntityIsDeclaredOrFetchedAndNoDtdIsLoaded(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Entity: &xxe; and laughs: &lol3; end of the text.</p>"
                + "<p>DTD: <!DOCTYPE x SYSTEM \"http://127.0.0.1:1/never.dtd\"> still text.</p></body></html>";
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path page = pages.resolve("page.xhtml");
        Files.writeString(page, xxe);
        HtmlArticle.Page p = HtmlArticle.read(Files.readAllBytes(page), page.toUri().toString());
        assertFalse(p.text().contains("TOP-SECRET"), "an external entity is never read: " + p.text());
        assertTrue(p.text().contains("&xxe;"), "an undeclared entity stays as written: " + p.text());
        assertTrue(p.text().contains("&lol3;"), "entities are never expanded: " + p.text());
        assertTrue(p.text().length() < 200, "nothing grew");

        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        try {
            Corpus.open(List.of(pages), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, errors::add);
        } catch (Corpus.MissingPathException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of("page"), docs.stream().map(Document::id).toList(), "an .xhtml page is an article: " + errors);
        assertFalse(docs.get(0).text().contains("TOP-SECRET"));
    }

    @Test
    void oneLongCommentBesideShortParagraphsIsStillAComment() {
        // Found by HtmlProperties: the comment held the page's only long paragraph, which once saved it as a wrapper.
        String html = "<html><body><article><p>Aa aa aa aa aa aa aa, aa aa aa aa aa.</p><section id=\"comments\"><p>"
                + "Aa aa aa aa aa aa aa, aa aa aa aa aa aa aa, aa aa aa aaa aaa aaaaa aaaaa, aaaaa.</p></section>"
                + "<p>Bb bb bb bb bb bb bb, bb bb bb bb bb.</p></article></body></html>";
        assertEquals(List.of("Aa aa aa aa aa aa aa, aa aa aa aa aa.", "Bb bb bb bb bb bb bb, bb bb bb bb bb."),
                HtmlArticle.read(html.getBytes(StandardCharsets.UTF_8), null).paragraphs());
    }

    @Test
    void scriptsStylesAndTemplatesNeverBecomeText() {
        String html = "<html><body><p>Officials said <script>alert('x')</script>the bridge <style>p{}</style>will reopen"
                + "<template><p>template text</p></template> in May, after repairs.</p><noscript>Enable JavaScript</noscript></body></html>";
        HtmlArticle.Page page = HtmlArticle.read(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Officials said the bridge will reopen in May, after repairs.", page.text());
    }

    @Test
    void deepNestingAndUnclosedTagsAreReadWithoutRecursion() {
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(20_000)).append("<p>The text at the bottom of twenty thousand blocks, long enough.</p>");
        deep.append("<b><i>".repeat(5_000)).append("Unclosed formatting, long enough to be a paragraph of its own.");
        HtmlArticle.Page page = HtmlArticle.read(deep.toString().getBytes(StandardCharsets.UTF_8), null);
        assertTrue(page.text().contains("The text at the bottom of twenty thousand blocks"), page.text());
    }

    @Test
    void pagesInAFolderAreArticlesWithTheirFields(@TempDir Path dir) throws Exception {
        byte[] html = resource("news-page.html").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("storm.html"), html);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("storm-copy.htm.gz")))) {
            out.write(html);
        }
        Files.writeString(dir.resolve("empty.html"), "<html><head><title></title></head><body><nav><a href=/>Home</a></nav></body></html>");
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Corpus.open(List.of(dir), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, errors::add);
        assertEquals(List.of("storm-copy", "storm"), docs.stream().map(Document::id).toList(), "in path order");
        Document d = docs.get(1);
        assertEquals(resource("news-page.expected.txt").strip(), d.text());
        assertEquals("Harbour Times", d.source());
        assertEquals("2024-03-05T08:30:00+01:00", d.published());
        assertEquals(d.text(), docs.get(0).text(), "gzip-compressed pages read the same");
        assertTrue(d.readNotes().stream().anyMatch(n -> n.contains("evidence offsets count in that text")), d.readNotes().toString());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("no article text found in this HTML page", errors.get(0).message());
        assertTrue(errors.get(0).path().endsWith("empty.html"));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(bytes);
        }
        return b.toByteArray();
    }

    @Test
    void jsonValuesAreFoundBreadthFirstUpToTheirNumber() throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"@graph\": [{\"inner\": {\"k\": \"deep\"}}, {\"k\": \"second\"}], \"k\": \"top\"}");
        assertEquals(List.of("top", "second", "deep"),
                HtmlArticle.jsonValues(root, "k", Integer.MAX_VALUE).stream().map(n -> n.asText()).toList());
        assertEquals(List.of("top", "second"), HtmlArticle.jsonValues(root, "k", 2).stream().map(n -> n.asText()).toList());
        assertEquals(List.of(), HtmlArticle.jsonValues(root, "k", 0));
        assertEquals(List.of(), HtmlArticle.jsonValues(root, "absent", Integer.MAX_VALUE));
        // No more than 10,000 nodes are visited: a value behind them is not found.
        StringBuilder wide = new StringBuilder("[");
        for (int i = 0; i < 9_999; i++) {
            wide.append(i).append(',');
        }
        wide.append("{\"k\": 1}]");
        assertEquals(List.of(), HtmlArticle.jsonValues(new com.fasterxml.jackson.databind.ObjectMapper().readTree(wide.toString()),
                "k", Integer.MAX_VALUE));
        StringBuilder within = new StringBuilder("[");
        for (int i = 0; i < 9_998; i++) {
            within.append(i).append(',');
        }
        within.append("{\"k\": 1}]");
        assertEquals(1, HtmlArticle.jsonValues(new com.fasterxml.jackson.databind.ObjectMapper().readTree(within.toString()),
                "k", Integer.MAX_VALUE).size());
    }

    @Test
    void aLinkInAParagraphIsKeptAndAListOfLinksIsLeftOut() {
        String prose = "<p>The harbour board of Orvale met on Tuesday, and its chair said the new quay would open in spring, "
                + "after two years of work, <a href='/q'>according to the published plan</a>, at a cost of four million.</p>";
        String html = "<html><body><article>" + prose + prose.replace("Tuesday", "Wednesday")
                + "<ul><li><a href='/a'>Ferry fares rise again in the northern ports</a></li>"
                + "<li><a href='/b'>Storm closes the coast road for a second day</a></li></ul></article></body></html>";
        List<String> paragraphs = HtmlArticle.read(html, null, new ArrayList<>()).paragraphs();
        assertEquals(2, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(0).contains(", according to the published plan, at a cost"), paragraphs.get(0));
    }
}
