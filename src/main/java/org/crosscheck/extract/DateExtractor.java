package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.TemporalParser;
import org.crosscheck.text.Timex;

/** Temporal expressions of the article's own lines, resolved against the anchor date. */
final class DateExtractor {
    private DateExtractor() {
    }

    /**
     * @param anchor     the date relative expressions are resolved against, or null
     * @param anchorName how the anchor was chosen ("2021-04-13, the publication date")
     * @param borrowed   whether the anchor is lent by the story rather than the document's own timestamp
     */
    static List<DateClaim> extract(CleanedDocument doc, LocalDate anchor, String anchorName, boolean borrowed) {
        String text = doc.text();
        List<DateClaim> out = new ArrayList<>();
        for (Block b : doc.content()) {
            for (Timex x : TemporalParser.find(text, b.span().start(), b.span().end(), anchor)) {
                Span span = new Span(x.start(), x.end());
                out.add(new DateClaim(doc.document().id(), span, span.of(text), x.type(), x.value(), x.mod(),
                        x.anchored() ? anchorName : null, x.anchored() && borrowed,
                        x.earliest() == null ? DateClaim.NO_DAY : x.earliest().toEpochDay(),
                        x.latest() == null ? DateClaim.NO_DAY : x.latest().toEpochDay(), null));
            }
        }
        return out;
    }
}
