package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;

/**
 * The day a quote was said, when the words that attribute or introduce it give one: a date of one
 * day right after the attribution's verb after the quote ("Venn said on Monday", "Venn told
 * reporters Tuesday", "said in a statement Monday"), or anywhere in the quote's sentence before its
 * opening mark ("On Monday, Venn said: ...", "On March 3, the mayor ordered a review, stating that
 * ..."). It is the one reading of that day: one person's words quoted from two days are two
 * statements ({@code quote-variant} does not read them as one misquoted, {@link
 * org.crosscheck.claims.QuotePassage#sameOccasionAs}), and the story grouper dates a quote's
 * occasion by it (an article about a later happening may quote what was said weeks before).
 *
 * <p>The attribution after a quote is the text between its closing mark and the end of its
 * sentence (a line break, an opening quote mark or a full stop that ends a sentence); it is read
 * only for a quote with a verb of attribution that is not a fragment. Dates of one day and no
 * clock time are read, also those resolved against a date the story lends an undated report (its
 * occasion is dated as its own words date it); two different days give none.
 */
final class SaidDays {
    /** The most characters between the end of the verb and a date it is said on ("told reporters in Telmar on"). */
    static final int NEAR = 40;
    /** The most characters an attribution after a quote is read to. */
    static final int AFTER = 160;

    private SaidDays() {
    }

    /** The document with {@code saidDay} set on each quote whose attribution gives a day. */
    static ExtractedDocument mark(ExtractedDocument d) {
        String text = d.document().text();
        List<DateClaim> days = new ArrayList<>();
        boolean quotes = false;
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && dc.dayPrecise() && dc.earliest() == dc.latest() && !dc.clock()) {
                days.add(dc);
            }
            quotes |= c instanceof QuoteClaim;
        }
        if (!quotes) {
            return d;
        }
        List<Claim> out = new ArrayList<>(d.claims().size());
        boolean changed = false;
        // The quotes' sentences, each line split once (not once per quote).
        Mentions.LineSentences sentences = new Mentions.LineSentences(text);
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q) {
                // A document read again against another date reads its quotes' days again.
                long day = saidOn(text, sentences, q, days);
                if (day != q.saidDay()) {
                    out.add(q.withSaidDay(day));
                    changed = true;
                    continue;
                }
            }
            out.add(c);
        }
        return changed ? d.withClaims(out) : d;
    }

    /** The one day {@code q}'s attribution gives among {@code days}, or {@link DateClaim#NO_DAY}. */
    static long saidOn(String text, QuoteClaim q, List<DateClaim> days) {
        return saidOn(text, new Mentions.LineSentences(text), q, days);
    }

    /** {@link #saidOn(String, QuoteClaim, List)} with the document's sentences already indexed. */
    static long saidOn(String text, Mentions.LineSentences sentences, QuoteClaim q, List<DateClaim> days) {
        int quoteStart = q.span().start();
        int quoteEnd = q.span().end();
        int before = sentences.of(quoteStart)[0];
        int after = -1;
        int verbEnd = -1;
        if (q.cue() != null && !q.fragment()) {
            String cue = q.cue().toLowerCase(Locale.ROOT);
            after = attributionEnd(text, quoteEnd);
            int cueAfter = firstWord(text, cue, quoteEnd, after);
            verbEnd = cueAfter < 0 ? -1 : cueAfter + cue.length();
        }
        long day = DateClaim.NO_DAY;
        for (DateClaim dc : days) {
            int s = dc.span().start();
            boolean said = verbEnd >= 0 && s >= verbEnd && s - verbEnd <= NEAR && dc.span().end() <= after
                    || s >= before && dc.span().end() <= quoteStart;
            if (!said) {
                continue;
            }
            if (day != DateClaim.NO_DAY && day != dc.earliest()) {
                return DateClaim.NO_DAY;
            }
            day = dc.earliest();
        }
        return day;
    }

    /** Where the attribution after a quote ending at {@code from} ends. */
    static int attributionEnd(String text, int from) {
        int limit = Math.min(text.length(), from + AFTER);
        // The closing mark and what stands right after it ("," or "." inside or outside the marks).
        int i = from;
        while (i < limit && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        for (; i < limit; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '"' || ch == '\u201c' || ch == '\u201d') {
                return i;
            }
            if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !org.crosscheck.text.Sentences.endsAbbreviation(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /** The start of the first whole word {@code word} (folded) in {@code text} from {@code from} to {@code to}, or -1. */
    static int firstWord(String text, String word, int from, int to) {
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (whole(lower, at, word.length())) {
                return from + at;
            }
        }
        return -1;
    }

    /** The start of the last whole word {@code word} (folded) in {@code text} from {@code from} to {@code to}, or -1. */
    static int lastWord(String text, String word, int from, int to) {
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (int at = lower.lastIndexOf(word); at >= 0; at = at == 0 ? -1 : lower.lastIndexOf(word, at - 1)) {
            if (whole(lower, at, word.length())) {
                return from + at;
            }
        }
        return -1;
    }

    private static boolean whole(String s, int at, int length) {
        return (at == 0 || !Character.isLetter(s.charAt(at - 1)))
                && (at + length >= s.length() || !Character.isLetter(s.charAt(at + length)));
    }
}
