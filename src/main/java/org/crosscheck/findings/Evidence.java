package org.crosscheck.findings;

/**
 * Where a finding's claim is written. {@code start} and {@code end} are 0-based, end exclusive,
 * in UTF-16 code units of the document's text as read; {@code line} and {@code column} are
 * 1-based, for editors and CI annotations. {@code before} and {@code after} are up to 240
 * characters of the same line around the evidence, so a reader sees it in its paragraph. For a
 * figure, {@code asOf} (ISO date), {@code low} and {@code high} give its date and interval.
 */
public record Evidence(String document, int start, int end, int line, int column, String text, String value,
                       String before, String after, String asOf, Double low, Double high) {

    public Evidence(String document, int start, int end, int line, int column, String text, String value) {
        this(document, start, end, line, column, text, value, null, null, null, null, null);
    }
}
