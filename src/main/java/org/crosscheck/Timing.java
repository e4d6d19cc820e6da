package org.crosscheck;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's time goes, printed to standard error when {@code CROSSCHECK_TIMING} is set in the
 * environment: JVM start up to {@code main}, then each step. Off, it costs a field read a step.
 */
public final class Timing {

    private static final boolean ENABLED = System.getenv("CROSSCHECK_TIMING") != null;
    private static final Map<String, Long> STEPS = new LinkedHashMap<>();
    private static final Map<String, Long> CPU = new LinkedHashMap<>();
    private static final Map<String, Long> PROCESS = new LinkedHashMap<>();
    private static long last;
    private static long lastCpu;
    private static long lastProcess;
    private static long mainAt;

    private Timing() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Called first thing in {@code main}. */
    public static void start() {
        if (ENABLED) {
            last = System.nanoTime();
            mainAt = System.currentTimeMillis();
            lastCpu = cpu();
            lastProcess = processCpu();
        }
    }

    /** Ends the step called {@code step}, which began at the previous call (or at {@link #start()}). */
    public static void step(String step) {
        if (ENABLED) {
            long now = System.nanoTime();
            long cpu = cpu();
            long process = processCpu();
            add(step, now - last);
            synchronized (Timing.class) {
                CPU.merge(step, cpu - lastCpu, Long::sum);
                PROCESS.merge(step, process - lastProcess, Long::sum);
            }
            last = System.nanoTime();
            lastCpu = cpu();
            lastProcess = processCpu();
        }
    }

    /** Adds time measured elsewhere to {@code step}. */
    public static synchronized void add(String step, long nanos) {
        if (ENABLED) {
            STEPS.merge(step, nanos, Long::sum);
        }
    }

    /**
     * Prints {@code line} at once, with the wall seconds since {@code main}, the process's CPU
     * seconds and the heap in use: for a long run's progress (a store's batches), read while it runs.
     */
    public static void note(String line) {
        if (ENABLED) {
            Runtime rt = Runtime.getRuntime();
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            System.err.printf("crosscheck timing: %s; %.1f s wall, %.1f s cpu, heap %d MB%n", line,
                    (System.currentTimeMillis() - mainAt) / 1000.0, process / 1000.0,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.err.flush();
        }
    }

    /** The main thread's CPU time: unlike wall time, it hardly moves when other processes share the cores. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The CPU time of every thread of the process: with the wall time, how many cores a step kept busy. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Prints the steps, the JVM's start before {@code main}, and the classes it loaded. */
    public static void print(PrintStream err) {
        if (!ENABLED) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder sb = new StringBuilder(String.format("crosscheck timing (ms)  %-24s %7s %7s %8s%n", "", "wall", "cpu", "process"));
        sb.append(String.format("  %-44s %7d%n", "JVM start, up to main", mainAt - jvmStart));
        long total = mainAt - jvmStart;
        for (Map.Entry<String, Long> e : STEPS.entrySet()) {
            long ms = e.getValue() / 1_000_000;
            total += ms;
            sb.append(String.format("  %-44s %7d %7d %8d%n", e.getKey(), ms, CPU.getOrDefault(e.getKey(), 0L) / 1_000_000,
                    PROCESS.getOrDefault(e.getKey(), 0L) / 1_000_000));
        }
        sb.append(String.format("  %-44s %7d%n", "total", total));
        sb.append(String.format("  classes loaded %d, JIT %d ms (cpu: the main thread's; the JIT and GC run on others)%n",
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime()));
        sb.append(threads());
        err.print(sb);
        err.flush();
    }

    /**
     * The process's CPU by kind of thread (Linux only: from {@code /proc/self/task}; threads that
     * have ended, such as the extraction workers, are counted together), and the collectors' time.
     */
    private static String threads() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        long listed = 0;
        try (var tasks = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : tasks) {
                try {
                    String name = java.nio.file.Files.readString(t.resolve("comm")).trim().replaceAll("[-#]?[0-9]+$", "");
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // USER_HZ is 100
                    byKind.merge(name, ms, Long::sum);
                    listed += ms;
                } catch (java.io.IOException | RuntimeException e) {
                    // The thread ended while it was read.
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        StringBuilder sb = new StringBuilder(String.format("  process cpu %d ms:", process));
        byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format(" %s %d,", e.getKey(), e.getValue())));
        sb.append(String.format(" ended threads %d%n", Math.max(0, process - listed)));
        long gcCount = 0;
        long gcMs = 0;
        for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, b.getCollectionCount());
            gcMs += Math.max(0, b.getCollectionTime());
        }
        sb.append(String.format("  collections %d, %d ms; heap committed %d MB%n", gcCount, gcMs,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20));
        return sb.toString();
    }
}
