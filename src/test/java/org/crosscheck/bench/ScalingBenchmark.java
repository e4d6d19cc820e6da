package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.findings.Finding;
import org.crosscheck.rules.RuleEngine;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;

/**
 * Time per article as the corpus grows: {@code java -cp ... org.crosscheck.bench.ScalingBenchmark
 * PATH [FACTORS] [--rounds=N] [--every-copy]}, where FACTORS (default {@code 1,2,5,10}) are how many times the corpus under
 * PATH is replicated, each copy with distinct ids ({@code c2/1/1_1ecb}). Every phase runs on
 * one thread and is timed in that thread's CPU time, so other work on the machine moves the
 * figures little. Each factor runs N times (default 2; the first factor once more) and the last, warm, run is printed, as CPU
 * microseconds per article and as a multiple of the first factor's. Replicated copies are
 * exact duplicates of one another: a path quadratic in duplicates shows as a multiple growing
 * with the factor. With {@code --every-copy}, the rules also run with every copy in the session
 * (no expansion of copies, {@code RuleEngine(rules, limit, false)}), as they did before copies
 * were expanded, in the column "every copy µs", and the findings of the two are compared.
 * A benchmark, not a test: nothing here asserts a time.
 */
public final class ScalingBenchmark {
    private ScalingBenchmark() {
    }

    static List<Document> replicate(List<Document> docs, int factor) {
        List<Document> out = new ArrayList<>(docs.size() * factor);
        for (int k = 1; k <= factor; k++) {
            for (Document d : docs) {
                String prefix = k == 1 ? "" : "c" + k + "/";
                out.add(new Document(prefix + d.id(), prefix + d.path(), d.text(), d.readNotes(), d.title(), d.source(),
                        d.published()));
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        String[] factors = (args.length > 1 && !args[1].startsWith("--") ? args[1] : "1,2,5,10").split(",");
        int rounds = 2;
        boolean everyCopy = false;
        for (String a : args) {
            if (a.startsWith("--rounds=")) {
                rounds = Integer.parseInt(a.substring("--rounds=".length()));
            }
            everyCopy |= a.equals("--every-copy");
        }
        List<Document> docs = new ArrayList<>();
        Corpus.open(List.of(path), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, e -> { });
        RuleSet rules = RuleSet.load(null);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] first = null;
        double firstFull = 0;
        System.out.printf("%-8s %9s %12s %12s %12s %12s %9s%s%n", "factor", "articles", "extract µs", "group µs", "rules µs",
                "all µs", "findings", everyCopy ? String.format(" %15s", "every copy µs") : "");
        for (String f : factors) {
            int factor = Integer.parseInt(f.trim());
            List<Document> corpus = replicate(docs, factor);
            double[] perArticle = null;
            double full = 0;
            int findings = 0;
            // The first factor runs once more: its last run is as warm as the others'.
            for (int round = first == null ? -1 : 0; round < rounds; round++) {
                long a = cpu.getCurrentThreadCpuTime();
                List<ExtractedDocument> extracted = new ArrayList<>(corpus.size());
                for (Document d : corpus) {
                    extracted.add(Extractor.extract(Cleaner.clean(d)));
                }
                long b = cpu.getCurrentThreadCpuTime();
                Grouping g = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, 1);
                long c = cpu.getCurrentThreadCpuTime();
                List<Finding> found = org.crosscheck.Crosscheck.evaluate(g, rules,
                        org.crosscheck.Crosscheck.Options.DEFAULTS.withThreads(1), new ArrayList<>());
                findings = found.size();
                long e = cpu.getCurrentThreadCpuTime();
                double n = corpus.size();
                if (everyCopy) {
                    List<Finding> all = everyCopy(g, rules);
                    full = (cpu.getCurrentThreadCpuTime() - e) / 1e3 / n;
                    if (!all.equals(found)) {
                        throw new IllegalStateException("the findings with every copy in the session differ at " + factor + "x");
                    }
                }
                perArticle = new double[] {(b - a) / 1e3 / n, (c - b) / 1e3 / n, (e - c) / 1e3 / n, (e - a) / 1e3 / n};
            }
            if (first == null) {
                first = perArticle;
            }
            if (everyCopy && firstFull == 0) {
                firstFull = full;
            }
            System.out.printf("%-8s %9d %12s %12s %12s %12s %9d%s%n", factor + "x", corpus.size(),
                    cell(perArticle[0], first[0]), cell(perArticle[1], first[1]), cell(perArticle[2], first[2]),
                    cell(perArticle[3], first[3]), findings, everyCopy ? String.format(" %15s", cell(full, firstFull)) : "");
        }
    }

    /** The findings of the rules with every copy in each story's session, one thread, in the order of {@code Crosscheck.evaluate}. */
    private static List<Finding> everyCopy(Grouping g, RuleSet rules) {
        RuleEngine engine = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT, false);
        Map<String, List<ExtractedDocument>> byStory = new LinkedHashMap<>();
        for (ExtractedDocument d : g.documents()) {
            byStory.computeIfAbsent(g.storyOf().get(d.id()), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Event>> events = new LinkedHashMap<>();
        for (Event e : g.events()) {
            events.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
        }
        List<Finding> out = new ArrayList<>();
        for (Story story : g.stories()) {
            out.addAll(engine.evaluate(story.id(), byStory.get(story.id()), events.getOrDefault(story.id(), List.of()),
                    Thresholds.DEFAULTS).findings());
        }
        return out;
    }

    private static String cell(double value, double base) {
        return String.format("%,.0f (%.2f)", value, value / base);
    }
}
