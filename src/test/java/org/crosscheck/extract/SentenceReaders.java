package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;

/**
 * How the tests of the attribute readers that take no people read a sentence: the whole text as one
 * sentence of document "d", with no day source.
 */
final class SentenceReaders {

    /** A reader's {@code sentence} method, as {@code Facilities::sentence} is. */
    @FunctionalInterface
    interface Reader {
        void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out);
    }

    private SentenceReaders() {
    }

    /** The claims {@code reader} finds in {@code text}, with no publication day. */
    static List<AttributeClaim> read(Reader reader, String text) {
        return read(reader, text, DateClaim.NO_DAY);
    }

    /** The claims {@code reader} finds in {@code text} published on {@code published}. */
    static List<AttributeClaim> read(Reader reader, String text, long published) {
        List<AttributeClaim> out = new ArrayList<>();
        reader.sentence(text, "d", 0, text.length(), published, null, out);
        return out;
    }
}
