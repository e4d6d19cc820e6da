package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.Span;
import org.crosscheck.corpus.Document;
import org.crosscheck.text.DateTimeMatch;
import org.crosscheck.text.DateTimeParser;
import org.crosscheck.text.Lines;

/**
 * Finds the article inside a page's text. It reads the page as a person would: a header (section
 * labels, bylines, timestamps, the title and its repeats), a body of sentences, and a footer of
 * links, forms and notices. Lists of headlines, with or without their own timestamps, are
 * furniture wherever they stand. Every line keeps its offsets into the original text.
 */
public final class Cleaner {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern STOP_MARK = java.util.regex.Pattern.compile("[.,;]?");
    private static final java.util.regex.Pattern NON_WORD_CHARACTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that may stand beside a timestamp on its own line: labels, not sentences. */
    static final Set<String> TIMESTAMP_LABEL_WORDS = org.crosscheck.text.Lexicon.words(Cleaner.class, "timestamp-label-words.txt");

    /** Words that give a timestamp a role on the page. */
    private static final java.util.regex.Pattern ROLE_LABEL = java.util.regex.Pattern.compile(
            "\\b(published|posted|updated?|modified|edited|revised|created|released|issued)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A line that is only an address: "URL: https://...", "https://...", "www...". */
    public static final java.util.regex.Pattern URL_LINE = java.util.regex.Pattern.compile(
            "(?i)(url|source|link)?\\s*:?\\s*(https?://|www\\.)\\S{1,2000}");

    private Cleaner() {
    }

    /** Per-line features, computed once. */
    private static final class Row {
        final Lines.Line line;
        final String text;
        final int words;
        String ui;
        boolean timestamp;
        boolean labelled;
        boolean prose;
        boolean headline;
        Block.Kind kind;
        String reason;

        Row(Lines.Line line, String text) {
            this.line = line;
            this.text = text;
            this.words = Text.words(text);
        }

        void set(Block.Kind k, String r) {
            kind = k;
            reason = r;
        }
    }

    public static CleanedDocument clean(Document document) {
        String text = document.text();
        List<Row> rows = new ArrayList<>();
        for (Lines.Line line : Lines.split(text)) {
            if (!line.blank()) {
                rows.add(new Row(line, line.trimmed(text)));
            }
        }
        for (Row r : rows) {
            r.ui = Boilerplate.interfaceReason(r.text, r.words);
            r.timestamp = r.ui == null && isTimestampLine(r.text);
            r.labelled = r.timestamp && ROLE_LABEL.matcher(r.text).find();
            if (r.ui == null && URL_LINE.matcher(r.text).matches()) {
                r.set(Block.Kind.METADATA, "url");
            }
            boolean ends = Text.endsSentence(r.text);
            r.prose = r.ui == null && !r.timestamp && ((ends && r.words >= 4) || r.words >= 25);
            r.headline = r.kind == null && r.ui == null && !r.timestamp && !r.prose && r.words >= 2
                    && !Boilerplate.isByline(r.text, r.words) && !Boilerplate.isKeywordList(r.text);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).prose) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        markLists(rows);
        int bodyStart = first < 0 ? rows.size() : first;
        int bodyEnd = first < 0 ? rows.size() - 1 : last;
        String title = classifyHeader(rows, bodyStart);
        String foldedTitle = title == null ? null : fold(title);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.kind != null) {
                continue;
            }
            if (r.ui != null) {
                r.set(Block.Kind.BOILERPLATE, r.ui);
            } else if (r.timestamp) {
                r.set(Block.Kind.METADATA, "timestamp");
            } else if (Boilerplate.isByline(r.text, r.words)) {
                r.set(Block.Kind.METADATA, "byline");
            } else if (Boilerplate.isKeywordList(r.text)) {
                r.set(Block.Kind.BOILERPLATE, "keyword list");
            } else if (foldedTitle != null && isFoldedTitleRepeat(fold(r.text), foldedTitle)) {
                r.set(Block.Kind.BOILERPLATE, "repeated or truncated title");
            } else if (i > bodyEnd) {
                r.set(Block.Kind.BOILERPLATE, "after the article's last paragraph");
            } else {
                r.set(Block.Kind.BODY, r.prose ? "paragraph" : "subheading");
            }
        }
        List<Block> blocks = new ArrayList<>(rows.size());
        for (Row r : rows) {
            blocks.add(new Block(new Span(r.line.trimStart(), r.line.trimEnd()), r.kind, r.reason));
        }
        return new CleanedDocument(document, blocks);
    }

    /**
     * Marks link lists: runs of timestamps and headlines, and headings in capitals or interface
     * words followed by headlines. A list ends at the next paragraph of prose.
     */
    private static void markLists(List<Row> rows) {
        int i = 0;
        while (i < rows.size()) {
            Row r = rows.get(i);
            if (listStamp(r) || r.headline) {
                // A related-headlines list alternates unlabelled timestamps with headlines; a
                // labelled timestamp ("Updated ...") belongs to the page and ends the run.
                int j = i;
                int pairs = 0;
                while (j < rows.size() && (listStamp(rows.get(j)) || rows.get(j).headline)) {
                    if (j > i && listStamp(rows.get(j)) != listStamp(rows.get(j - 1)) && listStamp(rows.get(j - 1))) {
                        pairs++;
                    }
                    j++;
                }
                if (pairs >= 2) {
                    for (int k = i; k < j; k++) {
                        rows.get(k).set(Block.Kind.BOILERPLATE, "list of headlines with timestamps");
                    }
                    i = j;
                    continue;
                }
            }
            if (Boilerplate.isListHeading(r.text, r.words) && i + 1 < rows.size()) {
                int j = i + 1;
                while (j < rows.size() && (rows.get(j).headline || rows.get(j).timestamp
                        || (rows.get(j).ui != null && !rows.get(j).prose))) {
                    j++;
                }
                int items = 0;
                for (int k = i + 1; k < j; k++) {
                    if (rows.get(k).headline) {
                        items++;
                    }
                }
                if (items >= 2) {
                    r.set(Block.Kind.BOILERPLATE, "heading of a list of links");
                    for (int k = i + 1; k < j; k++) {
                        if (rows.get(k).kind == null) {
                            rows.get(k).set(Block.Kind.BOILERPLATE, "list of links");
                        }
                    }
                    i = j;
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean listStamp(Row r) {
        return r.timestamp && !r.labelled;
    }

    /**
     * Classifies the lines before the first paragraph and returns the title: the first complete
     * headline, or a longer line that it begins. Short lines there are section or outlet labels.
     */
    private static String classifyHeader(List<Row> rows, int bodyStart) {
        String title = null;
        Row titleRow = null;
        for (int i = 0; i < bodyStart; i++) {
            Row r = rows.get(i);
            if (r.kind != null || !r.headline || r.words < 3 || Text.truncated(r.text)
                    || Boilerplate.isKeywordList(r.text) || Boilerplate.isByline(r.text, r.words)) {
                continue;
            }
            if (titleRow == null) {
                titleRow = r;
                title = r.text;
            } else if (fold(r.text).startsWith(fold(title)) && r.text.length() > title.length()) {
                titleRow = r;
                title = r.text;
            }
        }
        if (titleRow != null) {
            titleRow.set(Block.Kind.TITLE, "title");
        }
        for (int i = 0; i < bodyStart; i++) {
            Row r = rows.get(i);
            if (r.kind != null || r.ui != null || r.timestamp) {
                continue;
            }
            if (Boilerplate.isByline(r.text, r.words)) {
                r.set(Block.Kind.METADATA, "byline");
            } else if (title != null && isTitleRepeat(r.text, title)) {
                r.set(Block.Kind.BOILERPLATE, "repeated or truncated title");
            } else if (r.words <= 3 && !Text.endsSentence(r.text)) {
                r.set(Block.Kind.METADATA, "label");
            } else if (Text.truncated(r.text)) {
                r.set(Block.Kind.BOILERPLATE, "truncated line");
            }
        }
        return title;
    }

    /** The title again, or its start, possibly after a section label of a word or two. */
    static boolean isTitleRepeat(String line, String title) {
        return isFoldedTitleRepeat(fold(line), fold(title));
    }

    private static boolean isFoldedTitleRepeat(String l, String t) {
        if (l.isEmpty()) {
            return false;
        }
        if (l.equals(t)) {
            return true;
        }
        // A folded line is words with single spaces between them: the line after its first one or
        // two words starts after the first or second space, without splitting and joining it again.
        int words = 1;
        for (int i = l.indexOf(' '); i >= 0; i = l.indexOf(' ', i + 1)) {
            words++;
        }
        int start = 0;
        for (int drop = 0; drop <= 2 && drop < words; drop++) {
            if (drop > 0) {
                start = l.indexOf(' ', start) + 1;
            }
            if (words - drop >= 3 && t.regionMatches(0, l, start, l.length() - start)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Boilerplate.fold(s);
    }

    /** The longest line read as a blog's posting line. */
    static final int POSTING_LINE_CHARS = 160;

    /** "posted in Road Safety on" / "Posted by Ann Lee on": a posting, its author or section, then "on" before the date. */
    private static final java.util.regex.Pattern POSTED_ON = java.util.regex.Pattern.compile(
            "(?i)\\bposted\\b(?:\\s+(?:in|by|to|under)\\s+[^.!?\\n]{1,60}?)?\\s+on\\s*$");

    /**
     * A blog's posting line: a byline or a section, "posted ... on" and a date that ends the line
     * ("By Ann Lee, Esq. posted in Road Safety on Wednesday, September 18, 2013.").
     */
    static boolean isPostingLine(String line, DateTimeMatch last) {
        String after = line.substring(last.end()).strip();
        String before = line.substring(0, last.start());
        if (!STOP_MARK.matcher(after).matches() || !POSTED_ON.matcher(before).find()) {
            return false;
        }
        // Names and a section, not a sentence: every other word is capitalised ("The video was
        // posted in the group on ..." is a sentence).
        return labelsAndNames(before, POSTING_WORDS, false) >= 0;
    }

    /**
     * How many words {@code text} holds when each is one of {@code labels}, capitalised, or (when
     * {@code digits}) starts with a digit; -1 when a word is none of these: the text is a sentence.
     */
    private static int labelsAndNames(String text, Set<String> labels, boolean digits) {
        int words = 0;
        for (String w : NON_WORD_CHARACTERS.split(text)) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (!labels.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))
                    && !(digits && Character.isDigit(w.charAt(0)))) {
                return -1;
            }
        }
        return words;
    }

    /** The small words a posting line holds besides names: "On behalf of X posted in Road Safety on". */
    static final Set<String> POSTING_WORDS = org.crosscheck.text.Lexicon.words(Cleaner.class, "posting-line-words.txt");

    /**
     * A line that is a timestamp, perhaps with a label ("Updated", "LAST UPDATE:"), a section
     * label or a dateline place beside it, but no sentence.
     */
    static boolean isTimestampLine(String line) {
        if (line.length() > POSTING_LINE_CHARS) {
            return false;
        }
        List<DateTimeMatch> found = DateTimeParser.findAll(line, 0, line.length(), DateTimeParser.Options.TIMESTAMPS);
        if (found.isEmpty()) {
            return false;
        }
        if (isPostingLine(line, found.get(found.size() - 1))) {
            return true;
        }
        if (line.length() > 120) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (DateTimeMatch m : found) {
            rest.append(line, at, m.start()).append(' ');
            at = m.end();
        }
        rest.append(line.substring(at));
        int words = labelsAndNames(rest.toString(), TIMESTAMP_LABEL_WORDS, true);
        return words >= 0 && words <= 6;
    }
}
