package org.crosscheck.stories;

/**
 * Distances the rules read as facts. {@code storyMismatchDays}: how far, in days, a publication
 * timestamp may be from the date of the event the document reports (default 30).
 */
public record Thresholds(int storyMismatchDays) {
    public static final Thresholds DEFAULTS = new Thresholds(30);
}
