package org.crosscheck.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.findings.Finding;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;

/**
 * A rule's case file, {@code rules/<id>.cases.yaml}: small documents written for the rule, and
 * for each case the exact findings of that rule it must produce. An empty list is a negative case.
 */
record RuleCases(String rule, List<Case> cases) {

    static final Path RULES = Path.of("rules");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One case: documents by id, and the findings expected from them. */
    record Case(String name, LinkedHashMap<String, String> documents, List<Expected> findings) {
        boolean positive() {
            return !findings.isEmpty();
        }
    }

    /**
     * An expected finding. {@code documents} must match exactly; {@code severity},
     * {@code evidence} (the evidence texts, in order), {@code message} (the whole message),
     * {@code messageContains} and {@code severityReason} (the whole reason) when given.
     */
    record Expected(List<String> documents, String severity, List<String> evidence, String message,
                    List<String> messageContains, String severityReason) {
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(RULES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".cases.yaml")).sorted().toList();
        }
    }

    static RuleCases read(Path file) throws IOException {
        return YAML.readValue(file.toFile(), RuleCases.class);
    }

    /** Groups a case's documents as a corpus run would, checks each story, and returns the findings of {@code rule}. */
    static List<Finding> run(RuleEngine engine, String rule, Case c) {
        List<ExtractedDocument> docs = new ArrayList<>();
        for (Map.Entry<String, String> e : c.documents().entrySet()) {
            Document d = new Document(e.getKey(), e.getKey() + ".txt", e.getValue(), List.of());
            docs.add(Extractor.extract(Cleaner.clean(d)));
        }
        Grouping grouping = StoryGrouper.group(docs);
        List<Finding> findings = new ArrayList<>();
        for (Story story : grouping.stories()) {
            List<ExtractedDocument> members = grouping.documents().stream()
                    .filter(d -> story.id().equals(grouping.storyOf().get(d.id()))).toList();
            List<Event> events = grouping.events().stream().filter(e -> e.story().equals(story.id())).toList();
            findings.addAll(engine.evaluate(story.id(), members, events, Thresholds.DEFAULTS).findings());
        }
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The differences between what was expected and what came, empty when they agree. */
    static List<String> compare(List<Expected> expected, List<Finding> actual) {
        List<String> problems = new ArrayList<>();
        List<Finding> left = new ArrayList<>(actual);
        for (Expected e : expected) {
            Finding match = null;
            for (Finding f : left) {
                if (matches(e, f)) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                problems.add("expected but not found: " + e);
            } else {
                left.remove(match);
            }
        }
        for (Finding f : left) {
            problems.add("found but not expected: documents=" + f.documents() + " severity=" + f.severity().word()
                    + " evidence=" + f.evidence().stream().map(ev -> ev.text()).toList() + " message=" + f.message()
                    + " severityReason=" + f.severityReason());
        }
        return problems;
    }

    private static boolean matches(Expected e, Finding f) {
        if (!e.documents().equals(f.documents())) {
            return false;
        }
        if (e.severity() != null && !e.severity().equals(f.severity().word())) {
            return false;
        }
        if (e.evidence() != null && !e.evidence().equals(f.evidence().stream().map(ev -> ev.text()).toList())) {
            return false;
        }
        if (e.message() != null && !e.message().equals(f.message())) {
            return false;
        }
        if (e.severityReason() != null && !e.severityReason().equals(f.severityReason())) {
            return false;
        }
        if (e.messageContains() != null) {
            for (String part : e.messageContains()) {
                if (!f.message().contains(part)) {
                    return false;
                }
            }
        }
        return true;
    }
}
