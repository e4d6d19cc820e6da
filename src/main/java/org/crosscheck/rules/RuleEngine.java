package org.crosscheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.NameSpellings;
import org.crosscheck.claims.Outlets;
import org.crosscheck.claims.QuoteBlock;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.claims.QuoteRun;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.ParallelFigures;
import org.crosscheck.findings.Disagreements;
import org.crosscheck.findings.Finding;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Thresholds;
import org.crosscheck.text.HouseStyle;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates the rules over one scope of documents at a time: a fresh session per scope, so joins
 * stay small, and a firing limit, so a rule that loops is stopped and reported.
 */
public final class RuleEngine {

    /** Default cap on rule firings in one session. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private final RuleSet rules;
    private final int firingLimit;
    private final boolean expandsCopies;
    /** The packaged rules, as a filter of rule names; a session fired with it alone leaves out blocks no rule joins. */
    private final Predicate<String> packaged;
    /** Whether a session of packaged rules leaves out the facts no packaged rule can match ({@link UnmatchedFacts}). */
    private final boolean leavesOutUnmatched;

    public RuleEngine(RuleSet rules, int firingLimit) {
        this(rules, firingLimit, true);
    }

    /** With {@code expandsCopies} false, every document is in the session, copies or not (for comparing the two). */
    public RuleEngine(RuleSet rules, int firingLimit, boolean expandsCopies) {
        this(rules, firingLimit, expandsCopies, true);
    }

    /** With {@code leavesOutUnmatched} false, a session holds the facts no packaged rule can match too (for comparing the two). */
    RuleEngine(RuleSet rules, int firingLimit, boolean expandsCopies, boolean leavesOutUnmatched) {
        this.rules = rules;
        this.firingLimit = firingLimit;
        this.expandsCopies = expandsCopies;
        this.packaged = rules::packaged;
        this.leavesOutUnmatched = leavesOutUnmatched;
    }

    /** The findings of one story, whether the firing limit cut a session short, and the sessions' firings. */
    public record Outcome(List<Finding> findings, boolean limitReached, int firings) {
    }

    public Outcome evaluate(String story, List<ExtractedDocument> documents) {
        return evaluate(story, documents, List.of(), Thresholds.DEFAULTS);
    }

    /**
     * One session over a story's documents, their claims, its events and the thresholds. A
     * document with copies in the story (syndication) is in the session twice at most, and the
     * findings are those of the session over every document ({@link Copies}): the packaged rules
     * are expanded to every copy; a rule of the editor's own ({@code --rules}) fires over every
     * document, for crosscheck cannot know that it keeps to what expansion needs. When expansion
     * cannot give exactly what one session would (a firing over three documents), the story is
     * evaluated over every document in one session. The firing limit counts a session's own
     * firings: with copies, those of the session of representatives (and of the editor's rules
     * over every copy), not the copies each firing stands for, so a story of many copies is not
     * stopped, nor evaluated over every copy, for its copies alone. A firing over two documents
     * with copies is one sighting standing for all their pairs ({@link Copies#expansion}), so k
     * copies of each side cost k, not k times k. A joined finding lists one pair of each pair of
     * documents' copies in {@code joined}, the first by id, whichever session found it.
     */
    public Outcome evaluate(String story, List<ExtractedDocument> documents, List<Event> events, Thresholds thresholds) {
        Outcome outcome = evaluate(story, documents, events, thresholds, expandsCopies);
        return outcome != null ? outcome : evaluate(story, documents, events, thresholds, false);
    }

    /** The outcome, or null when copies were to be expanded and cannot be expanded exactly. */
    private Outcome evaluate(String story, List<ExtractedDocument> documents, List<Event> events, Thresholds thresholds,
                             boolean expandCopies) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            texts.put(d.id(), d.document().text());
        }
        FindingSink sink = new FindingSink(rules, texts, story);
        // Quotes are compared in the story's house style, with the abbreviations its articles define.
        HouseStyle style = HouseStyle.ofStory(texts.values());
        List<String> ids = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            ids.add(d.id());
        }
        List<NameClaim> names = new ArrayList<>();
        List<List<Object>> facts = facts(documents, style, names);
        parallelFigures(documents, events, style, facts);
        // Which outlet each article comes from, where known: two outlets' romanisations of a name are two house styles.
        Map<String, String> sources = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            sources.put(d.id(), d.source());
        }
        Outlets outlets = new Outlets(sources);
        Copies copies = new Copies(ids, facts, events, true);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            all.add(i);
        }
        int fired;
        boolean limitReached;
        List<FindingSink.Firing> firings;
        List<Disagreements.Sighting> sightings = new ArrayList<>();
        if (!copies.any() || !expandCopies) {
            fired = fire(sink, facts, all, events, thresholds, names, outlets, null);
            limitReached = fired >= firingLimit;
            firings = sink.firings();
        } else {
            // The firing limit counts the firings of this session, not the copies they stand for.
            fired = fire(sink, facts, copies.sessionDocuments(), events, thresholds, names, outlets, packaged);
            limitReached = fired >= firingLimit;
            firings = new ArrayList<>();
            for (FindingSink.Firing f : sink.firings()) {
                Copies.Expansion each = copies.expansion(f);
                if (each == null) {
                    return null;
                }
                if (each.pairs() != null) {
                    // Every pair of copies the firing stands for, as one sighting: k copies a side cost k, not k times k.
                    sightings.add(sink.sighting(each.pairs()));
                }
                firings.addAll(each.each());
            }
            if (!rules.allPackaged()) {
                FindingSink own = new FindingSink(rules, texts, story);
                int ownFired = fire(own, facts, all, events, thresholds, names, outlets, name -> !rules.packaged(name));
                limitReached |= ownFired >= firingLimit;
                fired += ownFired;
                firings.addAll(own.firings());
            }
        }
        for (FindingSink.Firing f : firings) {
            sightings.add(sink.sighting(f, copies.copiesOf(f), copies.position(f)));
        }
        return new Outcome(List.copyOf(FindingSink.findings(sightings, rules)), limitReached, fired);
    }

    /**
     * Each document's facts in the order they go into a session: the document, then each claim,
     * followed by a name's blocks and a quote's passages; every name claim is added to {@code names}.
     */
    static List<List<Object>> facts(List<ExtractedDocument> documents, HouseStyle style, List<NameClaim> names) {
        List<List<Object>> facts = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            List<Object> of = new ArrayList<>();
            of.add(d.document());
            // One run of sentences per speaker the document quotes, and one per quote it gives no speaker.
            Map<String, List<QuotePassage>> runs = new LinkedHashMap<>();
            for (Claim c : d.claims()) {
                of.add(c);
                if (c instanceof NameClaim n) {
                    names.add(n);
                    // The name-variant rule joins words on keys they share, not every pair.
                    of.addAll(n.blocks());
                }
                if (c instanceof org.crosscheck.claims.ListedName l) {
                    // Listed words meet the listed words one letter from them on keys they share.
                    of.addAll(l.blocks());
                }
                if (c instanceof QuoteClaim q) {
                    // The quote rules compare quotes sentence by sentence; a sentence whose speaker is not
                    // named meets others on runs of content words it shares with them, not every pair.
                    List<QuotePassage> passages = q.passages(style, true);
                    for (QuotePassage p : passages) {
                        of.add(p);
                        of.addAll(p.blocks());
                    }
                    if (!passages.isEmpty()) {
                        String run = q.voice() == null ? "#" + q.span().start() : q.voice();
                        runs.computeIfAbsent(run, k -> new ArrayList<>()).addAll(passages);
                    }
                }
            }
            for (List<QuotePassage> run : runs.values()) {
                of.add(new QuoteRun(d.id(), run.get(0).voice(), run));
            }
            facts.add(of);
        }
        return facts;
    }

    /**
     * Adds to each document's facts its figures told in parallel sentences of another document
     * of one event ({@link ParallelFigures}).
     */
    static void parallelFigures(List<ExtractedDocument> documents, List<Event> events, HouseStyle style, List<List<Object>> facts) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ExtractedDocument d : documents) {
            ids.add(d.id());
        }
        Map<String, java.util.Set<String>> eventsOf = new java.util.HashMap<>();
        boolean anyPair = false;
        for (Event e : events) {
            int here = 0;
            for (String d : e.documents()) {
                eventsOf.computeIfAbsent(d, k -> new java.util.HashSet<>()).add(e.id());
                here += ids.contains(d) ? 1 : 0;
            }
            anyPair |= here > 1;
        }
        if (!anyPair) {
            // No two documents of the session share an event, so no two sentences may be aligned:
            // their sentences are not read (most stories of one article).
            return;
        }
        List<ParallelFigures.Source> sources = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            sources.add(ParallelFigures.Source.of(d.id(), d.document().text(), d.claims()));
        }
        Map<String, List<org.crosscheck.claims.ParallelFigure>> found = ParallelFigures.of(sources, style, (a, b) ->
                !java.util.Collections.disjoint(eventsOf.getOrDefault(a, java.util.Set.of()), eventsOf.getOrDefault(b, java.util.Set.of())));
        for (int i = 0; i < documents.size(); i++) {
            facts.get(i).addAll(found.getOrDefault(documents.get(i).id(), List.of()));
        }
    }

    /** Fires the rules {@code only} lets through (all when null) over these documents' facts; the number of firings. */
    private int fire(FindingSink sink, List<List<Object>> facts, List<Integer> documents, List<Event> events,
                     Thresholds thresholds, List<NameClaim> names, Outlets outlets, Predicate<String> only) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.insert(thresholds);
            session.insert(outlets);
            for (Event e : events) {
                session.insert(e);
            }
            // Blocks only the packaged rules join, and only in pairs: those no other block meets are left out.
            boolean packagedOnly = only == null ? rules.allPackaged() : only == packaged;
            java.util.Set<Object> joinable = packagedOnly ? JoinableBlocks.of(facts, documents) : null;
            // Facts no packaged rule can match: an event claim, a name of one word no pattern reads.
            boolean leaveOut = packagedOnly && leavesOutUnmatched;
            java.util.Set<String> namesRead = leaveOut ? UnmatchedFacts.singleNamesRead(facts, documents, joinable) : null;
            for (int i : documents) {
                for (Object o : facts.get(i)) {
                    if ((joinable == null || !(o instanceof NameBlock || o instanceof QuoteBlock) || joinable.contains(o))
                            && !(leaveOut && (UnmatchedFacts.ofNoPattern(o) || UnmatchedFacts.unread(o, namesRead)))) {
                        session.insert(o);
                    }
                }
            }
            if (!names.isEmpty()) {
                // Which articles write each spelling: spellings the articles keep apart are two words.
                session.insert(new NameSpellings(names));
            }
            return only == null ? session.fireAllRules(firingLimit)
                    : session.fireAllRules(m -> only.test(m.getRule().getName()), firingLimit);
        } finally {
            session.dispose();
        }
    }
}
