package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.CleanedDocument;

/** Runs every extractor over one cleaned document: one pass per extractor, content lines only. */
public final class Extractor {
    private Extractor() {
    }

    public static ExtractedDocument extract(CleanedDocument cleaned) {
        return extract(cleaned, null);
    }

    /**
     * @param dct the document creation date to resolve dates against when the page gives no
     *            publication timestamp of its own (as {@code extract --dct} supplies), or null
     */
    public static ExtractedDocument extract(CleanedDocument cleaned, java.time.LocalDate dct) {
        List<Claim> claims = new ArrayList<>(TimestampExtractor.extract(cleaned));
        TimestampClaim published = null;
        for (Claim c : claims) {
            if (c instanceof TimestampClaim t && t.role() == TimestampClaim.Role.PUBLISHED) {
                published = t;
            }
        }
        java.time.LocalDate anchor = published != null ? Anchors.dateOf(published) : dct;
        String anchorName = published != null ? "the publication date " + anchor : "the document date " + anchor;
        claims.addAll(WeekdayExtractor.extract(cleaned, anchor, anchorName));
        claims.sort(Comparator.comparing(Claim::span).thenComparing(Claim::key));
        return new ExtractedDocument(cleaned, SourceExtractor.source(cleaned), cleaned.title(), claims);
    }
}
