package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.StoryGrouper;

/**
 * The rules alone, two builds or more alternated in one JVM: {@code java -cp target/test-classes
 * org.crosscheck.bench.RulesAlternatingBenchmark CPFILE PATH ROUNDS BUILD...} (arguments as
 * {@link AlternatingBenchmark}'s). Each build, in a class loader of its own, reads and groups the
 * corpus once; then each round evaluates the rules over that grouping on one thread in each build in
 * turn ({@code Crosscheck.evaluate}) and prints the thread's CPU time, the findings and the load
 * average. Each build's test classes must hold this class. A benchmark, not a test.
 */
public final class RulesAlternatingBenchmark {
    private RulesAlternatingBenchmark() {
    }

    /** Reads, cleans, extracts and groups the corpus, and loads the packaged rules: {grouping, rules}. */
    public static Object[] prepare(String path) throws Exception {
        List<Document> docs = new ArrayList<>();
        Corpus.open(List.of(Path.of(path)), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, e -> { });
        List<ExtractedDocument> extracted = new ArrayList<>();
        for (Document d : docs) {
            extracted.add(Extractor.extract(Cleaner.clean(d)));
        }
        Grouping grouping = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, 1);
        return new Object[] {grouping, RuleSet.load(null)};
    }

    /** One evaluation of the rules on this thread: {CPU nanoseconds, findings}. */
    public static long[] evaluate(Object[] prepared) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long a = bean.getCurrentThreadCpuTime();
        int findings = Crosscheck.evaluate((Grouping) prepared[0], (RuleSet) prepared[1],
                Crosscheck.Options.DEFAULTS.withThreads(1), new ArrayList<>()).size();
        return new long[] {bean.getCurrentThreadCpuTime() - a, findings};
    }

    public static void main(String[] args) throws Exception {
        String corpus = args[1];
        int rounds = Integer.parseInt(args[2]);
        List<String> builds = List.of(args).subList(3, args.length);
        List<ClassLoader> loaders = AlternatingBenchmark.loaders(Path.of(args[0]), builds);
        List<Object> prepared = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            Thread.currentThread().setContextClassLoader(loader);
            prepared.add(loader.loadClass(RulesAlternatingBenchmark.class.getName()).getMethod("prepare", String.class)
                    .invoke(null, corpus));
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds.size(); k++) {
                ClassLoader loader = loaders.get(k);
                Thread.currentThread().setContextClassLoader(loader);
                Method evaluate = loader.loadClass(RulesAlternatingBenchmark.class.getName()).getMethod("evaluate", Object[].class);
                long[] result = (long[]) evaluate.invoke(null, prepared.get(k));
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                System.out.printf("round %d %s load %s | rules %,d ms CPU, %d findings%n", r, builds.get(k), load,
                        result[0] / 1_000_000, result[1]);
            }
        }
    }
}
