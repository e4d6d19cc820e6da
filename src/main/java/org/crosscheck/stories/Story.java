package org.crosscheck.stories;

import java.util.List;

/** Documents about one developing news topic. */
public record Story(String id, String label, List<String> documents) {
    public Story {
        documents = List.copyOf(documents);
    }
}
