package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.CleanedDocument;

/**
 * Runs every extractor over one cleaned document, content lines only. Relative dates are
 * resolved against the page's publication date, or, when it has none, against a fallback date
 * (the story's, or one given on the command line), and each claim records which.
 */
public final class Extractor {

    /**
     * The version of what extraction reads from a document. A store keeps the version its claims
     * were extracted by and reads every stored document again when it differs, so a store built by
     * an older crosscheck gives the findings this one gives. Raise it with every change to what an
     * extractor, a word list or the cleaner yields.
     */
    public static final String VERSION = "2027-02-17-lead43";

    private Extractor() {
    }

    public static ExtractedDocument extract(CleanedDocument cleaned) {
        return extract(cleaned, null, null, false);
    }

    /** With a document creation date for pages without a timestamp, as {@code extract --dct} gives it. */
    public static ExtractedDocument extract(CleanedDocument cleaned, LocalDate dct) {
        return extract(cleaned, dct, dct == null ? null : "the document date " + dct, false);
    }

    /**
     * @param fallback     the date to resolve against when the page gives no publication timestamp, or null
     * @param fallbackName how that date was chosen, recorded on every claim resolved against it
     * @param borrowed     whether the fallback is lent by the story rather than known for this document:
     *                     a borrowed date resolves relative expressions for grouping, but never gives a
     *                     year to a date written without one
     */
    public static ExtractedDocument extract(CleanedDocument cleaned, LocalDate fallback, String fallbackName,
                                            boolean borrowed) {
        List<Claim> claims = new ArrayList<>(TimestampExtractor.extract(cleaned));
        TimestampClaim published = null;
        TimestampClaim updated = null;
        for (Claim c : claims) {
            if (c instanceof TimestampClaim t && t.role() == TimestampClaim.Role.PUBLISHED) {
                published = t;
            } else if (c instanceof TimestampClaim t && t.role() == TimestampClaim.Role.UPDATED && updated == null) {
                updated = t;
            }
        }
        LocalDate anchor;
        String anchorName;
        if (published != null) {
            anchor = Anchors.dateOf(published);
            anchorName = "the publication date " + anchor;
        } else if (updated != null) {
            // A page that shows only when it was updated: news is updated on the day it tells of or
            // soon after, so its own "Monday" is read against that day.
            anchor = Anchors.dateOf(updated);
            anchorName = "the update date " + anchor + " (the page gives no publication date)";
        } else {
            anchor = fallback;
            anchorName = fallbackName;
        }
        boolean lent = published == null && updated == null && borrowed;
        claims.addAll(WeekdayExtractor.extract(cleaned, lent ? null : anchor, anchorName));
        List<DateClaim> dates = DateExtractor.extract(cleaned, anchor, anchorName, lent);
        claims.addAll(dates);
        // A page's figures are as of its last version: when it shows an update, they were reported
        // then, not when it was first published ("Updated 5/5/2010 1:41 PM").
        TimestampClaim reported = updated != null ? updated : published;
        Figures figures = QuantityExtractor.figures(cleaned);
        // A document read again against another date (one without a publication date) keeps each
        // figure's date-free reading with its figures, so that reanchored redoes only what the date changes.
        java.util.Map<org.crosscheck.text.QuantityMatch, Figures.Reading> readings = published == null
                ? new java.util.IdentityHashMap<>() : null;
        claims.addAll(QuantityExtractor.extract(cleaned, figures, dates, anchor, anchorName,
                reported == null ? DateClaim.NO_DAY : reported.earliest(),
                reported == null ? DateClaim.NO_DAY : reported.latest(), readings));
        if (readings != null) {
            figures = figures.withReadings(readings);
        }
        claims.addAll(EventExtractor.extract(cleaned));
        List<List<Words.Word>> sentences = Words.sentences(cleaned);
        List<People.Mention> people = People.find(cleaned, sentences);
        claims.addAll(QuoteExtractor.extract(cleaned, people, Issuers.find(cleaned, sentences)));
        claims.addAll(roles(cleaned, people));
        // A page that shows only when it was updated dates its ages by that: it was published at or before then.
        TimestampClaim dated = published != null ? published : updated;
        claims.addAll(AttributeExtractor.extract(cleaned, sentences, people,
                dated == null ? DateClaim.NO_DAY : Anchors.dateOf(dated).toEpochDay(), published != null ? "published" : "updated"));
        claims.addAll(NameExtractor.extract(cleaned, sentences));
        claims.addAll(ListedNames.extract(cleaned, sentences));
        claims.sort(Comparator.comparing(Claim::span).thenComparing(Claim::key));
        String source = cleaned.document().source() != null ? cleaned.document().source() : SourceExtractor.source(cleaned);
        String title = cleaned.document().title() != null ? cleaned.document().title() : cleaned.title();
        // Only a document without a publication date is read again against another date (reanchored):
        // it keeps its figures as parsed and its happenings, with what its dates were found to be about.
        ExtractedDocument read = new ExtractedDocument(cleaned, source, title, claims, Names.of(cleaned),
                published == null ? figures : null);
        return Mentions.mark(published == null ? read.withHappenings(Happenings.of(read)) : read);
    }

    /**
     * The document as {@link #extract(CleanedDocument, LocalDate, String, boolean)} would read it
     * against {@code fallback}, from a reading without one: only what a date to resolve against can
     * change is read again (weekdays, dates, figures and the happenings dates are of); names,
     * quotes, people, roles, attributes and happenings are kept, and so are the figures as parsed
     * ({@link ExtractedDocument#figures}), read again against the new dates without parsing them again, and
     * the other parties found in the sentences of its dates ({@link ExtractedDocument#parties}). A document with a timestamp of its
     * own resolves against it, so it is returned as it is. {@code ReanchoredTest} holds this equal
     * to a full extraction.
     */
    public static ExtractedDocument reanchored(ExtractedDocument d, LocalDate fallback, String fallbackName,
                                               boolean borrowed) {
        if (d.published() != null) {
            return d;
        }
        CleanedDocument cleaned = d.cleaned();
        List<Claim> claims = new ArrayList<>(d.claims().size());
        for (Claim c : d.claims()) {
            if (!(c instanceof WeekdayClaim) && !(c instanceof DateClaim) && !(c instanceof QuantityClaim)) {
                claims.add(c);
            }
        }
        if (borrowed) {
            // Against a borrowed date a weekday's date without a year is not read (no year is
            // lent), so the weekdays are those whose year is written: found alike against any
            // date or none, they are taken from this reading instead of being sought again.
            for (Claim c : d.claims()) {
                if (c instanceof WeekdayClaim w && WeekdayExtractor.YEAR_WRITTEN.equals(w.yearSource())) {
                    claims.add(c);
                }
            }
        } else {
            claims.addAll(WeekdayExtractor.extract(cleaned, fallback, fallbackName));
        }
        List<DateClaim> dates = DateExtractor.extract(cleaned, fallback, fallbackName, borrowed);
        claims.addAll(dates);
        // The figures are the same whatever the date: those of the first reading are read again, not parsed again.
        Figures figures = d.figures() != null ? d.figures() : QuantityExtractor.figures(cleaned);
        claims.addAll(QuantityExtractor.extract(cleaned, figures, dates, fallback, fallbackName, DateClaim.NO_DAY, DateClaim.NO_DAY));
        claims.sort(Comparator.comparing(Claim::span).thenComparing(Claim::key));
        // The happenings' words are kept, so the happenings read from them are too, with what the
        // dates both readings share were found to be about (Happenings.of checks that they are the document's).
        // The other parties of the dates' sentences are kept too: they depend on the text only.
        return Mentions.mark(new ExtractedDocument(cleaned, d.source(), d.title(), claims, d.names(), figures, d.happenings(),
                d.parties()));
    }

    /** One role claim per person, title class and country, at its first mention. */
    private static List<RoleClaim> roles(CleanedDocument cleaned, List<People.Mention> people) {
        String document = cleaned.document().id();
        List<RoleClaim> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (People.Mention m : people) {
            if (m.title() == null || m.roleClass() == null) {
                continue;
            }
            if (seen.add(m.key() + "|" + m.roleClass() + "|" + m.country() + "|" + m.current())) {
                out.add(new RoleClaim(document, m.span(), m.span().of(cleaned.text()), m.fullName(), m.key(), m.title(),
                        m.roleClass(), m.country(), m.current(), DateClaim.NO_DAY));
            }
            // A rank beside a function ("navy spokesman Commander X") is a title of its own: two
            // ranks of one person conflict whatever their functions.
            if (m.rank() != null && !m.rank().equals(m.roleClass())
                    && seen.add(m.key() + "|" + m.rank() + "|" + m.country() + "|" + m.current())) {
                out.add(new RoleClaim(document, m.span(), m.span().of(cleaned.text()), m.fullName(), m.key(), m.title(),
                        m.rank(), m.country(), m.current(), DateClaim.NO_DAY));
            }
        }
        return out;
    }
}
