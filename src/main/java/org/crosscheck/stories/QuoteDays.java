package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.text.Sentences;

/**
 * The day a quote was said, when the words that introduce it give one: a date of one day in the
 * quote's own sentence, before its opening mark ("On March 3, President Obama directed the
 * departments to review it, stating that ..."). An article about a later happening may quote what
 * was said weeks before; the quote's occasion is then that day, not the article's event.
 *
 * <p>One per document: its dates of one day are gathered once, in the order they are written, and
 * each quote looks only at those between its sentence's start and its opening mark.
 */
final class QuoteDays {

    private final String text;
    /** The document's dates of one calendar day (no clock time), in the order of their spans. */
    private final List<DateClaim> days;

    private QuoteDays(String text, List<DateClaim> days) {
        this.text = text;
        this.days = days;
    }

    /** The dates of one day that {@code d} writes, ready for its quotes. */
    static QuoteDays of(ExtractedDocument d) {
        List<DateClaim> days = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && dc.dayPrecise() && dc.latest() == dc.earliest() && !dc.clock()) {
                days.add(dc);
            }
        }
        days.sort(java.util.Comparator.comparingInt(dc -> dc.span().start()));
        return new QuoteDays(d.document().text(), days);
    }

    /** The day {@code q} was said by its introducing words, or {@link DateClaim#NO_DAY}: none, or two days. */
    long saidOn(QuoteClaim q) {
        int quote = q.span().start();
        int from = sentenceStart(text, quote);
        long day = DateClaim.NO_DAY;
        for (int i = firstAtOrAfter(from); i < days.size() && days.get(i).span().start() < quote; i++) {
            DateClaim dc = days.get(i);
            if (dc.span().end() > quote) {
                continue;
            }
            if (day != DateClaim.NO_DAY && day != dc.earliest()) {
                return DateClaim.NO_DAY;
            }
            day = dc.earliest();
        }
        return day;
    }

    /** The index of the first date that starts at or after {@code from}. */
    private int firstAtOrAfter(int from) {
        int lo = 0;
        int hi = days.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Where the sentence holding {@code at} begins, as {@link Sentences} splits its paragraph (the
     * line it stands on): "Sen. Kefauver" and "U.S." end no sentence.
     */
    static int sentenceStart(String text, int at) {
        int end = Math.min(at, text.length());
        int line = text.lastIndexOf('\n', end - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        int start = line;
        for (int[] s : Sentences.split(text, line, lineEnd < 0 ? text.length() : lineEnd)) {
            if (s[0] > end) {
                break;
            }
            start = s[0];
        }
        return start;
    }
}
