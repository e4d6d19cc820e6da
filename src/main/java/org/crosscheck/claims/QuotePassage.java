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
                           String affiliation, boolean named, String event, long day, HouseStyle style,
                           boolean pronounSure)
        implements Claim {

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
        String w = words();
        return w.isEmpty() ? 0 : w.split(" ").length;
    }

    /** The words in the story's house style, insertions in brackets dropped, one space apart. */
    public String styled() {
        return style.words(withoutInsertions(text));
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

    /** The sentence's content words, each cut to six letters. */
    public Set<String> stems() {
        Set<String> out = new HashSet<>();
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
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return shared < MIN_SHARED ? 0 : (double) shared / Math.min(a.size(), b.size());
    }

    /**
     * Whether the two passages are one statement worded differently: mostly the same content
     * words, yet neither is the other's words (the same quote, or a shorter cut of it) once
     * insertions in brackets are dropped and both are in house style.
     */
    public boolean variantOf(QuotePassage o) {
        String a = styled();
        String b = o.styled();
        // Run together, "data center" and "datacenter", "I' m" and "I'm" are one wording; and a
        // contiguous cut, even one that splits a word at a dash ("self-an old man"), is the same quote.
        String x = a.replace(" ", "");
        String y = b.replace(" ", "");
        if (a.equals(b) || cutOf(a, b) || cutOf(b, a) || x.contains(y) || y.contains(x)) {
            return false;
        }
        return overlapWith(o) >= SAME_STATEMENT;
    }

    /** Whether {@code part}'s words all appear in {@code whole}, in order: a quote cut short or with words left out. */
    static boolean cutOf(String part, String whole) {
        String[] p = part.split(" ");
        String[] w = whole.split(" ");
        int k = 0;
        for (int i = 0; i < w.length && k < p.length; i++) {
            if (w[i].equals(p[k])) {
                k++;
            }
        }
        return k == p.length;
    }

    /**
     * Whether the two quotes can come from one occasion: the same event, or dates within a day
     * of each other, or a date unknown on either side.
     */
    public boolean sameOccasionAs(QuotePassage o) {
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
        if (voice.equals(o.voice) || voice.equals(o.affiliation) || o.voice.equals(affiliation)) {
            return true;
        }
        return lastWord(voice).equals(lastWord(o.voice)) || voice.endsWith(" " + o.voice) || o.voice.endsWith(" " + voice);
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
