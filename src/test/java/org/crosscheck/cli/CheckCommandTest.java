package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, over the seed fixtures, as CI runs it. */
class CheckCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void seedReportMatchesItsGoldenFile() throws Exception {
        Run r = run("check", Fixtures.SEEDS.toString(), "--format", "json");
        assertEquals(ExitCode.FINDINGS.code(), r.code(), r.err());
        GoldenFiles.check("report-seeds.expected.json", r.out());
    }

    @Test
    void seedTextAndMarkdownMatchTheirGoldenFiles() throws Exception {
        GoldenFiles.check("report-seeds.expected.txt", run("check", Fixtures.SEEDS.toString()).out());
        GoldenFiles.check("report-seeds.expected.md", run("check", Fixtures.SEEDS.toString(), "--format", "markdown").out());
    }

    @Test
    void githubAnnotationsMatchTheirGoldenFileAndEscapeArticleText() throws Exception {
        GoldenFiles.check("report-seeds.expected.github", run("check", Fixtures.SEEDS.toString(), "--format", "github").out());
        assertEquals("a%25b%0Ac::d,e", org.crosscheck.report.GithubRenderer.data("a%b\nc::d,e"));
        assertEquals("a%3A%3Ab%2Cc%0A::x", org.crosscheck.report.GithubRenderer.property("a::b,c\n") + "::x");
    }

    @Test
    void seedsHaveTheExpectedPublicationTimesStoriesEventsAndFindings() throws Exception {
        JsonNode report = JsonRenderer.MAPPER.readTree(run("check", Fixtures.SEEDS.toString(), "--format", "json").out());
        List<String> published = new ArrayList<>();
        for (JsonNode d : report.get("documents")) {
            published.add(d.get("id").asText().substring(0, 3) + " " + d.get("published").asText(null)
                    + " " + d.get("story").asText() + " " + d.get("event").asText());
        }
        // Stories and events are named after their first document, so that a store read batch by
        // batch names them as one run does. The undated 004 (Stoltenberg's briefing of that Tuesday,
        // the Brussels meetings of 13 and 14 April) joins the meeting through its words.
        String s = "S-000_05eaba5fcf1729d1";
        assertEquals(List.of("000 2021-04-13T00:27 " + s + " E-000_05eaba5fcf1729d1",
                "001 2023-09-15T06:14:22+03:00 " + s + " E-001_d3c257fa8cb51193",
                "002 2021-04-14T16:15 " + s + " E-001_d3c257fa8cb51193", "003 2021-12-24T13:57+05:30 " + s + " E-003_3f6b58356c8ee2ad",
                "004 null " + s + " E-001_d3c257fa8cb51193"), published);
        List<String> events = new ArrayList<>();
        for (JsonNode e : report.get("events")) {
            events.add(e.get("id").asText() + " " + e.get("kind").asText() + " " + e.get("date").asText(null));
        }
        assertEquals(List.of("E-000_05eaba5fcf1729d1 call 2021-04-12", "E-001_d3c257fa8cb51193 meeting 2021-04-14",
                "E-003_3f6b58356c8ee2ad call 2021-12-23"), events);
        List<String> findings = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            findings.add(f.get("severity").asText() + " " + f.get("rule").asText() + " " + f.get("documents").toString());
        }
        assertEquals(List.of(
                "error timestamp-story-mismatch [\"001_d3c257fa8cb51193\"]",
                "warning quote-variant [\"001_d3c257fa8cb51193\",\"002_a21e58054cf7999a\"]",
                "warning quote-variant [\"001_d3c257fa8cb51193\",\"002_a21e58054cf7999a\"]",
                "warning quote-variant [\"001_d3c257fa8cb51193\",\"004_8ee1d2e5487640d6\"]",
                "note name-variant [\"000_05eaba5fcf1729d1\",\"004_8ee1d2e5487640d6\"]",
                "note name-variant [\"003_3f6b58356c8ee2ad\",\"004_8ee1d2e5487640d6\"]",
                "note quantity-conflict [\"003_3f6b58356c8ee2ad\",\"004_8ee1d2e5487640d6\"]",
                "note timestamp-missing [\"004_8ee1d2e5487640d6\"]"), findings);
        String statement = report.get("findings").get(1).get("message").asText();
        for (String part : List.of("[-urgent-]{+immediate+}", "[-end-]{+cease+}", "Department of State")) {
            assertTrue(statement.contains(part), statement);
        }
        String stoltenberg = report.get("findings").get(3).get("message").asText();
        assertTrue(stoltenberg.contains("Jens Stoltenberg"), stoltenberg);
        String quantity = report.get("findings").get(6).get("message").asText();
        for (String part : List.of("around 70,000", "US intelligence", "2021-12-24", "more than 80,000", "Kiev", "2021-04")) {
            assertTrue(quantity.contains(part), quantity);
        }
    }

    @Test
    void failOnDecidesTheExitCode() {
        String seeds = Fixtures.SEEDS.toString();
        assertEquals(ExitCode.FINDINGS.code(), run("check", seeds, "--fail-on", "note").code());
        assertEquals(ExitCode.OK.code(), run("check", seeds, "--fail-on", "never").code());
        assertEquals(ExitCode.FINDINGS.code(), run("check", seeds).code(), "001's timestamp is an error");
        String one = Fixtures.SEEDS.resolve("000_05eaba5fcf1729d1.txt").toString();
        assertEquals(ExitCode.OK.code(), run("check", one).code());
        assertEquals(ExitCode.OK.code(), run("check", one, "--fail-on", "note").code());
    }

    @Test
    void usageErrorsExitTwo() {
        String seeds = Fixtures.SEEDS.toString();
        Run missing = run("check", "no/such/folder");
        assertEquals(ExitCode.USAGE.code(), missing.code());
        assertTrue(missing.err().contains("no such file or folder: no/such/folder"), missing.err());
        assertEquals(ExitCode.USAGE.code(), run("check", seeds, "--format", "yaml").code());
        assertEquals(ExitCode.USAGE.code(), run("check", seeds, "--fail-on", "sometimes").code());
        assertEquals(ExitCode.USAGE.code(), run("check", seeds, "--report", "pdf:x.pdf").code());
        assertEquals(ExitCode.USAGE.code(), run("check", seeds, "--report", "json").code());
        assertEquals(ExitCode.USAGE.code(), run("check", seeds, "--rules", "no/such/rules").code());
        assertEquals(ExitCode.USAGE.code(), run("check").code());
        assertEquals(ExitCode.USAGE.code(), run().code());
    }

    @Test
    void aBrokenRuleFileExitsTwoAndNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path drl = dir.resolve("my-rule.drl");
        Files.writeString(drl, "package crosscheck.rules\n\nrule \"broken\"\n    @id(\"timestamp-order\")\nwhen\n"
                + "    $x : TimestampClaim(\nthen\nend\n");
        Run r = run("check", Fixtures.SEEDS.toString(), "--rules", dir.toString());
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains(drl.toString().replace('\\', '/') + ":8"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRuleWithoutMetadataIsAConfigurationError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bare.drl"), "package crosscheck.rules\nimport org.crosscheck.corpus.Document\n"
                + "global org.crosscheck.rules.FindingSink sink\n\nrule \"bare\"\nwhen\n    $d : Document()\nthen\n"
                + "    sink.report(kcontext);\nend\n");
        Run r = run("rules", "--rules", dir.toString());
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains("bare.drl:5: rule \"bare\": missing @id, @severity, @summary, @message"), r.err());
    }

    @Test
    void aRulesFolderAddsRulesAndReplacesPackagedOnesByFileName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("timestamp-missing.drl"), "package crosscheck.rules\n"
                + "import org.crosscheck.corpus.Document\nimport org.crosscheck.claims.TimestampClaim\n"
                + "import org.crosscheck.claims.TimestampClaim.Role\n"
                + "global org.crosscheck.rules.FindingSink sink\n\nrule \"timestamp-missing, stricter\"\n"
                + "    @id(\"timestamp-missing\")\n    @severity(\"error\")\n    @summary(\"No publication timestamp can be found\")\n"
                + "    @message(\"{$d.id} has no date\")\nwhen\n    $d : Document()\n"
                + "    not TimestampClaim(document == $d.id, role == Role.PUBLISHED)\nthen\n    sink.report(kcontext);\nend\n");
        String one = Fixtures.SEEDS.resolve("004_8ee1d2e5487640d6.txt").toString();
        Run r = run("check", one, "--format", "json");
        Run replaced = run("check", one, "--format", "json", "--rules", dir.toString());
        assertEquals(ExitCode.OK.code(), r.code());
        assertEquals(ExitCode.FINDINGS.code(), replaced.code());
        JsonNode f = JsonRenderer.MAPPER.readTree(replaced.out()).get("findings");
        assertEquals(1, f.size());
        assertEquals("error", f.get(0).get("severity").asText());
        assertEquals("004_8ee1d2e5487640d6 has no date", f.get(0).get("message").asText());
    }

    @Test
    void aRuleThatLoopsIsStoppedByTheFiringLimitAndReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("runaway.drl"), "package crosscheck.rules\n"
                + "import org.crosscheck.corpus.Document\n"
                + "global org.crosscheck.rules.FindingSink sink\n"
                + "declare Tick\n    n : int\nend\n"
                + "rule \"runaway\"\n    @id(\"timestamp-missing\")\n    @severity(\"note\")\n"
                + "    @summary(\"No publication timestamp can be found\")\n    @message(\"loops\")\n"
                + "when\n    $d : Document()\n    $t : Tick()\nthen\n    insert(new Tick($t.getN() + 1));\nend\n"
                + "rule \"start\"\n    @id(\"timestamp-missing\")\n    @severity(\"note\")\n"
                + "    @summary(\"No publication timestamp can be found\")\n    @message(\"starts\")\n"
                + "when\n    $d : Document()\n    not Tick()\nthen\n    insert(new Tick(0));\nend\n");
        Files.writeString(dir.resolve("timestamp-missing.drl"), "package crosscheck.rules\n");
        Run r = run("check", Fixtures.SEEDS.resolve("000_05eaba5fcf1729d1.txt").toString(), "--format", "json",
                "--rules", dir.toString(), "--firing-limit", "500");
        assertEquals(ExitCode.INPUT_ERRORS.code(), r.code(), r.err());
        JsonNode errors = JsonRenderer.MAPPER.readTree(r.out()).get("errors");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).get("message").asText().startsWith("rules stopped at the firing limit (500 firings)"),
                errors.toString());
        assertTrue(errors.get(0).get("message").asText().contains("000_05eaba5fcf1729d1"), errors.toString());
    }

    @Test
    void reportFilesAreWrittenAndIdenticalToStandardOutput(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("report.json");
        Path md = dir.resolve("report.md");
        Run r = run("check", Fixtures.SEEDS.toString(), "--format", "json", "--report", "json:" + json,
                "--report", "markdown:" + md);
        assertEquals(ExitCode.FINDINGS.code(), r.code(), r.err());
        assertEquals(r.out(), Files.readString(json));
        assertTrue(Files.readString(md).startsWith("# crosscheck report"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void theSameInputGivesTheSameBytesWhateverTheOrderOfArguments() {
        List<String> files = new ArrayList<>();
        try {
            Fixtures.seedFiles().forEach(p -> files.add(p.toString()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        List<String> a = new ArrayList<>(List.of("check", "--format", "json"));
        a.addAll(files);
        List<String> b = new ArrayList<>(List.of("check", "--format", "json"));
        b.addAll(reversed);
        assertEquals(run(a.toArray(String[]::new)).out(), run(b.toArray(String[]::new)).out());
    }

    @Test
    void unreadableInputsAreListedAndExitFour(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Published: March 2, 2022 10:00 GMT\nThe port reopened on Wednesday, officials said.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("check", dir.toString(), "--format", "json");
        assertEquals(ExitCode.INPUT_ERRORS.code(), r.code(), r.err());
        JsonNode errors = JsonRenderer.MAPPER.readTree(r.out()).get("errors");
        assertEquals(1, errors.size());
        assertEquals("empty file", errors.get(0).get("message").asText());
    }

    @Test
    void rulesCommandListsEveryRuleWithItsMetadata() {
        Run r = run("rules");
        assertEquals(0, r.code(), r.err());
        for (String id : List.of("timestamp-missing", "timestamp-order", "weekday-mismatch")) {
            assertTrue(r.out().contains(id), r.out());
        }
        assertTrue(r.out().contains("(packaged) rules/weekday-mismatch.drl"), r.out());
    }
}
