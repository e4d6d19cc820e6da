package org.crosscheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.NameSpellings;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.extract.ExtractedDocument;
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

    public RuleEngine(RuleSet rules, int firingLimit) {
        this.rules = rules;
        this.firingLimit = firingLimit;
    }

    /** The findings of one session, and whether the firing limit cut it short. */
    public record Outcome(List<Finding> findings, boolean limitReached, int firings) {
    }

    public Outcome evaluate(String story, List<ExtractedDocument> documents) {
        return evaluate(story, documents, List.of(), Thresholds.DEFAULTS);
    }

    /** One session over a story's documents, their claims, its events and the thresholds. */
    public Outcome evaluate(String story, List<ExtractedDocument> documents, List<Event> events, Thresholds thresholds) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            texts.put(d.id(), d.document().text());
        }
        FindingSink sink = new FindingSink(rules, texts, story);
        // Quotes are compared in the story's house style, with the abbreviations its articles define.
        HouseStyle style = HouseStyle.ofStory(texts.values());
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.insert(thresholds);
            for (Event e : events) {
                session.insert(e);
            }
            List<NameClaim> names = new ArrayList<>();
            for (ExtractedDocument d : documents) {
                session.insert(d.document());
                for (Claim c : d.claims()) {
                    session.insert(c);
                    if (c instanceof NameClaim n) {
                        names.add(n);
                        // The name-variant rule joins words on keys they share, not every pair.
                        for (NameBlock b : n.blocks()) {
                            session.insert(b);
                        }
                    }
                    if (c instanceof QuoteClaim q) {
                        // The quote rules compare quotes sentence by sentence.
                        for (QuotePassage p : q.passages(style)) {
                            session.insert(p);
                        }
                    }
                }
            }
            if (!names.isEmpty()) {
                // Which articles write each spelling: spellings the articles keep apart are two words.
                session.insert(new NameSpellings(names));
            }
            int fired = session.fireAllRules(firingLimit);
            return new Outcome(List.copyOf(sink.findings()), fired >= firingLimit, fired);
        } finally {
            session.dispose();
        }
    }
}
