package org.crosscheck.clean;

import org.crosscheck.claims.Span;

/** One non-blank line of a document, what the cleaner took it for, and why. */
public record Block(Span span, Kind kind, String reason) {

    /** What a line is. Only TITLE and BODY lines yield claims; METADATA lines yield timestamps and bylines. */
    public enum Kind {
        TITLE, BODY, METADATA, BOILERPLATE;

        public boolean content() {
            return this == TITLE || this == BODY;
        }
    }
}
