package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON report written field by field is, character for character, what Jackson's mapper
 * writes from the report's records: on the seeds, on a report of nulls and empty lists, and on
 * random text and figures.
 */
class ReportJsonTest {

    @Test
    void theSeedsReportAsTheMapperWritesIt() throws Exception {
        Report report = Crosscheck.check(Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                RuleSet.load(null), Crosscheck.Options.DEFAULTS, n -> { });
        assertTrue(report.findings().size() > 5 && !report.documents().isEmpty());
        assertSame(report);
        StringBuilder viaTable = new StringBuilder();
        Renderers.forStdout(false).get("json").render(report, viaTable);
        assertEquals(JsonRenderer.MAPPER.writeValueAsString(report) + "\n", viaTable.toString());
        StringBuilder viaRenderer = new StringBuilder();
        new JsonRenderer().render(report, viaRenderer);
        assertEquals(viaTable.toString(), viaRenderer.toString());
    }

    @Test
    void nullsAndEmptyListsAsTheMapperWritesThem() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("warning", 3);
        counts.put("error", null);
        Finding bare = new Finding(null, null, null, null, null, null, List.of(), List.of(), null, null, null);
        Finding joined = new Finding("f", "r", Severity.WARNING, "why", "m", "S-1", List.of("a", "b"),
                List.of(new Evidence("a", 0, 3, 1, 1, "abc", null),
                        new Evidence("b", 4, 9, 2, 7, "x", "1", "be", "af", "2020-01-02", 1.5, 1e21)),
                Finding.Status.SUPPRESSED, "said so", List.of("f1", "f2"));
        assertSame(new Report(2, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null));
        assertSame(new Report(2, new Report.Tool(null, "1"),
                List.of(new Report.DocumentEntry(null, null, null, null, null, null, null, null, null, 0, null),
                        new Report.DocumentEntry("d", "p", "s", "t", "2020", "2021", "S", "E",
                                List.of(new Report.TimestampEntry(null, "v", "t", 1, 2, null, true, null, false)), 4,
                                List.of("note"))),
                List.of(new Report.StoryEntry("S", null, List.of()), new Report.StoryEntry("T", "l", null)),
                List.of(new Report.EventEntry(null, null, null, null, null, null, null, null),
                        new Report.EventEntry("E", "S", "k", "d", "p", List.of("x"), List.of("d"), "m")),
                List.of(bare, joined, joined.withStatus(Finding.Status.NEW, null)),
                List.of(new InputError("p", "bad"), new InputError(null, null)),
                new Report.Summary(1, 2, counts, Map.of()),
                List.of(new Report.RuleEntry("r", "note", null, "# r\n"))));
        assertSame(new Report(2, new Report.Tool("n", "v"), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Report.Summary(0, 0, null, null), List.of()));
    }

    @Test
    void randomTextAndFiguresAsTheMapperWritesThem() throws Exception {
        Random random = new Random(15);
        for (int round = 0; round < 200; round++) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                evidence.add(new Evidence(text(random), random.nextInt(), random.nextInt(), random.nextInt(100),
                        random.nextInt(100), text(random), text(random), text(random), text(random), text(random),
                        figure(random), figure(random)));
            }
            Finding f = new Finding(text(random), text(random), Severity.values()[random.nextInt(3)], text(random),
                    text(random), text(random), List.of(text(random) + "d", text(random) + "e"), evidence,
                    Finding.Status.values()[random.nextInt(3)], text(random),
                    random.nextBoolean() ? List.of() : List.of(text(random) + "x"));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put(text(random) + "k", random.nextInt());
            assertSame(new Report(random.nextInt(), new Report.Tool(text(random), text(random)),
                    List.of(new Report.DocumentEntry(text(random), text(random), text(random), text(random),
                            text(random), text(random), text(random), text(random),
                            List.of(new Report.TimestampEntry(text(random), text(random), text(random),
                                    random.nextInt(), random.nextInt(), text(random), random.nextBoolean(),
                                    text(random), random.nextBoolean())),
                            random.nextInt(), Arrays.asList(text(random)))),
                    List.of(), List.of(), List.of(f), List.of(new InputError(text(random), text(random))),
                    new Report.Summary(random.nextInt(), random.nextInt(), counts, counts), List.of()));
        }
    }

    private static void assertSame(Report report) throws Exception {
        assertEquals(JsonRenderer.MAPPER.writeValueAsString(report), ReportJson.write(report));
    }

    /** Null, empty, or up to 12 characters from ASCII, controls, Latin-1, quotes, dashes and a surrogate pair. */
    private static String text(Random random) {
        int n = random.nextInt(14) - 2;
        if (n < 0) {
            return n == -1 ? null : "";
        }
        String pool = "aZ 09\"\\/\n\t\u0000\u001f\u007f\u00e9\u00a0\u2013\u201c\u2028<>&'\ud83d\ude00";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(pool.length());
            char c = pool.charAt(k);
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(pool.charAt(k + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Double figure(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> (double) random.nextInt(1000);
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 3 -> -random.nextGaussian();
            case 4 -> random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
            default -> 0.1 + 0.2;
        };
    }
}
