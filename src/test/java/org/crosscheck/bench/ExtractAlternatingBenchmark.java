package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.StoryGrouper;

/**
 * Cleaning, extraction and grouping of two builds or more, alternated round by round in one JVM:
 * {@code java -cp target/test-classes org.crosscheck.bench.ExtractAlternatingBenchmark CPFILE PATH
 * ROUNDS BUILD...}, each BUILD a folder with a build's {@code classes} and {@code test-classes}
 * (this class copied into the latter when the build lacks it), each in a class loader of its own
 * ({@link AlternatingBenchmark#loaders}). Unlike {@link AlternatingBenchmark} the rules are neither
 * compiled nor run, so a round costs some 4 s of CPU instead of 15: for changes to reading and
 * grouping on a loaded machine. Each line gives the thread's CPU microseconds an article for
 * cleaning, extraction and grouping (one thread), the kilobytes the thread allocated an article
 * in all three and in extraction and grouping apart (which the machine's load does not move), the stories and claims as a check that the
 * builds read alike, and the load. A benchmark, not a test: nothing here asserts a time.
 */
public final class ExtractAlternatingBenchmark {
    private ExtractAlternatingBenchmark() {
    }

    private static List<Document> docs;

    /** One round in this loader's build: CPU µs an article for cleaning, extraction, grouping; stories; claims. */
    public static String round(String path) throws Exception {
        if (docs == null) {
            List<Document> read = new ArrayList<>();
            Corpus.open(List.of(Path.of(path)), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(read::add, e -> { });
            docs = read;
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean heap = (com.sun.management.ThreadMXBean) cpu;
        long ha = heap.getCurrentThreadAllocatedBytes();
        long a = cpu.getCurrentThreadCpuTime();
        List<CleanedDocument> cleaned = new ArrayList<>(docs.size());
        for (Document d : docs) {
            cleaned.add(Cleaner.clean(d));
        }
        long b = cpu.getCurrentThreadCpuTime();
        long hb = heap.getCurrentThreadAllocatedBytes();
        List<ExtractedDocument> extracted = new ArrayList<>(docs.size());
        for (CleanedDocument c : cleaned) {
            extracted.add(Extractor.extract(c));
        }
        long c = cpu.getCurrentThreadCpuTime();
        long hc = heap.getCurrentThreadAllocatedBytes();
        Grouping g = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, 1);
        long d = cpu.getCurrentThreadCpuTime();
        long hd = heap.getCurrentThreadAllocatedBytes();
        double n = docs.size();
        long claims = extracted.stream().mapToLong(x -> x.claims().size()).sum();
        return String.format("clean %,6.0f | extract %,6.0f | group %,6.0f | all %,6.0f µs an article | %,6.0f KB allocated an article"
                        + " (extract %,5.1f, group %,5.1f) | %d stories, %d claims",
                (b - a) / 1e3 / n, (c - b) / 1e3 / n, (d - c) / 1e3 / n, (d - a) / 1e3 / n, (hd - ha) / 1024.0 / n,
                (hc - hb) / 1024.0 / n, (hd - hc) / 1024.0 / n, g.stories().size(), claims);
    }

    public static void main(String[] args) throws Exception {
        String corpus = args[1];
        int rounds = Integer.parseInt(args[2]);
        List<String> builds = List.of(args).subList(3, args.length);
        List<ClassLoader> loaders = AlternatingBenchmark.loaders(Path.of(args[0]), builds);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds.size(); k++) {
                ClassLoader loader = loaders.get(k);
                Thread.currentThread().setContextClassLoader(loader);
                Method round = loader.loadClass(ExtractAlternatingBenchmark.class.getName()).getMethod("round", String.class);
                String line = (String) round.invoke(null, corpus);
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                System.out.println("round " + r + " " + builds.get(k) + " load " + load + " | " + line);
            }
        }
    }
}
