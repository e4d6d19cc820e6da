package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences one source gives one speaker, in the order they stand: every passage of a voice in
 * a document, or the passages of one quote whose speaker the source does not name. Not a claim: the
 * quote rules align two runs to find a sentence that the same-statement test alone cannot tie to
 * its counterpart ("I've done enough of everything for a lifetime" and "I've done enough for a
 * lifetime of everything" share too few words in a row), because it stands beside a sentence both
 * sources quote as one statement.
 */
public record QuoteRun(String document, String voice, List<QuotePassage> passages) {

    public QuoteRun {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a run holds one sentence at least");
        }
    }

    /** Whether the two runs can come from one occasion (their first sentences' test). */
    public boolean sameOccasionAs(QuoteRun o) {
        return passages.get(0).sameOccasionAs(o.passages.get(0));
    }

    /** Whether {@code p} is one of this run's sentences (the very object). */
    public boolean holds(QuotePassage p) {
        for (QuotePassage q : passages) {
            if (q == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two sentences are quoted as one statement by both sources, so that the sentences
     * around them can be aligned: the same words in house style, or a variant by the test the quote
     * rules use (the speakers' test when both are named, the words' test when one is not).
     */
    static boolean anchors(QuotePassage a, QuotePassage b) {
        if (a.styled().equals(b.styled())) {
            return true;
        }
        return a.voice() != null && b.voice() != null ? a.variantOf(b) : a.unnamedVariantOf(b);
    }

    /**
     * The anchors of the two runs in order: the longest chain of anchoring pairs that keeps both
     * runs' order (each sentence in one pair at most), as index pairs {i, j}.
     */
    List<int[]> anchorChain(QuoteRun o) {
        int n = passages.size();
        int m = o.passages.size();
        boolean[][] anchor = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                anchor[i][j] = anchors(passages.get(i), o.passages.get(j));
            }
        }
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int skip = Math.max(best[i + 1][j], best[i][j + 1]);
                best[i][j] = anchor[i][j] ? Math.max(skip, best[i + 1][j + 1] + 1) : skip;
            }
        }
        List<int[]> chain = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (anchor[i][j] && best[i][j] == best[i + 1][j + 1] + 1) {
                chain.add(new int[] {i, j});
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return chain;
    }

    /**
     * Sentences that stand between the same two anchors (or before the first, or after the last) in
     * both runs and are one statement worded differently: each sentence of this run's gap is paired
     * with the sentence of the other's gap that shares the most content words, in order, once. Next
     * to an anchor in both runs, the looser test of {@link QuotePassage#besideVariantOf} is enough;
     * elsewhere in the gap the sentences must also share {@link #FAR_SHARED} content words and
     * {@link QuotePassage#SAME_STATEMENT} of the shorter's. Empty when the runs share no anchor.
     */
    public List<QuotePair> besideAnchors(QuoteRun o) {
        return besideAnchors(o, anchorChain(o));
    }

    /**
     * {@link #besideAnchors(QuoteRun)} where {@code a} and {@code b} are the runs' first anchor that
     * shares a blocking key ({@link #firstKeyedAnchorIs}), else empty: the anchors are aligned once.
     */
    public List<QuotePair> besideAnchorsFrom(QuoteRun o, QuotePassage a, QuotePassage b) {
        List<int[]> chain = anchorChain(o);
        return firstKeyedAnchorIs(o, chain, a, b) ? besideAnchors(o, chain) : List.of();
    }

    private List<QuotePair> besideAnchors(QuoteRun o, List<int[]> chain) {
        List<QuotePair> out = new ArrayList<>();
        if (chain.isEmpty()) {
            return out;
        }
        int fromA = 0;
        int fromB = 0;
        for (int k = 0; k <= chain.size(); k++) {
            int toA = k < chain.size() ? chain.get(k)[0] : passages.size();
            int toB = k < chain.size() ? chain.get(k)[1] : o.passages.size();
            int next = fromB;
            for (int i = fromA; i < toA; i++) {
                QuotePassage a = passages.get(i);
                int pick = -1;
                int most = 0;
                for (int j = next; j < toB; j++) {
                    QuotePassage b = o.passages.get(j);
                    boolean beside = k > 0 && i == fromA && j == fromB || k < chain.size() && i == toA - 1 && j == toB - 1;
                    int shared = a.sharedStems(b);
                    if (shared > most && a.besideVariantOf(b)
                            && (beside || shared >= FAR_SHARED && a.looseOverlapWith(b) >= QuotePassage.SAME_STATEMENT)) {
                        most = shared;
                        pick = j;
                    }
                }
                if (pick >= 0) {
                    out.add(new QuotePair(a, o.passages.get(pick)));
                    next = pick + 1;
                }
            }
            if (k < chain.size()) {
                fromA = chain.get(k)[0] + 1;
                fromB = chain.get(k)[1] + 1;
            }
        }
        return out;
    }

    /** Content words two sentences of one gap, not both next to an anchor, must share. */
    static final int FAR_SHARED = 3;

    /**
     * Whether {@code a} and {@code b} are the first anchor of the two runs that shares a blocking key
     * (a run of three content words): a rule that meets runs through such keys fires once per pair of runs.
     */
    public boolean firstKeyedAnchorIs(QuoteRun o, QuotePassage a, QuotePassage b) {
        return firstKeyedAnchorIs(o, anchorChain(o), a, b);
    }

    private boolean firstKeyedAnchorIs(QuoteRun o, List<int[]> chain, QuotePassage a, QuotePassage b) {
        for (int[] at : chain) {
            QuotePassage x = passages.get(at[0]);
            QuotePassage y = o.passages.get(at[1]);
            if (x.firstSharedKey(y) != null) {
                return x == a && y == b;
            }
        }
        return false;
    }
}
