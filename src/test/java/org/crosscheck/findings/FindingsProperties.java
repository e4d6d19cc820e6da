package org.crosscheck.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.Crosscheck;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.report.Report;

/** The order of findings, and the report as JSON, do not depend on how the findings arrived. */
class FindingsProperties {

    @Provide
    Arbitrary<Finding> findings() {
        Arbitrary<String> rule = Arbitraries.of("timestamp-order", "weekday-mismatch", "timestamp-missing");
        Arbitrary<Severity> severity = Arbitraries.of(Severity.class);
        Arbitrary<String> doc = Arbitraries.of("a", "b", "c", "41/41_5ecb");
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 50);
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
        // A finding that joins pairs: here those of document c, so one fingerprint never has two lists.
        return Combinators.combine(rule, severity, doc, start, text).as((r, s, d, st, t) -> new Finding(
                Findings.fingerprint(r, List.of(d + "|" + st + "|" + t)), r, s, "because", "message " + t, null,
                List.of(d), List.of(new Evidence(d, st, st + 3, 1, st + 1, t, "v")), Finding.Status.NEW, null,
                d.equals("c") ? List.of("p1", "p2") : List.of()));
    }

    @Property
    void orderAndDuplicatesDoNotChangeTheResult(@ForAll("list") List<Finding> findings, @ForAll long seed) {
        List<Finding> shuffled = new ArrayList<>(findings);
        shuffled.addAll(findings.subList(0, findings.size() / 2));
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(Findings.sorted(findings), Findings.sorted(shuffled));
    }

    @Property(tries = 200)
    void theReportSurvivesAJsonRoundTrip(@ForAll("list") List<Finding> findings) throws Exception {
        Report report = Crosscheck.report(List.of(new Report.DocumentEntry("a", "a.txt", null, "T\u00eftle \"q\"",
                "2021-04-13T00:27", null, null, null, List.of(), 0, List.of("note"))), findings, List.of(), 3);
        String json = JsonRenderer.MAPPER.writeValueAsString(report);
        Report back = JsonRenderer.MAPPER.readValue(json, Report.class);
        assertEquals(report, back);
        assertEquals(json, JsonRenderer.MAPPER.writeValueAsString(back));
    }

    @Provide
    Arbitrary<List<Finding>> list() {
        return findings().list().ofMaxSize(20);
    }
}
