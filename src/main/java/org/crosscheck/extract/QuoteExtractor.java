package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;

/**
 * Quotes and who said them.
 *
 * <p>Quote marks are read in one pass over each paragraph, with no regular expression: curly
 * quotes, straight quotes (which open only after a space or a mark), the {@code `` ''} of older
 * wire text, guillemets and single marks (see {@link #singleOpeningAt} and {@link #singleClosingAt}:
 * an apostrophe is not a quote). A quote is bounded by its paragraph and by {@link #MAX_QUOTE}
 * characters; a paragraph that ends inside a quote continues it when the next paragraph opens
 * with a quote mark (the convention for a quote over several paragraphs), and otherwise the
 * quote ends with the paragraph.
 *
 * <p>The speaker is read from the words beside the quote: after it ("…," he said; "…," added
 * Price; "…," according to the press release; "…," the statement reads) or before it (Stoltenberg
 * said: "…"). A pronoun is the person last named before it; "it" is the organisation that spoke
 * last; "the ministry" is the last ministry named; "the statement" or "the press release" is the
 * organisation named as issuing a statement. A spokesperson speaks for their organisation. A
 * quote with no words of attribution continues the speaker of the quote just before it, in the
 * same or the previous paragraph.
 */
final class QuoteExtractor {
    /** One to three digits, a comma after them allowed. */
    private static final java.util.regex.Pattern AGE_AND_COMMA = java.util.regex.Pattern.compile("\\d{1,3}\\s*,?");
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile(".*\\b(and|or|&)\\b.*");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(".*\\w['\u2019]s\\s+\\p{L}.*");
    private static final java.util.regex.Pattern INSTITUTION = java.util.regex.Pattern.compile(".*['\u2019]s\\s+(foreign|defen[cs]e|interior|state|justice|health)?\\s*(ministry|department|office|government|embassy|police|army|military|agency|council).*");
    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[,;:]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PASSIVE_AS = java.util.regex.Pattern.compile("(?i)\\s+(?:was|is|were|had been|has been)\\s+(?:quoted|reported|heard)\\s+as$");
    private static final java.util.regex.Pattern TRAILING_COMMAS = java.util.regex.Pattern.compile("[,\\s]+$");

    /** Longest quote, in characters: an unterminated quote mark must not swallow an article. */
    static final int MAX_QUOTE = 4000;
    /** How far before or after a quote its attribution is looked for, in characters. */
    private static final int REACH = 240;
    /** How many paragraphs after its own a quote marked only at its two ends may run on. */
    static final int RUN_ON = 12;
    static final Set<String> CUES = Lexicon.words(QuoteExtractor.class, "quote-cues.txt");
    static final Set<String> DOCUMENT_NOUNS = Lexicon.words(QuoteExtractor.class, "document-nouns.txt");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

    private QuoteExtractor() {
    }

    /** A quote as the marks delimit it, before attribution. */
    private record Raw(int start, int end, int openMark, int closeMark, int block, int endBlock, boolean closed) {
    }

    static List<QuoteClaim> extract(CleanedDocument doc, List<People.Mention> people, List<Issuers.Org> orgs) {
        String text = doc.text();
        List<Block> body = doc.blocks(Block.Kind.BODY);
        List<Raw> raws = new ArrayList<>();
        for (Raw r : marks(text, body)) {
            // A whole report set in quote marks (a blog quoting an agency's story) is not anyone's words.
            if (!quotedReport(text.substring(r.start, r.end))) {
                raws.add(r);
            }
        }
        java.util.Set<String> orgKeys = new java.util.HashSet<>();
        orgs.forEach(o -> orgKeys.add(o.key()));
        List<Span> quoteSpans = new ArrayList<>();
        for (Raw r : raws) {
            quoteSpans.add(new Span(r.openMark, r.closed ? r.closeMark : r.end));
        }
        // Antecedents are named outside quotes; a person's title anywhere in the article tells whom they speak for.
        List<People.Mention> outside = new ArrayList<>();
        java.util.Map<String, People.Mention> titled = new java.util.HashMap<>();
        int qi = 0;
        for (People.Mention m : people) {
            // Both lists are in text order and quotes do not overlap: one sweep.
            while (qi < quoteSpans.size() && quoteSpans.get(qi).end() <= m.nameSpan().start()) {
                qi++;
            }
            if (qi >= quoteSpans.size() || !quoteSpans.get(qi).contains(m.nameSpan())) {
                outside.add(m);
            }
            if (m.title() != null && (m.spokesperson() || !titled.containsKey(m.key()))) {
                titled.put(m.key(), m);
            }
        }
        List<QuoteClaim> out = new ArrayList<>();
        QuoteClaim previous = null;
        int previousBlock = -10;
        String lastOrgVoice = null;
        String lastOrgName = null;
        for (Raw r : raws) {
            Span span = trimmed(text, r.start, r.end);
            if (span == null) {
                continue;
            }
            String quoted = span.of(text);
            Block first = body.get(r.block);
            int words = org.crosscheck.clean.Text.words(quoted);
            boolean partial = partial(text, first.span().start(), r.openMark, quoted);
            boolean fragment = partial && words < 4;
            Attribution a = fragment ? null : attribution(text, body, r, partial);
            String speaker = null;
            String name = null;
            String voice = null;
            String affiliation = null;
            String person = null;
            String cue = null;
            boolean named = false;
            boolean pronounSure = false;
            if (a != null) {
                speaker = withoutOpener(text, a.span.start(), a.phrase);
                cue = a.cue;
                Resolved who = resolve(text, a, r.openMark, people, outside, titled, orgs, lastOrgVoice, lastOrgName);
                if (who != null) {
                    name = who.name;
                    voice = who.voice;
                    affiliation = who.affiliation;
                    person = who.person;
                    named = who.named;
                    pronounSure = who.pronounSure;
                }
            } else if (!fragment && !partial && previous != null && previous.voice() != null && r.block - previousBlock <= 1) {
                speaker = previous.speaker();
                name = previous.speakerName();
                voice = previous.voice();
                affiliation = previous.affiliation();
                person = previous.person();
                cue = "continues the quote before";
            }
            QuoteClaim q = new QuoteClaim(doc.document().id(), span, quoted, speaker, name, voice, affiliation, person, named, cue,
                    partial, fragment, null, DateClaim.NO_DAY, pronounSure);
            out.add(q);
            if (!fragment) {
                previous = q;
                previousBlock = r.endBlock;
            }
            if (voice != null && affiliation == null && !voice.contains(" ") || voice != null && name != null
                    && voice.equals(affiliation)) {
                lastOrgVoice = voice;
                lastOrgName = name;
            } else if (voice != null && orgKeys.contains(voice)) {
                lastOrgVoice = voice;
                lastOrgName = name;
            }
        }
        return out;
    }

    /**
     * A speaker's phrase that opens its sentence without its first word when that word opens
     * sentences but is no part of a name ({@link SentenceOpeners#opener(String, String)}: an opener,
     * or a word that describes a person before a first name) and a capitalised word follows it:
     * "Distraught Morrow said" is Morrow's quote and "Young Frederick said" Frederick's, as the person
     * read from it says. Elsewhere, or
     * before a word in lower case ("Shocked residents"), the phrase is as written.
     */
    static String withoutOpener(String text, int start, String phrase) {
        int space = phrase.indexOf(' ');
        if (space <= 0) {
            return phrase;
        }
        String rest = phrase.substring(space + 1).stripLeading();
        int end = rest.indexOf(' ');
        String next = end < 0 ? rest : rest.substring(0, end);
        if (!SentenceOpeners.opener(phrase.substring(0, space), next) || !opensSentence(text, start)) {
            return phrase;
        }
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) ? rest : phrase;
    }

    /** Whether {@code at} opens a sentence: only spaces back to the text's or a line's start, or to a full stop, question or exclamation mark (and its closing quote marks). */
    static boolean opensSentence(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0 || text.charAt(k) == '\n') {
            return true;
        }
        while (k > 0 && "\"'\u201d\u2019".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return ".!?".indexOf(text.charAt(k)) >= 0;
    }

    /** Shortest quote, in characters, that may be a report quoted whole. */
    static final int REPORT_LENGTH = 300;

    /**
     * Whether quoted words are a report set in quote marks, not a speaker's words: {@link #REPORT_LENGTH}
     * characters or more, two of whose sentences end in an attribution of their own after a comma
     * (", authorities said.", ", Sheriff Robert Pickell said."): a speaker does not attribute their
     * own sentences to others.
     */
    static boolean quotedReport(String quoted) {
        if (quoted.length() < REPORT_LENGTH) {
            return false;
        }
        int attributed = 0;
        int line = 0;
        while (line < quoted.length()) {
            int lineEnd = quoted.indexOf('\n', line);
            lineEnd = lineEnd < 0 ? quoted.length() : lineEnd;
            for (int[] span : org.crosscheck.text.Sentences.split(quoted, line, lineEnd)) {
                String sentence = quoted.substring(span[0], span[1]);
                int comma = sentence.lastIndexOf(", ");
                if (comma < 0) {
                    continue;
                }
                String[] tail = SPACES.split(sentence.substring(comma + 2).strip());
                String last = NOT_LETTERS.matcher(tail[tail.length - 1]).replaceAll("").toLowerCase(Locale.ROOT);
                if (tail.length >= 2 && tail.length <= ATTRIBUTION_WORDS && People.SPEECH.contains(last)) {
                    attributed++;
                }
            }
            line = lineEnd + 1;
        }
        return attributed >= 2;
    }

    /** Longest attribution, in words, that ends a sentence of a report quoted whole. */
    static final int ATTRIBUTION_WORDS = 8;
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^A-Za-z]");

    // ---- quote marks -------------------------------------------------------------------------

    private static List<Raw> marks(String text, List<Block> body) {
        List<Raw> out = new ArrayList<>();
        int open = -1;
        int openMark = -1;
        int openBlock = -1;
        boolean single = false;
        boolean markedAtEnds = false;
        // Where the open quote's last marked paragraph begins: its opening mark, or a run-on mark.
        int segmentStart = -1;
        int segmentBlock = -1;
        for (int bi = 0; bi < body.size(); bi++) {
            Span b = body.get(bi).span();
            int i = b.start();
            if (open >= 0 && !markedAtEnds) {
                // Continuing from the paragraph before: skip this paragraph's opening mark.
                int skip = single ? singleOpeningAt(text, b.start(), i, b.end()) : openingAt(text, i, b.end());
                i += skip;
                if (skip > 0) {
                    segmentStart = i;
                    segmentBlock = bi;
                }
            }
            markedAtEnds = false;
            while (i < b.end()) {
                char c = text.charAt(i);
                if (open >= 0 && i - open > MAX_QUOTE) {
                    open = -1;
                }
                if (open < 0) {
                    int len = openingAt(text, i, b.end());
                    if (len == 0 && closeOpensParagraph(text, b.start(), i, b.end())) {
                        len = 2;
                    }
                    if (len > 0 && (c != '"' || straightOpens(text, b.start(), i))) {
                        open = i + len;
                        openMark = i;
                        openBlock = bi;
                        segmentStart = open;
                        segmentBlock = bi;
                        single = false;
                        i += len;
                        continue;
                    }
                    if (singleOpeningAt(text, b.start(), i, b.end()) > 0) {
                        open = i + 1;
                        openMark = i;
                        openBlock = bi;
                        single = true;
                        i++;
                        continue;
                    }
                } else if (single) {
                    // Inside single marks, double ones are a quote within the quote: only a single mark closes.
                    if (singleClosingAt(text, open, i, b.end()) || mixedClose(text, openMark, open, i, b.end())) {
                        out.add(new Raw(open, i, openMark, i + 1, openBlock, bi, true));
                        open = -1;
                    }
                    i++;
                    continue;
                } else {
                    int len = closingAt(text, i, b.end());
                    if (len == 0 && mistypedClose(text, i, b.end())) {
                        len = 2;
                    }
                    if (len > 0) {
                        out.add(new Raw(open, i, openMark, i + len, openBlock, bi, true));
                        open = -1;
                        i += len;
                        continue;
                    }
                    if (c == '\u201c' && i > open) {
                        // A new opening mark inside an open quote: the first was never closed.
                        out.add(new Raw(open, i, openMark, -1, openBlock, bi, false));
                        open = -1;
                        continue;
                    }
                }
                i++;
            }
            if (open >= 0) {
                // A quote runs on into the next paragraph only when it opened its own paragraph (or followed
                // "said:") and the next paragraph opens with a quote mark; a stray mark late in a paragraph
                // must not pull the next paragraph's quote into it.
                Span next = bi + 1 < body.size() ? body.get(bi + 1).span() : null;
                boolean continues = next != null && (single ? singleOpeningAt(text, next.start(), next.start(), next.end())
                        : openingAt(text, next.start(), next.end())) > 0 && next.start() - open <= MAX_QUOTE
                        && opensParagraph(text, body.get(openBlock).span().start(), openMark);
                if (!continues && !single) {
                    // Text that puts each sentence on a line of its own splits a quoted paragraph: its next
                    // sentences stand unmarked until the paragraph that opens with the run-on mark.
                    continues = !hasDoubleMark(text, segmentStart, b.end())
                            && runsOnPastUnmarked(text, body, bi + 1, open, UNMARKED_RUN_ON - (bi - segmentBlock))
                            && opensParagraph(text, body.get(openBlock).span().start(), openMark);
                }
                markedAtEnds = !continues && (single ? singleClosesLater(text, body, bi + 1, open)
                        : closesLater(text, body, bi + 1, open));
                if (!continues && !markedAtEnds) {
                    if (!single) {
                        out.add(new Raw(open, b.end(), openMark, -1, openBlock, bi, false));
                    }
                    // A single mark never closed was an apostrophe, not a quote.
                    open = -1;
                }
            }
        }
        return out;
    }

    /**
     * A single quote mark that opens a quote: a left single mark before a letter or digit
     * ("\u2018We will stay,\u2019 she said"), or a straight one at the start of a paragraph, or after a
     * space, a bracket, a dash or a colon, before a capital ("'We will stay,' she said"). A straight
     * mark before a small letter is an apostrophe ("I 've", "'em"), and so is one after a letter.
     */
    static int singleOpeningAt(String text, int blockStart, int i, int end) {
        if (i + 1 >= end) {
            return 0;
        }
        char c = text.charAt(i);
        char next = text.charAt(i + 1);
        char prev = i > blockStart ? text.charAt(i - 1) : ' ';
        if (c == '\u2018') {
            return Character.isLetterOrDigit(next) && !Character.isLetterOrDigit(prev) ? 1 : 0;
        }
        if (c != '\'') {
            return 0;
        }
        boolean after = i == blockStart || Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == ':'
                || prev == '\u2014' || prev == '\u2013';
        return after && Character.isUpperCase(next) && !clitic(text, i + 1, end) ? 1 : 0;
    }

    /** Endings written after an apostrophe, split from their word in some text ("OSCAR 'S", "I 'M"). */
    private static final Set<String> CLITICS = Set.of("s", "m", "d", "t", "ll", "re", "ve");

    /** Whether the letters at {@code from}, up to the next non-letter, are a clitic ("S" in "OSCAR 'S DARK"). */
    static boolean clitic(String text, int from, int end) {
        int k = from;
        while (k < end && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return CLITICS.contains(text.substring(from, k).toLowerCase(Locale.ROOT));
    }

    /** Words, at most, of a single-quoted title or scare quote that a mark after a letter closes ('Big Apple'). */
    static final int SHORT_SINGLE = 4;

    /**
     * Whether a single mark closes the quote opened at {@code open}: a right single mark or a
     * straight one, not before a letter or digit (that is an apostrophe inside a word: "it's",
     * "I 've"), after a comma, a stop or a question or exclamation mark (a space between, as old
     * wire text writes it: "anymore, ' she said"), or after a letter when the quote so far is a
     * title or scare quote of at most {@link #SHORT_SINGLE} words. A mark after a letter in a
     * longer quote is a plural's apostrophe ("the players' union").
     */
    static boolean singleClosingAt(String text, int open, int i, int end) {
        int p = singleMarkAfter(text, open, i, end);
        if (p < 0) {
            return false;
        }
        char prev = text.charAt(p);
        return STOPS.indexOf(prev) >= 0
                || Character.isLetterOrDigit(prev) && org.crosscheck.clean.Text.words(text.substring(open, i)) <= SHORT_SINGLE;
    }

    /** A comma, a stop, a question or an exclamation mark: what a closing mark may follow. */
    private static final String STOPS = ",.?!";

    /**
     * Where the last character before a single mark at {@code i} stands, spaces skipped, from
     * {@code from} on; -1 when {@code i} holds no single mark that can close (a letter or digit follows
     * it inside a word: "it's", "I 've") or nothing stands before it.
     */
    private static int singleMarkAfter(String text, int from, int i, int end) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2019' || i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return -1;
        }
        return lastNonSpace(text, from, i);
    }

    /** The last position before {@code i}, from {@code from} on, that holds no space; -1 if none. */
    private static int lastNonSpace(String text, int from, int i) {
        int p = i - 1;
        while (p >= from && text.charAt(p) == ' ') {
            p--;
        }
        return p >= from ? p : -1;
    }

    /**
     * Whether a straight double mark closes a quote a straight single mark opened: typed after a
     * comma, a stop or a question or exclamation mark ('I cannot say, " he told the paper), when
     * no double mark since the opening is left open inside the quote.
     */
    static boolean mixedClose(String text, int openMark, int open, int i, int end) {
        if (text.charAt(i) != '"' || text.charAt(openMark) != '\'') {
            return false;
        }
        int doubles = 0;
        for (int k = open; k < i; k++) {
            if (text.charAt(k) == '"') {
                doubles++;
            }
        }
        if (doubles % 2 != 0) {
            return false;
        }
        int p = lastNonSpace(text, open, i);
        return p >= 0 && STOPS.indexOf(text.charAt(p)) >= 0 && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /** Whether a single mark at {@code i} closes after a comma, a stop or a question or exclamation mark, in its paragraph. */
    private static boolean closesAfterPunctuation(String text, int blockStart, int i, int end) {
        int p = singleMarkAfter(text, blockStart, i, end);
        return p >= 0 && STOPS.indexOf(text.charAt(p)) >= 0;
    }

    /**
     * {@link #closesLater} for single marks: a closing single mark in one of the next
     * {@link #RUN_ON} paragraphs, before any single mark opens there.
     */
    static boolean singleClosesLater(String text, List<Block> body, int from, int open) {
        for (int bi = from; bi < body.size() && bi < from + RUN_ON; bi++) {
            Span b = body.get(bi).span();
            for (int i = b.start(); i < b.end(); i++) {
                if (i - open > MAX_QUOTE) {
                    return false;
                }
                if (closesAfterPunctuation(text, b.start(), i, b.end())) {
                    return true;
                }
                if (singleOpeningAt(text, b.start(), i, b.end()) > 0) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether a quote left open at the end of a paragraph closes in one of the next
     * {@link #RUN_ON} paragraphs, within {@link #MAX_QUOTE} characters of its start, before any
     * quote mark opens there: text that puts each sentence of a quote on a line of its own and
     * marks only the quote's two ends ("`` I felt normal.", "It was fun, '' she said.").
     * A straight mark there closes when no letter or digit follows it.
     */
    /** Paragraphs with no quote mark that may stand between a quote left open and the paragraph its run-on mark opens. */
    static final int UNMARKED_RUN_ON = 2;

    /**
     * Whether the quote left open at the end of the paragraph before {@code from} runs on: at most
     * {@code unmarked} paragraphs without a double quote mark of any kind, each a sentence
     * (ending with a stop, a question or an exclamation mark: a headline or a caption has none),
     * then one that opens with a quote mark, the convention for a quote that runs on into a new
     * paragraph. The caller asks it only where the quote's last marked paragraph holds no mark but the
     * one that opened it there, and counts the unmarked paragraphs already run past ({@link #UNMARKED_RUN_ON} in all).
     */
    static boolean runsOnPastUnmarked(String text, List<Block> body, int from, int open, int unmarked) {
        for (int p = from; p < body.size() && p <= from + unmarked; p++) {
            Span s = body.get(p).span();
            if (s.end() - open > MAX_QUOTE) {
                return false;
            }
            int mark = openingAt(text, s.start(), s.end());
            if (p > from && mark > 0) {
                return !closedAndAttributed(text, s.start() + mark, s.end());
            }
            if (hasDoubleMark(text, s.start(), s.end()) || !endsSentence(text, s.start(), s.end())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a quote opened at {@code from} closes inside its paragraph with words after the close
     * ("Nobody crosses," she said.): a quote of its own with its own attribution, not the run-on of
     * one left open before it.
     */
    static boolean closedAndAttributed(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            int len = closingAt(text, i, end);
            if (len > 0) {
                for (int k = i + len; k < end; k++) {
                    if (Character.isLetter(text.charAt(k))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether the text's last character but spaces is a stop, a question or an exclamation mark. */
    static boolean endsSentence(String text, int start, int end) {
        int k = end - 1;
        while (k >= start && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= start && ".?!".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether the text holds a double quote mark: straight, curly, low, a guillemet, or `` and ''. */
    static boolean hasDoubleMark(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb'
                    || i + 1 < end && (c == '`' && text.charAt(i + 1) == '`' || c == '\'' && text.charAt(i + 1) == '\'')) {
                return true;
            }
        }
        return false;
    }

    static boolean closesLater(String text, List<Block> body, int from, int open) {
        for (int bi = from; bi < body.size() && bi < from + RUN_ON; bi++) {
            Span b = body.get(bi).span();
            for (int i = b.start(); i < b.end(); i++) {
                if (i - open > MAX_QUOTE) {
                    return false;
                }
                char c = text.charAt(i);
                if (c == '"') {
                    return i + 1 >= b.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
                }
                if (closingAt(text, i, b.end()) > 0) {
                    return true;
                }
                if (openingAt(text, i, b.end()) > 0) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether a closing {@code ''} at the start of a paragraph, before a word and with a closing mark
     * later in the paragraph, is the quote's opening mark mistyped ("''The gulf is shallow, '' he said.").
     */
    static boolean closeOpensParagraph(String text, int blockStart, int i, int end) {
        if (i + 2 >= end || text.charAt(i) != '\'' || text.charAt(i + 1) != '\''
                || !text.substring(blockStart, i).isBlank() || !Character.isLetterOrDigit(text.charAt(i + 2))) {
            return false;
        }
        int close = text.indexOf("''", i + 2);
        return close > 0 && close < end;
    }

    /**
     * Whether an opening {@code ``} inside an open quote is its closing mark mistyped: it follows a
     * comma and a word in lower case follows it ("… to progress, `` said Stefanski.").
     */
    static boolean mistypedClose(String text, int i, int end) {
        if (i + 1 >= end || text.charAt(i) != '`' || text.charAt(i + 1) != '`') {
            return false;
        }
        int p = i - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int n = i + 2;
        while (n < end && text.charAt(n) == ' ') {
            n++;
        }
        return p >= 0 && text.charAt(p) == ',' && n < end && Character.isLowerCase(text.charAt(n));
    }

    /** Whether a quote mark stands at the start of its paragraph, or right after a colon. */
    private static boolean opensParagraph(String text, int blockStart, int mark) {
        int k = mark - 1;
        while (k >= blockStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < blockStart || text.charAt(k) == ':';
    }

    private static int openingAt(String text, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '"') {
            return i + 1 < end && text.charAt(i + 1) == ' ' && c == '\u00ab' ? 2 : 1;
        }
        if (c == '`' && i + 1 < end && text.charAt(i + 1) == '`') {
            return 2;
        }
        return 0;
    }

    private static int closingAt(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\u201d' || c == '\u00bb' || c == '"') {
            return 1;
        }
        if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
            return 2;
        }
        return 0;
    }

    /** A straight quote opens at the start of a paragraph or after a space, a bracket or a dash, never after a letter or digit (5'10"). */
    private static boolean straightOpens(String text, int blockStart, int i) {
        if (i == blockStart) {
            return true;
        }
        char p = text.charAt(i - 1);
        return !Character.isLetterOrDigit(p) && p != '.' && p != ',' || gluedOpening(text, i);
    }

    /**
     * Whether a straight quote between two letters, with no space before the word it opens
     * ("estimates"at least 50 people," he said), opens a quote: another straight quote follows in
     * its paragraph to close it. Otherwise that later mark would be taken for the opening one.
     */
    static boolean gluedOpening(String text, int i) {
        if (i == 0 || i + 1 >= text.length() || !Character.isLetter(text.charAt(i - 1)) || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        for (int k = i + 1; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (text.charAt(k) == '"') {
                return true;
            }
        }
        return false;
    }

    /** The quoted words without the spaces and the trailing comma inside the marks; null if nothing is left. */
    private static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        return e > s ? new Span(s, e) : null;
    }

    /**
     * Whether a quote sits inside a sentence: words before it in its sentence other than a speaker
     * and a verb of speech followed by a colon, or a first word in lower case.
     */
    private static boolean partial(String text, int blockStart, int openMark, String quoted) {
        char first = 0;
        for (int i = 0; i < quoted.length(); i++) {
            if (Character.isLetterOrDigit(quoted.charAt(i))) {
                first = quoted.charAt(i);
                break;
            }
        }
        if (first != 0 && Character.isLowerCase(first)) {
            return true;
        }
        int k = openMark - 1;
        while (k >= blockStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < blockStart) {
            return false;
        }
        char p = text.charAt(k);
        return !(p == ':' || p == '.' || p == '!' || p == '?' || p == ',' || p == '\u201d' || p == '"' || p == '\''
                || p == '\u2014' || p == '-');
    }

    // ---- attribution ---------------------------------------------------------------------------

    /** The words that say who spoke: the phrase naming the speaker, its span and the verb. */
    private record Attribution(String phrase, Span span, String cue) {
    }

    private static Attribution attribution(String text, List<Block> body, Raw r, boolean partial) {
        Block last = body.get(r.endBlock);
        if (r.closed) {
            Attribution after = after(text, r.closeMark, Math.min(last.span().end(), r.closeMark + REACH));
            if (after != null) {
                return after;
            }
        }
        Block first = body.get(r.block);
        Attribution own = before(text, Math.max(first.span().start(), r.openMark - REACH), r.openMark, partial);
        if (own != null || partial || r.block == 0 || !text.substring(first.span().start(), r.openMark).isBlank()) {
            return own;
        }
        // A paragraph that ends "…, says his organisation will sue:" or "Wetzler commented," introduces the
        // quote that opens the next one.
        Span previous = body.get(r.block - 1).span();
        int end = previous.end();
        while (end > previous.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == previous.start()) {
            return null;
        }
        if (text.charAt(end - 1) != ':' && text.charAt(end - 1) != ',') {
            return issuedStatement(text, Math.max(previous.start(), end - REACH), end);
        }
        return before(text, Math.max(previous.start(), end - REACH), end, false);
    }

    /** Verbs by which someone puts out a statement that the next paragraph quotes ("released", "issued"). */
    static final Set<String> STATEMENT_VERBS = Lexicon.words(QuoteExtractor.class, "statement-verbs.txt");
    /** Most words a subject that put out a statement has before its verb ("Chargers receiver Vincent Jackson"). */
    static final int STATEMENT_SUBJECT = 6;

    /**
     * A paragraph whose last sentence says someone put out a statement ("Dana Pell issued a statement
     * through her lawyer on Monday.") introduces the quote that opens the next paragraph with no
     * attribution of its own: the statement's words. The speaker is the sentence's subject, the words
     * before a verb of {@code statement-verbs.txt} that has a noun of {@code document-nouns.txt}
     * within its next three words ("released a brief statement"); a subject of more than
     * {@link #STATEMENT_SUBJECT} words, or one that opens with a word in lower case other than "the"
     * ("in a statement, ..."), is none. A name before an appositive ("Pell, 31, issued") keeps the name.
     */
    private static Attribution issuedStatement(String text, int from, int end) {
        int s = from;
        for (int[] sentence : Sentences.split(text, from, end)) {
            s = sentence[0];
        }
        List<Words.Word> ws = Words.of(text, s, end);
        for (int v = 1; v < ws.size() && v <= STATEMENT_SUBJECT; v++) {
            if (!ws.get(v).word() || !STATEMENT_VERBS.contains(ws.get(v).lower())) {
                continue;
            }
            boolean statement = false;
            for (int t = v + 1; t < ws.size() && t <= v + 3 && ws.get(t).word(); t++) {
                statement |= DOCUMENT_NOUNS.contains(ws.get(t).lower());
            }
            Words.Word head = ws.get(0);
            if (!statement || !head.word() || !head.capitalized() && !head.lower().equals("the")) {
                return null;
            }
            int subjectEnd = v;
            for (int t = 1; t < v; t++) {
                if (ws.get(t).is(",")) {
                    subjectEnd = t;
                    break;
                }
                if (!ws.get(t).word() && !ws.get(t).is("'s") && !ws.get(t).is(".")) {
                    return null;
                }
            }
            int ps = head.start();
            int pe = ws.get(subjectEnd - 1).end();
            return new Attribution(text.substring(ps, pe), new Span(ps, pe), cue(ws, v));
        }
        return null;
    }

    /** "…," he said / the ministry said / added Price / according to the press release / the statement reads. */
    private static Attribution after(String text, int from, int to) {
        List<Words.Word> ws = Words.of(text, from, to);
        int k = 0;
        while (k < ws.size() && !ws.get(k).word() && (ws.get(k).is(",") || ws.get(k).is("\u2014") || ws.get(k).is("-"))) {
            k++;
        }
        if (k >= ws.size() || !ws.get(k).word()) {
            return null;
        }
        Words.Word w = ws.get(k);
        if (w.lower().equals("and") || w.lower().equals("but")) {
            // No speaker opens with a conjunction: the quote's words run on into a clause ("and that
            // the town would help", "and the town would help"), and the speaker, if any, follows it.
            boolean that = k + 1 < ws.size() && ws.get(k + 1).lower().equals("that");
            return afterReportedClause(text, ws, k + (that ? 2 : 1), to);
        }
        if (w.lower().equals("according") && k + 1 < ws.size() && ws.get(k + 1).lower().equals("to")) {
            return phraseUntilStop(text, ws, k + 2, "according to");
        }
        if (People.SPEECH.contains(w.lower()) && !w.lower().equals("according")) {
            // "added Price", "said Jane Doe, a spokeswoman for …": the speaker follows the verb.
            Attribution a = phraseUntilStop(text, ws, k + 1, w.lower());
            if (a != null && !a.phrase.toLowerCase(Locale.ROOT).startsWith("in ") && !a.phrase.toLowerCase(Locale.ROOT).startsWith("on ")) {
                return a;
            }
            return null;
        }
        // The speaker, then the verb, within a dozen words.
        for (int v = k + 1; v < ws.size() && v - k <= 12; v++) {
            Words.Word x = ws.get(v);
            if (!x.word()) {
                if (x.is(".") && ws.get(v - 1).capitalized() && org.crosscheck.text.Sentences.isAbbreviation(ws.get(v - 1).text())) {
                    continue; // "Const. Fanning said"
                }
                if (x.is(".") || x.is("\u201c") || x.is("\"") || x.is(";") || x.is("?") || x.is("!")) {
                    return null;
                }
                continue;
            }
            if (People.SPEECH.contains(x.lower()) && !x.lower().equals("according") || CUES.contains(x.lower())) {
                String phrase = text.substring(ws.get(k).start(), ws.get(v - 1).end()).strip();
                // "he was quoted as saying", "she is reported as saying": the speaker is before the passive.
                phrase = PASSIVE_AS.matcher(phrase).replaceFirst("");
                phrase = stripAppositive(phrase);
                if (phrase.isEmpty()) {
                    return null;
                }
                return new Attribution(phrase, new Span(ws.get(k).start(), ws.get(k).start() + phrase.length()),
                        cue(ws, v));
            }
        }
        return null;
    }

    /**
     * A quote the speaker's reported words run on from ("We will rebuild" and that the town would
     * help, said Mayor Ann Cole."; also after "but", and with no "that"): the attribution closes the
     * sentence after the reported clause, after one of its commas. The commas are tried from the last back, so an appositive after the name
     * ("said Ann Cole, the mayor") is passed over; a quote mark before the sentence's end means another
     * quote's words, and no speaker is read.
     */
    private static Attribution afterReportedClause(String text, List<Words.Word> ws, int k, int to) {
        List<Integer> commas = new ArrayList<>();
        for (int i = k; i < ws.size(); i++) {
            Words.Word x = ws.get(i);
            if (x.word()) {
                continue;
            }
            if (x.is(",")) {
                commas.add(i);
            } else if (x.is(".") || x.is(";") || x.is("?") || x.is("!")) {
                break;
            }
        }
        for (int c = commas.size() - 1; c >= 0; c--) {
            Attribution a = after(text, ws.get(commas.get(c)).start(), to);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The verb and what qualifies it: "said in a statement", "told reporters". */
    private static String cue(List<Words.Word> ws, int v) {
        StringBuilder sb = new StringBuilder(ws.get(v).lower());
        for (int i = v + 1; i < ws.size() && i <= v + 3 && ws.get(i).word(); i++) {
            sb.append(' ').append(ws.get(i).lower());
            if (DOCUMENT_NOUNS.contains(ws.get(i).lower()) || ws.get(i).lower().equals("reporters")) {
                return sb.toString();
            }
        }
        return ws.get(v).lower();
    }

    /** Words from {@code k} up to a comma, a full stop or a quote mark, at most eight. */
    private static Attribution phraseUntilStop(String text, List<Words.Word> ws, int k, String cue) {
        int e = k;
        while (e < ws.size() && e - k < 8 && (ws.get(e).word() || ws.get(e).is("'s") || ws.get(e).lower().equals("'s"))) {
            e++;
        }
        if (e == k) {
            return null;
        }
        int s = ws.get(k).start();
        int end = ws.get(e - 1).end();
        return new Attribution(text.substring(s, end), new Span(s, end), cue);
    }

    /** A verb of speech in its -ing form, "saying", "stating": it hangs on a clause whose subject spoke. */
    static boolean participle(String cue) {
        return cue != null && cue.endsWith("ing");
    }

    /** "Nichols, 37," -> "Nichols". */
    private static String stripAppositive(String phrase) {
        int comma = phrase.indexOf(',');
        if (comma > 0 && AGE_AND_COMMA.matcher(phrase.substring(comma + 1).strip()).matches()) {
            return phrase.substring(0, comma).strip();
        }
        return TRAILING_COMMAS.matcher(phrase).replaceAll("");
    }

    /** Stoltenberg said: "…" / He told reporters "…" / According to the statement, "…". */
    private static Attribution before(String text, int from, int openMark, boolean partial) {
        // Only the sentence the quote opens in.
        int s = from;
        for (int[] sentence : Sentences.split(text, from, openMark)) {
            s = sentence[0];
        }
        List<Words.Word> ws = Words.of(text, s, openMark);
        if (ws.isEmpty()) {
            return null;
        }
        if (ws.size() >= 3 && ws.get(0).lower().equals("according") && ws.get(1).lower().equals("to")) {
            return phraseUntilStop(text, ws, 2, "according to");
        }
        // A sentence that ends in a colon introduces the quote whatever follows its verb ("she told Playboy
        // in 1998:"); its last verb of speech is the speaker's.
        boolean introduced = ws.get(ws.size() - 1).is(":");
        Attribution found = null;
        for (int v = 0; v < ws.size(); v++) {
            Words.Word x = ws.get(v);
            if (!x.word() || !People.SPEECH.contains(x.lower()) || x.lower().equals("according") || v == 0) {
                continue;
            }
            // The speaker is the phrase right before the verb, back to a comma or the sentence start; after
            // an aside between commas ("Peter Gross, chief executive of EYP, said"), the phrase before the aside.
            int b = v - 1;
            int verbEnd = v;
            if (participle(x.lower())) {
                // "President Obama directed a review, stating that …": the sentence's subject speaks; the
                // whole clause before the participle is the phrase, and its first name the speaker.
                b = 0;
                verbEnd = ws.get(v - 1).is(",") ? v - 1 : v;
                if (verbEnd == 0) {
                    continue;
                }
            } else if (ws.get(v - 1).is(",")) {
                int firstComma = 0;
                while (firstComma < v - 1 && !ws.get(firstComma).is(",")) {
                    firstComma++;
                }
                if (firstComma == 0 || firstComma == v - 1) {
                    continue;
                }
                b = 0;
                verbEnd = firstComma;
            } else {
                while (b > 0 && (ws.get(b - 1).word() || ws.get(b - 1).is("'s")) && v - b < 10) {
                    b--;
                }
                // "Mara Quint, Controller, Northfield Radio Drama says:": a name of two to four
                // capitalized words before the first comma is the speaker, the rest their title.
                if (b > 0 && ws.get(b - 1).is(",")) {
                    int firstComma = 0;
                    while (firstComma < b && !ws.get(firstComma).is(",")) {
                        firstComma++;
                    }
                    boolean name = firstComma >= 2 && firstComma <= 4;
                    for (int t = 0; t < firstComma && name; t++) {
                        name = ws.get(t).capitalized() && !People.notName(ws.get(t).lower());
                    }
                    if (name) {
                        b = 0;
                        verbEnd = firstComma;
                    }
                }
            }
            if (!partial && !introduced) {
                // The verb must lead to the quote: "said:", "said that", "told reporters:".
                boolean leads = true;
                for (int t = v + 1; t < ws.size(); t++) {
                    Words.Word y = ws.get(t);
                    if (y.word() && !(y.lower().equals("that") || y.lower().equals("reporters") || y.lower().equals("journalists")
                            || y.lower().equals("in") || y.lower().equals("a") || y.lower().equals("an")
                            || y.lower().equals("the") || DOCUMENT_NOUNS.contains(y.lower()) || y.lower().equals("on")
                            || y.lower().equals("him") || y.lower().equals("her") || y.lower().equals("them"))) {
                        leads = false;
                        break;
                    }
                }
                if (!leads) {
                    continue;
                }
            }
            int ps = ws.get(b).start();
            int pe = ws.get(verbEnd - 1).end();
            found = new Attribution(text.substring(ps, pe), new Span(ps, pe), cue(ws, v));
            if (!introduced) {
                return found;
            }
        }
        return found;
    }

    // ---- who the speaker is ------------------------------------------------------------------

    /** Who spoke; {@code named} when the attribution names them itself rather than by a pronoun or a document. */
    private record Resolved(String name, String voice, String affiliation, String person, boolean named,
                            boolean pronounSure) {
        Resolved(String name, String voice, String affiliation, boolean named) {
            this(name, voice, affiliation, null, named, false);
        }

        Resolved surely() {
            return new Resolved(name, voice, affiliation, person, named, true);
        }
    }

    private static Resolved resolve(String text, Attribution a, int quoteAt, List<People.Mention> people,
                                    List<People.Mention> outside, java.util.Map<String, People.Mention> titled,
                                    List<Issuers.Org> orgs, String lastOrgVoice, String lastOrgName) {
        String phrase = TRAILING_MARKS.matcher(a.phrase.strip()).replaceAll("").strip();
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            int at = Math.min(a.span.start(), quoteAt);
            int found = antecedent(outside, at, lower, text);
            if (found < 0) {
                return null;
            }
            Resolved r = person(outside.get(found), titled, false);
            return r != null && onePersonIn(outside, found, lower, text) ? r.surely() : r;
        }
        if (lower.equals("it")) {
            return lastOrgVoice == null ? null : new Resolved(lastOrgName, lastOrgVoice, null, false);
        }
        if (participle(a.cue)) {
            // "…, saying": the clause before it names its subject first; without a name, no speaker.
            for (int i = lastBefore(people, a.span.start()) + 1; i < people.size()
                    && people.get(i).nameSpan().start() < a.span.end(); i++) {
                if (a.span.contains(people.get(i).nameSpan())) {
                    return person(people.get(i), titled, true);
                }
            }
            // A name the people reader did not take: the first run of capitalized words that is one.
            for (String run : phrase.split("[^\\p{L}\\p{N}.'\u2019-]*\\s+(?=\\p{Ll})\\S*|[,;:()]")) {
                String name = trailingName(run.strip());
                if (name != null && !People.notName(name.toLowerCase(Locale.ROOT))) {
                    return new Resolved(name, People.personKey(name), null, People.personKey(name), true, false);
                }
            }
            return null;
        }
        // Someone described, not named: "a resident", "an official".
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ")) {
            return null;
        }
        // A name and then, after a comma, what the person is ("Hal Orr, the magazine's founder"): the
        // tests for several speakers and for someone's representative read the name's part only.
        String lead = appositiveLead(phrase);
        // Someone's representative named after the possessive ("the actress's rep Jack Roe"): the name speaks.
        People.Mention representative = SEVERAL.matcher(lead).matches() ? null : nameEnding(a, people, text);
        if (representative != null && POSSESSIVE.matcher(lead).matches()) {
            return person(representative, titled, true);
        }
        // Several speakers at once ("Zadan and Meron"), or someone's representative ("Reid's rep"): no single voice.
        if (SEVERAL.matcher(lead).matches() || POSSESSIVE.matcher(lead).matches()
                && !INSTITUTION.matcher(lead).matches()) {
            return null;
        }
        // The name nearest the verb is the speaker's: "Trend Micro researcher Paul Ferguson"; but a name
        // before a comma is followed by its appositive ("Captain Jane Roe, Chief Public Affairs Officer, said").
        int comma = a.phrase.indexOf(',');
        int nameEnd = comma < 0 ? a.span.end() : a.span.start() + comma;
        People.Mention named = null;
        for (int i = lastBefore(people, a.span.start()) + 1; i < people.size()
                && people.get(i).nameSpan().start() < a.span.end(); i++) {
            if (a.span.contains(people.get(i).nameSpan()) && (named == null || people.get(i).nameSpan().end() <= nameEnd
                    || named.nameSpan().end() > nameEnd)) {
                named = people.get(i);
            }
        }
        if (named != null) {
            return person(named, titled, true);
        }
        // A surname alone that the people reader does not take for a name, being also a word of
        // titles or places ("King said", "Bishop added"): the one person the article named in full with it.
        People.Mention bySurname = surnameOnly(phrase, outside, Math.min(a.span.start(), quoteAt));
        if (bySurname != null) {
            return person(bySurname, titled, true);
        }
        String[] words = SPACES.split(lower);
        String head = words[words.length - 1];
        // A description of someone named before ("the NATO chief", "the Ukrainian foreign minister"): the person
        // last named, outside quotes, with a title of that country or alliance and of a compatible class.
        String described = Roles.classify(phrase);
        if (described != null && words[0].equals("the") && trailingName(phrase) == null) {
            People.Mention m = describedPerson(outside, titled, Math.min(a.span.start(), quoteAt), described,
                    Roles.country(phrase));
            if (m != null) {
                return person(m, titled, false);
            }
        }
        if (DOCUMENT_NOUNS.contains(head) && !properWords(phrase)) {
            Issuers.Org o = Issuers.lastIssuerBefore(orgs, quoteAt);
            return o == null ? null : new Resolved(o.name(), o.key(), null, false);
        }
        if (!properWords(phrase)) {
            if (Organisations.NOUNS.contains(head) && (words[0].equals("the") || words.length == 1)) {
                Issuers.Org o = Issuers.lastNamed(orgs, head, quoteAt);
                if (o != null) {
                    return new Resolved(o.name(), o.key(), null, false);
                }
            }
            return null;
        }
        // A title without a name ("head of the GSEE union") describes a person without naming them.
        String firstWord = words[0].equals("the") && words.length > 1 ? words[1] : words[0];
        if (Roles.NOUNS.contains(firstWord.replace(".", "")) && trailingName(phrase) == null) {
            return null;
        }
        // A name the people reader did not take for a person: the last run of capitalized words in the
        // phrase, unless they name an organisation ("Constable Tim Fanning", "protester Paris Kyriakides").
        // A description ending in a common noun ("the Taradise star", "the prosecutor in the Costello case")
        // names no one: its capitalized words are what the person is described by.
        String lastWord = phrase.substring(phrase.lastIndexOf(' ') + 1);
        boolean description = words[0].equals("the") && Character.isLowerCase(lastWord.charAt(0));
        if (description && !Organisations.NOUNS.contains(head) && !DOCUMENT_NOUNS.contains(head)) {
            return null;
        }
        String name = description ? null : trailingName(phrase.substring(0, Math.min(phrase.length(), lead.length())));
        if (name != null) {
            return new Resolved(name, People.personKey(name), null, People.personKey(name), true, false);
        }
        String key = Organisations.key(phrase);
        if (key == null || key.isEmpty()) {
            return null;
        }
        return new Resolved(phrase.replaceFirst("^(?i)the\\s+", ""), key, null, true);
    }

    /**
     * The part of an attribution's phrase, in lower case, that names the speaker: before the first
     * comma when what stands there is a name, capitalized from its first word to its last ("Hal Orr,
     * the magazine's founder": "hal orr"), else the whole phrase ("the deputy's mother, Rosa Roe";
     * "the governor of Hormoz province, Ali Roe").
     */
    static String appositiveLead(String phrase) {
        int comma = phrase.indexOf(',');
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (comma <= 0) {
            return lower;
        }
        String before = phrase.substring(0, comma).strip();
        String last = before.substring(before.lastIndexOf(' ') + 1);
        return !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !last.isEmpty()
                && Character.isUpperCase(last.charAt(0)) && trailingName(before) != null
                && !POSSESSIVE.matcher(before).matches() ? lower.substring(0, comma) : lower;
    }

    /**
     * The person an attribution of one capitalized word names by surname alone, or null: the last
     * person named in full before {@code at}, outside quotes, whose name ends in that word, when no
     * other person named in full before it ends in that word too.
     */
    static People.Mention surnameOnly(String phrase, List<People.Mention> outside, int at) {
        if (phrase.isEmpty() || phrase.indexOf(' ') >= 0 || !Character.isUpperCase(phrase.charAt(0))) {
            return null;
        }
        People.Mention found = null;
        for (People.Mention m : outside) {
            if (m.nameSpan().start() >= at) {
                break;
            }
            String full = m.fullName();
            if (m.full() && full.endsWith(" " + phrase)) {
                if (found != null && !found.key().equals(m.key())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * The person whose name ends the attribution's phrase, after its last possessive ("the
     * actress's rep Jack Roe"; "the deputy's mother, Rosa Roe"), or null.
     */
    private static People.Mention nameEnding(Attribution a, List<People.Mention> people, String text) {
        int end = a.span.end();
        while (end > a.span.start() && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int possessive = Math.max(a.phrase.lastIndexOf("'s "), a.phrase.lastIndexOf("\u2019s "));
        if (possessive < 0) {
            return null;
        }
        for (int i = lastBefore(people, a.span.start()) + 1; i < people.size()
                && people.get(i).nameSpan().start() < a.span.end(); i++) {
            Span n = people.get(i).nameSpan();
            if (n.end() == end && n.start() > a.span.start() + possessive) {
                return people.get(i);
            }
        }
        return null;
    }

    /** Whether a phrase holds a proper name: a capitalized word other than a sentence's first function word. */
    private static boolean properWords(String phrase) {
        String[] w = SPACES.split(phrase);
        for (int i = 0; i < w.length; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))
                    && !(i == 0 && People.notName(w[i].toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** The last run of one to four capitalized words in a phrase, when none of them names an organisation, a title or a country. */
    private static String trailingName(String phrase) {
        String[] all = SPACES.split(phrase);
        int end = all.length;
        while (end > 0 && (all[end - 1].isEmpty() || !Character.isUpperCase(all[end - 1].charAt(0)))) {
            end--;
        }
        String[] w = java.util.Arrays.copyOf(all, end);
        int k = w.length;
        while (k > 0 && w.length - k < 4) {
            String x = w[k - 1];
            String l = x.toLowerCase(Locale.ROOT).replace(".", "");
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || Organisations.NOUNS.contains(l)
                    || Roles.NOUNS.contains(l) || Roles.DOMAIN.contains(l) || Roles.countryOf(l) != null
                    || People.notName(l) || x.chars().filter(Character::isUpperCase).count() > 1 && x.length() <= 5
                    && x.chars().noneMatch(Character::isLowerCase)) {
                break;
            }
            k--;
        }
        if (k == w.length) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return !(i == 0 && s.length() > 3 && s.startsWith("The ") && !hasCapital(s.substring(4)));
            }
        }
        return false;
    }

    private static Resolved person(People.Mention m, java.util.Map<String, People.Mention> titled, boolean named) {
        People.Mention t = m.title() != null ? m : titled.getOrDefault(m.key(), m);
        if (!m.spokesperson() && titled.containsKey(m.key()) && titled.get(m.key()).spokesperson()) {
            t = titled.get(m.key());
        }
        if (t.spokesperson() && t.organisation() != null) {
            return new Resolved(m.fullName() + " for " + t.organisation(), t.organisation(), t.organisation(), m.key(),
                    named, false);
        }
        return new Resolved(m.fullName(), m.key(), t.organisation() != null ? t.organisation() : t.country(), m.key(),
                named, false);
    }

    /** How many sentences further back than the last that names anyone "he" or "she" may point. */
    static final int PRONOUN_SENTENCES = 2;

    /**
     * Whom "he" or "she" stands for (an index into {@code outside}, or -1): the person named first
     * in the last sentence before {@code at} that names anyone, outside quotes, whom the pronoun
     * may name (the subject of a sentence is usually named first); when every person that sentence
     * names is of the other sex by first name or title ("Mark Roesler" for "she"), the sentences
     * before it, up to {@link #PRONOUN_SENTENCES} more.
     */
    private static int antecedent(List<People.Mention> outside, int at, String pronoun, String text) {
        int last = lastBefore(outside, at);
        if (last < 0) {
            return -1;
        }
        int lastSentence = outside.get(last).sentence();
        int walked = 0;
        while (last >= 0 && walked < 64 && lastSentence - outside.get(last).sentence() <= PRONOUN_SENTENCES) {
            int sentence = outside.get(last).sentence();
            int first = last;
            // Mentions of one sentence are contiguous; a sentence with thousands of names is bounded by the walk limit.
            while (first > 0 && walked + last - first < 64 && outside.get(first - 1).sentence() == sentence) {
                first--;
            }
            for (int i = first; i <= last; i++) {
                if (Genders.agrees(pronoun, outside.get(i), text)) {
                    return i;
                }
            }
            walked += last - first + 1;
            last = first - 1;
        }
        return -1;
    }

    /** Whether the antecedent's sentence names one person only (however often) whom the pronoun may name. */
    private static boolean onePersonIn(List<People.Mention> outside, int found, String pronoun, String text) {
        int sentence = outside.get(found).sentence();
        String key = outside.get(found).key();
        for (int i = found - 1; i >= 0 && found - i < 64 && outside.get(i).sentence() == sentence; i--) {
            if (!outside.get(i).key().equals(key) && Genders.agrees(pronoun, outside.get(i), text)) {
                return false;
            }
        }
        for (int i = found + 1; i < outside.size() && i - found < 64 && outside.get(i).sentence() == sentence; i++) {
            if (!outside.get(i).key().equals(key) && Genders.agrees(pronoun, outside.get(i), text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person a description points back to: among the 256 mentions before {@code at}, the last
     * whose title is held for {@code country} (or, without a country, is of the very class described)
     * and is compatible with the class described.
     */
    private static People.Mention describedPerson(List<People.Mention> outside, java.util.Map<String, People.Mention> titled,
                                                  int at, String described, String country) {
        int last = lastBefore(outside, at);
        for (int i = last; i >= 0 && i > last - 256; i--) {
            People.Mention m = outside.get(i);
            People.Mention t = m.title() != null ? m : titled.get(m.key());
            if (t == null || t.roleClass() == null || !m.full() || !Roles.compatible(described, t.roleClass())) {
                continue;
            }
            boolean sameCountry = country != null && country.equals(t.country());
            boolean sameClass = country == null && !Roles.GENERIC.contains(described) && described.equals(t.roleClass());
            if (sameCountry || sameClass) {
                return m;
            }
        }
        return null;
    }

    /** The index of the last mention whose name starts before {@code at}, or -1. */
    private static int lastBefore(List<People.Mention> mentions, int at) {
        return Words.lastBefore(mentions, m -> m.nameSpan().start(), at);
    }
}
