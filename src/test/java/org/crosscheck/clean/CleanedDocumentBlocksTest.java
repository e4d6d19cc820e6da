package org.crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.crosscheck.claims.Span;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** A cleaned document's blocks of a kind, its content and its title, read by loops, are what filtering every block gives. */
class CleanedDocumentBlocksTest {

    private static final String TEXT = "Headline here\nBy a reporter\nFirst paragraph.\nShare this\nSecond paragraph.\n";

    private static CleanedDocument doc(List<Integer> kinds) {
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        for (int k : kinds) {
            // Spans of one to five characters in the text, each block told apart by its span.
            int start = at % (TEXT.length() - 5);
            blocks.add(new Block(new Span(start, start + 1 + k), Block.Kind.values()[k], "r" + blocks.size()));
            at += 3;
        }
        return new CleanedDocument(new Document("d", "d.txt", TEXT, List.of()), blocks);
    }

    @Property(tries = 300)
    void loopsGiveWhatFilteringGives(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> kinds) {
        CleanedDocument d = doc(kinds);
        assertEquals(d.blocks().stream().filter(b -> b.kind().content()).toList(), d.content());
        for (Block.Kind kind : Block.Kind.values()) {
            assertEquals(d.blocks().stream().filter(b -> b.kind() == kind).toList(), d.blocks(kind));
        }
        assertEquals(d.blocks().stream().filter(b -> b.kind() == Block.Kind.TITLE).findFirst()
                .map(b -> b.span().of(TEXT)).orElse(null), d.title());
        assertThrows(UnsupportedOperationException.class, () -> d.content().add(null));
        assertThrows(UnsupportedOperationException.class, () -> d.blocks(Block.Kind.BODY).add(null));
    }

    @Test
    void everyBlockKeptIsTheBlocksThemselves() {
        CleanedDocument d = doc(List.of(0, 1, 1, 0));
        assertSame(d.blocks(), d.content());
        CleanedDocument bodies = doc(List.of(1, 1, 1));
        assertSame(bodies.blocks(), bodies.blocks(Block.Kind.BODY));
        assertEquals(List.of(), bodies.blocks(Block.Kind.TITLE));
        assertNull(bodies.title());
    }

    @Test
    void aDroppedBlockAnywhereMakesANewListInOrder() {
        CleanedDocument first = doc(List.of(2, 1, 0));
        assertNotSame(first.blocks(), first.content());
        assertEquals(List.of(first.blocks().get(1), first.blocks().get(2)), first.content());
        CleanedDocument middle = doc(List.of(1, 3, 1, 2, 0));
        assertEquals(List.of(middle.blocks().get(0), middle.blocks().get(2), middle.blocks().get(4)), middle.content());
        CleanedDocument last = doc(List.of(0, 1, 2));
        assertEquals(List.of(last.blocks().get(0), last.blocks().get(1)), last.content());
        assertEquals("d", doc(List.of(2, 0, 0)).title());
        assertEquals(List.of(), doc(List.of()).content());
    }
}
