package org.crosscheck.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of page furniture that surround an article on the web: interface phrases, advertising
 * markers, cookie and comment forms, credits, tag lines, loading placeholders. Each test looks at
 * one trimmed line and names what it is, or returns null.
 */
final class Boilerplate {

    /** Whole lines that are interface text on news sites, compared after folding case and punctuation. */
    static final Set<String> INTERFACE_LINES = org.crosscheck.text.Lexicon.words(Boilerplate.class, "interface-lines.txt");

    /** Line starts that mark interface text when the line is short. */
    private static final Pattern INTERFACE_PREFIX = Pattern.compile(
            "^(read more|also read|read also|see also|you might also like|you may also like|related( articles| stories| news)?\\s*:"
                    + "|watch\\s*:|listen\\s*:|follow us|sign up|subscribe to|share (on|this|via)|click here"
                    + "|copyright|\u00a9|all rights reserved|download (our|the) app|get the app|join our"
                    + "|more (on|about) this|recommended (for|to) you)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "^[\\W_]*(advert\\w*|ads?|sponsored( content| post)?|promoted( content)?|paid (content|post|partnership)"
                    + "|story continues below( advertisement)?|article continues below( advertisement)?)[\\W_]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A single word with an ellipsis, in any script: "Loading...", "Загрузка...". */
    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\p{L}\\p{M}]{2,30}(\\.{2,3}|\u2026)$");

    private static final Pattern READING_TIME = Pattern.compile(
            "^\\d{1,3}\\s*(-\\s*)?(min|mins|minute|minutes)\\.?\\s*(read|reading|read time)?$",
            Pattern.CASE_INSENSITIVE);

    /** An image's pixel size leading its alt text: "648x415 ...". */
    private static final Pattern IMAGE_SIZE = Pattern.compile("^\\d{2,4}\\s*[x\u00d7]\\s*\\d{2,4}\\b");

    private static final Pattern CREDIT = Pattern.compile(
            "^\\(?\\s*(image|images|photo|photos|picture|pictures|pic|video|credit|credits|photograph|illustration"
                    + "|graphic|file photo|caption|photo credit|image credit|representational image)\\s*(:|\\|| by\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A caption credit ending in a photo agency: "... - Francisco Seco / POOL / AFP". */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(/|\\||[-\u2013\u2014]|\\bvia)\\s*(AFP|AP|Reuters|Getty Images|Getty|EPA|EPA-EFE|POOL|Xinhua|TASS|Sputnik"
                    + "|Anadolu|Shutterstock|Alamy|PA|PA Images|Bloomberg|NurPhoto|SIPA|Pixabay|Unsplash|UNIAN"
                    + "|Ukrinform|IANS|PTI|ANI)\\)?\\s*$");

    private static final Pattern TAG_LINE = Pattern.compile(
            "^(tags?|keywords?|topics?|filed under|categories|category|related topics|labels?|posted in)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BYLINE = Pattern.compile(
            "^(by|reported by|written by|author|authors|posted by|edited by|words by|reporting by)\\s*:?\\s+\\S",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COMMENT_FORM = Pattern.compile(
            "please enter your|leave a reply|leave a comment|cancel reply|post comment|post a comment"
                    + "|your email address will not be published|required fields are marked|save my name"
                    + "|you have entered an incorrect|comments are closed|add a comment|join the conversation"
                    + "|(sign|log) in to comment|be the first to comment|^\\d{1,6} comments?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSED_TO_READER = Pattern.compile(
            "\\b(we use|this (web)?site|our (web)?site|you agree|you consent|by clicking|by continuing|accept all"
                    + "|your browser|your experience|cookie (policy|settings|preferences))\\b",
            Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /** Why {@code line} is interface furniture, or null. */
    static String interfaceReason(String line, int words) {
        // Most lines are prose: their ASCII lower case, searched for a few words, rules out the
        // patterns that search the whole line (a pattern can match only where the word is).
        String lower = asciiLower(line);
        boolean cookie = lower.contains("cookie") && COOKIE.matcher(line).find();
        if (words > 25) {
            // Interface phrases are short; a long line can only be a notice addressed to the reader.
            return cookie && ADDRESSED_TO_READER.matcher(line).find() ? "cookie notice" : null;
        }
        if (ADVERTISEMENT.matcher(line).matches()) {
            return "advertising marker";
        }
        if (PLACEHOLDER.matcher(line).matches()) {
            return "loading placeholder";
        }
        if (READING_TIME.matcher(line).matches()) {
            return "reading-time label";
        }
        if (IMAGE_SIZE.matcher(line).lookingAt()) {
            return "image placeholder";
        }
        if (cookie && ADDRESSED_TO_READER.matcher(line).find()) {
            return "cookie notice";
        }
        if (words <= 25 && mayBeCommentForm(lower) && COMMENT_FORM.matcher(line).find()) {
            return "comment form";
        }
        if (words <= 20 && TAG_LINE.matcher(line).lookingAt()) {
            return "tag line";
        }
        if (isHashtags(line)) {
            return "tag line";
        }
        if (words <= 15 && CREDIT.matcher(line).lookingAt()) {
            return "image credit";
        }
        if (words <= 25 && !endsSentence(line) && (AGENCY_CREDIT.matcher(line).find() || countOf(line, " / ") >= 2)) {
            return "image caption credit";
        }
        if (mayBeInterfaceLine(line) && INTERFACE_LINES.contains(fold(line))) {
            return "interface text";
        }
        if (words <= 12 && INTERFACE_PREFIX.matcher(line).lookingAt()) {
            return "interface text";
        }
        return null;
    }

    /** The most characters an {@link #INTERFACE_LINES} entry has. */
    static final int LONGEST_INTERFACE_LINE = INTERFACE_LINES.stream().mapToInt(String::length).max().orElse(0);

    /**
     * False when {@link #fold} of {@code line} is longer than every {@link #INTERFACE_LINES} entry:
     * the fold keeps each letter and digit as one character (lower case never shortens one), so a
     * line with more letters and digits than the longest entry has characters cannot fold to one.
     */
    static boolean mayBeInterfaceLine(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i)) && ++letters > LONGEST_INTERFACE_LINE) {
                return false;
            }
        }
        return true;
    }

    /** Section headings that introduce lists of other articles. */
    static final Set<String> LIST_HEADINGS = org.crosscheck.text.Lexicon.words(Boilerplate.class, "list-headings.txt");

    /** A heading that introduces a list of links: a section phrase, or a short line in capitals. */
    static boolean isListHeading(String line, int words) {
        if (words == 0 || words > 4) {
            return false;
        }
        if (LIST_HEADINGS.contains(fold(line))) {
            return true;
        }
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    static boolean isByline(String line, int words) {
        return words <= 8 && !endsSentence(line) && BYLINE.matcher(line).lookingAt();
    }

    /** A comma-separated run of short items with no sentence in it: a keyword line. */
    static boolean isKeywordList(String line) {
        if (endsSentence(line)) {
            return false;
        }
        String[] items = line.split(",");
        if (items.length < 5) {
            return false;
        }
        for (String item : items) {
            int w = Text.words(item);
            if (w == 0 || w > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHashtags(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.charAt(0) != '#') {
            return false;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return false;
        }
        for (String p : parts) {
            if (!p.startsWith("#") || p.length() < 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words one of which every match of {@link #COMMENT_FORM} holds, in ASCII lower case (the
     * pattern ignores ASCII case only; a count of comments holds "comment" too).
     */
    private static final String[] COMMENT_FORM_WORDS = {
        "comment", "please", "leave", "reply", "email", "required", "save my", "incorrect", "conversation"};

    /** False when {@link #COMMENT_FORM} cannot match a line whose ASCII lower case is {@code lower}. */
    static boolean mayBeCommentForm(String lower) {
        for (String w : COMMENT_FORM_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} with A to Z in lower case and every other character as it is. */
    static String asciiLower(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? s : new String(out);
    }

    static boolean endsSentence(String line) {
        return Text.endsSentence(line);
    }

    /** Lower case, letters and digits only, single spaces: "- Advertisement -" and "ADVERTISEMENT" fold alike. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static int countOf(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
