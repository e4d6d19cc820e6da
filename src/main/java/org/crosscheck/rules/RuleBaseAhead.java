package org.crosscheck.rules;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The packaged rule set built ahead, on a thread of its own, while the command line is parsed and
 * the input listed: those steps keep one core busy and leave the other idle, and building the rule
 * base (some 0.3 s of CPU cold) was the next thing the main thread did. The first load of the
 * packaged rules alone ({@link RuleSet#load} without a folder) takes the rule set built ahead, once;
 * any later load builds its own. A build ahead that fails is as if none had been started: the load
 * then builds the rules itself and reports what went wrong as it always did.
 */
public final class RuleBaseAhead {

    private static FutureTask<RuleSet> ahead;

    private RuleBaseAhead() {
    }

    /** Starts building the packaged rule set on a daemon thread, unless a build ahead is already waiting to be taken. */
    public static void start() {
        start(RuleSet::loadPackagedAhead);
    }

    /** Starts {@code build} on a daemon thread as the build ahead, unless one is already waiting to be taken. */
    static synchronized void start(java.util.concurrent.Callable<RuleSet> build) {
        if (ahead != null) {
            return;
        }
        FutureTask<RuleSet> task = new FutureTask<>(build);
        Thread t = new Thread(task, "crosscheck-rules");
        t.setDaemon(true);
        ahead = task;
        t.start();
    }

    /**
     * The rule set built ahead, waiting for it if it is still being built, or null when none was
     * started, it was already taken, or its build failed. Whatever it gives, no build is left
     * waiting afterwards.
     */
    static RuleSet take() {
        FutureTask<RuleSet> task;
        synchronized (RuleBaseAhead.class) {
            task = ahead;
            ahead = null;
        }
        if (task == null) {
            return null;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return null;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether {@code args} name the {@code check} command without a {@code --rules} folder: the
     * command line whose first need is the packaged rule set alone.
     */
    public static boolean wanted(String[] args) {
        if (args.length == 0 || !args[0].equals("check")) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--rules") || a.startsWith("--rules=") || a.equals("--")) {
                return false;
            }
        }
        return true;
    }
}
