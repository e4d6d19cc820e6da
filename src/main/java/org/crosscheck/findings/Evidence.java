package org.crosscheck.findings;

/**
 * Where a finding's claim is written. {@code start} and {@code end} are 0-based, end exclusive,
 * in UTF-16 code units of the document's text as read; {@code line} and {@code column} are
 * 1-based, for editors and CI annotations.
 */
public record Evidence(String document, int start, int end, int line, int column, String text, String value) {
}
