package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.cli.Main;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF and JUnit XML, rendered from the same report as every other format. */
class CiFormatsTest {

    private static String check(Path dir, String format, String... extra) throws Exception {
        Path file = dir.resolve("out." + format);
        String[] base = {"check", Fixtures.SEEDS.toString(), "--fail-on", "warning", "--report", format + ":" + file};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        return Files.readString(file);
    }

    @Test
    void sarifMatchesItsGoldenFile(@TempDir Path dir) throws Exception {
        GoldenFiles.check("report-seeds.expected.sarif", check(dir, "sarif"));
    }

    @Test
    void sarifValidatesAgainstTheSchemaWithAndWithoutSuppressions(@TempDir Path dir) throws Exception {
        Path schemaFile = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("schemas/sarif-schema-2.1.0.json");
        Assumptions.assumeTrue(Files.exists(schemaFile), "skipped: " + schemaFile.toAbsolutePath() + " is absent");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(JsonRenderer.MAPPER.readTree(schemaFile.toFile()));
        JsonNode plain = JsonRenderer.MAPPER.readTree(check(dir, "sarif"));
        Set<ValidationMessage> errors = schema.validate(plain);
        assertEquals(Set.of(), errors);

        Path baseline = dir.resolve("baseline.json");
        Main.run(new String[] {"baseline", baseline.toString(), Fixtures.SEEDS.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        JsonNode known = JsonRenderer.MAPPER.readTree(check(dir, "sarif", "--baseline", baseline.toString()));
        assertEquals(Set.of(), schema.validate(known));
        JsonNode result = known.get("runs").get(0).get("results").get(0);
        assertEquals("external", result.get("suppressions").get(0).get("kind").asText());
        assertEquals("unchanged", result.get("baselineState").asText());
    }

    @Test
    void sarifCarriesRulesLocationsRelatedLocationsAndFingerprints(@TempDir Path dir) throws Exception {
        JsonNode run = JsonRenderer.MAPPER.readTree(check(dir, "sarif")).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertTrue(rules.size() >= 7);
        for (JsonNode r : rules) {
            assertFalse(r.get("shortDescription").get("text").asText().isBlank());
            assertFalse(r.get("fullDescription").get("text").asText().isBlank());
            assertTrue(r.get("help").get("markdown").asText().startsWith("# " + r.get("id").asText()), r.toString());
        }
        JsonNode quantity = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("quantity-conflict")) {
                quantity = r;
            }
        }
        assertNotNull(quantity);
        assertEquals("note", quantity.get("level").asText());
        JsonNode region = quantity.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(23, region.get("startLine").asInt());
        assertEquals(42, region.get("startColumn").asInt());
        assertEquals("fixtures/seeds/004_8ee1d2e5487640d6.txt",
                quantity.get("relatedLocations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals(64, quantity.get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText().length());
    }

    @Test
    void junitMatchesItsGoldenFileAndIsWellFormed(@TempDir Path dir) throws Exception {
        String xml = check(dir, "junit");
        GoldenFiles.check("report-seeds.expected.junit.xml", xml);
        parse(xml);
        assertTrue(xml.contains("failures=\"2\""), "the timestamp error and the quote variants reach --fail-on warning");
    }

    @Test
    void junitDropsCharactersThatXmlForbids() throws Exception {
        String message = "quote \u0001with\u0008 control\u000B characters \uFFFE and <tags> & \"quotes\"";
        Finding f = new Finding(Findings.fingerprint("weekday-mismatch", List.of("k")), "weekday-mismatch", Severity.WARNING,
                "why", message, "S1", List.of("a"), List.of(new Evidence("a", 0, 3, 1, 1, "x\u0002y", "v")),
                Finding.Status.NEW, null);
        Report report = Crosscheck.report(List.of(), List.of(f), List.of(), 0);
        StringBuilder sb = new StringBuilder();
        new JunitRenderer(Severity.WARNING).render(report, sb);
        String xml = sb.toString();
        parse(xml);
        for (char c : new char[] {'\u0001', '\u0008', '\u000B', '\uFFFE'}) {
            assertFalse(xml.indexOf(c) >= 0, "no U+" + Integer.toHexString(c));
        }
        assertTrue(xml.contains("&lt;tags&gt; &amp;"));
    }

    private static void parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
