package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.corpus.Document;

/** A document with what was read from it: its outlet, its title, its claims in text order, and the names it mentions. */
public record ExtractedDocument(CleanedDocument cleaned, String source, String title, List<Claim> claims,
                                Names.Found names) {
    public ExtractedDocument {
        claims = List.copyOf(claims);
    }

    public ExtractedDocument withClaims(List<Claim> newClaims) {
        return new ExtractedDocument(cleaned, source, title, newClaims, names);
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
