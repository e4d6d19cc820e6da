package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.text.HouseStyle;
import org.junit.jupiter.api.Test;

/** Two sources' sentences of one speaker, aligned on the sentences both quote as one statement. */
class QuoteRunTest {

    private static QuoteRun run(String doc, String voice, String... sentences) {
        List<QuotePassage> out = new ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            out.add(new QuotePassage(doc, new Span(at, at + s.length()), s, voice == null ? null : "Oskar Brenn", voice, null,
                    voice, voice != null, null, DateClaim.NO_DAY, HouseStyle.general(), false));
            at += s.length() + 1;
        }
        return new QuoteRun(doc, voice, out);
    }

    private static final String SHARED = "We will rebuild every bridge in Lindor before the winter comes.";

    @Test
    void theSentenceBesideASharedOneIsPairedWithItsCounterpart() {
        QuoteRun a = run("a", "oskar bren", "I believe the river did not beat Lindor.", SHARED);
        QuoteRun b = run("b", "oskar bren", "I don't think the river beat Lindor.", SHARED);
        List<QuotePair> pairs = a.besideAnchors(b);
        assertEquals(1, pairs.size());
        assertSame(a.passages().get(0), pairs.get(0).a());
        assertSame(b.passages().get(0), pairs.get(0).b());
        assertEquals(List.of(pairs.get(0).a()), pairs.get(0).first());
        assertEquals(List.of(pairs.get(0).b()), pairs.get(0).second());
    }

    @Test
    void afterTheLastSharedSentenceToo() {
        QuoteRun a = run("a", "oskar bren", SHARED, "I believe the river did not beat Lindor.");
        QuoteRun b = run("b", "oskar bren", SHARED, "I don't think the river beat Lindor.");
        assertEquals(1, a.besideAnchors(b).size());
    }

    @Test
    void nothingWithoutASharedSentence() {
        QuoteRun a = run("a", "oskar bren", "I believe the river did not beat Lindor.");
        QuoteRun b = run("b", "oskar bren", "I don't think the river beat Lindor.");
        assertTrue(a.besideAnchors(b).isEmpty());
        assertFalse(a.firstKeyedAnchorIs(b, a.passages().get(0), b.passages().get(0)));
    }

    @Test
    void aSentenceNotNextToTheSharedOneNeedsThreeWordsInCommon() {
        QuoteRun a = run("a", "oskar bren", SHARED, "The pumps ran all night long.", "I think the volunteers were really good.");
        QuoteRun b = run("b", "oskar bren", SHARED, "I think it was a really wise choice.");
        assertTrue(a.besideAnchors(b).isEmpty(), "think and really, two words, away from the shared sentence");
        QuoteRun c = run("c", "oskar bren", SHARED, "The pumps ran all night long.", "The flood took our homes, our fields and our hope.");
        QuoteRun d = run("d", "oskar bren", SHARED, "Our homes and fields and hope went under the water this spring.");
        List<QuotePair> pairs = c.besideAnchors(d);
        assertEquals(1, pairs.size());
        assertSame(c.passages().get(2), pairs.get(0).a());
    }

    @Test
    void theSameWordsOrACutAreNotPaired() {
        QuoteRun a = run("a", "oskar bren", "The pumps ran all night in Lindor.", SHARED);
        QuoteRun b = run("b", "oskar bren", "pumps ran all night in Lindor", SHARED);
        assertTrue(a.besideAnchors(b).isEmpty());
    }

    @Test
    void eachSentenceIsPairedOnceAndInOrder() {
        QuoteRun a = run("a", "oskar bren", "I believe the river did not beat Lindor.", "The river did not beat Lindor at all.", SHARED);
        QuoteRun b = run("b", "oskar bren", "I don't think the river beat Lindor.", SHARED);
        List<QuotePair> pairs = a.besideAnchors(b);
        assertEquals(1, pairs.size(), pairs.toString());
    }

    @Test
    void theAnchorsKeepBothRunsOrder() {
        QuoteRun a = run("a", "oskar bren", SHARED, "Every family in Lindor will have a roof over its head by the spring.");
        QuoteRun b = run("b", "oskar bren", "Every family in Lindor will have a roof over its head by the spring.", SHARED);
        assertEquals(1, a.anchorChain(b).size());
        QuoteRun c = run("c", "oskar bren", SHARED, "Every family in Lindor will have a roof over its head by the spring.");
        assertEquals(2, a.anchorChain(c).size());
    }

    @Test
    void theFirstAnchorThatSharesAKeyIsTheOneTheRuleMeetsOn() {
        QuoteRun a = run("a", "oskar bren", "We are ready now.", SHARED, "I believe the river did not beat Lindor.");
        QuoteRun b = run("b", null, "We are ready now.", SHARED, "I don't think the river beat Lindor.");
        assertFalse(a.firstKeyedAnchorIs(b, a.passages().get(0), b.passages().get(0)), "four words: no key");
        assertTrue(a.firstKeyedAnchorIs(b, a.passages().get(1), b.passages().get(1)));
        assertFalse(a.firstKeyedAnchorIs(b, a.passages().get(1), b.passages().get(0)));
        assertTrue(a.holds(a.passages().get(2)));
        assertFalse(a.holds(b.passages().get(2)));
        assertEquals(a.besideAnchors(b).size(), a.besideAnchorsFrom(b, a.passages().get(1), b.passages().get(1)).size());
        assertEquals(1, a.besideAnchorsFrom(b, a.passages().get(1), b.passages().get(1)).size(), "the first keyed anchor: its pairs");
        assertTrue(a.besideAnchorsFrom(b, a.passages().get(0), b.passages().get(0)).isEmpty(), "another anchor: none");
    }

    @Test
    void aRunHoldsASentence() {
        assertThrows(IllegalArgumentException.class, () -> new QuoteRun("a", null, List.of()));
        QuoteRun a = run("a", "oskar bren", SHARED);
        assertTrue(a.sameOccasionAs(run("b", "oskar bren", SHARED)));
    }

    private static final String OTHER = "Every family in Lindor will have a roof over its head by the spring.";
    private static final String X = "The river did not win today.";
    private static final String Y = "I doubt the river won today.";

    @Test
    void twoWordsInCommonAreEnoughOnlyNextToASharedSentenceInBothRuns() {
        assertEquals(1, run("a", "oskar bren", X, SHARED).besideAnchors(run("b", "oskar bren", Y, SHARED)).size(), "before");
        assertEquals(1, run("a", "oskar bren", SHARED, X).besideAnchors(run("b", "oskar bren", SHARED, Y)).size(), "after");
        assertEquals(1, run("a", "oskar bren", SHARED, X, OTHER).besideAnchors(run("b", "oskar bren", SHARED, Y, OTHER)).size(),
                "between two");
        assertEquals(0, run("a", "oskar bren", SHARED, X).besideAnchors(
                run("b", "oskar bren", SHARED, "The pumps ran all night long.", Y)).size(), "not next to it in b");
        assertEquals(0, run("a", "oskar bren", SHARED, "The pumps ran all night long.", X).besideAnchors(
                run("b", "oskar bren", SHARED, Y)).size(), "not next to it in a");
        assertEquals(0, run("a", "oskar bren", X, SHARED, OTHER).besideAnchors(run("b", "oskar bren", SHARED, Y, OTHER)).size(),
                "on either side of the shared sentence");
    }
}
