package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.corpus.Document;

/**
 * A document with what was read from it: its outlet, its title, its claims in text order, the names
 * it mentions, and, for a document without a publication timestamp, its figures as parsed
 * ({@link Figures}), so that reading it again against its event's date ({@link Extractor#reanchored})
 * does not parse them again; null when it has a timestamp or was not read here (a store's documents).
 * Such a document also carries its {@link Happenings}, with what its dates were found to be about,
 * so that the second reading and grouping do not work that out again ({@link Happenings#of} takes
 * them only while the document's cleaned text and happenings' words are theirs); null likewise.
 * It carries, too, the other parties found in the sentences of its dates ({@link SentenceParties}),
 * which no date changes, for the second reading's {@link Mentions#mark}; null likewise.
 */
public record ExtractedDocument(CleanedDocument cleaned, String source, String title, List<Claim> claims,
                                Names.Found names, Figures figures, Happenings happenings, SentenceParties parties) {
    public ExtractedDocument {
        claims = List.copyOf(claims);
    }

    /** A reading carrying no other parties: they are read again when its dates are marked. */
    public ExtractedDocument(CleanedDocument cleaned, String source, String title, List<Claim> claims,
                             Names.Found names, Figures figures, Happenings happenings) {
        this(cleaned, source, title, claims, names, figures, happenings, null);
    }

    /** A reading without its figures kept: they are parsed again if it is read against another date. */
    public ExtractedDocument(CleanedDocument cleaned, String source, String title, List<Claim> claims, Names.Found names) {
        this(cleaned, source, title, claims, names, null, null);
    }

    /** A reading with its figures kept and no happenings: they are read again when asked for. */
    public ExtractedDocument(CleanedDocument cleaned, String source, String title, List<Claim> claims, Names.Found names,
                             Figures figures) {
        this(cleaned, source, title, claims, names, figures, null);
    }

    public ExtractedDocument withClaims(List<Claim> newClaims) {
        return new ExtractedDocument(cleaned, source, title, newClaims, names, figures, happenings, parties);
    }

    /** The same reading carrying {@code found}, the other parties of its dates' sentences. */
    ExtractedDocument withParties(SentenceParties found) {
        return new ExtractedDocument(cleaned, source, title, claims, names, figures, happenings, found);
    }

    /**
     * Two readings are equal when all they read is: the happenings and other parties carried are
     * worked out from it, so they are left out.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExtractedDocument d && java.util.Objects.equals(cleaned, d.cleaned)
                && java.util.Objects.equals(source, d.source) && java.util.Objects.equals(title, d.title)
                && claims.equals(d.claims) && java.util.Objects.equals(names, d.names) && java.util.Objects.equals(figures, d.figures);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(cleaned, source, title, claims, names, figures);
    }

    /** The same reading carrying {@code read}, the happenings read from it. */
    ExtractedDocument withHappenings(Happenings read) {
        return new ExtractedDocument(cleaned, source, title, claims, names, figures, read, parties);
    }

    public Document document() {
        return cleaned.document();
    }

    public String id() {
        return cleaned.document().id();
    }

    public TimestampClaim published() {
        return timestamp(TimestampClaim.Role.PUBLISHED);
    }

    public TimestampClaim updated() {
        return timestamp(TimestampClaim.Role.UPDATED);
    }

    private TimestampClaim timestamp(TimestampClaim.Role role) {
        for (Claim c : claims) {
            if (c instanceof TimestampClaim t && t.role() == role) {
                return t;
            }
        }
        return null;
    }
}
