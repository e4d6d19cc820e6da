package org.crosscheck.corpus;

import java.util.List;

/**
 * One article as read from the corpus. {@code text} is the decoded text that every evidence span
 * indexes into; {@code readNotes} say what decoding had to repair (a byte-order mark, invalid
 * bytes), so nothing is changed silently. A structured record (JSON Lines) may also give the
 * article's {@code title}, {@code source} (outlet) and {@code published} date as fields; they are
 * null for plain text, where the page's own header is read instead.
 */
public record Document(String id, String path, String text, List<String> readNotes,
                       String title, String source, String published) {
    public Document {
        readNotes = List.copyOf(readNotes);
    }

    public Document(String id, String path, String text, List<String> readNotes) {
        this(id, path, text, readNotes, null, null, null);
    }

    /**
     * What a copy of this document shares with it: its text, title, outlet and publication date,
     * not its id, path or read notes. Everything extraction reads of a document is in it, so two
     * documents of one copy key are read alike; grouping joins a copy to its original by it.
     */
    public List<String> copyKey() {
        return java.util.Arrays.asList(text, title, source, published);
    }
}
