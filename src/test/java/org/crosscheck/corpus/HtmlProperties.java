package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The page reader keeps an article's paragraphs, and only them, whatever page furniture surrounds
 * them or sits between them: navigation, link lists, footers, scripts, cookie notices, comments,
 * hidden blocks and forms.
 */
class HtmlProperties {

    @Provide
    Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9);
    }

    /** A sentence-like paragraph of 12 to 40 words, with commas and a full stop. */
    @Provide
    Arbitrary<String> paragraph() {
        return word().list().ofMinSize(12).ofMaxSize(40).map(ws -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ws.size(); i++) {
                sb.append(i == 0 ? Character.toUpperCase(ws.get(i).charAt(0)) + ws.get(i).substring(1) : ws.get(i));
                sb.append(i == ws.size() - 1 ? "." : i % 7 == 6 ? ", " : " ");
            }
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<String> furniture() {
        Arbitrary<String> links = word().list().ofMinSize(1).ofMaxSize(8)
                .map(ws -> String.join("", ws.stream().map(w -> "<li><a href=\"/" + w + "\">" + w + " " + w + "</a></li>").toList()));
        return Arbitraries.oneOf(
                links.map(l -> "<nav><ul>" + l + "</ul></nav>"),
                links.map(l -> "<aside><h3>Most read</h3><ol>" + l + "</ol></aside>"),
                links.map(l -> "<div class=\"related-links\"><ul>" + l + "</ul></div>"),
                paragraph().map(p -> "<footer><p>" + p + "</p></footer>"),
                paragraph().map(p -> "<script>var s = \"" + p + "\";</script>"),
                paragraph().map(p -> "<div class=\"cookie-consent\">" + p + " <button>OK</button></div>"),
                paragraph().map(p -> "<section id=\"comments\"><p>" + p + "</p></section>"),
                paragraph().map(p -> "<div hidden><p>" + p + "</p></div>"),
                paragraph().map(p -> "<form><input value=\"" + p + "\"><textarea>" + p + "</textarea></form>"));
    }

    @Property(tries = 300)
    void furnitureAroundAnArticleNeverChangesItsText(
            @ForAll("articles") List<String> paragraphs,
            @ForAll("furnitureList") List<String> before,
            @ForAll("furnitureList") List<String> after,
            @ForAll("furnitureList") List<String> inside) {
        StringBuilder page = new StringBuilder("<html><head><title>t</title></head><body>");
        before.forEach(page::append);
        page.append("<article>");
        for (int i = 0; i < paragraphs.size(); i++) {
            page.append("<p>").append(StringEscapeUtils.escapeHtml4(paragraphs.get(i))).append("</p>");
            if (i < inside.size()) {
                page.append(inside.get(i));
            }
        }
        page.append("</article>");
        after.forEach(page::append);
        page.append("</body></html>");
        HtmlArticle.Page read = HtmlArticle.read(page.toString().getBytes(StandardCharsets.UTF_8), null);
        assertEquals(paragraphs, read.paragraphs(), page::toString);
    }

    @Provide
    Arbitrary<List<String>> articles() {
        return paragraph().list().ofMinSize(2).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> furnitureList() {
        return furniture().list().ofMaxSize(4);
    }
}
