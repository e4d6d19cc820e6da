package org.crosscheck.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.review.ReviewServer;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck review --store FILE [--port N] [--bind ADDR]}: serves the editors' review app
 * on the store until stopped (Ctrl-C). Its first line on standard output is exactly
 * {@code crosscheck review: http://HOST:PORT/?token=TOKEN}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Serves the editors' review app on a store: a queue of its findings to confirm or dismiss, "
                + "each decision logged in the store, which 'check --store' honours. Listens on 127.0.0.1 unless --bind "
                + "is given; the address it prints carries a token, random per start, that every request needs.")
final class ReviewCommand implements Callable<Integer> {

    static final String LOOPBACK = "127.0.0.1";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "FILE", required = true, description = "The store to review (from 'check --store').")
    Path storeFile;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Listen on this address instead of 127.0.0.1, so that other machines may reach the app: "
                    + "anyone who can reach it and has the token can decide.")
    String bind;

    @Option(names = "--store-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a decision waits for a 'check --store' that is writing the store before the app "
                    + "answers 503, busy (default: ${DEFAULT-VALUE}).")
    long storeTimeout;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || storeTimeout < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, --store-timeout not negative");
        }
        if (!StoreCommand.exists(storeFile, err)) {
            return ExitCode.USAGE.code();
        }
        String host = bind == null ? LOOPBACK : bind.strip();
        if (bind != null) {
            err.println(warning(host));
            err.flush();
        }
        RuleSet rules = RulesCommand.loadRules(null, err);
        if (rules == null) {
            return ExitCode.INTERNAL.code();
        }
        ReviewServer server;
        try {
            server = ReviewServer.start(storeFile, rules, host, port, Duration.ofSeconds(storeTimeout), err);
        } catch (StoreException e) {
            return StoreCommand.fail(err, e);
        } catch (RuntimeException e) {
            err.println("crosscheck: cannot serve the review app on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCode.USAGE.code();
        }
        out.println(server.startLine());
        out.flush();
        err.println("Serving store " + storeFile + "; stop with Ctrl-C.");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "crosscheck review shutdown"));
        stopped.await();
        return ExitCode.OK.code();
    }

    /** What --bind is warned with: who may reach the app on that address. */
    static String warning(String host) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        return "crosscheck review: warning: listening on " + host + " (--bind), not 127.0.0.1"
                + (loopback ? "" : ": other machines may reach the app, and anyone among them with the token can "
                + "read the store's findings and decide on them; the connection is plain HTTP, not encrypted");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
