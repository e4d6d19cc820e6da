package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.rules.RuleEngine;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;

/**
 * Documents a second through each phase of the pipeline, warm, over a corpus folder:
 * {@code java -cp ... org.crosscheck.bench.PipelineBenchmark PATH [ROUNDS]}. A benchmark, not a
 * test: speed targets are measured here, never asserted in a unit test.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Document> docs = new ArrayList<>();
        Corpus.open(List.of(path), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, e -> { });
        long t0 = System.nanoTime();
        RuleSet rules = RuleSet.load(null);
        System.out.printf("rules compiled in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        RuleEngine engine = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT);
        for (int r = 1; r <= rounds; r++) {
            long a = System.nanoTime();
            List<CleanedDocument> cleaned = new ArrayList<>();
            for (Document d : docs) {
                cleaned.add(Cleaner.clean(d));
            }
            long b = System.nanoTime();
            List<ExtractedDocument> extracted = new ArrayList<>();
            for (CleanedDocument c : cleaned) {
                extracted.add(Extractor.extract(c));
            }
            long c = System.nanoTime();
            Grouping g = StoryGrouper.group(extracted);
            long d = System.nanoTime();
            int findings = 0;
            for (Story s : g.stories()) {
                List<ExtractedDocument> members = g.documents().stream().filter(x -> s.id().equals(g.storyOf().get(x.id()))).toList();
                List<Event> events = g.events().stream().filter(e -> e.story().equals(s.id())).toList();
                findings += engine.evaluate(s.id(), members, events, Thresholds.DEFAULTS).findings().size();
            }
            long e = System.nanoTime();
            int n = docs.size();
            System.out.printf("round %d: %d docs | clean %,.0f docs/s | extract %,.0f docs/s | group %,.0f docs/s | rules %,.0f docs/s"
                            + " | all %,.0f docs/s (%d findings)%n", r, n, n / ((b - a) / 1e9), n / ((c - b) / 1e9),
                    n / ((d - c) / 1e9), n / ((e - d) / 1e9), n / ((e - a) / 1e9), findings);
        }
    }
}
