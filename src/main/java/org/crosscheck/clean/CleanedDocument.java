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

    public List<Block> blocks(Block.Kind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    public List<Block> content() {
        return blocks.stream().filter(b -> b.kind().content()).toList();
    }

    /** The title line's text, or null when the page shows none. */
    public String title() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.TITLE).findFirst()
                .map(b -> b.span().of(document.text())).orElse(null);
    }
}
