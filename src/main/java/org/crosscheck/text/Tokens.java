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
    private byte[] types = new byte[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** Of a white space token, which line breaks it holds: {@link #NEWLINE}, {@link #RETURN}, both or none. */
    private byte[] breaks = new byte[64];
    private int size;
    private static final byte NEWLINE = 1;
    private static final byte RETURN = 2;

    Tokens(CharSequence text, int from, int to) {
        this.text = text;
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
        return i >= 0 && i < size ? types[i] : 0;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    String str(int i) {
        return text.subSequence(starts[i], ends[i]).toString();
    }

    /** Whether the token at {@code i} is {@code word} exactly (case kept), without making a string of it. */
    boolean is(int i, String word) {
        if (i < 0 || i >= size || ends[i] - starts[i] != word.length()) {
            return false;
        }
        for (int k = 0, at = starts[i]; k < word.length(); k++, at++) {
            if (text.charAt(at) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String[] lowered;

    /** The token in lower case, computed once per token; "" outside the stream. */
    String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        if (lowered == null) {
            lowered = new String[size];
        }
        String l = lowered[i];
        if (l == null) {
            l = str(i).toLowerCase(java.util.Locale.ROOT);
            lowered[i] = l;
        }
        return l;
    }

    boolean isChar(int i, char c) {
        return i >= 0 && i < size && types[i] == PUNCT && text.charAt(starts[i]) == c;
    }

    boolean isPunctIn(int i, String chars) {
        return i >= 0 && i < size && types[i] == PUNCT && chars.indexOf(text.charAt(starts[i])) >= 0;
    }

    /** Integer value of a NUM token; -1 when it is longer than 9 digits. */
    int num(int i) {
        if (length(i) > 9) {
            return -1;
        }
        int v = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
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
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Skips white space tokens that contain no line break. */
    int skipSpace(int i) {
        while (i < size && types[i] == SPACE && !hasLineBreak(i)) {
            i++;
        }
        return i;
    }

    private boolean hasLineBreak(int i) {
        return breaks[i] != 0;
    }

    /** Whether the token at {@code i} is white space holding a newline character. */
    boolean hasNewline(int i) {
        return i >= 0 && i < size && types[i] == SPACE && (breaks[i] & NEWLINE) != 0;
    }
}
