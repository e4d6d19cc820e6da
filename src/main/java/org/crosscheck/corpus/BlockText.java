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
            private int skipDepth = -1;
            private int preDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0 || out.size() >= maxBlocks) {
                    return;
                }
                if (node instanceof Element e) {
                    boolean block = blocks.contains(e.normalName());
                    boolean skip = e != root && skipped.test(e);
                    if (block && (!skip || skippedBlockEndsText)) {
                        flush(current, out, preDepth >= 0);
                    }
                    if (skip) {
                        skipDepth = depth;
                    } else if (keepsPre && preDepth < 0 && e.normalName().equals("pre")) {
                        preDepth = depth;
                    }
                } else if (node instanceof TextNode t) {
                    current.append(preDepth >= 0 ? t.getWholeText() : t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth >= 0) {
                    if (depth == skipDepth) {
                        skipDepth = -1;
                    }
                    return;
                }
                if (node instanceof Element e && blocks.contains(e.normalName())) {
                    flush(current, out, preDepth >= 0);
                    if (depth == preDepth) {
                        preDepth = -1;
                    }
                }
            }
        }, root);
        flush(current, out, false);
        return out;
    }

    private void flush(StringBuilder current, List<String> out, boolean pre) {
        String s = pre ? current.toString().strip() : HtmlArticle.collapse(current);
        if (!s.isEmpty() && out.size() < maxBlocks) {
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
