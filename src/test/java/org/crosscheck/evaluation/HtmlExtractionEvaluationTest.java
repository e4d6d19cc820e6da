package org.crosscheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.crosscheck.corpus.HtmlArticle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Main-text extraction from HTML pages scored against the true article text of the article
 * extraction benchmark (../shared/corpora/article-extraction-benchmark, 181 pages): precision,
 * recall and F1 over words (as multisets) and over four-word shingles, averaged over pages.
 */
@Tag("evaluation")
class HtmlExtractionEvaluationTest {

    record Score(double p, double r) {
        double f() {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Test
    void mainTextAgainstTheTruth() throws Exception {
        Path root = SharedCorpora.require("corpora/article-extraction-benchmark");
        JsonNode truth = new ObjectMapper().readTree(root.resolve("ground-truth.json").toFile());
        List<Score> words = new ArrayList<>();
        List<Score> shingles = new ArrayList<>();
        List<String> worst = new ArrayList<>();
        long bytes = 0;
        long nanos = 0;
        int empty = 0;
        int dated = 0;
        int readable = 0;
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            Path page = root.resolve("html").resolve(id + ".html.gz");
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                html = in.readAllBytes();
            }
            bytes += html.length;
            long t0 = System.nanoTime();
            HtmlArticle.Page p = HtmlArticle.read(html, truth.get(id).path("url").asText(null));
            nanos += System.nanoTime() - t0;
            if (p.published() != null) {
                dated++;
                String f = p.published().strip();
                if (org.crosscheck.text.DateTimeParser.parseAt(f, 0, f.length(),
                        org.crosscheck.text.DateTimeParser.Options.TIMESTAMPS).isPresent()) {
                    readable++;
                }
            }
            String got = String.join("\n", p.paragraphs());
            if (got.isBlank()) {
                empty++;
            }
            List<String> expected = tokens(truth.get(id).path("articleBody").asText());
            List<String> actual = tokens(got);
            Score w = overlap(expected, actual);
            words.add(w);
            shingles.add(overlap(shingle(expected), shingle(actual)));
            if (w.f() < 0.5) {
                worst.add(String.format(Locale.ROOT, "%s F1 %.2f (P %.2f R %.2f)", id.substring(0, 12), w.f(), w.p(), w.r()));
            }
        }
        String summary = String.format(Locale.ROOT,
                "HTML main text, %d pages (%.1f MB) in %.2f s: words P %.3f R %.3f F1 %.3f; "
                        + "4-word shingles P %.3f R %.3f F1 %.3f; %d pages gave no text; %d pages under F1 0.5; "
                        + "a publication date on %d pages, %d of them readable as a timestamp",
                words.size(), bytes / 1e6, nanos / 1e9, mean(words, 'p'), mean(words, 'r'), mean(words, 'f'),
                mean(shingles, 'p'), mean(shingles, 'r'), mean(shingles, 'f'), empty, worst.size(), dated, readable);
        System.out.println(summary);
        worst.forEach(w -> System.out.println("  " + w));
        Files.createDirectories(Path.of("target/evaluation"));
        Files.writeString(Path.of("target/evaluation/html-extraction.txt"),
                summary + "\n" + String.join("\n", worst) + "\n", StandardCharsets.UTF_8);
        assertTrue(mean(words, 'f') >= 0.85, summary);
        assertTrue(mean(shingles, 'f') >= 0.80, summary);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static List<String> shingle(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + 4)));
        }
        return out;
    }

    /** Multiset overlap: precision and recall of {@code actual} against {@code expected}. */
    static Score overlap(List<String> expected, List<String> actual) {
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : actual) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        double p = actual.isEmpty() ? (expected.isEmpty() ? 1 : 0) : (double) common / actual.size();
        double r = expected.isEmpty() ? 1 : (double) common / expected.size();
        return new Score(p, r);
    }

    private static double mean(List<Score> scores, char which) {
        return scores.stream().mapToDouble(s -> which == 'p' ? s.p() : which == 'r' ? s.r() : s.f()).average().orElse(0);
    }
}
