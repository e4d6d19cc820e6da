package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.claims.QuoteBlock;
import org.crosscheck.claims.Span;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.findings.Finding;
import org.crosscheck.stories.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which blocks a session of packaged rules holds: a name block only where a block of its key in
 * another document has another spelling, a quote block only where its key is in another document;
 * every block when an editor's own rules fire.
 */
class JoinableBlocksTest {

    private static NameBlock name(String key, String document, String folded) {
        return new NameBlock(key, document, folded);
    }

    private static QuoteBlock quote(String key, String document, int start) {
        return new QuoteBlock(key, document, new Span(start, start + 10));
    }

    @Test
    void aNameBlockIsKeptWhereAnotherDocumentSpellsItsKeyAnotherWay() {
        NameBlock aSmith = name("smth", "a", "smith");
        NameBlock bSmith = name("smth", "b", "smith");
        NameBlock cSmyth = name("smth", "c", "smyth");
        NameBlock alone = name("jnes", "a", "jones");
        NameBlock sameSpelling1 = name("brwn", "a", "brown");
        NameBlock sameSpelling2 = name("brwn", "b", "brown");
        NameBlock oneDocument1 = name("grn", "a", "green");
        NameBlock oneDocument2 = name("grn", "a", "grean");
        List<List<Object>> facts = List.of(
                List.of("document a", aSmith, alone, sameSpelling1, oneDocument1, oneDocument2),
                List.of("document b", bSmith, sameSpelling2),
                List.of("document c", cSmyth));
        Set<Object> kept = JoinableBlocks.of(facts, List.of(0, 1, 2));
        assertEquals(3, kept.size(), kept.toString());
        assertTrue(kept.contains(aSmith));
        assertTrue(kept.contains(bSmith));
        assertTrue(kept.contains(cSmyth));
        // Without c, no document spells "smth" another way.
        assertEquals(Set.of(), JoinableBlocks.of(facts, List.of(0, 1)));
    }

    /** A document writing both spellings: its block of the spelling the other lacks is kept, the other not. */
    @Test
    void aBlockIsKeptOnlyForAPartnerOfAnotherDocumentAndSpelling() {
        NameBlock aSmith = name("smth", "a", "smith");
        NameBlock aSmyth = name("smth", "a", "smyth");
        NameBlock bSmith = name("smth", "b", "smith");
        NameBlock bSmith2 = name("smth", "b", "smith");
        Set<Object> kept = JoinableBlocks.of(List.of(List.of(aSmith, aSmyth), List.of(bSmith, bSmith2)), List.of(0, 1));
        assertEquals(3, kept.size());
        assertFalse(kept.contains(aSmith));
        assertTrue(kept.contains(aSmyth));
        assertTrue(kept.contains(bSmith));
        assertTrue(kept.contains(bSmith2));
    }

    /** Blocks are told apart by identity: two equal blocks of one document are each kept or each dropped. */
    @Test
    void equalBlocksAreEachKept() {
        NameBlock first = name("smth", "a", "smith");
        NameBlock second = name("smth", "a", "smith");
        NameBlock other = name("smth", "b", "smyth");
        Set<Object> kept = JoinableBlocks.of(List.of(List.of(first, second), List.of(other)), List.of(0, 1));
        assertEquals(3, kept.size());
    }

    @Test
    void aQuoteBlockIsKeptWhereAnotherDocumentHoldsItsKey() {
        QuoteBlock a1 = quote("storm hit port", "a", 0);
        QuoteBlock a2 = quote("storm hit port", "a", 40);
        QuoteBlock b1 = quote("storm hit port", "b", 0);
        QuoteBlock aOnly1 = quote("boat sank fast", "a", 0);
        QuoteBlock aOnly2 = quote("boat sank fast", "a", 40);
        QuoteBlock bAlone = quote("rain fell hard", "b", 0);
        List<List<Object>> facts = List.of(List.of(a1, a2, aOnly1, aOnly2), List.of(b1, bAlone));
        Set<Object> kept = JoinableBlocks.of(facts, List.of(0, 1));
        assertEquals(3, kept.size());
        assertTrue(kept.contains(a1));
        assertTrue(kept.contains(a2));
        assertTrue(kept.contains(b1));
        assertEquals(Set.of(), JoinableBlocks.of(facts, List.of(0)));
        assertEquals(Set.of(), JoinableBlocks.of(facts, List.of()));
    }

    /** A name block and a quote block of one key do not meet each other. */
    @Test
    void nameAndQuoteBlocksAreCountedApart() {
        NameBlock n = name("same key", "a", "smith");
        QuoteBlock q = quote("same key", "b", 0);
        assertEquals(Set.of(), JoinableBlocks.of(List.of(List.of(n), List.of(q)), List.of(0, 1)));
    }

    /**
     * An editor's own rule sees every block, whether the session fires every rule (no copies) or
     * only the editor's (copies expanded): a lone document's blocks join nothing in a packaged rule.
     */
    @Test
    void anEditorsOwnRuleSeesEveryBlock(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("blocks.drl"), "package crosscheck.rules\nimport org.crosscheck.corpus.Document\n"
                + "import org.crosscheck.claims.NameBlock\nglobal org.crosscheck.rules.FindingSink sink\n\n"
                + "rule \"blocks\"\n    @id(\"blocks\")\n    @severity(\"note\")\n    @summary(\"blocks\")\n"
                + "    @message(\"{$d.id} holds {$n} name blocks\")\nwhen\n    $d : Document()\n"
                + "    $n : Number(intValue > 0) from accumulate(NameBlock(document == $d.id), count(1))\n"
                + "then\n    sink.report(kcontext);\nend\n");
        RuleSet rules = RuleSet.load(dir);
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("a", "Published: May 9, 2023 09:00 GMT\nStorm hits Corlen harbour\n"
                + "Harbour master Ulla Brandvik said the storm struck Corlen on Tuesday.\n");
        List<ExtractedDocument> alone = CopiesTest.withCopies(docs, id -> List.of());
        List<String> one = messages(new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT).evaluate("s", alone,
                List.of(), Thresholds.DEFAULTS).findings());
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).startsWith("a holds "), one.get(0));
        List<ExtractedDocument> copied = CopiesTest.withCopies(docs, id -> List.of("b"));
        List<String> two = messages(new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT).evaluate("s", copied,
                List.of(), Thresholds.DEFAULTS).findings());
        assertEquals(List.of(one.get(0), one.get(0).replace("a holds", "b holds")), two);
    }

    private static List<String> messages(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule().equals("blocks")) {
                out.add(f.message());
            }
        }
        return out;
    }
}
