package org.crosscheck.stories;

import java.util.List;
import java.util.Map;
import org.crosscheck.extract.ExtractedDocument;

/**
 * The stories and events of a corpus, and its documents with their claims tied to events and
 * their relative dates resolved against the story when they had no timestamp of their own.
 */
public record Grouping(List<Story> stories, List<Event> events, List<ExtractedDocument> documents,
                       Map<String, String> storyOf, Map<String, String> eventOf) {
}
