package org.crosscheck.cli;

import static org.crosscheck.cli.CheckCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines and suppressions, so CI gates only on what is new, and fingerprints that survive edits. */
class BaselineTest {

    private static JsonNode json(CheckCommandTest.Run r) throws Exception {
        return JsonRenderer.MAPPER.readTree(r.out());
    }

    private static List<String> fingerprints(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("fingerprint").asText()));
        return out;
    }

    @Test
    void aBaselineMakesKnownFindingsPassAndOnlyNewOnesFail(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("baseline.json");
        CheckCommandTest.Run written = run("baseline", baseline.toString(), Fixtures.SEEDS.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().contains("wrote 8 fingerprints"), written.out());

        CheckCommandTest.Run r = run("check", Fixtures.SEEDS.toString(), "--format", "json", "--baseline", baseline.toString());
        assertEquals(ExitCode.OK.code(), r.code(), "every finding is known: " + r.err());
        JsonNode report = json(r);
        report.get("findings").forEach(f -> assertEquals("baseline", f.get("status").asText()));
        assertEquals(0, report.get("summary").get("newFindings").get("error").asInt());
        assertEquals(1, report.get("summary").get("findings").get("error").asInt());

        // A document added later brings a new error, and only it fails the run.
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (Path p : Fixtures.seedFiles()) {
            Files.copy(p, corpus.resolve(p.getFileName()));
        }
        Files.writeString(corpus.resolve("new.txt"), "Published: April 14, 2021 10:00 GMT\nUpdated: April 13, 2021 10:00 GMT\n"
                + "The ministers met in Brussels on Wednesday, the ministry said.\n");
        CheckCommandTest.Run next = run("check", corpus.toString(), "--format", "json", "--baseline", baseline.toString());
        assertEquals(ExitCode.FINDINGS.code(), next.code());
        List<String> fresh = new ArrayList<>();
        json(next).get("findings").forEach(f -> {
            if (f.get("status").asText().equals("new")) {
                fresh.add(f.get("rule").asText());
            }
        });
        assertTrue(fresh.contains("timestamp-order"), fresh.toString());
    }

    @Test
    void suppressionsNeedAReasonAndExpire(@TempDir Path dir) throws Exception {
        JsonNode plain = json(run("check", Fixtures.SEEDS.toString(), "--format", "json"));
        String mismatch = plain.get("findings").get(0).get("fingerprint").asText();
        Path live = dir.resolve("live.json");
        Files.writeString(live, "{\"suppressions\": [{\"fingerprint\": \"" + mismatch + "\", \"reason\": \"archive date confirmed wrong; corrected upstream\"},"
                + " {\"rule\": \"timestamp-missing\", \"document\": \"004_8ee1d2e5487640d6\", \"reason\": \"wire copy without dates\", \"expires\": \"2999-01-01\"}]}");
        CheckCommandTest.Run r = run("check", Fixtures.SEEDS.toString(), "--format", "json", "--suppressions", live.toString());
        assertEquals(ExitCode.OK.code(), r.code(), r.err());
        JsonNode f = json(r).get("findings");
        assertEquals("suppressed", f.get(0).get("status").asText());
        assertEquals("archive date confirmed wrong; corrected upstream", f.get(0).get("statusReason").asText());
        JsonNode quantity = byRule(f, "quantity-conflict");
        JsonNode missing = byRule(f, "timestamp-missing");
        assertEquals("new", quantity.get("status").asText());
        assertEquals("suppressed", missing.get("status").asText());
        assertTrue(missing.get("statusReason").asText().endsWith("(until 2999-01-01)"));
        assertTrue(run("check", Fixtures.SEEDS.toString(), "--suppressions", live.toString()).out().contains("(suppressed: archive date"));

        Path expired = dir.resolve("expired.json");
        Files.writeString(expired, "{\"suppressions\": [{\"fingerprint\": \"" + mismatch + "\", \"reason\": \"until fixed\", \"expires\": \"2001-01-01\"}]}");
        assertEquals(ExitCode.FINDINGS.code(), run("check", Fixtures.SEEDS.toString(), "--suppressions", expired.toString()).code());

        Path noReason = dir.resolve("bad.json");
        Files.writeString(noReason, "{\"suppressions\": [{\"fingerprint\": \"" + mismatch + "\"}]}");
        CheckCommandTest.Run bad = run("check", Fixtures.SEEDS.toString(), "--suppressions", noReason.toString());
        assertEquals(ExitCode.USAGE.code(), bad.code());
        assertTrue(bad.err().contains("every suppression needs a reason"), bad.err());
    }

    @Test
    void fingerprintsSurviveAnEditToAnUnrelatedParagraph(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("seeds");
        Files.createDirectories(corpus);
        for (Path p : Fixtures.seedFiles()) {
            Files.copy(p, corpus.resolve(p.getFileName()));
        }
        List<String> before = fingerprints(json(run("check", corpus.toString(), "--format", "json")));
        Path three = corpus.resolve("003_3f6b58356c8ee2ad.txt");
        String text = Files.readString(three);
        String edited = text.replace("Separately, Blinken also spoke", "The weather in the capital stayed mild all week.\n\nSeparately, Blinken also spoke");
        assertNotEquals(text, edited);
        Files.writeString(three, edited);
        JsonNode after = json(run("check", corpus.toString(), "--format", "json"));
        assertEquals(before, fingerprints(after));
        int line = byRule(after.get("findings"), "quantity-conflict").get("evidence").get(0).get("line").asInt();
        assertEquals(25, line, "the evidence moved down two lines, but its fingerprint did not change");
    }

    /** The first finding of {@code rule}. */
    private static JsonNode byRule(JsonNode findings, String rule) {
        for (JsonNode f : findings) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " finding in " + findings);
    }
}
