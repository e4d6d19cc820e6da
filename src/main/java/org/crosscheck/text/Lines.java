package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at \n, \r\n or \r, keeping offsets into the original text. */
public final class Lines {

    /**
     * One line: {@code [start, end)} is the whole line without its terminator;
     * {@code [trimStart, trimEnd)} drops surrounding white space, no-break spaces included.
     */
    public record Line(int index, int start, int end, int trimStart, int trimEnd) {
        public boolean blank() {
            return trimStart == trimEnd;
        }

        public String trimmed(CharSequence text) {
            return text.subSequence(trimStart, trimEnd).toString();
        }
    }

    private Lines() {
    }

    public static List<Line> split(CharSequence text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int ts = start;
                int te = i;
                while (ts < te && isSpace(text.charAt(ts))) {
                    ts++;
                }
                while (te > ts && isSpace(text.charAt(te - 1))) {
                    te--;
                }
                if (i < n || start < n) {
                    lines.add(new Line(lines.size(), start, i, ts, te));
                }
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        return lines;
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
