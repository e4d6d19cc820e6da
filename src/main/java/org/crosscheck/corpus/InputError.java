package org.crosscheck.corpus;

/** An input that could not be processed, and why, in words for the person who supplied it. */
public record InputError(String path, String message) {
}
