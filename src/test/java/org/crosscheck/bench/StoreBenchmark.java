package org.crosscheck.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.Crosscheck;
import org.crosscheck.Timing;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCheck;

/**
 * The store's memory and time as a corpus grows: a generated corpus (JSON Lines, articles of
 * about 3.7 KB in stories of a few articles each, with figures and dates that sometimes
 * disagree) checked into one store in batches, printing each batch's time, the peak heap after
 * it, and the store's size per article and per claim. Run it under the heap you want to prove,
 * for example:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp "$(cat target/cp.txt):target/classes:target/test-classes" \
 *     org.crosscheck.bench.StoreBenchmark 300 10000 /tmp/bench
 * </pre>
 *
 * Arguments: corpus megabytes, articles per batch, a work folder (its corpus and store are
 * replaced). Then one more batch of 1,000 new articles is checked into the full store, and one of
 * 1,000 into an empty store, to compare.
 */
public final class StoreBenchmark {

    private static final String[] SYLLABLES = {"al", "bor", "cas", "dun", "el", "fen", "gar", "hol", "is", "jun", "kar",
        "lin", "mor", "nes", "ol", "pra", "quin", "ros", "sal", "tor", "ul", "vel", "wen", "yor", "zan"};
    private static final String[] KINDS = {"storm", "fire", "flood", "earthquake"};
    private static final String[] FILLER = {
        "Residents described a night of fear as the emergency services worked through the darkness.",
        "Local officials said the response had been quick, though some families waited hours for help.",
        "Schools in the area were closed and roads were blocked by debris and fallen trees.",
        "The regional council promised an inquiry into how warnings had been issued.",
        "Volunteers set up shelters in community halls and handed out blankets and food.",
        "Insurers said it was too early to estimate the cost of the damage to homes and farms.",
        "Power was restored to most homes by the evening, the utility company said.",
        "Weather forecasters said conditions were expected to improve over the coming days.",
    };

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("add")) {
            // With CROSSCHECK_TIMING=1, each batch's steps are printed after it.
            add(Integer.parseInt(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int perBatch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path work = Path.of(args.length > 2 ? args[2] : "target/store-benchmark");
        Files.createDirectories(work);
        RuleSet rules = RuleSet.load(null);
        Random random = new Random(20261129);
        long bytes = (long) megabytes * 1_000_000L;
        Path store = work.resolve("bench.db");
        Files.deleteIfExists(store);
        int article = 0;
        int batchNo = 0;
        long written = 0;
        System.out.printf("corpus %d MB in batches of %d articles, max heap %d MB, %d cores%n", megabytes, perBatch,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        try (Store s = Store.open(store, Duration.ofSeconds(60))) {
            while (written < bytes) {
                Path batch = work.resolve("batch.jsonl");
                long size = writeBatch(batch, random, article, perBatch);
                article += perBatch;
                written += size;
                batchNo++;
                report(s, rules, batch, "batch " + batchNo + " (" + article + " articles, " + (written >> 20) + " MB so far)");
                if (article >= 100_000 && article - perBatch < 100_000) {
                    // The comparison: 1,000 new articles into a store of 100,000, and into an empty one.
                    Path probe = work.resolve("probe.jsonl");
                    writeBatch(probe, random, 60_000_000, 1000);
                    Path copy = work.resolve("probe.db");
                    Files.deleteIfExists(copy);
                    report(s, rules, probe, "1,000 new articles into the store of " + article);
                    try (Store e = Store.open(copy, Duration.ofSeconds(60))) {
                        report(e, rules, probe, "the same 1,000 articles into an empty store");
                    }
                }
            }
            Path extra = work.resolve("extra.jsonl");
            writeBatch(extra, random, article, 1000);
            report(s, rules, extra, "1,000 new articles into the store of " + article);
            Map<String, Long> stats = s.stats();
            System.out.printf("store: %d bytes, %d documents (%.1f KB each), %d claims (%.0f bytes each)%n", stats.get("bytes"),
                    stats.get("documents"), stats.get("bytes") / 1024.0 / stats.get("documents"), stats.get("claims"),
                    (double) stats.get("bytes") / stats.get("claims"));
        }
        Path empty = work.resolve("empty.db");
        Files.deleteIfExists(empty);
        try (Store s = Store.open(empty, Duration.ofSeconds(60))) {
            report(s, rules, work.resolve("extra.jsonl"), "the same 1,000 articles into an empty store");
        }
    }

    /**
     * Checks {@code rounds} batches of {@code count} new articles into the store {@code file}, then
     * the same batches into empty stores, alternating, to compare a batch's time on a large store
     * with its time on an empty one under the same conditions.
     */
    private static void add(int count, Path file, int rounds) throws Exception {
        RuleSet rules = RuleSet.load(null);
        long stored;
        try (Store s = Store.open(file, Duration.ofSeconds(60))) {
            stored = s.stats().get("documents");
        }
        // New articles each time: numbered after those the store holds.
        Random random = new Random(stored);
        // A first batch into a scratch store warms the JIT, so that neither side of the comparison pays for it.
        Path warm = file.resolveSibling("warm-up.jsonl");
        writeBatch(warm, random, 40_000_000, count);
        Path scratch = file.resolveSibling("warm-up.db");
        Files.deleteIfExists(scratch);
        try (Store s = Store.open(scratch, Duration.ofSeconds(60))) {
            report(s, rules, warm, "warm-up: " + count + " articles into a scratch store");
        }
        for (int r = 0; r < rounds; r++) {
            Path batch = file.resolveSibling("add-" + r + ".jsonl");
            writeBatch(batch, random, (int) (50_000_000 + stored + r * count), count);
            try (Store s = Store.open(file, Duration.ofSeconds(60))) {
                report(s, rules, batch, count + " new articles into the store of " + s.stats().get("documents"));
            }
            Path empty = file.resolveSibling("empty-" + r + ".db");
            Files.deleteIfExists(empty);
            try (Store s = Store.open(empty, Duration.ofSeconds(60))) {
                report(s, rules, batch, "the same " + count + " articles into an empty store");
            }
        }
    }

    private static void report(Store s, RuleSet rules, Path batch, String what) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Timing.start();
        long t0 = System.nanoTime();
        StoreCheck.Outcome out = StoreCheck.check(s, Corpus.open(List.of(batch), Corpus.DEFAULT_MAX_DOCUMENT_BYTES), rules,
                Crosscheck.Options.DEFAULTS, n -> { });
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s: %d ms (%.0f articles/s), extracted %d, region %d documents, %d findings reported, "
                + "peak heap %d MB%n", what, millis, out.extracted() * 1000.0 / Math.max(1, millis), out.extracted(),
                out.region(), out.report().findings().size(), peak >> 20);
        Timing.print(System.out);
    }

    /** Writes {@code count} articles from number {@code first} on, in stories of three to eight; returns the bytes written. */
    static long writeBatch(Path file, Random random, int first, int count) throws Exception {
        long size = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int i = 0;
            while (i < count) {
                int story = first + i;
                int articles = Math.min(count - i, 3 + random.nextInt(6));
                String town = name(story, 0);
                String region = name(story, 1);
                String person = name(story, 2) + " " + name(story, 3);
                String kind = KINDS[random.nextInt(KINDS.length)];
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
                int dead = 3 + random.nextInt(40);
                for (int a = 0; a < articles; a++, i++) {
                    StringBuilder text = new StringBuilder();
                    int reported = random.nextInt(10) == 0 ? dead + 5 + random.nextInt(20) : dead;
                    text.append("A ").append(kind).append(" struck ").append(town).append(" in the ").append(region)
                            .append(" region on ").append(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                                    java.util.Locale.ENGLISH)).append(", killing ").append(reported)
                            .append(" people, officials said.\n\n");
                    text.append("Governor ").append(person).append(" said rescue teams from ").append(region)
                            .append(" were searching the ruins of ").append(town).append(" through the night.\n\n");
                    text.append("\u201cWe will rebuild ").append(town).append(" together,\u201d ").append(person).append(" said.\n\n");
                    while (text.length() < 3500) {
                        text.append(FILLER[random.nextInt(FILLER.length)]).append(' ')
                                .append(FILLER[random.nextInt(FILLER.length)]).append("\n\n");
                    }
                    Map<String, String> record = new java.util.LinkedHashMap<>();
                    record.put("id", "g" + story + "-" + a);
                    record.put("title", capital(kind) + " hits " + town);
                    record.put("source", "Outlet " + (a % 5));
                    record.put("published", day.plusDays(random.nextInt(2)) + "T" + (8 + a) + ":00:00Z");
                    record.put("text", text.toString());
                    String line = JsonRenderer.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(record);
                    w.write(line);
                    w.write('\n');
                    size += line.length() + 1;
                }
            }
        }
        return size;
    }

    /** A made-up name, one per story and role: the number written in syllables, so no two stories share one. */
    private static String name(int story, int role) {
        long n = story * 5L + role + 1;
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            sb.append(SYLLABLES[(int) (n % SYLLABLES.length)]);
            n /= SYLLABLES.length;
        }
        return capital(sb.toString());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
