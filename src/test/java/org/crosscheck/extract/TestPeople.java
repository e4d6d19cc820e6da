package org.crosscheck.extract;

import org.crosscheck.claims.Span;

/** People as the attribute readers' tests hand them in: a named mention found in the sentence's text. */
final class TestPeople {

    private TestPeople() {
    }

    /**
     * The mention of {@code written} at its first place in {@code text}, standing for the person
     * {@code full} (who may be written there in full or by surname alone).
     */
    static People.Mention mention(String text, String written, String full) {
        int at = text.indexOf(written);
        Span span = new Span(at, at + written.length());
        return new People.Mention(span, span, written, full, People.personKey(full), true, null, null,
                null, true, null, 0, null);
    }
}
