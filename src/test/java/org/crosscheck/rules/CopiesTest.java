package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.findings.Finding;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;
import org.crosscheck.text.HouseStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** A story with copies gives exactly the findings of one session over every copy. */
class CopiesTest {
    static RuleEngine expanding;
    static RuleEngine everyCopy;
    /** Whether the last call of {@link #both} found copies in a story. */
    static boolean copiesFound;

    @BeforeAll
    static void compile() throws RuleLoadException {
        RuleSet rules = RuleSet.load(null);
        expanding = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT);
        everyCopy = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT, false);
    }

    /** Each document of a case under its own id and under each id the naming gives it, extracted. */
    static List<ExtractedDocument> withCopies(Map<String, String> documents, java.util.function.Function<String, List<String>> copies) {
        List<ExtractedDocument> out = new ArrayList<>();
        for (Map.Entry<String, String> e : documents.entrySet()) {
            List<String> ids = new ArrayList<>();
            ids.add(e.getKey());
            ids.addAll(copies.apply(e.getKey()));
            for (String id : ids) {
                out.add(Extractor.extract(Cleaner.clean(new Document(id, id + ".txt", e.getValue(), List.of()))));
            }
        }
        return out;
    }

    /**
     * The outcomes of each story, with copies expanded and with every copy in the session; the
     * number of firings is left out (it counts each session's own, which differ by design).
     */
    static List<List<RuleEngine.Outcome>> both(List<ExtractedDocument> docs) {
        Grouping grouping = StoryGrouper.group(docs);
        copiesFound = false;
        List<RuleEngine.Outcome> expanded = new ArrayList<>();
        List<RuleEngine.Outcome> full = new ArrayList<>();
        for (Story story : grouping.stories()) {
            List<ExtractedDocument> members = grouping.documents().stream()
                    .filter(d -> story.id().equals(grouping.storyOf().get(d.id()))).toList();
            List<Event> events = grouping.events().stream().filter(e -> e.story().equals(story.id())).toList();
            expanded.add(withoutFirings(expanding.evaluate(story.id(), members, events, Thresholds.DEFAULTS)));
            full.add(withoutFirings(everyCopy.evaluate(story.id(), members, events, Thresholds.DEFAULTS)));
            List<String> ids = members.stream().map(ExtractedDocument::id).toList();
            List<List<Object>> facts = RuleEngine.facts(members,
                    HouseStyle.ofStory(members.stream().map(d -> d.document().text()).toList()), new ArrayList<>());
            copiesFound |= new Copies(ids, facts, events, true).any();
        }
        return List.of(expanded, full);
    }

    static RuleEngine.Outcome withoutFirings(RuleEngine.Outcome outcome) {
        return new RuleEngine.Outcome(outcome.findings(), outcome.limitReached(), 0);
    }

    /**
     * Every case of every rule's case file, each document with two copies, one named before
     * every original and one after its own, so copies of two documents meet in both orders.
     */
    @TestFactory
    List<DynamicContainer> everyRuleCaseGivesTheSameFindingsWithCopies() throws Exception {
        List<DynamicContainer> out = new ArrayList<>();
        for (Path file : RuleCases.files()) {
            RuleCases cases = RuleCases.read(file);
            List<DynamicTest> tests = new ArrayList<>();
            for (RuleCases.Case c : cases.cases()) {
                tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                    List<List<RuleEngine.Outcome>> both = both(withCopies(c.documents(), id -> List.of("0" + id, id + "~2")));
                    assertEquals(both.get(1), both.get(0), file + ": " + c.name());
                    assertTrue(copiesFound, "each document has two copies");
                }));
            }
            out.add(DynamicContainer.dynamicContainer(cases.rule(), tests));
        }
        return out;
    }

    @Test
    void aDisagreementWithCopiesListsEveryCopyAsASource() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("a", "Published: May 9, 2023 09:00 GMT\nStorm hits Corlen harbour\n"
                + "A storm struck the port of Corlen on Tuesday, killing at least 25 people.\n");
        docs.put("b", "Published: May 9, 2023 11:00 GMT\nCorlen storm wrecks boats\n"
                + "The storm in Corlen on Tuesday killed 9 people.\n");
        List<List<RuleEngine.Outcome>> both = both(withCopies(docs, id -> id.equals("a") ? List.of("c/a", "0/a") : List.of()));
        assertEquals(both.get(1), both.get(0));
        List<Finding> conflicts = both.get(0).stream().flatMap(o -> o.findings().stream())
                .filter(f -> f.rule().equals("quantity-conflict")).toList();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("0/a", "a", "b", "c/a"), conflicts.get(0).documents());
        assertEquals(4, conflicts.get(0).evidence().size());
        // 0/a and a before b, c/a after it: one pair of each order of the copies is listed.
        assertEquals(2, conflicts.get(0).joined().size());
        assertTrue(conflicts.get(0).message().startsWith("Four sources disagree: "), conflicts.get(0).message());
    }

    /**
     * A firing over a claim of each of two documents with copies is one sighting standing for
     * every pair of copies the session over every copy would match: each side's copies in a pair,
     * the first pair by id, and each pair's documents, the same as expanding pair by pair; a firing
     * that stands for one pair is expanded as before.
     */
    @Test
    void aFiringOverClaimsOfTwoCopiedDocumentsStandsForEveryPairAsOne() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("a", "Published: May 9, 2023 09:00 GMT\nStorm hits Corlen harbour\n"
                + "A storm struck the port of Corlen on Tuesday, killing at least 25 people.\n");
        docs.put("b", "Published: May 9, 2023 11:00 GMT\nCorlen storm wrecks boats\n"
                + "The storm in Corlen on Tuesday killed 9 people.\n");
        // By id: 0/a, a, b, c/a, d/b.
        List<ExtractedDocument> members = withCopies(docs, id -> id.equals("a") ? List.of("0/a", "c/a") : List.of("d/b"));
        List<String> ids = members.stream().map(ExtractedDocument::id).toList();
        List<List<Object>> facts = RuleEngine.facts(members,
                HouseStyle.ofStory(members.stream().map(d -> d.document().text()).toList()), new ArrayList<>());
        java.util.function.IntFunction<Object> killed = i -> facts.get(i).stream()
                .filter(o -> o instanceof org.crosscheck.claims.QuantityClaim q && q.measure().equals("killed"))
                .findFirst().orElseThrow();
        int zeroA = ids.indexOf("0/a");
        int b = ids.indexOf("b");
        int cA = ids.indexOf("c/a");
        FindingSink.Firing firing = firing("r", List.of(killed.apply(zeroA), killed.apply(b)));
        Copies.Expansion expansion = new Copies(ids, facts, List.of(), true).expansion(firing);
        assertEquals(List.of(), expansion.each());
        Copies.Pairs pairs = expansion.pairs();
        assertEquals(3, pairs.first().size(), "0/a, a and c/a each come before d/b");
        assertEquals(2, pairs.second().size(), "b and d/b each come after 0/a");
        assertEquals(List.of(killed.apply(zeroA), killed.apply(b)), pairs.firstPair().objects(), "the first pair by id");
        Copies oneByOne = new Copies(ids, facts, List.of(), true);
        List<FindingSink.Firing> each = oneByOne.expand(firing);
        assertEquals(5, each.size());
        assertEquals(each.stream().map(f -> f.objects().stream().map(o -> ((org.crosscheck.claims.Claim) o).document())
                .sorted().toList()).sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                pairs.documents().get().stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertEquals(each.stream().mapToLong(oneByOne::position).min().orElseThrow(), pairs.position());
        assertEquals(oneByOne.position(pairs.firstPair()), pairs.position());
        for (FindingSink.Firing f : each) {
            assertEquals(pairs.copies(), oneByOne.copiesOf(f));
        }
        // c/a after b: the only pair of that order, made as it is.
        Copies.Expansion after = new Copies(ids, facts, List.of(), true)
                .expansion(firing("r", List.of(killed.apply(cA), killed.apply(b))));
        assertNull(after.pairs());
        assertEquals(1, after.each().size());
        // A side that gives the firing no claim: pairs would not share a claim, so one by one.
        Copies.Expansion noClaim = new Copies(ids, facts, List.of(), true)
                .expansion(firing("r", List.of(killed.apply(zeroA), facts.get(b).get(0))));
        assertNull(noClaim.pairs());
        assertEquals(5, noClaim.each().size());
        assertNull(new Copies(ids, facts, List.of(), true).expansion(firing("r", List.of(killed.apply(zeroA),
                killed.apply(b), killed.apply(ids.indexOf("a"))))), "three documents");
    }

    /** Three copies of one document paired among themselves: each copy but the last first, each but the first second. */
    @Test
    void copiesOfOneDocumentPairedAmongThemselvesStandAsOne() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("a", "Published: May 9, 2023 09:00 GMT\nStorm hits Corlen harbour\n"
                + "A storm struck the port of Corlen on Tuesday, killing at least 25 people.\n");
        List<ExtractedDocument> members = withCopies(docs, id -> List.of("b", "c"));
        List<String> ids = members.stream().map(ExtractedDocument::id).toList();
        List<List<Object>> facts = RuleEngine.facts(members,
                HouseStyle.ofStory(members.stream().map(d -> d.document().text()).toList()), new ArrayList<>());
        Object a = facts.get(0).get(1);
        Object c = facts.get(2).get(1);
        Copies.Pairs pairs = new Copies(ids, facts, List.of(), true).expansion(firing("r", List.of(a, c))).pairs();
        assertEquals(2, pairs.first().size());
        assertEquals(2, pairs.second().size());
        assertEquals(List.of(a, facts.get(1).get(1)), pairs.firstPair().objects(), "a with b");
        assertEquals(List.of(List.of("a", "b"), List.of("a", "c"), List.of("b", "c")), pairs.documents().get());
        Copies.Pairs reversed = new Copies(ids, facts, List.of(), true).expansion(firing("r", List.of(c, a))).pairs();
        assertEquals(List.of(facts.get(1).get(1), a), reversed.firstPair().objects(), "b with a");
    }

    /**
     * An editor's own rule may count documents, which the session of representatives would get
     * wrong; it fires over every copy, and the packaged rules are still expanded.
     */
    @Test
    void anEditorsOwnRuleFiresOverEveryCopy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("copies.drl"), RuleSetTest.HEADER
                + "rule \"syndicated\"\n    @id(\"syndicated\")\n    @severity(\"note\")\n    @summary(\"copied\")\n"
                + "    @message(\"{$d.id} is one of {$n} copies\")\nwhen\n    $d : Document()\n"
                + "    $n : Number(intValue >= 3) from accumulate(Document(text == $d.text), count(1))\n"
                + "then\n    sink.report(kcontext);\nend\n");
        RuleSet rules = RuleSet.load(dir);
        assertFalse(rules.allPackaged());
        assertTrue(rules.packaged("quantity-conflict"));
        assertFalse(rules.packaged("syndicated"));
        assertFalse(rules.packaged("no such rule"));
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("a", "Published: May 9, 2023 09:00 GMT\nStorm hits Corlen harbour\n"
                + "A storm struck the port of Corlen on Tuesday, killing at least 25 people.\n");
        docs.put("b", "Published: May 9, 2023 11:00 GMT\nCorlen storm wrecks boats\n"
                + "The storm in Corlen on Tuesday killed 9 people.\n");
        List<ExtractedDocument> extracted = withCopies(docs, id -> id.equals("a") ? List.of("c/a", "0/a") : List.of());
        RuleEngine savedExpanding = expanding;
        RuleEngine savedEveryCopy = everyCopy;
        try {
            expanding = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT);
            everyCopy = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT, false);
            List<List<RuleEngine.Outcome>> both = both(extracted);
            assertTrue(copiesFound);
            assertEquals(both.get(1), both.get(0));
            List<String> own = both.get(0).stream().flatMap(o -> o.findings().stream())
                    .filter(f -> f.rule().equals("syndicated")).map(Finding::message).toList();
            assertEquals(List.of("0/a is one of 3 copies", "a is one of 3 copies", "c/a is one of 3 copies"), own);
        } finally {
            expanding = savedExpanding;
            everyCopy = savedEveryCopy;
        }
    }

    /**
     * A low firing limit counts the firings of the session of representatives, not the copies
     * they stand for: one document and three copies are two documents in the session (two
     * timestamp-missing firings), four findings once expanded, and the story is evaluated over
     * every copy in no case.
     */
    @Test
    void theFiringLimitCountsTheSessionOfRepresentatives() throws Exception {
        RuleSet rules = RuleSet.load(null);
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("a", "Storm hits Corlen harbour\nA storm struck the port of Corlen on Tuesday.\n");
        List<ExtractedDocument> extracted = withCopies(docs, id -> List.of("b", "c", "d"));
        RuleEngine.Outcome unlimited = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT, false)
                .evaluate("s", extracted, List.of(), Thresholds.DEFAULTS);
        assertEquals(4, unlimited.findings().size());
        for (int limit = 1; limit <= 5; limit++) {
            RuleEngine.Outcome expanded = new RuleEngine(rules, limit).evaluate("s", extracted, List.of(), Thresholds.DEFAULTS);
            RuleEngine.Outcome full = new RuleEngine(rules, limit, false).evaluate("s", extracted, List.of(), Thresholds.DEFAULTS);
            assertEquals(limit <= 4, full.limitReached(), "four timestamp-missing firings over every copy, limit " + limit);
            assertEquals(limit <= 2, expanded.limitReached(), "two in the session of representatives, limit " + limit);
            assertEquals(Math.min(limit, 2), expanded.firings(), "limit " + limit);
            // a's one firing stands for all four copies (d's is then the same set's and adds none).
            assertEquals(unlimited.findings(), expanded.findings(), "the firings made are expanded, limit " + limit);
        }
    }

    private static Document document(String id, String text) {
        return new Document(id, id + ".txt", text, List.of());
    }

    @Test
    void recordsAreTheSameButForTheirDocument() {
        assertTrue(Copies.sameBut(new NameBlock("k", "a", "x"), new NameBlock("k", "b", "x")));
        assertFalse(Copies.sameBut(new NameBlock("k", "a", "x"), new NameBlock("k", "a", "y")));
        assertFalse(Copies.sameBut(new NameBlock("k", "a", "x"), new Span(1, 2)));
        assertFalse(Copies.sameBut("a", "a"), "only records are compared");
        assertTrue(Copies.sameBut(document("a", "same"), new Document("b", "other/b.txt", "same", List.of())));
        assertFalse(Copies.sameBut(document("a", "same"), document("b", "not the same")));
        assertFalse(Copies.sameFacts(List.of(document("a", "t")), List.of(document("b", "t"), document("b", "t"))));
        assertTrue(Copies.sameFacts(List.of(document("a", "t"), new NameBlock("k", "a", "x")),
                List.of(document("b", "t"), new NameBlock("k", "b", "x"))));
        assertFalse(Copies.sameFacts(List.of(document("a", "t"), new NameBlock("k", "a", "x")),
                List.of(document("b", "t"), new NameBlock("k", "b", "z"))));
    }

    /** Three documents, "m" and its copies "a" and "z", and "k" between them; facts: the document and one block. */
    private static Copies threeCopies(List<Event> events) {
        List<String> ids = List.of("m", "k", "a", "z");
        List<List<Object>> facts = new ArrayList<>();
        for (String id : ids) {
            String text = id.equals("k") ? "other" : "text";
            facts.add(List.of(document(id, text), new NameBlock("key", id, "x")));
        }
        return new Copies(ids, facts, events, true);
    }

    @Test
    void theSessionHoldsTheFirstAndLastCopyByIdInStoryOrder() {
        Copies copies = threeCopies(List.of());
        assertTrue(copies.any());
        assertEquals(List.of(1, 2, 3), copies.sessionDocuments());
        Copies none = new Copies(List.of("m", "a"), List.of(List.of(document("m", "t")), List.of(document("a", "t"))),
                List.of(), false);
        assertFalse(none.any());
        assertEquals(List.of(0, 1), none.sessionDocuments());
    }

    @Test
    void documentsInOtherEventsOrDatingThemOtherwiseAreNoCopies() {
        Event e = new Event("e1", "s1", "attack", null, Event.NO_DAY, null, List.of(), List.of("m", "a", "z"), List.of());
        assertTrue(threeCopies(List.of(e)).any());
        Event without = new Event("e1", "s1", "attack", null, Event.NO_DAY, null, List.of(), List.of("m", "a"), List.of());
        Copies apart = threeCopies(List.of(without));
        assertTrue(apart.any(), "m and a are still copies");
        assertEquals(List.of(0, 1, 2, 3), apart.sessionDocuments());
        Event dated = new Event("e1", "s1", "attack", null, 1, null, List.of(), List.of("m", "a", "z"), List.of("a"));
        Copies byDate = threeCopies(List.of(dated));
        assertEquals(List.of(0, 1, 2, 3), byDate.sessionDocuments(), "a dates the event, m and z do not");
        List<List<Object>> facts = new ArrayList<>();
        for (String id : List.of("m", "k", "a", "z")) {
            facts.add(List.of(document(id, id.equals("k") ? "other" : "text")));
        }
        Copies copies = new Copies(List.of("m", "k", "a", "z"), facts, List.of(dated), true);
        assertEquals(1, copies.expand(firing("r", List.of(facts.get(2).get(0)))).size(), "a has no copy");
        assertEquals(2, copies.expand(firing("r", List.of(facts.get(3).get(0)))).size(), "z is a copy of m");
    }

    private static FindingSink.Firing firing(String rule, List<Object> objects) {
        return new FindingSink.Firing(rule, objects, Map.of());
    }

    @Test
    void aFiringIsExpandedToEveryCopyInTheSameOrder() {
        List<String> ids = List.of("m", "k", "a", "z");
        List<List<Object>> facts = new ArrayList<>();
        for (String id : ids) {
            facts.add(List.of(document(id, id.equals("k") ? "other" : "text"), new NameBlock("key", id, "x")));
        }
        Copies copies = new Copies(ids, facts, List.of(), true);
        Object k = facts.get(1).get(1);
        // "a" before "k": only "a" of the three copies comes before "k".
        List<FindingSink.Firing> before = copies.expand(firing("r", List.of(facts.get(2).get(1), k)));
        assertEquals(1, before.size());
        assertEquals(List.of(facts.get(2).get(1), k), before.get(0).objects());
        // "z" after "k": "m" and "z" come after it.
        List<FindingSink.Firing> after = copies.expand(firing("r", List.of(facts.get(3).get(1), k)));
        assertEquals(List.of(List.of(facts.get(0).get(1), k), List.of(facts.get(3).get(1), k)),
                after.stream().map(FindingSink.Firing::objects).toList());
        // One copy alone: each of the three, once.
        assertEquals(3, copies.expand(firing("one", List.of(facts.get(3).get(0)))).size());
        assertEquals(List.of(), copies.expand(firing("one", List.of(facts.get(2).get(0)))), "already expanded");
        // Two copies of one set, the first before the second: the three pairs in that order.
        List<FindingSink.Firing> pairs = copies.expand(firing("two", List.of(facts.get(2).get(1), facts.get(3).get(1))));
        assertEquals(List.of(List.of("a", "m"), List.of("a", "z"), List.of("m", "z")), pairs.stream()
                .map(f -> f.objects().stream().map(o -> ((NameBlock) o).document()).toList()).toList());
        // A document with no copy is not expanded.
        FindingSink.Firing alone = firing("k", List.of(k));
        assertEquals(List.of(alone), copies.expand(alone));
    }

    /** Which copies a firing is one of: the same for every choice of copies in the same order, none without copies. */
    @Test
    void firingsOfCopiesInOneOrderAreOneSetOfCopies() {
        List<String> ids = List.of("m", "k", "a", "z");
        List<List<Object>> facts = new ArrayList<>();
        for (String id : ids) {
            facts.add(List.of(document(id, id.equals("k") ? "other" : "text"), new NameBlock("key", id, "x")));
        }
        Copies copies = new Copies(ids, facts, List.of(), true);
        Object k = facts.get(1).get(1);
        Object m = facts.get(0).get(1);
        Object a = facts.get(2).get(1);
        Object z = facts.get(3).get(1);
        Object afterK = copies.copiesOf(firing("r", List.of(m, k)));
        assertEquals(afterK, copies.copiesOf(firing("r", List.of(z, k))), "m and z both come after k");
        assertFalse(afterK.equals(copies.copiesOf(firing("r", List.of(a, k)))), "a comes before k");
        assertFalse(afterK.equals(copies.copiesOf(firing("s", List.of(z, k)))), "another rule");
        assertFalse(afterK.equals(copies.copiesOf(firing("r", List.of(k, z)))), "the facts in another order");
        assertEquals(copies.copiesOf(firing("r", List.of(m, "m"))), copies.copiesOf(firing("r", List.of(z, "z"))),
                "a copy's id is the copy's");
        assertFalse(copies.copiesOf(firing("r", List.of(m, "m"))).equals(copies.copiesOf(firing("r", List.of(m, "z")))));
        assertEquals(copies.copiesOf(firing("r", List.of(m, k, "k"))), copies.copiesOf(firing("r", List.of(z, k, "k"))));
        assertEquals(copies.copiesOf(firing("r", List.of(m, "q"))), copies.copiesOf(firing("r", List.of(z, "q"))));
        assertEquals(copies.copiesOf(firing("r", List.of(m, z))), copies.copiesOf(firing("r", List.of(a, z))),
                "two copies of one set, the first before the second");
        assertNull(copies.copiesOf(firing("r", List.of(k))), "k has no copy");
        assertNull(copies.copiesOf(firing("r", List.of("k"))), "no document's fact");
        assertNull(copies.copiesOf(firing("r", List.of(a, k, m))), "three documents");
        Copies none = new Copies(ids, facts, List.of(), false);
        assertNull(none.copiesOf(firing("r", List.of(m, k))), "no copies looked for");
    }

    @Test
    void aFiringOverThreeDocumentsCannotBeExpanded() {
        List<String> ids = List.of("m", "k", "a", "z");
        List<List<Object>> facts = new ArrayList<>();
        for (String id : ids) {
            facts.add(List.of(document(id, id.equals("k") ? "other" : "text")));
        }
        Copies copies = new Copies(ids, facts, List.of(), true);
        assertNull(copies.expand(firing("r", List.of(facts.get(2).get(0), facts.get(1).get(0), facts.get(3).get(0)))));
    }

    @Test
    void declarationsFollowTheCopy() {
        List<String> ids = List.of("m", "a", "z");
        List<List<Object>> facts = new ArrayList<>();
        for (String id : ids) {
            facts.add(List.of(document(id, "text"), new NameBlock("key", id, "x")));
        }
        Copies copies = new Copies(ids, facts, List.of(), true);
        Map<String, Object> declarations = new LinkedHashMap<>();
        declarations.put("$a", facts.get(1).get(1));
        declarations.put("$doc", "a");
        declarations.put("$k", "key");
        declarations.put("$none", null);
        List<FindingSink.Firing> out = copies.expand(new FindingSink.Firing("r", List.of(facts.get(1).get(1)), declarations));
        assertEquals(3, out.size());
        FindingSink.Firing z = out.get(2);
        assertEquals(facts.get(2).get(1), z.declarations().get("$a"));
        assertEquals("z", z.declarations().get("$doc"));
        assertEquals("key", z.declarations().get("$k"));
        assertTrue(z.declarations().containsKey("$none"));
    }
}
