package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.Crosscheck;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleSet;

/**
 * Where a warm {@code check} run's CPU goes, round after round, the JIT compiler's threads
 * included: {@code java -cp ... org.crosscheck.bench.WarmupBenchmark PATH [ROUNDS]}. Each round
 * runs {@code check} end to end as {@link PipelineBenchmark} does and prints its wall time, the
 * process's CPU time, the CPU each kind of thread took (from {@code /proc/self/task}, so Linux
 * only; the extraction threads of a round end with it and are not listed), the collectors' time
 * and the compiler's. A benchmark, not a test.
 */
public final class WarmupBenchmark {
    private WarmupBenchmark() {
    }

    /** CPU milliseconds of this process's live threads, by name without its number ("C2 CompilerThread0" as "C2 CompilerThread"). */
    static Map<String, Long> threads() {
        Map<String, Long> out = new TreeMap<>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            long tick = 10; // ms: USER_HZ is 100 on Linux
            for (Path t : tasks) {
                try {
                    String name = Files.readString(t.resolve("comm")).trim().replaceAll("[-#]?[0-9]+$", "");
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // The thread ended while it was read.
                }
            }
        } catch (java.io.IOException e) {
            // No /proc: threads are not listed.
        }
        return out;
    }

    private static long collectorsMs() {
        long t = 0;
        for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, b.getCollectionTime());
        }
        return t;
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        RuleSet rules = RuleSet.load(null);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        for (int r = 1; r <= rounds; r++) {
            Map<String, Long> threads0 = threads();
            long gc0 = collectorsMs();
            long jit0 = jit.getTotalCompilationTime();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Report report = Crosscheck.check(Corpus.open(List.of(path), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules,
                    Crosscheck.Options.DEFAULTS, k -> { });
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            int n = report.documents().size();
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Long> e : threads().entrySet()) {
                long ms = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
                if (ms >= 50) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(String.format("%,d", ms));
                }
            }
            System.out.printf("round %d: %d docs, %d findings | wall %,.0f ms (%,.0f docs/s) | process CPU %,.0f ms | load %.1f%n",
                    r, n, report.findings().size(), (t1 - t0) / 1e6, n / ((t1 - t0) / 1e9), (cpu1 - cpu0) / 1e6,
                    os.getSystemLoadAverage());
            System.out.printf("         CPU ms by thread: %s | collections %,d ms | compiling %,d ms (compiler threads' wall)%n", sb,
                    collectorsMs() - gc0, jit.getTotalCompilationTime() - jit0);
        }
    }
}
