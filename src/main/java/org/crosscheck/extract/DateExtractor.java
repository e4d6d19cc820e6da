package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.TemporalParser;
import org.crosscheck.text.Timex;

/**
 * Temporal expressions of the article's own lines, resolved against the anchor date. Inside a
 * quotation, relative expressions belong to the time of the quoted statement when the sentence
 * dates it ("'...today,' the minister said on Tuesday"): they are resolved against that day.
 */
final class DateExtractor {

    /** A quotation within one paragraph, bounded in length: straight, curly or `` '' quotes. */
    private static final Pattern QUOTE = Pattern.compile(
            "[\"\u201c]([^\"\u201c\u201d\\n]{1,2000})[\"\u201d]|``([^`'\\n]{1,2000})''");
    /** A speech verb and the words a date can sit in after it: "said on Tuesday", "told reporters Monday". */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|told|added|stated|announced|wrote|declared)\\b((?:\\s+\\S+){0,3})");

    private DateExtractor() {
    }

    /**
     * @param anchorName how the anchor was chosen ("2021-04-13, the publication date")
     * @param borrowed   whether the anchor is lent by the story rather than the document's own timestamp
     */
    static List<DateClaim> extract(CleanedDocument doc, LocalDate anchor, String anchorName, boolean borrowed) {
        String text = doc.text();
        List<DateClaim> out = new ArrayList<>();
        TemporalParser.Discourse said = new TemporalParser.Discourse();
        GamePeriods.Article article = null;
        for (Block b : doc.content()) {
            List<Timex> timexes = new ArrayList<>(TemporalParser.find(text, b.span().start(), b.span().end(), anchor, said));
            // "on the first play of the second half": the game's half, no half of a year.
            for (Span moment : PlayLengths.moments(text, b.span().start(), b.span().end())) {
                timexes.removeIf(x -> x.start() >= moment.start() && x.end() <= moment.end());
            }
            // "in the third quarter" of a game report: the game's quarter, no quarter of a year.
            if (timexes.stream().anyMatch(GamePeriods::part)) {
                GamePeriods.Article read = article == null ? new GamePeriods.Article(text, 0, text.length()) : article;
                article = read;
                timexes.removeIf(x -> GamePeriods.ofGame(text, x, b.span().start(), b.span().end(), read));
            }
            List<DateClaim> found = claims(doc, timexes, anchorName, borrowed);
            out.addAll(anchor == null ? found : requoted(doc, b, found, anchorName, borrowed));
        }
        return out;
    }

    private static List<DateClaim> claims(CleanedDocument doc, List<Timex> found, String anchorName, boolean borrowed) {
        String text = doc.text();
        List<DateClaim> out = new ArrayList<>(found.size());
        for (Timex x : found) {
            Span span = new Span(x.start(), x.end());
            out.add(new DateClaim(doc.document().id(), span, span.of(text), x.type(), x.value(), x.mod(),
                    x.anchored() ? anchorName : null, x.anchored() && borrowed,
                    x.earliest() == null ? DateClaim.NO_DAY : x.earliest().toEpochDay(),
                    x.latest() == null ? DateClaim.NO_DAY : x.latest().toEpochDay(), null, null, null, List.of()));
        }
        return out;
    }

    /** Re-resolves relative expressions inside quotations whose statement the sentence dates. */
    private static List<DateClaim> requoted(CleanedDocument doc, Block b, List<DateClaim> found, String anchorName,
                                            boolean borrowed) {
        String text = doc.text();
        List<DateClaim> out = new ArrayList<>(found);
        if (found.stream().noneMatch(DateClaim::anchored)) {
            // Only a quotation holding an anchored date is read again: none here, so no quotation is sought.
            out.sort((x, y) -> x.span().compareTo(y.span()));
            return out;
        }
        Matcher q = QUOTE.matcher(text).region(b.span().start(), b.span().end());
        while (q.find()) {
            int qs = q.start();
            int qe = q.end();
            if (out.stream().noneMatch(d -> d.anchored() && d.span().start() >= qs && d.span().end() <= qe)) {
                continue;
            }
            DateClaim said = statementDate(text, b, qs, qe, out);
            if (said == null) {
                continue;
            }
            LocalDate statement = LocalDate.ofEpochDay(said.earliest());
            String name = "the date of the quoted statement, " + statement + " (\"" + said.text() + "\")";
            out.removeIf(d -> d.anchored() && d.span().start() >= qs && d.span().end() <= qe);
            out.addAll(claims(doc, TemporalParser.find(text, qs, qe, statement), name, borrowed).stream()
                    .filter(DateClaim::anchored).toList());
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** The day of the sentence's speech verb outside the quotation: "the minister said on Tuesday". */
    private static DateClaim statementDate(String text, Block b, int qs, int qe, List<DateClaim> dates) {
        for (int[] s : Sentences.split(text, b.span().start(), b.span().end())) {
            if (s[1] <= qs || s[0] >= qe + 200) {
                continue;
            }
            int from = Math.max(s[0], qe);
            int to = Math.min(b.span().end(), Math.max(s[1], qe + 200));
            Matcher speech = SPEECH.matcher(text).region(from, to);
            if (!speech.find() || speech.start() - qe > 120) {
                continue;
            }
            for (DateClaim d : dates) {
                if (d.dayPrecise() && d.span().start() >= speech.start() && d.span().start() <= speech.end()) {
                    return d;
                }
            }
        }
        return null;
    }
}
