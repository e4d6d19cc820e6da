package org.crosscheck.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.rules.RuleSet;

/**
 * Over generated small corpora (stories of tolls that sometimes disagree, ids with characters that
 * SQLite and Java order differently, outlets or none, a bad line now and then), checked into a
 * store in batches of any size and with editors' decisions or none: the report streamed from the
 * store is the report gathered in memory, byte for byte, in every streamed format.
 */
class StandingStreamProperties {

    @BeforeContainer
    static void load() throws Exception {
        StandingStreamTest.rules = RuleSet.load(null);
    }

    /**
     * Ids whose Java order (UTF-16 code units) and SQLite's (UTF-8 bytes, code points) differ: a
     * character beyond U+FFFF sorts before U+E000..U+FFFF in Java, after them in SQLite.
     */
    private static final List<String> IDS = List.of("a1", "a2", "b", "B", "\u00e9t\u00e9", "\uE000x", "\uFFFDz",
            "\uD83D\uDE00e", "\uD83D\uDE00", "z-9", "Z_1", "0", "\uFB01n", "\uD800\uDC00a", "m/n");
    private static final List<String> TOWNS = List.of("Borcas", "Elgarra", "Fenhol", "Dunkarra");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Friday");

    record Article(int id, int story, int toll, int outlet, int day) {
    }

    @Provide
    Arbitrary<List<Article>> corpora() {
        Arbitrary<Article> article = Combinators.combine(Arbitraries.integers().between(0, IDS.size() - 1),
                Arbitraries.integers().between(0, TOWNS.size() - 1), Arbitraries.of(12, 12, 12, 15, 40),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2)).as(Article::new);
        return article.list().ofMinSize(2).ofMaxSize(9).uniqueElements(Article::id);
    }

    @Property(tries = 12)
    void aStoreStreamsTheReportItGathers(@ForAll("corpora") List<Article> articles, @ForAll @IntRange(min = 1, max = 5) int batch,
                                        @ForAll boolean badLine, @ForAll @IntRange(min = 0, max = 3) int decisions) throws Exception {
        Path dir = Files.createTempDirectory("stream-prop");
        try {
            StringBuilder lines = new StringBuilder();
            for (Article a : articles) {
                String town = TOWNS.get(a.story());
                String text = "A fire struck " + town + " on " + WEEKDAYS.get(a.day()) + ", killing " + a.toll()
                        + " people, officials said.\n\nFirefighters from " + town + " searched the ruins through the night.\n";
                Map<String, String> record = new LinkedHashMap<>();
                record.put("id", IDS.get(a.id()));
                record.put("title", "Fire in " + town);
                if (a.outlet() > 0) {
                    record.put("source", "Outlet " + a.outlet());
                }
                record.put("published", "2021-04-1" + a.story() + "T0" + (a.day() + 6) + ":00:00Z");
                record.put("text", text);
                lines.append(JsonRenderer.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(record)).append('\n');
                if (badLine && a.id() % 2 == 0) {
                    lines.append("{not json\n");
                }
            }
            Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), lines);
            try (Store store = Store.open(dir.resolve("s.db"), Duration.ofSeconds(5))) {
                List<InputError> errors = StandingStreamTest.checkInBatches(store, List.of(corpus), batch);
                List<Finding> findings = StoreCheck.standing(store, StandingStreamTest.rules).findings();
                Decisions d = new Decisions(store);
                List<String> statuses = List.of("false-positive", "confirmed", "wont-fix");
                for (int i = 0; i < Math.min(decisions, findings.size()); i++) {
                    d.decide(findings.get(findings.size() - 1 - i).fingerprint(), statuses.get(i), null, null, "ed", null);
                }
                net.jqwik.api.statistics.Statistics.label("findings").collect(findings.isEmpty() ? "none" : "some");
                net.jqwik.api.statistics.Statistics.label("ids Java and SQLite order differently").collect(articles.stream()
                        .anyMatch(a -> IDS.get(a.id()).startsWith("\uD83D")) && articles.stream()
                        .anyMatch(a -> IDS.get(a.id()).charAt(0) >= '\uE000'));
                StandingStreamTest.assertSameReports(store, errors);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : new ArrayList<>(walk.sorted(java.util.Comparator.reverseOrder()).toList())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
