package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockTextTest {

    private static final Set<String> BLOCKS = Set.of("p", "div", "pre", "li", "body");

    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    private static BlockText skipping(String className, boolean endsText) {
        return new BlockText(BLOCKS, e -> e.hasClass(className), endsText, false, Integer.MAX_VALUE);
    }

    @Test
    void blocksOpeningOrClosingEndTheTextAndInlineElementsDoNot() {
        Element b = body("Lead in <b>bold</b>\n  and on<p>A <i>first</i>   paragraph.</p>tail<div><p>Inner.</p> after</div><p> </p>");
        assertEquals(List.of("Lead in bold and on", "A first paragraph.", "tail", "Inner.", "after"),
                skipping("none", false).of(b));
    }

    @Test
    void aSkippedElementIsLeftOutWithAllItHolds() {
        Element b = body("<p>Kept <span class=x>not <b>this</b></span>here.</p>");
        assertEquals(List.of("Kept here."), skipping("x", false).of(b));
        assertEquals(List.of("Kept here."), skipping("x", true).of(b), "an inline element is no block: nothing ends");
    }

    @Test
    void aSkippedBlockEndsTheTextBeforeItOnlyWhenAsked() {
        Element b = body("Before <div class=x>left out</div> after");
        assertEquals(List.of("Before after"), skipping("x", false).of(b));
        assertEquals(List.of("Before", "after"), skipping("x", true).of(b));
    }

    @Test
    void theRootIsNeverSkipped() {
        Element b = body("<p>All</p>");
        b.addClass("x");
        assertEquals(List.of("All"), skipping("x", true).of(b));
        // After a skipped element's end the walk gathers again.
        assertEquals(List.of("one", "three"), skipping("x", true).of(body("<p>one</p><p class=x>two</p><p>three</p>")));
    }

    @Test
    void preKeepsItsWhiteSpaceOnlyWhenAsked() {
        Element b = body("<pre>  a   b\n c  </pre><p>x   y</p>");
        assertEquals(List.of("a   b\n c", "x y"), new BlockText(BLOCKS, e -> false, true, true, Integer.MAX_VALUE).of(b));
        assertEquals(List.of("a b c", "x y"), new BlockText(BLOCKS, e -> false, true, false, Integer.MAX_VALUE).of(b));
        // Inside a <pre> a nested block ends a run; the white space is kept until the outer <pre> closes.
        assertEquals(List.of("a  b", "c  d", "e"),
                new BlockText(BLOCKS, e -> false, true, true, Integer.MAX_VALUE).of(body("<pre>a  b<pre>c  d</pre></pre><p>e</p>")));
    }

    @Test
    void noMoreThanMaxBlocksAreGiven() {
        Element b = body("<p>1</p><p>2</p><p>3</p>four");
        assertEquals(List.of("1", "2"), new BlockText(BLOCKS, e -> false, false, false, 2).of(b));
        assertEquals(List.of("1", "2", "3", "four"), new BlockText(BLOCKS, e -> false, false, false, 4).of(b));
        assertEquals(List.of(), new BlockText(BLOCKS, e -> false, false, false, 0).of(b));
    }

    @Test
    void textAfterTheLastBlockIsABlockWhenTheRootIsNone() {
        Element b = body("<p>a</p>tail <b>end</b>");
        assertEquals(List.of("a", "tail end"), new BlockText(Set.of("p"), e -> false, false, false, Integer.MAX_VALUE).of(b));
        assertEquals(List.of("a"), new BlockText(Set.of("p"), e -> false, false, false, 1).of(b));
    }

    @Test
    void emptyRunsGiveNoBlock() {
        assertEquals(List.of(), skipping("x", true).of(body("<p>  </p><div>\u00A0</div>")));
    }

    @Test
    void hiddenIsAnAttributeAriaHiddenOrAnInlineDisplayNone() {
        assertTrue(BlockText.isHidden(body("<p hidden>a</p>").child(0)));
        assertTrue(BlockText.isHidden(body("<p aria-hidden=TRUE>a</p>").child(0)));
        assertTrue(BlockText.isHidden(body("<p style='color: red; DISPLAY : none'>a</p>").child(0)));
        assertFalse(BlockText.isHidden(body("<p aria-hidden=false style='display:block'>a</p>").child(0)));
        assertTrue(BlockText.isMarkedHidden(body("<p hidden>a</p>").child(0)));
        assertTrue(BlockText.isMarkedHidden(body("<p aria-hidden=true>a</p>").child(0)));
        assertFalse(BlockText.isMarkedHidden(body("<p style='display:none'>a</p>").child(0)),
                "a style is not a mark");
    }
}
