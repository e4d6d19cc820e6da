package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aSymbolicLinkAtTheTargetIsReplacedNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, "do not touch");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("report.json"), outside);
        AtomicFiles.write(link, "{}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("do not touch", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(out.resolve("report.json")));
        assertEquals("{}\n", Files.readString(out.resolve("report.json")));
    }

    @Test
    void noTemporaryFileIsLeftAndAFolderIsNeverATarget(@TempDir Path dir) throws Exception {
        AtomicFiles.write(dir.resolve("a.json"), "1".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve("a.json"), "2".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
        Files.createDirectories(dir.resolve("folder"));
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("folder"), new byte[] {1}));
        assertFalse(Files.isRegularFile(dir.resolve("folder"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void leftoversOfKilledWritesAreRemovedOnceTheyAreStale(@TempDir Path dir) throws Exception {
        Path old = dir.resolve(".crosscheck-123.tmp");
        Path fresh = dir.resolve(".crosscheck-456.tmp");
        Path other = dir.resolve(".other-789.tmp");
        for (Path p : java.util.List.of(old, fresh, other)) {
            Files.writeString(p, "partial");
        }
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - AtomicFiles.STALE.toMillis() * 2);
        Files.setLastModifiedTime(old, twoHoursAgo);
        Files.setLastModifiedTime(other, twoHoursAgo);
        AtomicFiles.write(dir.resolve("report.json"), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(old), "a stale leftover is removed");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(fresh), "a young one may be another run's, and stays");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(other), "other programs' files are never touched");
    }
}
