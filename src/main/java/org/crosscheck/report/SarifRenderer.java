package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;

/**
 * SARIF 2.1.0 for code-scanning views: the rules with their descriptions and help, one result a
 * finding located at its first evidence, the other sources as related locations, our
 * fingerprint under our own key, and suppressions for baseline and suppressed findings.
 * Inputs that could not be processed are tool execution notifications. Written as the report is
 * read ({@link StreamRenderer}): one finding's result in memory at a time.
 */
public final class SarifRenderer implements StreamRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "crosscheckFingerprint/v1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Written as the report is read: the run's tool and its rules, then one result a finding as
     * the findings pass, then the notifications; each part is a small tree written in place, so
     * the output is what the mapper writes of the whole tree, byte for byte.
     */
    @Override
    public void render(ReportStream report, Appendable out) throws IOException {
        try (JsonGenerator g = JsonRenderer.MAPPER.getFactory().createGenerator(StreamRenderer.writer(out))) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(ReportJson.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            Map<String, Integer> ruleIndex = new HashMap<>();
            g.writeFieldName("tool");
            g.writeTree(tool(report, ruleIndex));
            g.writeArrayFieldStart("results");
            report.findings(f -> g.writeTree(result(f, ruleIndex, report)));
            g.writeEndArray();
            ArrayNode invocations = JSON.arrayNode();
            ObjectNode invocation = invocations.addObject();
            invocation.put("executionSuccessful", true);
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (InputError e : report.errors()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", Safe.sarif(e.path() + ": " + e.message()));
            }
            g.writeFieldName("invocations");
            g.writeTree(invocations);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.append('\n');
    }

    /** The run's tool: its name and version, and its rules, each given its index in {@code ruleIndex}. */
    private static ObjectNode tool(ReportStream report, Map<String, Integer> ruleIndex) {
        ObjectNode tool = JSON.objectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        driver.put("semanticVersion", report.tool().version());
        ArrayNode rules = driver.putArray("rules");
        for (Report.RuleEntry r : report.rules()) {
            ruleIndex.put(r.id(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("name", camel(r.id()));
            rule.putObject("shortDescription").put("text", r.summary());
            String page = r.explanation() == null ? r.summary() : r.explanation();
            rule.putObject("fullDescription").put("text", firstParagraph(page, r.summary()));
            ObjectNode help = rule.putObject("help");
            help.put("text", page);
            help.put("markdown", page);
            rule.putObject("defaultConfiguration").put("level", level(Severity.parse(r.severity())));
        }
        return tool;
    }

    /** One finding as a result, located at its first evidence, the other sources related. */
    private static ObjectNode result(Finding f, Map<String, Integer> ruleIndex, ReportStream report) {
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", f.rule());
        Integer index = ruleIndex.get(f.rule());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", Safe.sarif(f.message()));
        ArrayNode locations = result.putArray("locations");
        ArrayNode related = JSON.arrayNode();
        if (f.evidence().isEmpty()) {
            for (String d : f.documents()) {
                location(locations.addObject(), report.pathOf(d), null);
            }
        } else {
            location(locations.addObject(), report.pathOf(f.evidence().get(0).document()), f.evidence().get(0));
            for (int i = 1; i < f.evidence().size(); i++) {
                Evidence e = f.evidence().get(i);
                ObjectNode rel = related.addObject();
                rel.put("id", i);
                location(rel, report.pathOf(e.document()), e);
                rel.putObject("message").put("text", Safe.sarif("\"" + e.text() + "\" = " + e.value()));
            }
        }
        if (!related.isEmpty()) {
            result.set("relatedLocations", related);
        }
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        if (f.status() != Finding.Status.NEW) {
            ObjectNode s = result.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("status", "accepted");
            s.put("justification", f.statusReason() == null ? f.status().word() : f.statusReason());
            if (f.status() == Finding.Status.BASELINE) {
                result.put("baselineState", "unchanged");
            }
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severityReason", f.severityReason());
        if (f.story() != null) {
            properties.put("story", f.story());
        }
        return result;
    }

    private static void location(ObjectNode holder, String path, Evidence e) {
        ObjectNode physical = holder.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(path));
        if (e != null && e.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", e.line());
            region.put("startColumn", e.column());
            region.put("endLine", e.line());
            region.put("endColumn", e.column() + (e.end() - e.start()));
            region.put("charOffset", e.start());
            region.put("charLength", e.end() - e.start());
            region.putObject("snippet").put("text", e.text());
        }
    }

    /** A relative URI reference: path segments percent-encoded, slashes kept. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        return s == null ? "warning" : switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /** The first paragraph of the page's "What it finds" section, or the summary. */
    private static String firstParagraph(String page, String fallback) {
        int at = page.indexOf("## What it finds");
        if (at < 0) {
            return fallback;
        }
        String rest = page.substring(at + "## What it finds".length()).strip();
        int end = rest.indexOf("\n\n");
        String para = (end < 0 ? rest : rest.substring(0, end)).replaceAll("\\s*\\n\\s*", " ").strip();
        return para.isEmpty() ? fallback : para;
    }
}
