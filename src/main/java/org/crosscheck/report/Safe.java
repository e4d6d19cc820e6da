package org.crosscheck.report;

/** Makes untrusted article text harmless for each kind of output. */
final class Safe {
    private Safe() {
    }

    /**
     * For a terminal: control characters (which could carry escape sequences) and bidirectional
     * overrides (which could reorder what is shown) become visible {@code \\uXXXX} escapes.
     */
    static String terminal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069')) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * For Markdown: one line, every ASCII punctuation mark that Markdown or HTML could read as
     * syntax escaped with a backslash, and angle brackets and ampersands as HTML entities, so the
     * text can form no link, no emphasis, no table cell break and no HTML.
     */
    static String markdown(String s) {
        String t = terminal(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '"',
                        '\'', ':', '=', '$', '@', '%', '^', ';', '/', '?' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * For a SARIF message's plain text, where {@code [text](target)} is an embedded link that
     * viewers render (SARIF 2.1.0, 3.11.6): square brackets, and the backslash that escapes them,
     * are escaped, so article text can form no link.
     */
    static String sarif(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '[' || c == ']') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
