package org.crosscheck.cli;

import java.io.PrintWriter;

/** What the terminal allows: colour, and progress on standard error only when a person is watching. */
final class Terminal {
    private Terminal() {
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    static boolean colorAllowed() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }

    /** Progress on standard error, shown only when the process runs in a terminal. */
    interface Progress {
        void update(int done);

        void done();
    }

    static Progress progress(PrintWriter err, int total) {
        if (System.console() == null) {
            return new Progress() {
                @Override
                public void update(int done) {
                }

                @Override
                public void done() {
                }
            };
        }
        return new Progress() {
            private long last;

            @Override
            public void update(int done) {
                long now = System.nanoTime();
                if (now - last > 200_000_000L || done == total) {
                    last = now;
                    err.print("\rchecked " + done + " of " + total + " documents");
                    err.flush();
                }
            }

            @Override
            public void done() {
                err.print("\r\u001b[K");
                err.flush();
            }
        };
    }
}
