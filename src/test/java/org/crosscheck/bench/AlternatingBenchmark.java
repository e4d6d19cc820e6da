package org.crosscheck.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds or more in one JVM, round by round: {@code java -cp target/test-classes
 * org.crosscheck.bench.AlternatingBenchmark CPFILE PATH ROUNDS BUILD...}, where CPFILE holds the
 * dependencies' class path (as {@code dependency:build-classpath} writes it) and each BUILD is a
 * folder holding a build's {@code classes} and {@code test-classes}. Each build gets a class loader
 * of its own, and each round runs {@link ScalingBenchmark} ({@code PATH 1 --rounds=1}) in each build
 * in turn and prints its line with the load average: on a machine other work shares, builds run
 * side by side in one JVM and one minute are compared more fairly than builds run one after another.
 * Run it with only this class on the class path, so that every build's classes come from its own
 * loader. A benchmark, not a test: nothing here asserts a time.
 */
public final class AlternatingBenchmark {
    private AlternatingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String corpus = args[1];
        int rounds = Integer.parseInt(args[2]);
        List<String> builds = List.of(args).subList(3, args.length);
        List<ClassLoader> loaders = loaders(Path.of(args[0]), builds);
        PrintStream out = System.out;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds.size(); k++) {
                ClassLoader loader = loaders.get(k);
                // Drools finds its services through the context class loader.
                Thread.currentThread().setContextClassLoader(loader);
                Method main = loader.loadClass(ScalingBenchmark.class.getName()).getMethod("main", String[].class);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
                try {
                    main.invoke(null, (Object) new String[] {corpus, "1", "--rounds=1"});
                } finally {
                    System.setOut(out);
                }
                String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                out.println("round " + r + " " + builds.get(k) + " load " + load + " | " + lines[lines.length - 1]);
            }
        }
    }

    /**
     * A class loader for each build folder: its {@code classes} and {@code test-classes}, then the
     * dependencies listed in {@code depsFile} (as {@code dependency:build-classpath} writes them), over
     * the platform loader only, so no build sees another's classes.
     */
    static List<ClassLoader> loaders(Path depsFile, List<String> builds) throws IOException {
        String deps = Files.readString(depsFile).trim();
        List<ClassLoader> loaders = new ArrayList<>();
        for (String b : builds) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(b, "classes").toUri().toURL());
            urls.add(Path.of(b, "test-classes").toUri().toURL());
            for (String jar : deps.split(java.io.File.pathSeparator)) {
                urls.add(Path.of(jar).toUri().toURL());
            }
            loaders.add(new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()));
        }
        return loaders;
    }
}
