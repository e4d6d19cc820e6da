package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Temporal extraction scored the TempEval-3 way on the platinum test set, TimeBank and AQUAINT
 * (../shared/corpora/tempeval3): strict and relaxed span F1, type and value accuracy over the
 * relaxed matches, and value F1 (relaxed F1 x value accuracy), beside the published anchors.
 * The extraction is the one {@code crosscheck extract --dct} runs: clean, then extract.
 */
@Tag("evaluation")
class TempEvalEvaluationTest {

    /** Value F1 on the platinum set published in the TempEval-3 task paper (UzZaman et al., 2013). */
    private static final Map<String, Double> ANCHORS = Map.of("HeidelTime", 77.61, "SUTime", 67.38);

    record Score(String corpus, int documents, int gold, int system, int strict, int relaxed, int typeOk, int valueOk,
                 long chars, double seconds) {
        double p(int m) {
            return system == 0 ? 0 : 100.0 * m / system;
        }

        double r(int m) {
            return gold == 0 ? 0 : 100.0 * m / gold;
        }

        double f(int m) {
            double p = p(m);
            double r = r(m);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double typeAccuracy() {
            return relaxed == 0 ? 0 : 100.0 * typeOk / relaxed;
        }

        double valueAccuracy() {
            return relaxed == 0 ? 0 : 100.0 * valueOk / relaxed;
        }

        double valueF1() {
            return f(relaxed) * valueAccuracy() / 100;
        }
    }

    @Test
    void platinumTimeBankAndAquaint() throws Exception {
        Path root = SharedCorpora.require("corpora/tempeval3");
        List<Score> scores = new ArrayList<>();
        Map<String, List<String>> timeBankErrors = new LinkedHashMap<>();
        Map<String, List<String>> aquaintErrors = new LinkedHashMap<>();
        scores.add(score("platinum", root.resolve("te3-platinum"), null));
        scores.add(score("TimeBank", root.resolve("TBAQ-cleaned/TimeBank"), timeBankErrors));
        scores.add(score("AQUAINT", root.resolve("TBAQ-cleaned/AQUAINT"), aquaintErrors));
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-10s %5s %5s %5s | %-17s | %-17s | %6s %6s | %8s%n", "corpus", "docs", "gold", "found",
                "strict P / R / F1", "relaxed P / R / F1", "type%", "value%", "value F1"));
        for (Score s : scores) {
            table.append(String.format("%-10s %5d %5d %5d | %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f | %6.1f %6.1f | %8.2f%n",
                    s.corpus(), s.documents(), s.gold(), s.system(), s.p(s.strict()), s.r(s.strict()), s.f(s.strict()),
                    s.p(s.relaxed()), s.r(s.relaxed()), s.f(s.relaxed()), s.typeAccuracy(), s.valueAccuracy(), s.valueF1()));
        }
        ANCHORS.forEach((name, f1) -> table.append(String.format("%-10s platinum value F1 %.2f (published)%n", name, f1)));
        Score tb = scores.get(1);
        table.append(String.format("throughput on TimeBank: %,.0f characters/s (%d characters in %.2f s, cleaning included)%n",
                tb.chars() / tb.seconds(), tb.chars(), tb.seconds()));
        System.out.print(table);
        Path out = Path.of("target/evaluation");
        Files.createDirectories(out);
        Files.writeString(out.resolve("tempeval3.txt"), table);
        StringBuilder mismatches = new StringBuilder();
        mismatches.append(listing("TimeBank", timeBankErrors)).append(listing("AQUAINT", aquaintErrors));
        Files.writeString(out.resolve("tempeval3-mismatches.txt"), mismatches);
        assertTrue(scores.get(0).gold() > 0);
    }

    static Score score(String name, Path folder, Map<String, List<String>> errors) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        int gold = 0;
        int system = 0;
        int strict = 0;
        int relaxed = 0;
        int typeOk = 0;
        int valueOk = 0;
        long chars = 0;
        long nanos = 0;
        for (Path f : files) {
            TimeMl doc = TimeMl.read(f);
            LocalDate dct = LocalDate.parse(doc.dct().substring(0, 10));
            long t0 = System.nanoTime();
            ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document(doc.id(), f.toString(), doc.text(), List.of())), dct);
            nanos += System.nanoTime() - t0;
            chars += doc.text().length();
            List<DateClaim> found = new ArrayList<>();
            for (Claim c : d.claims()) {
                if (c instanceof DateClaim dc) {
                    found.add(dc);
                }
            }
            gold += doc.timexes().size();
            system += found.size();
            List<DateClaim> unmatched = new ArrayList<>(found);
            for (TimeMl.Gold g : doc.timexes()) {
                DateClaim best = null;
                for (DateClaim s : unmatched) {
                    if (s.span().start() < g.end() && g.start() < s.span().end()) {
                        best = s;
                        if (s.span().start() == g.start() && s.span().end() == g.end()) {
                            break;
                        }
                    }
                }
                if (best == null) {
                    if (errors != null) {
                        errors.computeIfAbsent("missed", k -> new ArrayList<>()).add(doc.id() + ": " + doc.text().substring(g.start(), g.end()) + " = " + g.type() + " " + g.value());
                    }
                    continue;
                }
                unmatched.remove(best);
                relaxed++;
                if (best.span().start() == g.start() && best.span().end() == g.end()) {
                    strict++;
                }
                if (best.type().equals(g.type())) {
                    typeOk++;
                }
                if (best.value().equals(g.value())) {
                    valueOk++;
                } else if (errors != null) {
                    errors.computeIfAbsent("value", k -> new ArrayList<>()).add(doc.id() + ": " + best.text() + " -> "
                            + best.type() + " " + best.value() + " | gold [" + doc.text().substring(g.start(), g.end()) + "] " + g.type() + " " + g.value());
                }
            }
            if (errors != null) {
                for (DateClaim s : unmatched) {
                    errors.computeIfAbsent("spurious", k -> new ArrayList<>()).add(doc.id() + ": " + s.text() + " -> " + s.type() + " " + s.value());
                }
            }
        }
        return new Score(name, files.size(), gold, system, strict, relaxed, typeOk, valueOk, chars, nanos / 1e9);
    }

    /**
     * The misses, wrong values (found then gold, with the words) and spurious finds of one corpus, as
     * written to target/evaluation/tempeval3-mismatches.txt. Only the training corpora are listed:
     * the platinum set is the test set.
     */
    static String listing(String corpus, Map<String, List<String>> errors) {
        StringBuilder b = new StringBuilder();
        errors.forEach((k, v) -> {
            b.append("== ").append(corpus).append(' ').append(k).append(' ').append(v.size()).append('\n');
            v.forEach(x -> b.append("  ").append(x).append('\n'));
        });
        return b.toString();
    }

    /** Prints the misses, wrong values and spurious finds of a corpus, for looking at errors by hand. */
    public static void main(String[] args) throws Exception {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Score s = score(args[0], Path.of(args[0]), errors);
        errors.forEach((k, v) -> {
            System.out.println("== " + k + " " + v.size());
            v.forEach(x -> System.out.println("  " + x));
        });
        System.out.printf("value F1 %.2f, relaxed F1 %.2f, value accuracy %.1f%n", s.valueF1(), s.f(s.relaxed()), s.valueAccuracy());
    }
}
