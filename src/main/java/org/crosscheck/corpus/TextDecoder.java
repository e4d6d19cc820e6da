package org.crosscheck.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bytes into text leniently. UTF-8 by default; a byte-order mark selects UTF-8 or UTF-16 and
 * is not part of the text. Invalid bytes and NUL characters become U+FFFD, one replacement
 * character per fault, and each kind of repair is recorded as a note.
 */
public final class TextDecoder {

    /** Decoded text, its repair notes, and whether it looked like binary data rather than text. */
    public record Decoded(String text, List<String> notes, boolean binary) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        List<String> notes = new ArrayList<>();
        int offset = 0;
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            notes.add("UTF-8 byte-order mark removed; offsets count from the first character after it");
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
            notes.add("decoded as UTF-16LE (byte-order mark)");
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
            notes.add("decoded as UTF-16BE (byte-order mark)");
        } else if (looksLikeUtf16(bytes)) {
            charset = evenZeros(bytes) > oddZeros(bytes) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            notes.add("decoded as " + charset.name() + " (no byte-order mark; guessed from zero bytes)");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length - offset + 16));
        int invalid = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            invalid++;
            in.position(in.position() + r.length());
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
        }
        out.flip();
        char[] chars = new char[out.remaining()];
        out.get(chars);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == 0) {
                nul++;
                chars[i] = '\uFFFD';
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (invalid > 0) {
            notes.add(invalid + " invalid " + charset.name() + " sequence(s) replaced by U+FFFD");
        }
        if (nul > 0) {
            notes.add(nul + " NUL character(s) replaced by U+FFFD");
        }
        int len = Math.max(1, chars.length);
        boolean binary = (nul + control + invalid) * 10 > len || (nul > 0 && nul * 100 > len);
        // A byte-order mark repeated after the first (files joined or converted twice) is not text either;
        // found by fuzzing. Offsets count from the first character after the marks.
        int marks = 0;
        while (marks < chars.length && chars[marks] == '\uFEFF') {
            marks++;
        }
        if (marks > 0) {
            notes.add(marks + " further byte-order mark(s) at the start removed");
        }
        return new Decoded(new String(chars, marks, chars.length - marks), notes, binary);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static boolean looksLikeUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int even = evenZeros(b);
        int odd = oddZeros(b);
        int pairs = n / 2;
        // ASCII-heavy UTF-16 has a zero in nearly every pair, always on the same side.
        return (even > pairs * 0.6 && odd < pairs * 0.05) || (odd > pairs * 0.6 && even < pairs * 0.05);
    }

    private static int evenZeros(byte[] b) {
        return zerosFrom(b, 0);
    }

    private static int oddZeros(byte[] b) {
        return zerosFrom(b, 1);
    }

    /** Zero bytes at every other position from {@code first}, in the first 4 KiB. */
    private static int zerosFrom(byte[] b, int first) {
        int n = Math.min(b.length, 4096) & ~1;
        int c = 0;
        for (int i = first; i < n; i += 2) {
            if (b[i] == 0) {
                c++;
            }
        }
        return c;
    }
}
