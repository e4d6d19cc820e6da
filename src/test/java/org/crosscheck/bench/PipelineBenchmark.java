package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Parallel;
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

    /** Reads every article file under {@code path}, decodes it and counts its words: the floor no checker can beat. */
    static long rawScan(Path path) throws Exception {
        long words = 0;
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(path)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            boolean in = false;
            for (int i = 0; i < text.length(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !in) {
                    words++;
                }
                in = letter;
            }
        }
        return words;
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
            Grouping g = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, 1);
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
                            + " | all %,.0f docs/s, one thread (%d findings)%n", r, n, n / ((b - a) / 1e9), n / ((c - b) / 1e9),
                    n / ((d - c) / 1e9), n / ((e - d) / 1e9), n / ((e - a) / 1e9), findings);
            // Grouping and the rules as `check` runs them, on every core.
            int cores = Parallel.cores();
            long gp0 = System.nanoTime();
            Grouping gp = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, cores);
            long gp1 = System.nanoTime();
            int parallelFindings = org.crosscheck.Crosscheck.evaluate(gp, rules, org.crosscheck.Crosscheck.Options.DEFAULTS,
                    new ArrayList<>()).size();
            long gp2 = System.nanoTime();
            System.out.printf("         on %d threads: group %,.0f docs/s | rules %,.0f docs/s (%d findings)%n", cores,
                    n / ((gp1 - gp0) / 1e9), n / ((gp2 - gp1) / 1e9), parallelFindings);
            // End to end as `check` runs it (files read, extraction on every core), beside a raw
            // read-and-scan of the same files: read, decode, count words, one thread.
            long f = System.nanoTime();
            long words = rawScan(path);
            long g2 = System.nanoTime();
            org.crosscheck.report.Report report = org.crosscheck.Crosscheck.check(
                    Corpus.open(List.of(path), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules, org.crosscheck.Crosscheck.Options.DEFAULTS,
                    k -> { });
            long h = System.nanoTime();
            System.out.printf("         raw scan %,.0f docs/s (%,d words) | check end to end %,.0f docs/s on %d cores (%d findings)"
                            + " | %.1f times the raw scan's time%n", n / ((g2 - f) / 1e9), words, n / ((h - g2) / 1e9),
                    Runtime.getRuntime().availableProcessors(), report.findings().size(), (double) (h - g2) / (g2 - f));
        }
    }
}
