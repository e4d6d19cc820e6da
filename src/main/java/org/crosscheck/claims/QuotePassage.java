package org.crosscheck.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.WordDiff;

/**
 * One sentence of a quote, as the quote rules compare it. {@code words} is the sentence
 * normalized for its key: lower case, editorial insertions in brackets or parentheses removed,
 * hyphens and apostrophes dropped inside words. The rules compare {@code styled}: the same
 * sentence in the story's {@link HouseStyle}, so two quotes with equal {@code styled} words say
 * the same thing however each outlet spells, numbers and abbreviates. Content words are compared
 * by their first six letters, enough to take "escalation" and "escalations" for one word.
 */
public record QuotePassage(String document, Span span, String text, String speakerName, String voice,
                           String affiliation, String person, boolean named, String event, long day, HouseStyle style,
                           boolean pronounSure, long saidDay)
        implements Claim {

    /** A sentence of a quote whose attribution gives no day it was said ({@code saidDay} {@link DateClaim#NO_DAY}). */
    public QuotePassage(String document, Span span, String text, String speakerName, String voice, String affiliation,
                        String person, boolean named, String event, long day, HouseStyle style, boolean pronounSure) {
        this(document, span, text, speakerName, voice, affiliation, person, named, event, day, style, pronounSure,
                DateClaim.NO_DAY);
    }

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
            "that", "these", "those", "their", "they", "them", "we", "our", "us", "i", "you", "he", "she", "his", "her",
            "has", "have", "had", "will", "would", "can", "could", "should", "not", "no", "all", "any", "also", "which",
            "who", "there", "than", "so", "if", "into", "about", "very", "such", "do", "does", "did");
    /** Shortest sentence the rules compare: "We are ready." repeats without being one statement. */
    public static final int MIN_WORDS = 4;
    /** Shortest sentence that can be misattributed: a common phrase is said by many. */
    public static final int MIN_WORDS_SAME = 6;
    /** Share of the shorter sentence's content words the other must hold to be the same statement. */
    public static final double SAME_STATEMENT = 0.6;
    public static final int MIN_SHARED = 4;
    /** Shortest sentence, in words, compared when a source does not name its speaker: only its words tell it is one statement. */
    public static final int MIN_WORDS_UNNAMED = 8;
    /** Words in a row, in house style, that two sentences must share to be one statement when a source does not name its speaker. */
    public static final int UNNAMED_RUN = 5;
    /** Content words in a row that make one of a passage's blocking keys. */
    static final int BLOCK_RUN = 3;
    /** An elision mark: three dots, spaced or not, or the ellipsis character. */
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("\\.\\s*\\.\\s*\\.|\u2026");

    @Override
    public String kind() {
        return "quote";
    }

    @Override
    public String value() {
        return QuoteClaim.describe(speakerName, text);
    }

    @Override
    public String key() {
        return "quote|" + document + "|" + (voice == null ? "" : voice) + "|" + words();
    }

    /** The normalized words, one space apart. */
    public String words() {
        return normalize(text);
    }

    public int wordCount() {
        return style.derived("wordCount", text, t -> {
            String w = normalize(t);
            return w.isEmpty() ? 0 : w.split(" ").length;
        });
    }

    /** The words in the story's house style, insertions in brackets dropped, one space apart. */
    public String styled() {
        return style.words(text, QuotePassage::withoutInsertions);
    }

    /** The text with editorial insertions in brackets or parentheses blanked, offsets kept. */
    static String withoutInsertions(String text) {
        StringBuilder out = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            }
            if (depth > 0) {
                out.setCharAt(i, ' ');
            }
            if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return out.toString();
    }

    /**
     * The text as its pieces are cut ({@link #cutOf}): an editor's insertion in square brackets
     * stands for words the speaker said that the editor replaced or left out ("[the president]",
     * "[...]"), so it is an elision mark, matching any words of the other wording, none too; "[sic]"
     * only marks a slip and is dropped; words in round brackets are dropped. Offsets kept: the
     * bracket's first character becomes an ellipsis character, the rest spaces.
     */
    static String withElisions(String text) {
        StringBuilder out = new StringBuilder(text);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' && open < 0) {
                open = i;
            } else if (c == ']' && open >= 0) {
                String inside = text.substring(open + 1, i).strip().toLowerCase(Locale.ROOT);
                for (int k = open; k <= i; k++) {
                    out.setCharAt(k, ' ');
                }
                if (!SIC.matcher(inside).matches()) {
                    out.setCharAt(open, '\u2026');
                }
                open = -1;
            }
        }
        return withoutInsertions(out.toString());
    }

    /** An editor's "[sic]", "[sic!]", "[ sic ]": a mark that the speaker's slip stands as said, no words of theirs. */
    private static final java.util.regex.Pattern SIC = java.util.regex.Pattern.compile("sic\\s*!?");

    /** Lower case words, bracketed insertions dropped, hyphens and apostrophes joined, other marks removed. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
                continue;
            }
            if ((c == ']' || c == ')') && depth > 0) {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if ((c == '-' || c == '\u2010' || c == '\'' || c == '\u2019') && !space && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // inside a word: "build-up", "Ukraine's"
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /**
     * The keys this sentence meets others under when a speaker may be unnamed: each run of
     * {@link #BLOCK_RUN} content words, as stems, in a sentence of {@link #MIN_WORDS_UNNAMED} words
     * or more. Two wordings of one statement share most content words, so they share a run.
     */
    public java.util.List<QuoteBlock> blocks() {
        java.util.List<QuoteBlock> out = new java.util.ArrayList<>();
        for (String k : blockKeys()) {
            out.add(new QuoteBlock(k, document, span));
        }
        return out;
    }

    /** The blocking keys, in sorted order, none for a sentence under {@link #MIN_WORDS_UNNAMED} words. */
    java.util.SortedSet<String> blockKeys() {
        // Worked out once per sentence and story: the rule asks both sentences of every pair it tries.
        return style.derived("blockKeys", text, t -> {
            java.util.SortedSet<String> out = new java.util.TreeSet<>();
            if (wordCount() < MIN_WORDS_UNNAMED) {
                return java.util.Collections.unmodifiableSortedSet(out);
            }
            java.util.List<String> content = contentStems();
            for (int i = 0; i + BLOCK_RUN <= content.size(); i++) {
                out.add(String.join(" ", content.subList(i, i + BLOCK_RUN)));
            }
            return java.util.Collections.unmodifiableSortedSet(out);
        });
    }

    /**
     * The first key, in sorted order, that the two sentences share, or null: the rule meets a pair
     * on this one key only, so a pair that shares several runs is compared once.
     */
    public String firstSharedKey(QuotePassage o) {
        java.util.SortedSet<String> mine = blockKeys();
        for (String k : o.blockKeys()) {
            if (mine.contains(k)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Whether two sentences, one of them (or both) from a quote whose speaker its source does not
     * name, are one statement worded differently. Without a speaker to join on, the words must show
     * it: both of {@link #MIN_WORDS_UNNAMED} words or more, a run of {@link #UNNAMED_RUN} words
     * shared as they stand (in house style), and a {@link #variantOf variant} by the usual test.
     */
    public boolean unnamedVariantOf(QuotePassage o) {
        if (voice != null && o.voice != null || wordCount() < MIN_WORDS_UNNAMED || o.wordCount() < MIN_WORDS_UNNAMED) {
            return false;
        }
        return longestSharedRun(styledWords(), o.styledWords()) >= UNNAMED_RUN && variantOf(o);
    }

    /**
     * Who spoke, for a message about two sentences of which one source or both do not name the
     * speaker: " by Mark Roe (no speaker read in b)", or " (no speaker read in either source)": the
     * article may name one in words crosscheck does not read as attribution.
     */
    public String speakerNote(QuotePassage o) {
        QuotePassage known = speakerName != null ? this : o.speakerName != null ? o : null;
        if (known == null) {
            return " (no speaker read in either source)";
        }
        QuotePassage other = known == this ? o : this;
        return " by " + known.speakerName + " (no speaker read in " + other.document + ")";
    }

    /** The sentence's content words, each cut to six letters (worked out once per sentence and story). */
    public Set<String> stems() {
        return style.derived("stems", text, t -> java.util.Collections.unmodifiableSet(new HashSet<>(contentStems())));
    }

    /** The sentence's content words in order, each cut to six letters. */
    private java.util.List<String> contentStems() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : styled().split(" ")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }

    /** Content words in common, over those of the shorter sentence. */
    public double overlapWith(QuotePassage o) {
        Set<String> a = stems();
        Set<String> b = o.stems();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = sharedStems(o);
        if (shared < MIN_SHARED) {
            return sameShortSentence(o) ? 1 : 0;
        }
        return (double) shared / Math.min(a.size(), b.size());
    }

    /** Share of the shorter sentence's content words that a sentence beside one statement must share with its counterpart. */
    public static final double BESIDE_SAME = 0.5;
    /** Content words two sentences beside one statement must share at least. */
    public static final int BESIDE_SHARED = 2;

    /**
     * Content words in common over those of the shorter sentence, with no floor on how many: zero
     * when they share fewer than {@link #BESIDE_SHARED}.
     */
    public double looseOverlapWith(QuotePassage o) {
        int shared = sharedStems(o);
        return shared < BESIDE_SHARED ? 0 : (double) shared / Math.min(stems().size(), o.stems().size());
    }

    /** How many content words (stems) the two sentences share. */
    public int sharedStems(QuotePassage o) {
        Set<String> b = o.stems();
        int shared = 0;
        for (String s : stems()) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * Whether two sentences that stand beside one statement in both sources ({@link QuoteRun}) are one
     * sentence worded differently: half the content words of the shorter, two at least, in the
     * other, and not the same words nor a cut of them. Their place tells what the words alone cannot:
     * "I believe he did not win" beside a sentence both quote, against "I don't think he won".
     */
    public boolean besideVariantOf(QuotePassage o) {
        if (wordCount() < MIN_WORDS || o.wordCount() < MIN_WORDS) {
            return false;
        }
        String a = styled();
        String b = o.styled();
        if (a.equals(b)) {
            return false;
        }
        if (!endsEarly(this, o) && !endsEarly(o, this)) {
            String x = a.replace(" ", "");
            String y = b.replace(" ", "");
            if (x.contains(y) || y.contains(x) || cutOf(this, o) || cutOf(o, this)) {
                return false;
            }
        }
        return looseOverlapWith(o) >= BESIDE_SAME;
    }

    /** Longest sentence, in words, that {@link #sameShortSentence} compares word for word. */
    public static final int SHORT_SENTENCE = 12;

    /**
     * Whether two short sentences, too short to share four content words, are one: every word of
     * the shorter, small words too and as often, stands in the longer, and the shorter has six
     * words or more ("If I could give you more, I would" and "If there was any more I could give you, I would").
     */
    boolean sameShortSentence(QuotePassage o) {
        String[] a = styledWords();
        String[] b = o.styledWords();
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = a.length <= b.length ? b : a;
        if (shorter.length < MIN_WORDS_SAME || longer.length > SHORT_SENTENCE) {
            return false;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String w : longer) {
            counts.merge(w, 1, Integer::sum);
        }
        int missing = 0;
        for (String w : shorter) {
            if (counts.merge(w, -1, Integer::sum) < 0) {
                missing++;
            }
        }
        return missing == 0 || missing <= SHORT_CHANGES && longestSharedRun(shorter, longer) >= SHARED_RUN;
    }

    /** Words of the shorter of two short sentences that may differ, when they share a run of {@link #SHARED_RUN} words. */
    static final int SHORT_CHANGES = 2;
    static final int SHARED_RUN = 4;

    /** The longest run of words that two sentences share, in words. */
    static int longestSharedRun(String[] a, String[] b) {
        int best = 0;
        int[] prev = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            int[] cur = new int[b.length + 1];
            for (int j = 1; j <= b.length; j++) {
                if (a[i - 1].equals(b[j - 1])) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /**
     * Whether the two passages are one statement worded differently: mostly the same content
     * words, yet neither is the other's words (the same quote, or a cut of it: a contiguous part, or
     * parts joined where the shorter marks an elision with an ellipsis) once insertions in brackets
     * are dropped and both are in house style. A sentence that stops one or two words before the
     * other's end ("no community." against "no community center.") has changed how it ends: a cut
     * drops a clause, and says so with no full stop of its own.
     */
    public boolean variantOf(QuotePassage o) {
        String a = styled();
        String b = o.styled();
        if (a.equals(b)) {
            return false;
        }
        if (endsEarly(this, o) || endsEarly(o, this)) {
            return overlapWith(o) >= SAME_STATEMENT;
        }
        // Run together, "data center" and "datacenter", "I' m" and "I'm" are one wording; and a
        // contiguous cut, even one that splits a word at a dash ("self-an old man"), is the same quote.
        String x = a.replace(" ", "");
        String y = b.replace(" ", "");
        if (x.contains(y) || y.contains(x) || cutOf(this, o) || cutOf(o, this)) {
            return false;
        }
        return overlapWith(o) >= SAME_STATEMENT;
    }

    /** Longest ending, in words, that a sentence with a full stop of its own may lack and still be a cut. */
    static final int SHORT_ENDING = 2;

    /** Whether {@code part} is {@code whole}'s first words, one or two short, yet ends with a stop of its own. */
    static boolean endsEarly(QuotePassage part, QuotePassage whole) {
        String t = part.text.strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last != '.' && last != '!' && last != '?' || t.endsWith("..") || t.endsWith("\u2026")) {
            return false;
        }
        String p = part.styled();
        String w = whole.styled();
        if (!w.startsWith(p + " ")) {
            return false;
        }
        int missing = w.substring(p.length() + 1).split(" ").length;
        return missing <= SHORT_ENDING;
    }

    /**
     * Whether {@code part}'s words stand in {@code whole} as they are, or in pieces in order where
     * {@code part} marks an elision ("...", "…"): a quote cut short, or cut where it says so.
     */
    static boolean cutOf(QuotePassage part, QuotePassage whole) {
        String[] w = whole.styledWords();
        int from = 0;
        for (String[] run : part.pieces()) {
            int at = indexOf(w, run, from);
            if (at < 0) {
                return false;
            }
            from = at + run.length;
        }
        return true;
    }

    /** The styled words, one a cell (worked out once per sentence and story; callers only read them). */
    private String[] styledWords() {
        return style.derived("styledWords", text, t -> styled().split(" "));
    }

    /**
     * The words, in house style, of each piece of the sentence between elision marks ("...", "…",
     * and an editor's words in square brackets, {@link #withElisions}), words in round brackets and
     * "[sic]" dropped, blank pieces left out (worked out once per sentence and story).
     */
    private java.util.List<String[]> pieces() {
        return style.derived("pieces", text, t -> {
            java.util.List<String[]> out = new java.util.ArrayList<>();
            for (String piece : ELLIPSIS.split(withElisions(t))) {
                String words = style.words(piece);
                if (!words.isBlank()) {
                    out.add(words.split(" "));
                }
            }
            return java.util.List.copyOf(out);
        });
    }

    private static int indexOf(String[] words, String[] run, int from) {
        for (int i = from; i + run.length <= words.length; i++) {
            int k = 0;
            while (k < run.length && words[i + k].equals(run[k])) {
                k++;
            }
            if (k == run.length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the two quotes can come from one occasion: not when both attributions give the day
     * the words were said and the days differ ("said on Monday", "told reporters Wednesday": two
     * statements, not one misquoted); else the same event, or dates within a day of each other, or
     * a date unknown on either side.
     */
    public boolean sameOccasionAs(QuotePassage o) {
        if (saidDay != DateClaim.NO_DAY && o.saidDay != DateClaim.NO_DAY && saidDay != o.saidDay) {
            return false;
        }
        if (event != null && event.equals(o.event)) {
            return true;
        }
        return day == DateClaim.NO_DAY || o.day == DateClaim.NO_DAY || Math.abs(day - o.day) <= 1;
    }

    /**
     * Whether the two speakers may be one: the same voice, a person and the organisation they
     * speak for, or two names that end alike ("Smith", "A. J. Smith", "Comedian Ellen DeGeneres"):
     * only speakers that certainly differ can be told apart.
     */
    public boolean sameVoiceAs(QuotePassage o) {
        if (sameSpeakerAs(o) || voice.equals(o.affiliation) || o.voice.equals(affiliation)) {
            return true;
        }
        return lastWord(voice).equals(lastWord(o.voice)) || voice.endsWith(" " + o.voice) || o.voice.endsWith(" " + voice)
                || oneEditApart(lastWord(voice), lastWord(o.voice));
    }

    /**
     * Whether the two passages are certainly one speaker's: the same voice, or the same person, once
     * speaking for an organisation ("police spokesman Tim Roe") and once in their own name ("Roe").
     */
    public boolean sameSpeakerAs(QuotePassage o) {
        return voice.equals(o.voice) || person != null && person.equals(o.person);
    }

    /**
     * Whether an article's text names this passage's speaker anywhere, by surname as a whole word in
     * any case ("Capaldi", "CAPALDI"): then its "he" may stand for them, whatever its last sentence named.
     */
    public boolean speakerNamedIn(String articleText) {
        if (speakerName == null) {
            return false;
        }
        int cut = speakerName.indexOf(" for ");
        String name = (cut < 0 ? speakerName : speakerName.substring(0, cut)).strip();
        String surname = lastWord(name).toLowerCase(Locale.ROOT);
        String lower = articleText.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(surname); at >= 0; at = lower.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Two surnames of five letters or more one letter apart ("Wetzler", "Welzler") may be one spelled two ways. */
    static boolean oneEditApart(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
            j--;
            k--;
        }
        return j - i < 1 && k - i < 1;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    /**
     * A word-level diff of the two wordings, old words in [-…-] and new ones in {+…+}; words that
     * differ only in house style are not a difference.
     */
    public String diffWith(QuotePassage o) {
        return WordDiff.plain(text, o.text, style);
    }

    /** The occasion in words, for messages. */
    public String occasion() {
        return event != null ? "event " + event : day == DateClaim.NO_DAY ? "an undated occasion"
                : java.time.LocalDate.ofEpochDay(day).toString();
    }
}
