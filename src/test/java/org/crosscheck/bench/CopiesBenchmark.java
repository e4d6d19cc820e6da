package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.findings.Finding;
import org.crosscheck.rules.RuleEngine;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;

/**
 * The rules over one story of two disagreeing articles, each copied k times under distinct ids:
 * {@code java -cp ... org.crosscheck.bench.CopiesBenchmark [COPIES] [--rounds=N]} (default
 * {@code 10,100,300,1000}, 3 rounds). Prints the CPU time of {@code RuleEngine.evaluate} on one
 * thread (the last round's), per copy, and the findings' size: a path quadratic in copies shows
 * as time per copy growing with k. Written for this benchmark (the two articles are our own). A
 * benchmark, not a test: nothing here asserts a time.
 */
public final class CopiesBenchmark {
    private CopiesBenchmark() {
    }

    static final String A = "Published: May 9, 2023 09:00 GMT\nStorm hits Corlen harbour\n"
            + "A storm struck the port of Corlen on Tuesday, killing at least 25 people.\n"
            + "The harbour master, Dana Roe, said 40 boats sank.\n";
    static final String B = "Published: May 9, 2023 11:00 GMT\nCorlen storm wrecks boats\n"
            + "The storm in Corlen on Tuesday killed 9 people.\n"
            + "Harbour master Dana Roe said 12 boats sank.\n";

    public static void main(String[] args) throws Exception {
        String[] counts = (args.length > 0 && !args[0].startsWith("--") ? args[0] : "10,100,300,1000").split(",");
        int rounds = 3;
        for (String a : args) {
            if (a.startsWith("--rounds=")) {
                rounds = Integer.parseInt(a.substring("--rounds=".length()));
            }
        }
        RuleSet rules = RuleSet.load(null);
        RuleEngine engine = new RuleEngine(rules, RuleEngine.DEFAULT_FIRING_LIMIT);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%7s %10s %12s %14s %9s %9s%n", "copies", "articles", "rules ms", "µs a copy", "findings", "joined");
        for (String c : counts) {
            int k = Integer.parseInt(c.trim());
            List<ExtractedDocument> docs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                docs.add(extract(String.format("a/%05d", i), A));
                docs.add(extract(String.format("b/%05d", i), B));
            }
            Grouping g = StoryGrouper.group(docs);
            double ms = 0;
            int findings = 0;
            int joined = 0;
            for (int round = 0; round < rounds; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                findings = 0;
                joined = 0;
                for (Story story : g.stories()) {
                    List<ExtractedDocument> members = g.documents().stream()
                            .filter(d -> story.id().equals(g.storyOf().get(d.id()))).toList();
                    List<Event> events = g.events().stream().filter(e -> e.story().equals(story.id())).toList();
                    for (Finding f : engine.evaluate(story.id(), members, events, Thresholds.DEFAULTS).findings()) {
                        findings++;
                        joined += f.joined().size();
                    }
                }
                ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
            }
            System.out.printf("%7d %10d %12.1f %14.1f %9d %9d%n", k, 2 * k, ms, ms * 1000 / k, findings, joined);
        }
    }

    private static ExtractedDocument extract(String id, String text) {
        return Extractor.extract(Cleaner.clean(new Document(id, id + ".txt", text, List.of())));
    }
}
