package org.crosscheck.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in an HTML page: its title, outlet, publication date and main text, the text as
 * paragraphs separated by blank lines like a plain-text article.
 *
 * <p>The page is parsed by jsoup's HTML parser, which knows HTML's named character references
 * and nothing else: a DOCTYPE is a node like any other, no DTD is ever loaded and no entity is
 * declared or fetched. The main text is found the way readers of the web have long found it:
 * drop what is never article text (scripts, navigation, forms, hidden and boilerplate-named
 * blocks), score each block that holds paragraphs by the paragraphs' length and commas, weigh it
 * down by how much of its text is links, and take the best block with those of its siblings that
 * score nearly as well. Every walk over the tree is iterative and each node is visited a bounded
 * number of times, so a page of 100,000 nested tags costs no more than its size.
 */
public final class HtmlArticle {

    /** What a page gives: its fields may be null when the page does not say. */
    public record Page(String title, String source, String published, List<String> paragraphs, List<String> notes) {
        public Page {
            paragraphs = List.copyOf(paragraphs);
            notes = List.copyOf(notes);
        }

        /** The title, a blank line and the paragraphs: the layout of a plain-text article. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            if (title != null && !title.isBlank()) {
                sb.append(title).append("\n\n");
            }
            sb.append(String.join("\n\n", paragraphs));
            return sb.toString().strip();
        }
    }

    /** Never article text, whatever the page calls it. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea", "nav", "aside",
            "footer", "header", "dialog", "menu", "head", "video", "audio", "map");

    /** Words in a class or id that mark page furniture rather than the article. */
    private static final Set<String> FURNITURE = Set.of("comment", "comments", "share", "sharing", "social", "related",
            "recommended", "recommendations", "newsletter", "promo", "advert", "advertisement", "ad", "ads", "sponsor",
            "sponsored", "cookie", "cookies", "consent", "subscribe", "subscription", "paywall", "sidebar",
            "breadcrumb", "breadcrumbs", "footer", "masthead", "menu", "popup", "modal", "outbrain", "taboola",
            "popular", "trending", "tags", "signup", "banner", "disclaimer", "copyright", "toolbar", "pagination",
            "caption", "credit", "byline", "dateline", "timestamp", "meta", "hidden", "visually-hidden", "sr-only");

    /** Words in a class or id that save a block from {@link #FURNITURE}: "article-body ad-free" stays. */
    private static final Set<String> CONTENT = Set.of("article", "body", "content", "main", "story", "text", "post",
            "entry", "prose", "articlebody", "article-body", "story-body");

    /** Elements whose text is a paragraph of its own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figcaption", "figure", "address", "center", "hr", "br", "body", "html");

    /** Elements scored as paragraphs. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td");

    private static final int MIN_PARAGRAPH = 25;

    /** A paragraph long enough to be article prose rather than a caption or a teaser. */
    private static final int LONG_PARAGRAPH = 80;

    /**
     * The mapper for JSON-LD blocks, made when a page holds one: {@link #isHtmlName} is asked of
     * every input file, and building a mapper with this class would load Jackson (some 60 ms of
     * CPU, most of it a date format's locale data) in every run, of plain-text files too.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(1 << 20).maxNestingDepth(64).maxNumberLength(64).build())
                .build()).build();
    }

    private HtmlArticle() {
    }

    /** Reads a page from its bytes; {@code url} (may be null) names it, and gives the outlet when the page does not. */
    public static Page read(byte[] bytes, String url) {
        return read(bytes, url, null);
    }

    /** Reads a page whose charset its HTTP response may have named ({@code httpCharset}, may be null). */
    public static Page read(byte[] bytes, String url, Charset httpCharset) {
        List<String> notes = new ArrayList<>();
        String html = decode(bytes, httpCharset, notes);
        return read(html, url, notes);
    }

    /** Reads a page already decoded. */
    public static Page read(String html, String url, List<String> notes) {
        Parser parser = Parser.htmlParser();
        org.jsoup.nodes.Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
        String published = published(doc);
        String title = title(doc);
        String source = source(doc, url);
        strip(doc);
        List<String> paragraphs = mainText(doc, title);
        return new Page(title, source, published, paragraphs, notes);
    }

    // ---- decoding ------------------------------------------------------------------------------

    /**
     * UTF-8 (or UTF-16 by byte-order mark) through {@link TextDecoder}, unless the HTTP response or
     * the page's first kilobytes declare another charset that this Java knows, as in
     * {@code <meta charset="windows-1252">}. A byte-order mark outranks both, as in browsers.
     */
    static String decode(byte[] bytes, Charset httpCharset, List<String> notes) {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
        Charset declared = bom ? null : httpCharset != null ? httpCharset : declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.name().startsWith("UTF-16")) {
            notes.add("decoded as " + declared.name() + ", as the " + (httpCharset != null ? "HTTP response" : "page") + " declares");
            return new String(bytes, declared).replace('\0', '\uFFFD');
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        notes.addAll(d.notes());
        return d.text();
    }

    /** The charset named by a {@code charset=} in the first 2,048 bytes, or null. */
    static Charset declaredCharset(byte[] bytes) {
        int n = Math.min(bytes.length, 2048);
        return charsetIn(new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
    }

    /**
     * The first charset named by {@code charset=} (quoted or not) in {@code text}, a page's head or
     * an HTTP Content-Type; null when none is named or this Java does not know it.
     */
    static Charset charsetIn(String text) {
        String head = text.toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset");
        while (at >= 0) {
            int i = at + "charset".length();
            while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '=' || head.charAt(i) == '"'
                    || head.charAt(i) == '\'')) {
                i++;
            }
            int start = i;
            while (i < head.length() && i - start < 40 && (Character.isLetterOrDigit(head.charAt(i))
                    || head.charAt(i) == '-' || head.charAt(i) == '_' || head.charAt(i) == ':' || head.charAt(i) == '.')) {
                i++;
            }
            if (i > start && head.substring(at, start).indexOf('=') >= 0) {
                try {
                    return Charset.forName(head.substring(start, i));
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
            at = head.indexOf("charset", at + 1);
        }
        return null;
    }

    // ---- what the page says of itself ---------------------------------------------------------

    /** The page's publication date: see {@link PageDate} for where it is sought and in what order. */
    static String published(org.jsoup.nodes.Document doc) {
        return PageDate.of(doc, jsonLdBlocks(doc), java.time.Year.now().getValue() + 1);
    }

    static String title(org.jsoup.nodes.Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        String t = og == null ? "" : og.attr("content");
        if (t.isBlank()) {
            Element h1 = doc.selectFirst("article h1, main h1, h1");
            t = h1 == null ? "" : h1.text();
        }
        if (t.isBlank()) {
            t = doc.title();
        }
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String source(org.jsoup.nodes.Document doc, String url) {
        Element site = doc.selectFirst("meta[property=og:site_name], meta[name=application-name]");
        if (site != null && !site.attr("content").isBlank()) {
            String name = site.attr("content").strip();
            return name.startsWith("http://") || name.startsWith("https://") ? host(name) : name;
        }
        String publisher = jsonLdPublisher(doc);
        if (publisher != null) {
            return publisher;
        }
        Element canonical = doc.selectFirst("link[rel=canonical], meta[property=og:url]");
        String address = canonical == null ? url : firstNonEmpty(canonical.attr("href"), canonical.attr("content"), url == null ? "" : url);
        return host(address);
    }

    static String host(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            String h = new URI(address.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String jsonLdPublisher(org.jsoup.nodes.Document doc) {
        for (JsonNode root : jsonLdBlocks(doc)) {
            JsonNode p = find(root, "publisher");
            if (p != null && p.isObject() && p.path("name").isTextual() && !p.path("name").asText().isBlank()) {
                return p.path("name").asText().strip();
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLdBlocks(org.jsoup.nodes.Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                out.add(Json.MAPPER.readTree(s.data()));
            } catch (java.io.IOException | RuntimeException malformed) {
                // A page's broken metadata is not the article's problem; the other sources of a date remain.
            }
        }
        return out;
    }

    /** The first value of {@code field} breadth first (see {@link #jsonValues}), or null. */
    private static JsonNode find(JsonNode root, String field) {
        List<JsonNode> found = jsonValues(root, field, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The values of {@code field}, breadth first through objects and arrays, at most {@code most} of
     * them; each node is visited once, and no more than 10,000 nodes are, however large the block.
     */
    static List<JsonNode> jsonValues(JsonNode root, String field, int most) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int visited = 0;
        while (out.size() < most && !queue.isEmpty() && visited++ < 10_000) {
            JsonNode n = queue.poll();
            if (n.isObject() && n.has(field)) {
                out.add(n.get(field));
            }
            if (n.isContainerNode()) {
                n.forEach(queue::add);
            }
        }
        return out;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    // ---- removing what is not article text ----------------------------------------------------

    /** Removes elements that are never article text by their tag, role or hiding, in one pass over the elements. */
    static void strip(org.jsoup.nodes.Document doc) {
        removeAll(doc.getAllElements().stream().filter(HtmlArticle::isNeverText).toList());
    }

    /**
     * Removes blocks whose class or id names page furniture ("related", "share", "ad"), unless
     * a content word saves them ("article-body ad-free") or they hold the article: a wrapper called
     * "Page-ad-margins" around the whole article is not an ad. Holding the article is being an
     * ancestor of the page's {@code <article>}, {@code <main>} or article body, or holding two or
     * more long paragraphs that are half or more of the page's; one long comment beside an article
     * of short paragraphs is still a comment.
     */
    private static boolean stripFurniture(Element body, Map<Element, int[]> lengths) {
        Set<Element> wrappers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marked : body.select("article, main, [itemprop=articleBody]")) {
            for (Element up = marked; up != null && up != body && wrappers.add(up); up = up.parent()) {
                // each ancestor once: the walk stops where an earlier one joined the set
            }
        }
        int all = paragraphs(lengths, body);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            int held = paragraphs(lengths, e);
            boolean wraps = wrappers.contains(e) || (held >= 2 && held * 2 >= all);
            if (e != body && isFurnitureByName(e) && !wraps) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
        return !doomed.isEmpty();
    }

    // Removing a parent first detaches its children with it; removing a detached child is harmless.
    private static void removeAll(List<Element> doomed) {
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean isNeverText(Element e) {
        String tag = e.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        if (DROPPED.contains(tag)) {
            return true;
        }
        if (BlockText.isHidden(e)) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog");
    }

    private static boolean isFurnitureByName(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        boolean furniture = false;
        for (String word : names.split("[\\s_]+|(?<=[a-z])-+(?=[a-z])")) {
            if (CONTENT.contains(word)) {
                return false;
            }
            furniture |= FURNITURE.contains(word);
        }
        return furniture;
    }

    // ---- finding the main text ----------------------------------------------------------------

    /** Text length, link-text length and long paragraphs under each element, counted in one post-order walk. */
    private static Map<Element, int[]> lengths(Element root) {
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int text;
                int links;
                int paragraphs;
                if (node instanceof TextNode t) {
                    text = t.text().strip().length();
                    links = 0;
                    paragraphs = 0;
                } else if (node instanceof Element e) {
                    int[] own = lengths.computeIfAbsent(e, k -> new int[3]);
                    if (e.normalName().equals("a")) {
                        own[1] = own[0];
                    } else if (e.normalName().equals("p") && own[0] >= LONG_PARAGRAPH) {
                        own[2]++;
                    }
                    text = own[0];
                    links = own[1];
                    paragraphs = own[2];
                } else {
                    return;
                }
                Node parent = node.parentNode();
                if (parent instanceof Element p && node != root) {
                    int[] up = lengths.computeIfAbsent(p, k -> new int[3]);
                    up[0] += text;
                    up[1] += links;
                    up[2] += paragraphs;
                }
            }
        }, root);
        return lengths;
    }

    static List<String> mainText(org.jsoup.nodes.Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Map<Element, int[]> lengths = lengths(body);
        if (stripFurniture(body, lengths)) {
            lengths = lengths(body);
        }
        Map<Element, Double> scores = scores(body, lengths);
        Element declared = doc.selectFirst("[itemprop=articleBody]");
        Element top = declared != null && length(lengths, declared) >= 200 ? declared : best(body, scores, lengths);
        List<Element> parts = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || top == body || top == declared) {
            parts.add(top);
        } else {
            double threshold = Math.max(10, weighted(top, scores, lengths) * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == top || weighted(sibling, scores, lengths) >= threshold
                        || isStrongParagraph(sibling, lengths)) {
                    parts.add(sibling);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element part : parts) {
            paragraphs(part, lengths, paragraphs);
        }
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs.remove(0);
        }
        return paragraphs;
    }

    /** Each paragraph's weight, given whole to its parent and half to its grandparent. */
    private static Map<Element, Double> scores(Element body, Map<Element, int[]> lengths) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!PARAGRAPHS.contains(e.normalName())) {
                // Text written straight into a block, paragraphs split by <br><br>, counts as the block's own paragraph.
                String own = ownText(e);
                if (own.length() >= LONG_PARAGRAPH) {
                    double s = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
                    score.merge(e, s, Double::sum);
                    if (e.parent() != null) {
                        score.merge(e.parent(), s / 2, Double::sum);
                    }
                }
                continue;
            }
            int len = length(lengths, e);
            if (len < MIN_PARAGRAPH) {
                continue;
            }
            double s = 1 + commas(e.text()) + Math.min(len / 100.0, 3);
            Element p = e.parent();
            if (p != null) {
                score.merge(p, s, Double::sum);
                Element g = p.parent();
                if (g != null) {
                    score.merge(g, s / 2, Double::sum);
                }
            }
        }
        return score;
    }

    /** The best-scoring block; the first in page order among equals. */
    private static Element best(Element body, Map<Element, Double> scores, Map<Element, int[]> lengths) {
        Element top = body;
        double topScore = 0;
        for (Element e : body.getAllElements()) {
            double s = weighted(e, scores, lengths);
            if (s > topScore) {
                top = e;
                topScore = s;
            }
        }
        return top;
    }

    private static double weighted(Element e, Map<Element, Double> scores, Map<Element, int[]> lengths) {
        return scores.getOrDefault(e, 0.0) * (1 - density(lengths, e));
    }

    private static boolean isStrongParagraph(Element e, Map<Element, int[]> lengths) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        int len = length(lengths, e);
        double d = density(lengths, e);
        return (len > 80 && d < 0.25) || (len > 0 && len <= 80 && d == 0 && e.text().matches(".*[.!?]\\s*$"));
    }

    private static int paragraphs(Map<Element, int[]> lengths, Element e) {
        int[] l = lengths.get(e);
        return l == null ? 0 : l[2];
    }

    /** The text nodes directly under {@code e}, joined. */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text().strip()).append(' ');
            }
        }
        return sb.toString().strip();
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static int length(Map<Element, int[]> lengths, Element e) {
        int[] l = lengths.get(e);
        return l == null ? 0 : l[0];
    }

    private static double density(Map<Element, int[]> lengths, Element e) {
        int[] l = lengths.get(e);
        return l == null || l[0] == 0 ? 0 : (double) l[1] / l[0];
    }

    /**
     * The paragraphs under {@code root}, in page order: text is gathered until a block element
     * opens or closes; blocks that are mostly links (lists of related headlines) are left out.
     */
    private static void paragraphs(Element root, Map<Element, int[]> lengths, List<String> out) {
        out.addAll(new BlockText(BLOCKS, e -> BLOCKS.contains(e.normalName()) && isLinkList(e, lengths), true, true,
                Integer.MAX_VALUE).of(root));
    }

    private static boolean isLinkList(Element e, Map<Element, int[]> lengths) {
        int len = length(lengths, e);
        return len > 0 && density(lengths, e) > 0.5 && !e.normalName().equals("p");
    }

    /** Collapses runs of white space (including non-breaking spaces) to one space. */
    static String collapse(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether a file name is an HTML page this reader takes. */
    static boolean isHtmlName(String lowerName) {
        String n = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }
}
