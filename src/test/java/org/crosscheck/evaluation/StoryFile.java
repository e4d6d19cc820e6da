package org.crosscheck.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader's grouping of a corpus's articles into stories ({@code fixtures/evaluation/timebank-stories.tsv}):
 * one line a story, {@code slug<TAB>id id ...}; lines starting with {@code #} and blank lines are
 * skipped; an article on no line is a story of its own. The clustering is scored against it over
 * pairs of articles by {@link PairwiseClustering}, as ECB+'s is against its gold topics.
 */
final class StoryFile {

    private StoryFile() {
    }

    static Map<String, String> read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    /** Article id -> the slug of its story. An id on two lines, or a line without ids, is an error. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String[] head = tab >= 0 ? new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()}
                    : s.split("\\s+", 2);
            if (head.length < 2 || head[1].isBlank()) {
                throw new IllegalArgumentException("line " + number + ": a story without articles");
            }
            for (String id : head[1].split("\\s+")) {
                String before = out.put(id, head[0]);
                if (before != null) {
                    throw new IllegalArgumentException("line " + number + ": " + id + " is in two stories, "
                            + before + " and " + head[0]);
                }
            }
        }
        return out;
    }
}
