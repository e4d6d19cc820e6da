package org.crosscheck.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every output format by name, in one place. */
public final class Renderers {
    private Renderers() {
    }

    /** Formats for standard output ({@code --format}). */
    public static Map<String, Renderer> forStdout(boolean color) {
        Map<String, Renderer> m = new TreeMap<>();
        m.put("text", new TextRenderer(color));
        m.put("json", new Json());
        m.put("markdown", new MarkdownRenderer());
        m.put("github", new GithubRenderer());
        return m;
    }

    /**
     * Formats for report files ({@code --report FORMAT:FILE}).
     *
     * @param threshold the --fail-on severity (null for never), which JUnit test cases fail at
     */
    public static Map<String, Renderer> forFiles(org.crosscheck.findings.Severity threshold) {
        Map<String, Renderer> m = new TreeMap<>();
        m.put("json", new Json());
        m.put("markdown", new MarkdownRenderer());
        m.put("text", new TextRenderer(false));
        m.put("sarif", new SarifRenderer());
        m.put("junit", new JunitRenderer(threshold));
        m.put("html", new HtmlRenderer());
        return m;
    }

    /**
     * The JSON report, as {@link JsonRenderer} writes it, without making one: that builds
     * Jackson's mapper (its classes, and a date format whose calendar reads the locale data,
     * some 60 ms of a start), which no report needs.
     */
    private static final class Json implements StreamRenderer {
        @Override
        public void render(ReportStream report, Appendable out) throws java.io.IOException {
            ReportJson.write(report, StreamRenderer.writer(out));
            out.append('\n');
        }
    }

    public static List<String> names(Map<String, Renderer> m) {
        return List.copyOf(m.keySet());
    }
}
