package org.crosscheck.report;

import java.io.IOException;

/** Writes a report in one format. */
public interface Renderer {
    void render(Report report, Appendable out) throws IOException;
}
