package org.crosscheck.clean;

/** Small measures of a line of text. */
public final class Text {
    private Text() {
    }

    /** Words: runs of letters or digits. */
    public static int words(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Ends with . ! ? (before any closing quotes or brackets); an ellipsis is a truncation, not an end. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)]\u00bb ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '\u2026' || (c == '.' && i > 0 && s.charAt(i - 1) == '.')) {
            return false;
        }
        return c == '.' || c == '!' || c == '?';
    }

    static boolean truncated(String s) {
        return s.endsWith("...") || s.endsWith("\u2026");
    }
}
