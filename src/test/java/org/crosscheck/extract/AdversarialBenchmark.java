package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;

/**
 * The time of the cleaner and of each extractor on 10 KB and 100 KB of each hostile shape, and the
 * ratio between the two, which is about 10 when the work is linear:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.crosscheck.extract.AdversarialBenchmark}.
 * A benchmark, not a test: {@code AdversarialInputTest} only guards against blow-ups.
 */
public final class AdversarialBenchmark {

    static final String[] SHAPES = {
        "1234567890", "1,234,", "\"\u201c\u201d'`", "abcdefghij", "Abc Def ", "more than ", "April 13, 2021 12:27 am ",
        "Blinken said on Monday ", "\"aaaaaaaaaa", "10 p.m. Thursday ", "according to the ", "in 2014 ", "a\n",
        "``aaaa ", "around 70,000 troops ", "The minister said on Monday that 40 people were killed in Kyiv. ",
        "Abc Def said \"x y z w\" he said. ", "Abc Def, the head of Xyz Ministry, said: \u201c", "Kiev Kyiv Kiew "};

    private AdversarialBenchmark() {
    }

    private static CleanedDocument page(String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        while (sb.length() < size) {
            sb.append(unit);
        }
        return Cleaner.clean(new Document("x", "x.txt", sb.substring(0, size), List.of()));
    }

    /** Best of three runs, in milliseconds. */
    private static double time(Consumer<CleanedDocument> work, CleanedDocument doc) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            work.accept(doc);
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }

    public static void main(String[] args) {
        LocalDate anchor = LocalDate.of(2021, 4, 14);
        List<String> names = List.of("clean", "timestamps", "dates", "quantities", "events", "people", "quotes", "names");
        List<Consumer<CleanedDocument>> work = new ArrayList<>();
        work.add(d -> Cleaner.clean(d.document()));
        work.add(TimestampExtractor::extract);
        work.add(d -> DateExtractor.extract(d, anchor, "test", false));
        work.add(d -> QuantityExtractor.extract(d, DateExtractor.extract(d, anchor, "test", false), anchor, "test", DateClaim.NO_DAY, DateClaim.NO_DAY));
        work.add(EventExtractor::extract);
        work.add(d -> People.find(d, Words.sentences(d)));
        work.add(d -> {
            List<List<Words.Word>> s = Words.sentences(d);
            QuoteExtractor.extract(d, People.find(d, s), Issuers.find(d, s));
        });
        work.add(d -> NameExtractor.extract(d, Words.sentences(d)));
        // Warm up.
        for (String unit : SHAPES) {
            CleanedDocument d = page(unit, 10_000);
            work.forEach(w -> w.accept(d));
        }
        double[] worst10 = new double[names.size()];
        double[] worst100 = new double[names.size()];
        String[] worstShape = new String[names.size()];
        System.out.printf(Locale.ROOT, "%-44s %s%n", "shape (ms at 10 KB / 100 KB)", String.join("  ", names));
        for (String unit : SHAPES) {
            CleanedDocument small = page(unit, 10_000);
            CleanedDocument large = page(unit, 100_000);
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < work.size(); i++) {
                double a = time(work.get(i), small);
                double b = time(work.get(i), large);
                row.append(String.format(Locale.ROOT, " %.1f/%.1f", a, b));
                if (b > worst100[i]) {
                    worst100[i] = b;
                    worst10[i] = a;
                    worstShape[i] = unit;
                }
            }
            String label = unit.replace("\n", "\\n");
            System.out.printf(Locale.ROOT, "%-44s%s%n", label.length() > 44 ? label.substring(0, 41) + "..." : label, row);
        }
        System.out.println();
        for (int i = 0; i < names.size(); i++) {
            System.out.printf(Locale.ROOT, "%-11s slowest shape %-44s %7.1f ms at 10 KB, %7.1f ms at 100 KB%n", names.get(i),
                    "\"" + worstShape[i].replace("\n", "\\n") + "\"", worst10[i], worst100[i]);
        }
        html();
    }

    /** HTML pages: the parse and the main-text search of {@code HtmlArticle}, on each hostile markup shape. */
    private static void html() {
        System.out.println();
        double worst10 = 0;
        double worst100 = 0;
        String worst = "";
        for (int round = 0; round < 2; round++) {
            for (String unit : AdversarialInputTest.HTML_SHAPES) {
                double a = timeHtml(unit, 10_000);
                double b = timeHtml(unit, 100_000);
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "html %-60s %7.1f / %7.1f ms%n", "\"" + unit + "\"", a, b);
                    if (b > worst100) {
                        worst100 = b;
                        worst10 = a;
                        worst = unit;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-11s slowest shape %-44s %7.1f ms at 10 KB, %7.1f ms at 100 KB%n", "html",
                "\"" + worst + "\"", worst10, worst100);
    }

    private static double timeHtml(String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        while (sb.length() < size) {
            sb.append(unit);
        }
        byte[] page = sb.substring(0, size).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            org.crosscheck.corpus.HtmlArticle.read(page, null);
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }
}
