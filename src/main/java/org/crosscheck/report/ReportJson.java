package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * The report as JSON, written field by field with Jackson's streaming generator and the report's
 * pretty printer: the same text {@link JsonRenderer#MAPPER} writes (fields in the records' order,
 * nulls written, a finding's {@code joined} left out when empty; {@code ReportJsonTest} holds the
 * two equal), without building the mapper (its class set-up reads a date format's locale data) and
 * its serializers (reflection over every record and its annotations), which took some 0.2 s of
 * CPU in a cold run on the seeds.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** Two-space indentation, "\n" line ends, ": " between a field and its value, empty arrays and objects as [] and {}. */
    static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    static String write(Report report) throws IOException {
        StringWriter out = new StringWriter();
        write(ReportStream.of(report), out);
        return out.toString();
    }

    /**
     * Writes {@code report} to {@code out} as it is read, item by item: what {@link #write(Report)}
     * gives for the same report, without holding its text or its lists. {@code out} is not closed.
     */
    static void write(ReportStream report, java.io.Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            report(g, report);
        }
    }

    private static void report(JsonGenerator g, ReportStream r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("formatVersion", r.formatVersion());
        g.writeFieldName("tool");
        if (r.tool() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            string(g, "name", r.tool().name());
            string(g, "version", r.tool().version());
            g.writeEndObject();
        }
        g.writeFieldName("documents");
        g.writeStartArray();
        r.documents(d -> document(g, d));
        g.writeEndArray();
        g.writeFieldName("stories");
        g.writeStartArray();
        r.stories(s -> {
            if (s == null) {
                g.writeNull();
                return;
            }
            g.writeStartObject();
            string(g, "id", s.id());
            string(g, "label", s.label());
            strings(g, "documents", s.documents());
            g.writeEndObject();
        });
        g.writeEndArray();
        g.writeFieldName("events");
        g.writeStartArray();
        r.events(e -> {
            if (e == null) {
                g.writeNull();
                return;
            }
            g.writeStartObject();
            string(g, "id", e.id());
            string(g, "story", e.story());
            string(g, "kind", e.kind());
            string(g, "date", e.date());
            string(g, "place", e.place());
            strings(g, "participants", e.participants());
            strings(g, "documents", e.documents());
            string(g, "mode", e.mode());
            g.writeEndObject();
        });
        g.writeEndArray();
        g.writeFieldName("findings");
        g.writeStartArray();
        r.findings(f -> finding(g, f));
        g.writeEndArray();
        g.writeFieldName("errors");
        g.writeStartArray();
        for (InputError e : r.errors()) {
            if (e == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            string(g, "path", e.path());
            string(g, "message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("summary");
        Report.Summary summary = r.summary();
        if (summary == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("documents", summary.documents());
            g.writeNumberField("claims", summary.claims());
            counts(g, "findings", summary.findings());
            counts(g, "newFindings", summary.newFindings());
            g.writeEndObject();
        }
        g.writeFieldName("rules");
        g.writeStartArray();
        for (Report.RuleEntry e : r.rules()) {
            if (e == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            string(g, "id", e.id());
            string(g, "severity", e.severity());
            string(g, "summary", e.summary());
            string(g, "explanation", e.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void document(JsonGenerator g, Report.DocumentEntry d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "id", d.id());
        string(g, "path", d.path());
        string(g, "source", d.source());
        string(g, "title", d.title());
        string(g, "published", d.published());
        string(g, "updated", d.updated());
        string(g, "story", d.story());
        string(g, "event", d.event());
        g.writeFieldName("timestamps");
        if (d.timestamps() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Report.TimestampEntry t : d.timestamps()) {
                if (t == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                string(g, "role", t.role());
                string(g, "value", t.value());
                string(g, "text", t.text());
                g.writeNumberField("start", t.start());
                g.writeNumberField("end", t.end());
                string(g, "label", t.label());
                g.writeBooleanField("zoned", t.zoned());
                string(g, "zoneNote", t.zoneNote());
                g.writeBooleanField("ambiguousOrder", t.ambiguousOrder());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeNumberField("claims", d.claims());
        strings(g, "readNotes", d.readNotes());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        if (f == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "fingerprint", f.fingerprint());
        string(g, "rule", f.rule());
        string(g, "severity", f.severity() == null ? null : f.severity().word());
        string(g, "severityReason", f.severityReason());
        string(g, "message", f.message());
        string(g, "story", f.story());
        strings(g, "documents", f.documents());
        g.writeFieldName("evidence");
        g.writeStartArray();
        for (Evidence e : f.evidence()) {
            evidence(g, e);
        }
        g.writeEndArray();
        string(g, "status", f.status() == null ? null : f.status().word());
        string(g, "statusReason", f.statusReason());
        if (f.joined() != null && !f.joined().isEmpty()) {
            strings(g, "joined", f.joined());
        }
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, Evidence e) throws IOException {
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "document", e.document());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeNumberField("line", e.line());
        g.writeNumberField("column", e.column());
        string(g, "text", e.text());
        string(g, "value", e.value());
        string(g, "before", e.before());
        string(g, "after", e.after());
        string(g, "asOf", e.asOf());
        number(g, "low", e.low());
        number(g, "high", e.high());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void number(JsonGenerator g, String field, Double value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String field, Map<String, Integer> counts) throws IOException {
        g.writeFieldName(field);
        if (counts == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            g.writeFieldName(c.getKey());
            if (c.getValue() == null) {
                g.writeNull();
            } else {
                g.writeNumber(c.getValue().intValue());
            }
        }
        g.writeEndObject();
    }
}
