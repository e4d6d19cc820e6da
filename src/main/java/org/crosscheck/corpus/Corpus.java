package org.crosscheck.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The articles named by the command line. Folders are walked recursively in a fixed order;
 * files are read one at a time when {@link #forEach} reaches them, so the corpus is never held
 * in memory whole.
 */
public final class Corpus {

    /** Default cap on one document's size in bytes. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".jsonl", ".html", ".htm", ".xhtml",
            ".warc");

    /** A file to read and the id it will have. */
    private record Entry(Path file, String id, String displayPath) {
    }

    private final List<Entry> entries;
    private final List<InputError> walkErrors;
    private final long maxDocumentBytes;

    private Corpus(List<Entry> entries, List<InputError> walkErrors, long maxDocumentBytes) {
        this.entries = entries;
        this.walkErrors = walkErrors;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Thrown when a path named on the command line does not exist: a usage error, not a bad input. */
    public static final class MissingPathException extends Exception {
        public MissingPathException(String message) {
            super(message);
        }
    }

    /**
     * Lists the documents under {@code paths}. A folder contributes its text files at any depth,
     * skipping hidden ones; a file named directly is read whatever its extension.
     */
    public static Corpus open(List<Path> paths, long maxDocumentBytes) throws MissingPathException {
        List<Entry> entries = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (Path arg : paths) {
            if (!Files.exists(arg)) {
                throw new MissingPathException("no such file or folder: " + arg);
            }
            if (Files.isDirectory(arg)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(p -> !isHidden(arg, p))
                            .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .filter(Corpus::isArticleFile)
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.add(new InputError(display(arg), "cannot list folder: " + message(e)));
                }
                // Each file's path inside the folder is worked out once and the files sorted by it
                // (a comparator that relativized both paths made some 20,000 paths for ECB+'s 982 files).
                List<Listed> listed = new ArrayList<>(files.size());
                for (Path f : files) {
                    listed.add(new Listed(f, slashes(arg.relativize(f))));
                }
                listed.sort((x, y) -> x.rel().compareTo(y.rel()));
                if (files.isEmpty()) {
                    errors.add(new InputError(display(arg), "no articles (.txt, .jsonl, .html, .htm, .xhtml or .warc files, or the same gzip-compressed) found in this folder"));
                }
                for (Listed l : listed) {
                    add(entries, errors, seenIds, new Entry(l.path(), stripExtension(l.rel()), display(l.path())));
                }
            } else {
                add(entries, errors, seenIds,
                        new Entry(arg, stripExtension(arg.getFileName().toString()), display(arg)));
            }
        }
        return new Corpus(entries, errors, maxDocumentBytes);
    }

    /** A file found in a folder and its path inside the folder, with forward slashes. */
    private record Listed(Path path, String rel) {
    }

    private static void add(List<Entry> entries, List<InputError> errors, Map<String, String> seen, Entry e) {
        String previous = seen.putIfAbsent(e.id(), e.displayPath());
        if (previous != null) {
            errors.add(new InputError(e.displayPath(),
                    "document id \"" + e.id() + "\" is already used by " + previous + "; this file was skipped"));
        } else {
            entries.add(e);
        }
    }

    public int size() {
        return entries.size();
    }

    /**
     * The input's size in bytes as listed: each file's size, a gzip-compressed one's counted five
     * times (its text is larger than the file), an unreadable one's as none.
     */
    public long bytes() {
        long total = 0;
        for (Entry e : entries) {
            try {
                long size = Files.size(e.file());
                total += e.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? 5 * size : size;
            } catch (IOException ignored) {
                // read later, and reported then
            }
        }
        return total;
    }

    /** Problems found while listing the paths (unreadable folders, folders without articles). */
    public List<InputError> walkErrors() {
        return List.copyOf(walkErrors);
    }

    /** Reads each document in order and hands it on; inputs that cannot be read go to {@code errors}. */
    public void forEach(Consumer<Document> documents, Consumer<InputError> errors) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Entry e : entries) {
            seen.add(e.id());
        }
        for (Entry e : entries) {
            String lower = e.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
                new JsonLines(maxDocumentBytes).read(e.file(), e.id(), e.displayPath(), seen, documents, errors);
                continue;
            }
            if (Warc.isWarcName(lower)) {
                new Warc(maxDocumentBytes).read(e.file(), e.id(), e.displayPath(), seen, documents, errors);
                continue;
            }
            Document d = read(e, errors);
            if (d != null) {
                documents.accept(d);
            }
        }
    }

    private Document read(Entry e, Consumer<InputError> errors) {
        byte[] bytes;
        try {
            long size = Files.size(e.file());
            if (size > maxDocumentBytes) {
                errors.accept(new InputError(e.displayPath(), "larger than the per-document cap ("
                        + size + " bytes > " + maxDocumentBytes + "); raise --max-document-bytes to read it"));
                return null;
            }
            try (InputStream in = Gzip.is(e.file()) ? Gzip.open(e.file(), maxDocumentBytes) : Files.newInputStream(e.file())) {
                // Read at most cap + 1 bytes: the file may have grown since it was measured.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
            }
            if (bytes.length > maxDocumentBytes) {
                errors.accept(new InputError(e.displayPath(), "larger than the per-document cap ("
                        + maxDocumentBytes + " bytes)"));
                return null;
            }
        } catch (NoSuchFileException ex) {
            errors.accept(new InputError(e.displayPath(), "file disappeared before it could be read"));
            return null;
        } catch (IOException ex) {
            errors.accept(new InputError(e.displayPath(), "cannot read: " + message(ex)));
            return null;
        }
        if (bytes.length == 0) {
            errors.accept(new InputError(e.displayPath(), "empty file"));
            return null;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            errors.accept(new InputError(e.displayPath(), "binary file, not text (" + String.join("; ", decoded.notes()) + ")"));
            return null;
        }
        if (decoded.text().isBlank()) {
            errors.accept(new InputError(e.displayPath(), "no text: the file holds only white space"));
            return null;
        }
        if (HtmlArticle.isHtmlName(e.file().getFileName().toString().toLowerCase(Locale.ROOT))) {
            HtmlArticle.Page page = HtmlArticle.read(bytes, null);
            String text = page.text();
            if (text.isBlank()) {
                errors.accept(new InputError(e.displayPath(), "no article text found in this HTML page"));
                return null;
            }
            List<String> notes = new ArrayList<>(page.notes());
            notes.add("article text taken from HTML; evidence offsets count in that text, not in the page's markup");
            return new Document(e.id(), e.displayPath(), text, notes, page.title(), page.source(), page.published());
        }
        return new Document(e.id(), e.displayPath(), decoded.text(), decoded.notes());
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return TEXT_EXTENSIONS.stream().anyMatch(plain::endsWith);
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String stripExtension(String name) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3) {
            name = name.substring(0, name.length() - 3);
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    private static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static String display(Path p) {
        return slashes(p.normalize());
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
