package org.crosscheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;

/**
 * JUnit XML for CI test views: one test case per rule and story, failing when it has a new finding
 * at or above the threshold. Characters that XML forbids are removed, so CI parsers do not fail.
 */
public final class JunitRenderer implements Renderer {
    private final Severity threshold;

    /** @param threshold the --fail-on severity, or null for never */
    public JunitRenderer(Severity threshold) {
        this.threshold = threshold;
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        TreeSet<String> stories = new TreeSet<>();
        report.stories().forEach(s -> stories.add(s.id()));
        report.findings().forEach(f -> stories.add(f.story() == null ? "corpus" : f.story()));
        if (stories.isEmpty()) {
            stories.add("corpus");
        }
        List<String> rules = new ArrayList<>();
        report.rules().forEach(r -> rules.add(r.id()));
        report.findings().stream().map(Finding::rule).distinct().sorted().filter(r -> !rules.contains(r)).forEach(rules::add);
        Map<String, List<Finding>> byCase = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byCase.computeIfAbsent((f.story() == null ? "corpus" : f.story()) + "\u0000" + f.rule(), k -> new ArrayList<>()).add(f);
        }
        int tests = stories.size() * rules.size();
        int failures = 0;
        StringBuilder cases = new StringBuilder();
        for (String story : stories) {
            for (String rule : rules) {
                List<Finding> found = byCase.getOrDefault(story + "\u0000" + rule, List.of());
                List<Finding> failing = found.stream().filter(f -> f.status() == Finding.Status.NEW && threshold != null
                        && f.severity().atLeast(threshold)).toList();
                cases.append("    <testcase classname=\"crosscheck.").append(attr(story)).append("\" name=\"")
                        .append(attr(rule)).append("\">");
                if (!failing.isEmpty()) {
                    failures++;
                    cases.append("\n      <failure type=\"").append(attr(failing.get(0).severity().word()))
                            .append("\" message=\"").append(attr(failing.size() + " new finding(s): " + failing.get(0).message()))
                            .append("\">");
                    for (Finding f : failing) {
                        cases.append(text(f.severity().word() + " " + String.join(", ", f.documents()) + ": " + f.message())).append('\n');
                    }
                    cases.append("</failure>\n    ");
                } else if (!found.isEmpty()) {
                    cases.append("\n      <system-out>");
                    for (Finding f : found) {
                        cases.append(text(f.severity().word() + " (" + f.status().word() + ") "
                                + String.join(", ", f.documents()) + ": " + f.message())).append('\n');
                    }
                    cases.append("</system-out>\n    ");
                }
                cases.append("</testcase>\n");
            }
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"crosscheck\" tests=\"").append(String.valueOf(tests)).append("\" failures=\"")
                .append(String.valueOf(failures)).append("\">\n");
        out.append("  <testsuite name=\"crosscheck\" tests=\"").append(String.valueOf(tests)).append("\" failures=\"")
                .append(String.valueOf(failures)).append("\" errors=\"").append(String.valueOf(report.errors().size()))
                .append("\">\n");
        out.append(cases);
        out.append("  </testsuite>\n</testsuites>\n");
    }

    /** Element text: escaped, and without the characters XML 1.0 forbids. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!allowed) {
                continue;
            }
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
