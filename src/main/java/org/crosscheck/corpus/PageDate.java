package org.crosscheck.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.DateTimeMatch;
import org.crosscheck.text.DateTimeParser;
import org.crosscheck.text.Lexicon;
import org.jsoup.nodes.Element;

/**
 * A page's publication date as its publisher states it, sought in a fixed order of trust:
 * <ol>
 * <li>the page's metadata: the meta names and properties of {@code published-meta.txt}, in that
 * file's order, then JSON-LD {@code datePublished} (in {@code @graph}s and arrays too);</li>
 * <li>a {@code <time>} marked as the publication time ({@code itemprop=datePublished},
 * {@code pubdate}), then the first {@code <time datetime>} of the article, then the first one
 * outside page furniture (navigation, asides, footers, related-story lists) that stands before the
 * page's last long paragraph: a header's date whose visible text is "1 day ago" is dated by its
 * attribute;</li>
 * <li>a short line near the headline that holds a full date (day, month and year), the byline or
 * date line a reader sees under it ("Published 4 March 2025, 10:12", "By A. Writer | 4 March
 * 2025"), or the main text's first line when it is a date alone or a date before the author. A date
 * after a cue of {@code published-cues.txt} comes first; a date after a cue of
 * {@code updated-cues.txt} comes only when no other date is there.</li>
 * </ol>
 * A date whose year is before 1800 or after next year is refused wherever it stands (placeholder
 * years such as 0001 in structured data). A line that reads as a sentence of the article (it ends
 * as a sentence does and words other than a cue come before its date), a copyright line and a
 * relative age ("2 hours ago") never give the date.
 */
final class PageDate {

    /** Meta keys that give a publication date, in order of trust. */
    static final List<String> META = List.copyOf(Lexicon.wordsAsWritten(PageDate.class, "published-meta.txt")
            .stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());

    static final Pattern PUBLISHED_CUE = cues("published-cues.txt");
    static final Pattern UPDATED_CUE = cues("updated-cues.txt");

    /** Lower-case words of a byline that are not prose ("by", "staff", "writer"). */
    static final Set<String> BYLINE_WORDS = Lexicon.wordsAsWritten(PageDate.class, "byline-words.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** How many prose words a line that does not end as a sentence may hold beside its date ("staff photographer"). */
    static final int PROSE_WORDS = 2;

    static final int FIRST_YEAR = 1800;

    /** How many lines before and after the headline may hold its byline. */
    static final int LINES_BEFORE = 3;
    static final int LINES_AFTER = 8;

    /** A byline or date line is short; a longer line is article prose. */
    static final int LONGEST_LINE = 160;

    private static final Pattern COPYRIGHT = Pattern.compile("\u00A9|\\(c\\)|copyright|all rights reserved", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026\"\u201D']\\s*$");

    /** Tags whose text is never a page's byline. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea", "nav", "aside", "footer",
            "dialog", "menu", "head", "video", "audio", "map", "form");

    /** Words in a class or id that mark a block about other stories, whose dates are theirs. */
    static final Set<String> ELSEWHERE = Lexicon.wordsAsWritten(PageDate.class, "elsewhere-names.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> LINE_BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
            "th", "figcaption", "figure", "address", "center", "hr", "br", "body", "html", "time");

    private static final int MAX_LINES = 2_000;

    private PageDate() {
    }

    /** The page's publication date as written in its source (metadata) or as ISO text (visible lines); null when none. */
    static String of(org.jsoup.nodes.Document doc, List<JsonNode> jsonLd, int latestYear) {
        String d = fromMeta(doc, latestYear);
        if (d == null) {
            d = fromJsonLd(jsonLd, latestYear);
        }
        if (d == null) {
            d = fromTime(doc, latestYear);
        }
        if (d == null) {
            d = fromLines(lines(doc), headline(doc), latestYear);
        }
        return d;
    }

    // ---- metadata --------------------------------------------------------------------------------

    static String fromMeta(org.jsoup.nodes.Document doc, int latestYear) {
        Map<String, List<String>> meta = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        for (String key : META) {
            for (String v : meta.getOrDefault(key, List.of())) {
                if (plausible(v, latestYear)) {
                    return v;
                }
            }
        }
        return null;
    }

    static String fromJsonLd(List<JsonNode> roots, int latestYear) {
        for (JsonNode root : roots) {
            for (JsonNode v : HtmlArticle.jsonValues(root, "datePublished", Integer.MAX_VALUE)) {
                if (v.isTextual() && plausible(v.asText().strip(), latestYear)) {
                    return v.asText().strip();
                }
            }
        }
        return null;
    }

    // ---- <time> ----------------------------------------------------------------------------------

    static String fromTime(org.jsoup.nodes.Document doc, int latestYear) {
        for (Element t : doc.getElementsByTag("time")) {
            if (t.attr("itemprop").equalsIgnoreCase("datePublished") || t.hasAttr("pubdate")) {
                String v = t.attr("datetime").isBlank() ? t.text().strip() : t.attr("datetime").strip();
                if (plausible(v, latestYear)) {
                    return v;
                }
            }
        }
        for (Element t : doc.select("article time[datetime], main time[datetime], [itemprop=articleBody] time[datetime]")) {
            if (!isElsewhere(t) && plausible(t.attr("datetime").strip(), latestYear)) {
                return t.attr("datetime").strip();
            }
        }
        Element lastLong = null;
        for (Element p : doc.getElementsByTag("p")) {
            if (p.text().length() >= 80 && !isElsewhere(p)) {
                lastLong = p;
            }
        }
        if (lastLong == null) {
            return null;
        }
        for (Element t : doc.select("time[datetime]")) {
            if (!precedes(t, lastLong)) {
                break;
            }
            if (!isElsewhere(t) && plausible(t.attr("datetime").strip(), latestYear)) {
                return t.attr("datetime").strip();
            }
        }
        return null;
    }

    /** Whether {@code a} comes before {@code b} in document order (the select's order); {@code b}'s own descendants do not. */
    private static boolean precedes(Element a, Element b) {
        List<Element> pathA = pathFromRoot(a);
        List<Element> pathB = pathFromRoot(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == pathB.size() || i == pathA.size()) {
            return i == pathA.size() && i < pathB.size();
        }
        return pathA.get(i).siblingIndex() < pathB.get(i).siblingIndex();
    }

    private static List<Element> pathFromRoot(Element e) {
        List<Element> path = new ArrayList<>();
        for (Element up = e; up != null; up = up.parent()) {
            path.add(0, up);
        }
        return path;
    }

    /** Whether an element stands in page furniture or a block about other stories. */
    static boolean isElsewhere(Element e) {
        for (Element up = e; up != null; up = up.parent()) {
            String tag = up.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                // Their class names describe the whole page ("has-sidebar", "mobile-nav-open"), not a part of it.
                return false;
            }
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
            if (BlockText.isMarkedHidden(up) || namesElsewhere(up)) {
                return true;
            }
        }
        return false;
    }

    // ---- the lines a reader sees -----------------------------------------------------------------

    /** The page's visible text as lines, block by block, leaving out what never holds its byline. */
    static List<String> lines(org.jsoup.nodes.Document doc) {
        Element body = doc.body();
        return body == null ? new ArrayList<>() : LINES.of(body);
    }

    /** The walk of {@link #lines}: a left-out element, even a block, does not end the line it stands in. */
    private static final BlockText LINES = new BlockText(LINE_BLOCKS,
            e -> UNSEEN.contains(e.normalName()) || isHiddenOrElsewhere(e), false, false, MAX_LINES);

    private static boolean isHiddenOrElsewhere(Element e) {
        return BlockText.isHidden(e) || namesElsewhere(e);
    }

    /** Whether a word of an element's class names or id ("related-stories") is one of {@link #ELSEWHERE}. */
    private static boolean namesElsewhere(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String word : names.split("[\\s_-]+")) {
            if (ELSEWHERE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The headline a reader sees: the first {@code <h1>} outside furniture, else the page title; null when neither. */
    static String headline(org.jsoup.nodes.Document doc) {
        for (Element h1 : doc.getElementsByTag("h1")) {
            if (!isElsewhere(h1) && !h1.text().isBlank()) {
                return HtmlArticle.collapse(h1.text());
            }
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        String t = og == null || og.attr("content").isBlank() ? doc.title() : og.attr("content");
        t = HtmlArticle.collapse(t);
        return t.isEmpty() ? null : t;
    }

    /**
     * The date of the byline or date line near the headline, as ISO text: the first published-cued
     * full date within a few lines of it, else the first uncued one, else the first update's.
     */
    static String fromLines(List<String> lines, String headline, int latestYear) {
        int h = headline == null ? -1 : lines.indexOf(headline);
        if (h < 0) {
            return null;
        }
        String uncued = null;
        String updated = null;
        for (int i = Math.max(0, h - LINES_BEFORE); i <= Math.min(lines.size() - 1, h + LINES_AFTER); i++) {
            if (i == h) {
                continue;
            }
            String line = lines.get(i);
            if (line.length() > LONGEST_LINE || COPYRIGHT.matcher(line).find()) {
                continue;
            }
            boolean sentence = SENTENCE_END.matcher(line).find();
            int at = 0;
            for (DateTimeMatch m : DateTimeParser.findAll(line, 0, line.length(), DateTimeParser.Options.TIMESTAMPS)) {
                String before = line.substring(at, m.start());
                at = m.end();
                if (!m.hasYear() || m.day() == 0 || !inRange(m.year(), latestYear)) {
                    continue;
                }
                boolean updateCue = UPDATED_CUE.matcher(before).find();
                boolean publishedCue = !updateCue && PUBLISHED_CUE.matcher(before).find();
                if (sentence && !(publishedCue || updateCue || line.substring(0, m.start()).isBlank())) {
                    continue;
                }
                String around = line.substring(0, m.start()) + " " + line.substring(m.end());
                if (proseWords(around) > (sentence ? 0 : PROSE_WORDS)) {
                    continue;
                }
                if (publishedCue) {
                    return m.value();
                }
                if (updateCue) {
                    updated = updated == null ? m.value() : updated;
                } else {
                    uncued = uncued == null ? m.value() : uncued;
                }
            }
        }
        return uncued != null ? uncued : updated;
    }

    /**
     * The words of {@code text} that read as article prose: lower-case words of three letters or
     * more that are neither a cue nor a byline word. "By Anna Berg, staff writer" holds none.
     */
    static int proseWords(String text) {
        String rest = UPDATED_CUE.matcher(PUBLISHED_CUE.matcher(text).replaceAll(" ")).replaceAll(" ");
        int n = 0;
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            String word = w.group();
            if (word.length() >= 3 && Character.isLowerCase(word.charAt(0))
                    && !BYLINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    // ---- plausibility ----------------------------------------------------------------------------

    /** Whether a date as written in metadata reads as a date whose year is from 1800 to {@code latestYear}. */
    static boolean plausible(String value, int latestYear) {
        if (value == null || value.isBlank()) {
            return false;
        }
        Optional<DateTimeMatch> m = DateTimeParser.parseAt(value, 0, value.length(), DateTimeParser.Options.TIMESTAMPS);
        return m.isPresent() && m.get().hasYear() && inRange(m.get().year(), latestYear);
    }

    static boolean inRange(int year, int latestYear) {
        return year >= FIRST_YEAR && year <= latestYear;
    }

    private static Pattern cues(String resource) {
        List<String> words = new ArrayList<>();
        for (String w : Lexicon.wordsAsWritten(PageDate.class, resource)) {
            words.add(Pattern.quote(w.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", words) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
