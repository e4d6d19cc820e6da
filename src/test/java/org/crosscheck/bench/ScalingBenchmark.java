package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.rules.RuleEngine;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.StoryGrouper;

/**
 * Time per article as the corpus grows: {@code java -cp ... org.crosscheck.bench.ScalingBenchmark
 * PATH [FACTORS]}, where FACTORS (default {@code 1,2,5,10}) are how many times the corpus under
 * PATH is replicated, each copy with distinct ids ({@code c2/1/1_1ecb}). Every phase runs on
 * one thread and is timed in that thread's CPU time, so other work on the machine moves the
 * figures little. Each factor runs twice (the first three times) and the last, warm, run is printed, as CPU
 * microseconds per article and as a multiple of the first factor's. Replicated copies are
 * exact duplicates of one another: a path quadratic in duplicates shows as a multiple growing
 * with the factor. A benchmark, not a test: nothing here asserts a time.
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
        String[] factors = (args.length > 1 ? args[1] : "1,2,5,10").split(",");
        List<Document> docs = new ArrayList<>();
        Corpus.open(List.of(path), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, e -> { });
        RuleSet rules = RuleSet.load(null);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] first = null;
        System.out.printf("%-8s %9s %12s %12s %12s %12s %9s%n", "factor", "articles", "extract µs", "group µs", "rules µs",
                "all µs", "findings");
        for (String f : factors) {
            int factor = Integer.parseInt(f.trim());
            List<Document> corpus = replicate(docs, factor);
            double[] perArticle = null;
            int findings = 0;
            // The first factor runs once more: its last run is as warm as the others'.
            for (int round = first == null ? -1 : 0; round < 2; round++) {
                long a = cpu.getCurrentThreadCpuTime();
                List<ExtractedDocument> extracted = new ArrayList<>(corpus.size());
                for (Document d : corpus) {
                    extracted.add(Extractor.extract(Cleaner.clean(d)));
                }
                long b = cpu.getCurrentThreadCpuTime();
                Grouping g = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, 1);
                long c = cpu.getCurrentThreadCpuTime();
                findings = org.crosscheck.Crosscheck.evaluate(g, rules,
                        org.crosscheck.Crosscheck.Options.DEFAULTS.withThreads(1), new ArrayList<>()).size();
                long e = cpu.getCurrentThreadCpuTime();
                double n = corpus.size();
                perArticle = new double[] {(b - a) / 1e3 / n, (c - b) / 1e3 / n, (e - c) / 1e3 / n, (e - a) / 1e3 / n};
            }
            if (first == null) {
                first = perArticle;
            }
            System.out.printf("%-8s %9d %12s %12s %12s %12s %9d%n", factor + "x", corpus.size(),
                    cell(perArticle[0], first[0]), cell(perArticle[1], first[1]), cell(perArticle[2], first[2]),
                    cell(perArticle[3], first[3]), findings);
        }
    }

    private static String cell(double value, double base) {
        return String.format("%,.0f (%.2f)", value, value / base);
    }
}
