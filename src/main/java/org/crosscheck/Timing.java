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
    private static long last;
    private static long lastCpu;
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
        }
    }

    /** Ends the step called {@code step}, which began at the previous call (or at {@link #start()}). */
    public static void step(String step) {
        if (ENABLED) {
            long now = System.nanoTime();
            long cpu = cpu();
            add(step, now - last);
            synchronized (Timing.class) {
                CPU.merge(step, cpu - lastCpu, Long::sum);
            }
            last = System.nanoTime();
            lastCpu = cpu();
        }
    }

    /** Adds time measured elsewhere to {@code step}. */
    public static synchronized void add(String step, long nanos) {
        if (ENABLED) {
            STEPS.merge(step, nanos, Long::sum);
        }
    }

    /** The main thread's CPU time: unlike wall time, it hardly moves when other processes share the cores. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Prints the steps, the JVM's start before {@code main}, and the classes it loaded. */
    public static void print(PrintStream err) {
        if (!ENABLED) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder sb = new StringBuilder(String.format("crosscheck timing (ms)  %-24s %7s %7s%n", "", "wall", "cpu"));
        sb.append(String.format("  %-44s %7d%n", "JVM start, up to main", mainAt - jvmStart));
        long total = mainAt - jvmStart;
        for (Map.Entry<String, Long> e : STEPS.entrySet()) {
            long ms = e.getValue() / 1_000_000;
            total += ms;
            sb.append(String.format("  %-44s %7d %7d%n", e.getKey(), ms, CPU.getOrDefault(e.getKey(), 0L) / 1_000_000));
        }
        sb.append(String.format("  %-44s %7d%n", "total", total));
        sb.append(String.format("  classes loaded %d, JIT %d ms (cpu: the main thread's; the JIT and GC run on others)%n",
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime()));
        err.print(sb);
        err.flush();
    }
}
