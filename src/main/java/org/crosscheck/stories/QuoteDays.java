package org.crosscheck.stories;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.extract.ExtractedDocument;

/**
 * The day a quote was said, when the words that introduce it give one: a date of one day in the
 * quote's own sentence, before its opening mark ("On March 3, President Obama directed the
 * departments to review it, stating that ..."). An article about a later happening may quote what
 * was said weeks before; the quote's occasion is then that day, not the article's event.
 */
final class QuoteDays {

    private QuoteDays() {
    }

    /** The day {@code q} was said by its introducing words, or {@link DateClaim#NO_DAY}. */
    static long saidOn(QuoteClaim q, ExtractedDocument d) {
        String text = d.document().text();
        int quote = q.span().start();
        int from = sentenceStart(text, quote);
        long day = DateClaim.NO_DAY;
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && dc.dayPrecise() && dc.latest() == dc.earliest() && !dc.clock()
                    && dc.span().start() >= from && dc.span().end() <= quote) {
                if (day != DateClaim.NO_DAY && day != dc.earliest()) {
                    return DateClaim.NO_DAY;
                }
                day = dc.earliest();
            }
        }
        return day;
    }

    /** Where the sentence holding {@code at} begins: after the last line break or sentence stop before it. */
    static int sentenceStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '?' || c == '!') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))) {
                return i + 1;
            }
        }
        return 0;
    }
}
