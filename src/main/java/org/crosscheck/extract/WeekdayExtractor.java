package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.DateTimeMatch;
import org.crosscheck.text.DateTimeParser;

/**
 * Finds a weekday written directly before a date ("Wednesday, April 14", "Mon, 28 Nov 2005") in
 * the article's own text. A date without a year takes the year {@link Anchors#withWeekday} gives:
 * near the publication day (60 days before to 7 after) its nearest year, so a wrong weekday there
 * is a mismatch; farther away the near year in which it falls on the weekday written, so that only
 * a weekday no near year fits is a mismatch. When none is given, the year that puts it nearest to
 * the publication date. With no publication date it is skipped, because a year is never invented.
 */
final class WeekdayExtractor {
    /** The year source of a date written with its year: found alike against any anchor or none. */
    static final String YEAR_WRITTEN = "written";

    private WeekdayExtractor() {
    }

    static List<WeekdayClaim> extract(CleanedDocument doc, LocalDate anchor, String anchorName) {
        String text = doc.text();
        DateTimeParser.Options options = new DateTimeParser.Options(true, "");
        List<WeekdayClaim> out = new ArrayList<>();
        for (Block b : doc.content()) {
            for (DateTimeMatch m : DateTimeParser.findAll(text, b.span().start(), b.span().end(), options)) {
                if (m.weekdayWritten() == null) {
                    continue;
                }
                LocalDate date;
                String yearSource;
                if (m.hasYear()) {
                    date = m.date();
                    yearSource = YEAR_WRITTEN;
                } else if (anchor != null) {
                    date = Anchors.withWeekday(m.month(), m.day(), m.weekdayWritten(), anchor);
                    yearSource = date != null ? "the year near " + anchorName + " in which the date falls on that weekday"
                            : "the year nearest to " + anchorName;
                    if (date == null) {
                        date = Anchors.nearest(m.month(), m.day(), anchor);
                    }
                } else {
                    continue;
                }
                Span span = new Span(m.start(), m.end());
                out.add(new WeekdayClaim(doc.document().id(), span, span.of(text), m.weekdayWritten(),
                        date.toString(), date.getDayOfWeek(), yearSource));
            }
        }
        return out;
    }
}
