package org.crosscheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text under an element as a reader meets it, block by block: text gathers until an element of
 * {@code blocks} opens or closes, and each gathered run, its white space collapsed, is one block
 * (empty runs give none). An element {@code skipped} accepts (never the root) is left out with all
 * it holds; when {@code skippedBlockEndsText} and it is itself a block, the text before it ends
 * there, otherwise the text on either side of it runs on. With {@code keepsPre}, the text of a
 * {@code <pre>} keeps its white space (stripped at its ends only). At most {@code maxBlocks} are
 * given; the walk stops gathering once it has them.
 *
 * <p>One iterative walk (jsoup's {@link NodeTraversor}), so a page of 100,000 nested tags costs no
 * more than its size. {@link HtmlArticle}'s paragraphs and {@link PageDate}'s lines are both this
 * walk with their own blocks and skips.
 */
record BlockText(Set<String> blocks, Predicate<Element> skipped, boolean skippedBlockEndsText, boolean keepsPre,
        int maxBlocks) {

    BlockText {
        blocks = Set.copyOf(blocks);
    }

    /** The blocks under {@code root}, in page order. */
    List<String> of(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            /** The element being left out, until its end; null when none is. */
            private Node skipping;
            /** The outermost {@code <pre>} whose white space is kept, until its end; null when none is. */
            private Node pre;

            @Override
            public void head(Node node, int depth) {
                if (skipping != null || out.size() >= maxBlocks) {
                    return;
                }
                if (node instanceof Element e) {
                    boolean block = blocks.contains(e.normalName());
                    boolean skip = e != root && skipped.test(e);
                    if (block && (!skip || skippedBlockEndsText)) {
                        flush(current, out, pre != null);
                    }
                    if (skip) {
                        skipping = e;
                    } else if (keepsPre && pre == null && e.normalName().equals("pre")) {
                        pre = e;
                    }
                } else if (node instanceof TextNode t) {
                    current.append(pre != null ? t.getWholeText() : t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipping != null) {
                    if (node == skipping) {
                        skipping = null;
                    }
                    return;
                }
                if (node instanceof Element e && blocks.contains(e.normalName())) {
                    flush(current, out, pre != null);
                    if (node == pre) {
                        pre = null;
                    }
                }
            }
        }, root);
        flush(current, out, false);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out, boolean pre) {
        String s = pre ? current.toString().strip() : HtmlArticle.collapse(current);
        // Never past maxBlocks: text is only gathered while fewer are given, and each flush empties it.
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }

    /**
     * Whether an element is hidden from readers: marked so ({@link #isMarkedHidden}) or styled
     * {@code display: none} inline.
     */
    static boolean isHidden(Element e) {
        return isMarkedHidden(e) || e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
    }

    /** Whether an element carries {@code hidden} or {@code aria-hidden="true"} (any case). */
    static boolean isMarkedHidden(Element e) {
        return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true");
    }
}
