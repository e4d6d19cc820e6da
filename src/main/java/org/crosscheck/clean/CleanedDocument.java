package org.crosscheck.clean;

import java.util.List;
import org.crosscheck.corpus.Document;

/** A document with each of its non-blank lines classified. */
public record CleanedDocument(Document document, List<Block> blocks) {
    public CleanedDocument {
        blocks = List.copyOf(blocks);
    }

    public String text() {
        return document.text();
    }

    /** The blocks of one kind, in order (read-only). */
    public List<Block> blocks(Block.Kind kind) {
        return kept(blocks, b -> b.kind() == kind);
    }

    /** The blocks whose kind is {@linkplain Block.Kind#content() content}, in order (read-only). */
    public List<Block> content() {
        return kept(blocks, b -> b.kind().content());
    }

    /**
     * The blocks {@code keep} keeps, in order, read-only: {@code all} itself when it keeps every
     * one (the extractors ask for a document's content some ten times, and most of a cleaned
     * document's blocks are content), else a new list. A loop, not a stream: asked per reader.
     */
    static List<Block> kept(List<Block> all, java.util.function.Predicate<Block> keep) {
        int n = all.size();
        int first = 0;
        while (first < n && keep.test(all.get(first))) {
            first++;
        }
        if (first == n) {
            return all;
        }
        List<Block> out = new java.util.ArrayList<>(n - 1);
        for (int i = 0; i < first; i++) {
            out.add(all.get(i));
        }
        for (int i = first + 1; i < n; i++) {
            Block b = all.get(i);
            if (keep.test(b)) {
                out.add(b);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The title line's text, or null when the page shows none. */
    public String title() {
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TITLE) {
                return b.span().of(document.text());
            }
        }
        return null;
    }
}
