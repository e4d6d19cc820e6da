package org.crosscheck.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader sees the old content or the new, never a torn one: write a
 * temporary file beside it, sync, then rename over the target. The rename replaces a symbolic
 * link at the target rather than writing through it. A temporary file left by a write that was
 * killed is removed by a later write in the same folder once it is an hour old (a younger one may
 * belong to a run still writing).
 */
public final class AtomicFiles {
    /** Temporary files older than this are leftovers of killed writes. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        fill(target, ch -> {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        });
    }

    /** What writes a file's content, as it goes: a report written from a store as it is read. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /**
     * Writes the text {@code content} writes, in UTF-8, as {@link #write(Path, byte[])} writes
     * bytes (the old file or the new one, never a torn one), without holding the text in memory.
     */
    public static void write(Path target, Content content) throws IOException {
        fill(target, ch -> {
            java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    java.nio.channels.Channels.newOutputStream(ch), java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(out);
            out.flush();
        });
    }

    @FunctionalInterface
    private interface Fill {
        void into(FileChannel ch) throws IOException;
    }

    private static void fill(Path target, Fill fill) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("folder does not exist: " + dir);
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("is a folder: " + target);
        }
        removeStale(dir);
        Path tmp = Files.createTempFile(dir, ".crosscheck-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                fill.into(ch);
                ch.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes this program's temporary files older than {@link #STALE} from {@code dir}; never follows links. */
    static void removeStale(Path dir) {
        long cutoff = System.currentTimeMillis() - STALE.toMillis();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".crosscheck-*.tmp")) {
            for (Path p : leftovers) {
                try {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException gone) {
                    // Another run removed it first, or it cannot be removed: neither stops this write.
                }
            }
        } catch (IOException unreadable) {
            // Tidying is best effort; the write itself reports real problems.
        }
    }
}
