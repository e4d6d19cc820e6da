package org.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Finding;

/**
 * Everything a run found, in the shape of the JSON report contract, {@code formatVersion} 2.
 * Fields may be added; none may be renamed or removed, nor its meaning changed, without a new
 * format version. Version 2 (from version 1): {@code findings[].joined} lists, of the pairs of
 * one pair of documents' copies, the first pair by id instead of the smallest fingerprint, so a
 * finding over copies can be made without hashing every pair (README, "The report").
 */
@JsonPropertyOrder({"formatVersion", "tool", "documents", "stories", "events", "findings", "errors", "summary", "rules"})
public record Report(
        int formatVersion,
        Tool tool,
        List<DocumentEntry> documents,
        List<StoryEntry> stories,
        List<EventEntry> events,
        List<Finding> findings,
        List<InputError> errors,
        Summary summary,
        List<RuleEntry> rules) {

    public static final int FORMAT_VERSION = 2;

    public Report {
        documents = List.copyOf(documents);
        stories = List.copyOf(stories);
        events = List.copyOf(events);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A rule of the run: its id, default severity, summary and explanation page (Markdown), for renderers. */
    @JsonPropertyOrder({"id", "severity", "summary", "explanation"})
    public record RuleEntry(String id, String severity, String summary, String explanation) {
    }

    @JsonPropertyOrder({"name", "version"})
    public record Tool(String name, String version) {
    }

    /**
     * One document. {@code published} and {@code updated} are ISO 8601 at the precision the page
     * gives: an offset only when the page gives a zone. {@code timestamps} lists every timestamp
     * found, with its evidence, and {@code readNotes} what decoding had to repair.
     */
    @JsonPropertyOrder({"id", "path", "source", "title", "published", "updated", "story", "event",
            "timestamps", "claims", "readNotes"})
    public record DocumentEntry(
            String id, String path, String source, String title, String published, String updated,
            String story, String event, List<TimestampEntry> timestamps, int claims, List<String> readNotes) {
    }

    /** A timestamp of a document: its role, value, the words it was read from and where. */
    @JsonPropertyOrder({"role", "value", "text", "start", "end", "label", "zoned", "zoneNote", "ambiguousOrder"})
    public record TimestampEntry(
            String role, String value, String text, int start, int end, String label, boolean zoned,
            String zoneNote, boolean ambiguousOrder) {
    }

    @JsonPropertyOrder({"id", "label", "documents"})
    public record StoryEntry(String id, String label, List<String> documents) {
    }

    @JsonPropertyOrder({"id", "story", "kind", "date", "place", "participants", "documents", "mode"})
    public record EventEntry(
            String id, String story, String kind, String date, String place, List<String> participants,
            List<String> documents, String mode) {
    }

    /**
     * Counts; {@code findings} (all findings) and {@code newFindings} (those neither in the
     * baseline nor suppressed) have the keys error, warning and note, always all three.
     */
    @JsonPropertyOrder({"documents", "claims", "findings", "newFindings"})
    public record Summary(int documents, int claims, Map<String, Integer> findings, Map<String, Integer> newFindings) {
    }

    /** Each document's path by its id, for renderers that point at files. */
    public Map<String, String> pathsById() {
        Map<String, String> paths = new java.util.HashMap<>();
        for (DocumentEntry d : documents) {
            paths.put(d.id(), d.path());
        }
        return paths;
    }

    /** The same report with its findings' statuses replaced, and the new findings counted again. */
    public Report withFindings(List<Finding> marked) {
        Map<String, Integer> fresh = new java.util.LinkedHashMap<>();
        for (String k : summary.findings().keySet()) {
            fresh.put(k, 0);
        }
        for (Finding f : marked) {
            if (f.status() == Finding.Status.NEW) {
                fresh.merge(f.severity().word(), 1, Integer::sum);
            }
        }
        return new Report(formatVersion, tool, documents, stories, events, marked, errors,
                new Summary(summary.documents(), summary.claims(), summary.findings(), fresh), rules);
    }
}
