package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.text.HouseStyle;

/**
 * Two runs of one speaker's sentences, drawn from a few statements and their rewordings: the
 * alignment keeps both runs' order, uses each sentence once, and never pairs the same words.
 */
class QuoteRunProperties {

    /** Statements and rewordings of them, so that runs share anchors and near variants. */
    private static final List<String> SENTENCES = List.of(
            "We will rebuild every bridge in Lindor before the winter comes.",
            "We will rebuild each bridge in Lindor before winter comes.",
            "I believe the river did not beat Lindor.",
            "I don't think the river beat Lindor.",
            "The pumps ran all night long.",
            "The flood took our homes, our fields and our hope.",
            "Our homes and fields and hope went under the water this spring.",
            "Every family in Lindor will have a roof over its head by the spring.",
            "The river did not win today.",
            "I doubt the river won today.");

    @Provide
    Arbitrary<List<Integer>> runs() {
        return Arbitraries.integers().between(0, SENTENCES.size() - 1).list().ofMinSize(1).ofMaxSize(7);
    }

    private static QuoteRun run(String doc, List<Integer> picks) {
        List<QuotePassage> out = new ArrayList<>();
        int at = 0;
        for (int i : picks) {
            String s = SENTENCES.get(i);
            out.add(new QuotePassage(doc, new Span(at, at + s.length()), s, "Oskar Brenn", "oskar bren", null, "oskar bren",
                    true, null, DateClaim.NO_DAY, HouseStyle.general(), false));
            at += s.length() + 1;
        }
        return new QuoteRun(doc, "oskar bren", out);
    }

    @Property(tries = 300)
    void pairsKeepBothOrdersAndUseEachSentenceOnce(@ForAll("runs") List<Integer> x, @ForAll("runs") List<Integer> y) {
        QuoteRun a = run("a", x);
        QuoteRun b = run("b", y);
        int lastA = -1;
        int lastB = -1;
        for (QuotePair p : a.besideAnchors(b)) {
            int i = a.passages().indexOf(p.a());
            int j = b.passages().indexOf(p.b());
            assertTrue(i > lastA && j > lastB, "in order: " + x + " " + y);
            lastA = i;
            lastB = j;
            assertNotEquals(p.a().styled(), p.b().styled(), "the same words are never a variant");
            assertFalse(QuoteRun.anchors(p.a(), p.b()), "an anchoring pair is the other rules' to report");
        }
    }

    @Property(tries = 300)
    void theAnchorChainKeepsBothOrdersAndAnchors(@ForAll("runs") List<Integer> x, @ForAll("runs") List<Integer> y) {
        QuoteRun a = run("a", x);
        QuoteRun b = run("b", y);
        int lastA = -1;
        int lastB = -1;
        for (int[] at : a.anchorChain(b)) {
            assertTrue(at[0] > lastA && at[1] > lastB);
            assertTrue(QuoteRun.anchors(a.passages().get(at[0]), b.passages().get(at[1])));
            lastA = at[0];
            lastB = at[1];
        }
    }
}
