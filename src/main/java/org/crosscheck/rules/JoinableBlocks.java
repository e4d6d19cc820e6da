package org.crosscheck.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.claims.QuoteBlock;

/**
 * Of the blocks a session's documents hold, those a packaged rule can join. The packaged rules read
 * a {@link NameBlock} only in the name-variant rules, each joining two of them on one key, of two
 * documents ({@code document != $doc}) and two house-style spellings ({@code folded > $fa}); and a
 * {@link QuoteBlock} only in the quote-variant rules, two on one key of two documents
 * ({@code document > $doc}). A block no other block of the session meets so is in no firing, so it
 * is not put in the session: on ECB+ 904 of 59,432 name blocks and 5,709 of 15,285 quote blocks can
 * be joined, the rest were only work for the rule engine's joins. The rules' firings, and so every
 * finding, are the same. Rules of an editor's own may read blocks otherwise, so a session that
 * fires them keeps every block.
 */
final class JoinableBlocks {
    private JoinableBlocks() {
    }

    /** The blocks among {@code documents}' facts that a packaged rule can join, by identity. */
    static Set<Object> of(List<List<Object>> facts, List<Integer> documents) {
        Map<String, List<NameBlock>> names = new HashMap<>();
        Map<String, List<QuoteBlock>> quotes = new HashMap<>();
        for (int i : documents) {
            for (Object o : facts.get(i)) {
                if (o instanceof NameBlock b) {
                    names.computeIfAbsent(b.key(), k -> new ArrayList<>(2)).add(b);
                } else if (o instanceof QuoteBlock b) {
                    quotes.computeIfAbsent(b.key(), k -> new ArrayList<>(2)).add(b);
                }
            }
        }
        Set<Object> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<NameBlock> group : names.values()) {
            if (group.size() > 1) {
                joinableNames(group, out);
            }
        }
        for (List<QuoteBlock> group : quotes.values()) {
            if (group.size() > 1) {
                joinableQuotes(group, out);
            }
        }
        return out;
    }

    /**
     * Adds each block of one key that another block of the key meets: of another document and
     * another spelling. Of the {@code n} blocks, those of another document and another spelling
     * than block b number n, less those of b's document, less those of b's spelling, plus those of
     * both (counted twice).
     */
    static void joinableNames(List<NameBlock> group, Set<Object> out) {
        Map<String, Integer> byDocument = new HashMap<>();
        Map<String, Integer> bySpelling = new HashMap<>();
        Map<List<String>, Integer> byBoth = new HashMap<>();
        for (NameBlock b : group) {
            byDocument.merge(b.document(), 1, Integer::sum);
            bySpelling.merge(b.folded(), 1, Integer::sum);
            byBoth.merge(Arrays.asList(b.document(), b.folded()), 1, Integer::sum);
        }
        if (byDocument.size() < 2 || bySpelling.size() < 2) {
            return;
        }
        int n = group.size();
        for (NameBlock b : group) {
            int others = n - byDocument.get(b.document()) - bySpelling.get(b.folded())
                    + byBoth.get(Arrays.asList(b.document(), b.folded()));
            if (others > 0) {
                out.add(b);
            }
        }
    }

    /** Adds each block of one key that a block of the key in another document meets. */
    static void joinableQuotes(List<QuoteBlock> group, Set<Object> out) {
        Map<String, Integer> byDocument = new HashMap<>();
        for (QuoteBlock b : group) {
            byDocument.merge(b.document(), 1, Integer::sum);
        }
        if (byDocument.size() < 2) {
            return;
        }
        out.addAll(group);
    }
}
