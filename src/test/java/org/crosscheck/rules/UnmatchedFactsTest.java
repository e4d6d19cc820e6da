package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.ListedName;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which facts a session of packaged rules leaves out ({@link UnmatchedFacts}): an event claim, and a
 * one-word name whose spelling no pattern of the name-variant rules can read; and that leaving them
 * out changes no outcome of any case of any rule's case file.
 */
class UnmatchedFactsTest {
    private static RuleEngine leaving;
    private static RuleEngine keeping;

    @BeforeAll
    static synchronized void compile() throws Exception {
        RuleSet rules = RuleSet.load(null);
        leaving = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT, true, true);
        keeping = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT, true, false);
    }

    private static NameClaim name(String document, String text) {
        return new NameClaim(document, new Span(0, text.length()), text, "_");
    }

    private static RoleClaim role(String document, String person) {
        return new RoleClaim(document, new Span(0, 5), "Mayor " + person, person, person.toLowerCase(), "Mayor", "mayor",
                null, true, -1);
    }

    @Test
    void theSpellingsReadAreTheBlocksHeldPairsLongerNamesHoldersAndListedNames() {
        NameBlock held = new NameBlock("brndvk", "a", "brandvik");
        NameBlock notHeld = new NameBlock("krrw", "a", "korrow");
        NameClaim pair = name("a", "Ulla Tennick");
        NameClaim triple = name("b", "Vastra Quay Board");
        NameClaim single = name("b", "Morrow");
        RoleClaim holder = role("b", "Edda Kelvane");
        ListedName listed = new ListedName("b", new Span(0, 6), "Bostra", List.of("Arlen"));
        List<List<Object>> facts = List.of(new ArrayList<>(List.of(held, notHeld, pair)),
                new ArrayList<>(List.of(triple, single, holder, listed)));
        Set<Object> joinable = new HashSet<>(List.of(held));
        Set<String> read = UnmatchedFacts.singleNamesRead(facts, List.of(0, 1), joinable);
        assertEquals(Set.of("brandvik", "ulla tennick", "ullatennick", "vastra quay board", "kelvane", "bostra"), read);
        // Without a filter of the blocks (every block held) the other block's spelling is read too.
        assertTrue(UnmatchedFacts.singleNamesRead(facts, List.of(0, 1), null).contains("korrow"));
        // Only the documents of the session count.
        assertEquals(Set.of("vastra quay board", "kelvane", "bostra"), UnmatchedFacts.singleNamesRead(facts, List.of(1), joinable));
        assertEquals(Set.of(), UnmatchedFacts.singleNamesRead(facts, List.of(), joinable));
    }

    @Test
    void aRoleWhoseHolderHasNoSurnameToReadAddsNothing() {
        RoleClaim nobody = new RoleClaim("a", new Span(0, 5), "Mayor", null, "x", "Mayor", "mayor", null, true, -1);
        assertEquals(Set.of(), UnmatchedFacts.singleNamesRead(List.of(List.of(nobody)), List.of(0), null));
    }

    @Test
    void onlyOneWordNamesOfSpellingsNotReadAreLeftOut() {
        Set<String> read = Set.of("brandvik", "ulla tennick");
        assertTrue(UnmatchedFacts.unread(name("a", "Korrow"), read));
        assertFalse(UnmatchedFacts.unread(name("a", "Brandvik"), read));
        assertFalse(UnmatchedFacts.unread(name("a", "BRANDVIK"), read));
        assertFalse(UnmatchedFacts.unread(name("a", "Edda Morrow"), read));
        assertFalse(UnmatchedFacts.unread(name("a", "Vastra Quay Board"), read));
        assertFalse(UnmatchedFacts.unread(role("a", "Edda Kelvane"), read));
    }

    @Test
    void anEventClaimIsOfNoPatternAndOtherClaimsAre() {
        assertTrue(UnmatchedFacts.ofNoPattern(new EventClaim("a", new Span(0, 4), "fire", "fire", null, null)));
        assertFalse(UnmatchedFacts.ofNoPattern(name("a", "Korrow")));
        assertFalse(UnmatchedFacts.ofNoPattern(role("a", "Edda Kelvane")));
        assertFalse(UnmatchedFacts.ofNoPattern(new Document("a", "a.txt", "text", List.of())));
    }

    /** No packaged rule file has a pattern of an event claim: it does not import the class. */
    @Test
    void noPackagedRuleImportsEventClaim() throws Exception {
        for (Path file : RuleCases.files()) {
            Path drl = Path.of(file.toString().replace(".cases.yaml", ".drl"));
            assertFalse(Files.readString(drl).contains("EventClaim"), drl.toString());
        }
    }

    /** Every case of every rule's case file: the outcomes (findings, firings) with and without the facts left out. */
    @Test
    void everyCaseHasTheSameOutcomeEitherWay() throws Exception {
        int cases = 0;
        for (Path file : RuleCases.files()) {
            for (RuleCases.Case c : RuleCases.read(file).cases()) {
                List<ExtractedDocument> docs = CopiesTest.withCopies(c.documents(), id -> List.of());
                assertEquals(outcomes(keeping, docs), outcomes(leaving, docs), file + ": " + c.name());
                cases++;
            }
        }
        assertTrue(cases > 100, "cases: " + cases);
    }

    /** Each story's outcome, firings counted, by one engine. */
    static List<RuleEngine.Outcome> outcomes(RuleEngine engine, List<ExtractedDocument> docs) {
        Grouping grouping = StoryGrouper.group(docs);
        List<RuleEngine.Outcome> out = new ArrayList<>();
        for (Story story : grouping.stories()) {
            List<ExtractedDocument> members = grouping.documents().stream()
                    .filter(d -> story.id().equals(grouping.storyOf().get(d.id()))).toList();
            List<Event> events = grouping.events().stream().filter(e -> e.story().equals(story.id())).toList();
            out.add(engine.evaluate(story.id(), members, events, Thresholds.DEFAULTS));
        }
        return out;
    }

    /** The two engines, compiled once: {leaving out, keeping every fact}. */
    static synchronized RuleEngine[] engines() throws Exception {
        if (leaving == null) {
            compile();
        }
        return new RuleEngine[] {leaving, keeping};
    }
}
