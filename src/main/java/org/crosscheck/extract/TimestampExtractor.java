package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.claims.TimestampClaim.Role;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.DateTimeMatch;
import org.crosscheck.text.DateTimeParser;

/**
 * Reads the page's own timestamps from its timestamp lines, and the date of a dateline
 * ("KYIV, April 13 (Reuters) -") from the first paragraphs. A labelled timestamp takes its role
 * from its label; when none is labelled as published, the first unlabelled one is taken as the
 * publication time, and the claim's label says so.
 */
final class TimestampExtractor {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final Pattern LABEL_END = Pattern.compile("[\\s:|\u2013\u2014-]+$");

    private static final Pattern UPDATED = Pattern.compile("updat|modif|edit|revis|amend|correct", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("publish|posted|creat|releas|issued|first|date", Pattern.CASE_INSENSITIVE);

    /** "KYIV, " or "WASHINGTON D.C., " at the start of a paragraph: capitals, then a comma. */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} .'\u2019-]{1,40}(,\\s*\\p{Lu}[\\p{L} .'\u2019-]{1,30})?,\\s+");
    private static final Pattern DATELINE_END = Pattern.compile("\\s*(\\([^)\\n]{1,40}\\))?\\s*(?:--?|[\u2013\u2014:])");

    /** How many characters of the document are searched for place names that decide a time zone. */
    private static final int ZONE_CONTEXT_CHARS = 20_000;

    private TimestampExtractor() {
    }

    static List<TimestampClaim> extract(CleanedDocument doc) {
        String text = doc.text();
        String zoneContext = text.length() > ZONE_CONTEXT_CHARS ? text.substring(0, ZONE_CONTEXT_CHARS) : text;
        DateTimeParser.Options options = new DateTimeParser.Options(false, zoneContext);
        List<TimestampClaim> out = new ArrayList<>();
        for (Block b : doc.blocks(Block.Kind.METADATA)) {
            if (!b.reason().equals("timestamp")) {
                continue;
            }
            int at = b.span().start();
            for (DateTimeMatch m : DateTimeParser.findAll(text, b.span().start(), b.span().end(), options)) {
                String label = text.substring(at, m.start()).strip();
                Role role = UPDATED.matcher(label).find() ? Role.UPDATED
                        : PUBLISHED.matcher(label).find() ? Role.PUBLISHED : Role.OTHER;
                out.add(claim(doc, m, role, cleanLabel(label)));
                at = m.end();
            }
        }
        boolean hasPublished = out.stream().anyMatch(t -> t.role() == Role.PUBLISHED);
        if (!hasPublished) {
            for (int i = 0; i < out.size(); i++) {
                TimestampClaim t = out.get(i);
                if (t.role() == Role.OTHER) {
                    out.set(i, new TimestampClaim(t.document(), t.span(), t.text(), Role.PUBLISHED,
                            "(no role label; the first timestamp on the page)",
                            t.value(), t.earliest(), t.latest(), t.zoned(), t.zoneNote(), t.ambiguousOrder()));
                    break;
                }
            }
        }
        if (out.stream().noneMatch(t -> t.role() == Role.PUBLISHED) && doc.document().published() != null) {
            recordDate(doc).ifPresent(out::add);
        }
        TimestampClaim published = out.stream().filter(t -> t.role() == Role.PUBLISHED).findFirst().orElse(null);
        dateline(doc, published).ifPresent(out::add);
        return out;
    }

    /**
     * The publication date a structured record gives in a field, not in its text: read like any
     * timestamp, with an empty span at the start of the text and a label naming the field.
     */
    private static Optional<TimestampClaim> recordDate(CleanedDocument doc) {
        String field = doc.document().published().strip();
        Optional<DateTimeMatch> m = DateTimeParser.parseAt(field, 0, field.length(), DateTimeParser.Options.TIMESTAMPS);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        long[] bounds = Anchors.bounds(m.get());
        return Optional.of(new TimestampClaim(doc.document().id(), new Span(0, 0), field, Role.PUBLISHED,
                "(the record's publication date field)", m.get().value(), bounds[0], bounds[1],
                m.get().time() != null && m.get().offset() != null, m.get().zoneNote(), m.get().order().ambiguous()));
    }

    private static String cleanLabel(String label) {
        String s = LABEL_END.matcher(label).replaceAll("").strip();
        return s.length() > 40 ? s.substring(s.length() - 40) : s;
    }

    private static TimestampClaim claim(CleanedDocument doc, DateTimeMatch m, Role role, String label) {
        long[] bounds = Anchors.bounds(m);
        Span span = new Span(m.start(), m.end());
        return new TimestampClaim(doc.document().id(), span, span.of(doc.text()), role, label, m.value(),
                bounds[0], bounds[1], m.time() != null && m.offset() != null, m.zoneNote(), m.order().ambiguous());
    }

    /** The dateline of the first or second paragraph, its year taken from the publication date if missing. */
    private static Optional<TimestampClaim> dateline(CleanedDocument doc, TimestampClaim published) {
        Optional<DateTimeMatch> date = datelineDate(doc);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        DateTimeMatch m = date.get();
        if (m.hasYear()) {
            return Optional.of(claim(doc, m, Role.DATELINE, "dateline"));
        }
        LocalDate anchor = Anchors.dateOf(published);
        if (anchor == null) {
            return Optional.empty();
        }
        LocalDate d = m.weekdayWritten() == null ? null : Anchors.withWeekday(m.month(), m.day(), m.weekdayWritten(), anchor);
        if (d == null) {
            d = Anchors.nearest(m.month(), m.day(), anchor);
        }
        m = new DateTimeMatch(m.start(), m.end(), d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                null, false, null, null, null, m.weekdayWritten(), m.order());
        return Optional.of(claim(doc, m, Role.DATELINE, "dateline (year from the publication date)"));
    }

    /**
     * The date of the first dateline of the first two paragraphs, as written. A dateline on a line
     * of its own, with nothing after its dash, may have been taken for the title: it is read there too.
     */
    private static Optional<DateTimeMatch> datelineDate(CleanedDocument doc) {
        String text = doc.text();
        int seen = 0;
        for (Block b : doc.content()) {
            boolean title = b.kind() == Block.Kind.TITLE;
            if (!title && seen++ == 2) {
                break;
            }
            int end = Math.min(b.span().end(), b.span().start() + 120);
            Matcher place = DATELINE_PLACE.matcher(text).region(b.span().start(), end);
            if (!place.lookingAt() || !hasCapitalWord(place.group())) {
                continue;
            }
            Optional<DateTimeMatch> date = DateTimeParser.parseAt(text, place.end(), end,
                    new DateTimeParser.Options(true, ""));
            if (date.isEmpty()) {
                continue;
            }
            Matcher tail = DATELINE_END.matcher(text).region(date.get().end(), end);
            if (tail.lookingAt() && (!title || text.substring(tail.end(), b.span().end()).isBlank())) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Datelines name their place in capitals: "KYIV", not "In April". */
    private static boolean hasCapitalWord(String s) {
        for (String w : s.split("[^\\p{L}]+")) {
            if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
