package org.crosscheck.text;

/**
 * A flat token stream over a region of text: runs of digits, runs of letters, runs of white space,
 * and single other characters. Letters and digits never share a token, so "13th" is 13 + th and
 * "T06" is T + 06. Tokenizing is one linear pass; parsers then move over tokens, not characters.
 */
final class Tokens {
    static final byte NUM = 1;
    static final byte WORD = 2;
    static final byte SPACE = 3;
    static final byte PUNCT = 4;

    final CharSequence text;
    private byte[] types;
    private int[] starts;
    private int[] ends;
    /** Of a white space token, which line breaks it holds: {@link #NEWLINE}, {@link #RETURN}, both or none. */
    private byte[] breaks;
    /** Where this stream's first token is in the arrays: 0, or in a paragraph's arrays the index of a sentence's first token. */
    private final int base;
    private int size;
    /**
     * The range read. A stream read {@link #within} a longer one shares that one's arrays, and its
     * first and last tokens may reach past the range: they are cut to it, as tokenizing the range
     * alone would cut them (a token is a run of one kind, or one other character).
     */
    private final int from;
    private final int to;
    /** The stream whose arrays these are, which keeps their words in lower case: this one, or the paragraph's. */
    private final Tokens whole;
    private static final byte NEWLINE = 1;
    private static final byte RETURN = 2;

    Tokens(CharSequence text, int from, int to) {
        this.text = text;
        this.types = new byte[64];
        this.starts = new int[64];
        this.ends = new int[64];
        this.breaks = new byte[64];
        this.base = 0;
        this.from = from;
        this.to = to;
        this.whole = this;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            byte type = typeOf(c);
            int j = i + 1;
            byte breaks = type == SPACE ? breakOf(c) : 0;
            if (type != PUNCT) {
                while (j < to) {
                    char d = text.charAt(j);
                    if (typeOf(d) != type) {
                        break;
                    }
                    if (type == SPACE) {
                        breaks |= breakOf(d);
                    }
                    j++;
                }
            }
            add(type, i, j);
            this.breaks[size - 1] = breaks;
            i = j;
        }
    }

    private static byte breakOf(char c) {
        return c == '\n' ? NEWLINE : c == '\r' ? RETURN : 0;
    }

    /**
     * The tokens of the last text this thread read, by range: the date grammars read the same
     * paragraphs of one document (weekdays, then time expressions), so each is tokenized once.
     * Only a {@link String} is remembered (its text cannot change).
     */
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private static final class Memo {
        private String text;
        private final java.util.Map<Long, Tokens> tokens = new java.util.HashMap<>();
        /** The reading {@link #holding} found last: a paragraph's sentences are asked for one after another. */
        private Tokens last;

        /** A reading of this text whose range holds {@code [from, to)}, or null. */
        private Tokens holding(int from, int to) {
            if (last != null && last.holds(from, to)) {
                return last;
            }
            for (Tokens t : tokens.values()) {
                if (t.holds(from, to)) {
                    last = t;
                    return t;
                }
            }
            return null;
        }
    }

    private boolean holds(int from, int to) {
        return this.from <= from && to <= this.to;
    }

    /**
     * The tokens of {@code [from, to)} read from those of a range holding it that this thread has
     * tokenized ({@link #of}; the date grammars read every paragraph first), as tokenizing the
     * range alone would give them, without reading its characters again: the quantity parser reads
     * a paragraph's sentences. A range no such reading holds is tokenized.
     */
    static Tokens within(CharSequence text, int from, int to) {
        if (text instanceof String s && from <= to) {
            Memo memo = MEMO.get();
            if (memo.text == s) {
                Tokens whole = memo.holding(from, to);
                if (whole != null) {
                    return new Tokens(whole, from, to);
                }
            }
        }
        return new Tokens(text, from, to);
    }

    /** The tokens of {@code whole} that {@code [from, to)} reaches, the first and last cut to it. */
    private Tokens(Tokens whole, int from, int to) {
        this.text = whole.text;
        this.types = whole.types;
        this.starts = whole.starts;
        this.ends = whole.ends;
        this.breaks = whole.breaks;
        this.whole = whole;
        this.from = from;
        this.to = to;
        if (from == to) {
            this.base = 0;
            this.size = 0;
            return;
        }
        int first = whole.firstAtOrAfter(from);
        if (first > 0 && whole.ends[first - 1] > from) {
            first--;
        }
        this.base = first;
        this.size = whole.firstAtOrAfter(to) - first;
    }

    /** The tokens of {@code [from, to)}, shared with this thread's earlier readers of the same range of the same text. */
    static Tokens of(CharSequence text, int from, int to) {
        if (!(text instanceof String s)) {
            return new Tokens(text, from, to);
        }
        Memo memo = MEMO.get();
        if (memo.text != s) {
            memo.text = s;
            memo.tokens.clear();
            memo.last = null;
        }
        long range = ((long) from << 32) | (to & 0xffffffffL);
        Tokens t = memo.tokens.get(range);
        if (t == null) {
            t = new Tokens(text, from, to);
            memo.tokens.put(range, t);
        }
        return t;
    }

    /** {@link #typeOf} of each ASCII character, worked out by it once: most characters of a text are ASCII. */
    private static final byte[] ASCII_TYPES = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_TYPES[c] = typeOfAny(c);
        }
    }

    static byte typeOf(char c) {
        return c < 128 ? ASCII_TYPES[c] : typeOfAny(c);
    }

    private static byte typeOfAny(char c) {
        if (c >= '0' && c <= '9') {
            return NUM;
        }
        if (Character.isLetter(c)) {
            return WORD;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        return PUNCT;
    }

    private void add(byte type, int start, int end) {
        if (size == types.length) {
            int n = size * 2;
            types = java.util.Arrays.copyOf(types, n);
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            breaks = java.util.Arrays.copyOf(breaks, n);
        }
        types[size] = type;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    byte type(int i) {
        return i >= 0 && i < size ? types[base + i] : 0;
    }

    int start(int i) {
        return Math.max(starts[base + i], from);
    }

    int end(int i) {
        return Math.min(ends[base + i], to);
    }

    int length(int i) {
        return end(i) - start(i);
    }

    String str(int i) {
        return text.subSequence(start(i), end(i)).toString();
    }

    /** Whether the token at {@code i} is {@code word} exactly (case kept), without making a string of it. */
    boolean is(int i, String word) {
        if (i < 0 || i >= size) {
            return false;
        }
        int at = start(i);
        if (end(i) - at != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++, at++) {
            if (text.charAt(at) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String[] lowered;

    /** The token in lower case, computed once per token (once per paragraph's token, for a stream within it); "" outside the stream. */
    String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        if (cut(i)) {
            return str(i).toLowerCase(java.util.Locale.ROOT);
        }
        return whole.lowerAt(base + i);
    }

    private String lowerAt(int k) {
        if (lowered == null) {
            lowered = new String[size];
        }
        String l = lowered[k];
        if (l == null) {
            l = text.subSequence(starts[k], ends[k]).toString().toLowerCase(java.util.Locale.ROOT);
            lowered[k] = l;
        }
        return l;
    }

    /** Whether the token at {@code i} reaches past this stream's range (only a stream within another's: its first or last). */
    private boolean cut(int i) {
        return starts[base + i] < from || ends[base + i] > to;
    }

    boolean isChar(int i, char c) {
        return i >= 0 && i < size && types[base + i] == PUNCT && text.charAt(start(i)) == c;
    }

    boolean isPunctIn(int i, String chars) {
        return i >= 0 && i < size && types[base + i] == PUNCT && chars.indexOf(text.charAt(start(i))) >= 0;
    }

    /** Integer value of a NUM token; -1 when it is longer than 9 digits. */
    int num(int i) {
        if (length(i) > 9) {
            return -1;
        }
        int v = 0;
        for (int k = start(i), e = end(i); k < e; k++) {
            v = v * 10 + (text.charAt(k) - '0');
        }
        return v;
    }

    /** The first token starting at or after {@code offset}: a binary search, so long texts stay linear. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Skips white space tokens that contain no line break. */
    int skipSpace(int i) {
        while (i < size && types[base + i] == SPACE && !hasLineBreak(i)) {
            i++;
        }
        return i;
    }

    private boolean hasLineBreak(int i) {
        return breaksOf(i) != 0;
    }

    /** The line breaks a white space token holds, within this stream's range. */
    private byte breaksOf(int i) {
        if (!cut(i)) {
            return breaks[base + i];
        }
        byte b = 0;
        for (int k = start(i), e = end(i); k < e; k++) {
            b |= breakOf(text.charAt(k));
        }
        return b;
    }

    /** Whether the token at {@code i} is white space holding a newline character. */
    boolean hasNewline(int i) {
        return i >= 0 && i < size && types[base + i] == SPACE && (breaksOf(i) & NEWLINE) != 0;
    }
}
