package org.crosscheck.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A renderer that writes a report as it is read ({@link ReportStream}), holding one item at a
 * time: what a store's whole report needs, whatever its size. The report in memory is written by
 * the same code ({@link ReportStream#of}).
 */
public interface StreamRenderer extends Renderer {

    void render(ReportStream report, Appendable out) throws IOException;

    @Override
    default void render(Report report, Appendable out) throws IOException {
        render(ReportStream.of(report), out);
    }

    /** {@code out} as a {@link Writer} (itself when it is one). */
    static Writer writer(Appendable out) {
        if (out instanceof Writer w) {
            return w;
        }
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                out.append(java.nio.CharBuffer.wrap(buf, off, len));
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                out.append(s, off, off + len);
            }

            @Override
            public void flush() {
                // An Appendable has nothing to flush.
            }

            @Override
            public void close() {
                // Nor to close: its owner closes it.
            }
        };
    }
}
