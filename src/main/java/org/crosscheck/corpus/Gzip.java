package org.crosscheck.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Gzip-compressed articles ({@code .txt.gz}, {@code .jsonl.gz}), read through a cap on what they
 * expand to: a one-megabyte file can expand to a gigabyte. The cap is the larger of the
 * per-document cap and {@value #MAX_RATIO} times the compressed size, and reading stops with
 * {@link TooLargeException} the moment it is passed, so memory stays bounded whatever the file
 * claims.
 */
final class Gzip {

    /** Expansion beyond this ratio (and beyond the per-document cap) is refused. */
    static final long MAX_RATIO = 200;

    private Gzip() {
    }

    static boolean is(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The decompressed stream of {@code file}, failing once more than {@code limit(file, cap)} bytes come out. */
    static InputStream open(Path file, long perDocumentCap) throws IOException {
        long compressed = Files.size(file);
        long limit = Math.max(perDocumentCap, Math.multiplyExact(Math.max(1, compressed), MAX_RATIO));
        InputStream raw = Files.newInputStream(file);
        try {
            return new Capped(new GZIPInputStream(raw, 64 * 1024), limit);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** Thrown when a compressed file expands past its limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("expands to more than " + limit + " bytes (the larger of the per-document cap and " + MAX_RATIO
                    + " times its compressed size); reading stopped");
        }
    }

    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLargeException(limit);
            }
        }
    }
}
