package org.crosscheck.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;

/**
 * Reads every undated article of a corpus folder again against a date, warm, one thread:
 * {@code java -cp ... org.crosscheck.bench.ReanchorBenchmark PATH [ROUNDS]}. Each round reads
 * them without a date, then times {@link Extractor#reanchored} of those readings beside a full
 * extraction against the same date (the cost it saves), CPU time of the one thread.
 * A benchmark, not a test.
 */
public final class ReanchorBenchmark {
    private ReanchorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Document> docs = new ArrayList<>();
        Corpus.open(List.of(path), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, e -> { });
        List<org.crosscheck.clean.CleanedDocument> undated = new ArrayList<>();
        for (Document doc : docs) {
            org.crosscheck.clean.CleanedDocument cleaned = Cleaner.clean(doc);
            if (Extractor.extract(cleaned).published() == null) {
                undated.add(cleaned);
            }
        }
        LocalDate anchor = LocalDate.of(2008, 9, 2);
        String name = "the date of event E-1, " + anchor + " (the document has no timestamp)";
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%d documents, %d undated%n", docs.size(), undated.size());
        for (int r = 1; r <= rounds; r++) {
            long claims = 0;
            // Each round reads every article afresh first, so that nothing a reading works out once is carried between rounds.
            long c0 = cpu.getCurrentThreadCpuTime();
            List<ExtractedDocument> first = new ArrayList<>(undated.size());
            for (org.crosscheck.clean.CleanedDocument c : undated) {
                first.add(Extractor.extract(c));
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            for (ExtractedDocument d : first) {
                claims += Extractor.reanchored(d, anchor, name, true).claims().size();
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            for (org.crosscheck.clean.CleanedDocument c : undated) {
                claims -= Extractor.extract(c, anchor, name, true).claims().size();
            }
            long c3 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d, CPU µs an undated article: first reading %.0f, reanchored %.0f, full extraction against the date %.0f (claims differ by %d)%n",
                    r, (c1 - c0) / 1e3 / undated.size(), (c2 - c1) / 1e3 / undated.size(), (c3 - c2) / 1e3 / undated.size(), claims);
        }
    }
}
