package org.crosscheck.rules;

/** One DRL file's text, the name that decides what it replaces, and where it came from. */
record RuleSource(String fileName, String displayPath, String content) {
}
