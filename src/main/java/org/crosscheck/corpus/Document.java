package org.crosscheck.corpus;

import java.util.List;

/**
 * One article as read from the corpus. {@code text} is the decoded text that every evidence span
 * indexes into; {@code readNotes} say what decoding had to repair (a byte-order mark, invalid
 * bytes), so nothing is changed silently.
 */
public record Document(String id, String path, String text, List<String> readNotes) {
    public Document {
        readNotes = List.copyOf(readNotes);
    }
}
