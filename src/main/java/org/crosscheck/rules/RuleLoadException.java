package org.crosscheck.rules;

import java.util.List;

/** The rules could not be loaded: each problem names its file and, where known, its line. */
public final class RuleLoadException extends Exception {
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
