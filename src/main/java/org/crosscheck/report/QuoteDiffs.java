package org.crosscheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * Which wordings of a quote finding are diffed for the reader: each other wording, once, against
 * the first source's. The HTML report and the review app show the same diffs.
 */
public final class QuoteDiffs {

    /** Two wordings to diff: the first source's and another. */
    public record Pair(String first, String other) {
    }

    private QuoteDiffs() {
    }

    /** The pairs to diff for {@code f}; none unless it is a quote variant with two sources or more. */
    public static List<Pair> of(Finding f) {
        if (!f.rule().equals("quote-variant") || f.evidence().size() < 2) {
            return List.of();
        }
        String first = f.evidence().get(0).text();
        Set<String> others = new LinkedHashSet<>();
        for (Evidence e : f.evidence().subList(1, f.evidence().size())) {
            others.add(e.text());
        }
        others.remove(first);
        List<Pair> out = new ArrayList<>();
        for (String other : others) {
            out.add(new Pair(first, other));
        }
        return out;
    }
}
