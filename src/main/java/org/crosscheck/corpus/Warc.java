package org.crosscheck.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Articles from a WARC file (ISO 28500, versions 1.0 and 1.1), as web crawlers store them, plain or
 * gzip-compressed record by record ({@code .warc}, {@code .warc.gz}). Records are read one at a
 * time: each {@code response} record whose HTTP body is HTML, and each {@code resource} record
 * that is HTML, becomes one document read by {@link HtmlArticle}; requests, metadata, revisits and
 * responses that are not HTML (images, scripts) are skipped. A record's id is
 * {@code <file id>#<record number>}, counting every record from 1.
 *
 * <p>Nothing in a record is trusted: header sections are bounded, a block larger than the
 * per-document cap is skipped without being read into memory, chunked and gzip- or
 * deflate-encoded bodies are decoded through the same cap, and a file whose records stop making
 * sense is reported where it stopped, keeping the documents before.
 */
final class Warc {

    /** Longest header section, of the WARC record or of the HTTP response inside it. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private final long maxDocumentBytes;

    Warc(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    static boolean isWarcName(String lowerName) {
        return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
    }

    void read(Path file, String fileId, String displayPath, Set<String> seenIds,
              Consumer<Document> documents, Consumer<InputError> errors) {
        try (InputStream raw = Gzip.is(file) ? Gzip.open(file, maxDocumentBytes) : Files.newInputStream(file)) {
            read(raw, fileId, displayPath, seenIds, documents, errors);
        } catch (IOException e) {
            errors.accept(new InputError(displayPath, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads records until the stream ends or stops being WARC; what cannot be read is reported with its record number. */
    void read(InputStream stream, String fileId, String displayPath, Set<String> seenIds,
              Consumer<Document> documents, Consumer<InputError> errors) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, 64 * 1024);
        int number = 0;
        int html = 0;
        while (true) {
            skipBlankLines(in);
            in.mark(1);
            if (in.read() < 0) {
                break;
            }
            in.reset();
            number++;
            String where = displayPath + "#" + number;
            Map<String, String> headers;
            try {
                String version = line(in, MAX_HEADER_BYTES);
                if (!version.startsWith("WARC/")) {
                    errors.accept(new InputError(where, (number == 1 ? "not a WARC file" : "record " + number
                            + " does not start with a WARC version line") + "; reading of this file stopped"));
                    return;
                }
                headers = headers(in);
            } catch (EOFException | HeaderTooLongException e) {
                errors.accept(new InputError(where, "record " + number + ": " + e.getMessage() + "; reading of this file stopped"));
                return;
            }
            long length;
            try {
                length = Long.parseLong(headers.getOrDefault("content-length", "").strip());
            } catch (NumberFormatException e) {
                errors.accept(new InputError(where, "record " + number + " has no valid Content-Length; reading of this file stopped"));
                return;
            }
            if (length < 0) {
                errors.accept(new InputError(where, "record " + number + " has a negative Content-Length; reading of this file stopped"));
                return;
            }
            String type = headers.getOrDefault("warc-type", "").strip().toLowerCase(Locale.ROOT);
            String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
            boolean wanted = type.equals("response") && contentType.startsWith("application/http")
                    || type.equals("resource") && isHtml(contentType);
            if (!wanted) {
                if (!skip(in, length)) {
                    errors.accept(new InputError(where, "record " + number + " is cut short; reading of this file stopped"));
                    return;
                }
                continue;
            }
            String uri = headers.getOrDefault("warc-target-uri", "").strip();
            if (uri.startsWith("<") && uri.endsWith(">")) {
                uri = uri.substring(1, uri.length() - 1);
            }
            if (length > maxDocumentBytes + MAX_HEADER_BYTES) {
                if (!skip(in, length)) {
                    errors.accept(new InputError(where, "record " + number + " is cut short; reading of this file stopped"));
                    return;
                }
                errors.accept(new InputError(where, "record " + number + " (" + uri + ") is larger than the per-document cap ("
                        + length + " bytes > " + maxDocumentBytes + "); skipped"));
                continue;
            }
            byte[] block = in.readNBytes((int) length);
            if (block.length < length) {
                errors.accept(new InputError(where, "record " + number + " is cut short (" + block.length + " of " + length
                        + " bytes); reading of this file stopped"));
                return;
            }
            Body body = type.equals("resource") ? new Body(block, HtmlArticle.charsetIn(contentType))
                    : httpBody(block, where, errors, number);
            if (body == null) {
                continue;
            }
            html++;
            document(body, uri, number, fileId, displayPath, seenIds, documents, errors);
        }
        if (html == 0 && number > 0) {
            errors.accept(new InputError(displayPath, "no HTML responses among its " + number + " WARC records"));
        }
    }

    private record Body(byte[] bytes, Charset charset) {
    }

    private void document(Body body, String uri, int number, String fileId, String displayPath, Set<String> seenIds,
                          Consumer<Document> documents, Consumer<InputError> errors) {
        String where = displayPath + "#" + number;
        if (body.bytes().length > maxDocumentBytes) {
            errors.accept(new InputError(where, "record " + number + " (" + uri + ") is larger than the per-document cap ("
                    + maxDocumentBytes + " bytes); skipped"));
            return;
        }
        HtmlArticle.Page page = HtmlArticle.read(body.bytes(), uri.isEmpty() ? null : uri, body.charset());
        String text = page.text();
        if (text.isBlank()) {
            errors.accept(new InputError(where, "record " + number + " (" + uri + ") has no article text"));
            return;
        }
        String id = fileId + "#" + number;
        if (!seenIds.add(id)) {
            errors.accept(new InputError(where, "document id \"" + id + "\" is already used; this record was skipped"));
            return;
        }
        List<String> notes = new java.util.ArrayList<>();
        notes.add("WARC record " + number + " of " + displayPath + (uri.isEmpty() ? "" : ", " + uri));
        notes.addAll(page.notes());
        documents.accept(new Document(id, displayPath, text, notes, page.title(), page.source(), page.published()));
    }

    /** The HTML body of an HTTP response, decoded from chunks and gzip; null (reported or not) when there is none. */
    private Body httpBody(byte[] block, String where, Consumer<InputError> errors, int number) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(block);
        BufferedInputStream buffered = new BufferedInputStream(in);
        Map<String, String> headers;
        try {
            String status = line(buffered, MAX_HEADER_BYTES);
            if (!status.startsWith("HTTP/")) {
                errors.accept(new InputError(where, "record " + number + " is a response without an HTTP status line; skipped"));
                return null;
            }
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[1].startsWith("2")) {
                return null;
            }
            headers = headers(buffered);
        } catch (EOFException | HeaderTooLongException e) {
            errors.accept(new InputError(where, "record " + number + ": the HTTP response " + e.getMessage() + "; skipped"));
            return null;
        }
        String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (!isHtml(contentType)) {
            return null;
        }
        InputStream body = buffered;
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            body = new ByteArrayInputStream(dechunk(buffered));
        }
        String encoding = headers.getOrDefault("content-encoding", "").strip().toLowerCase(Locale.ROOT);
        try {
            if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
                body = new GZIPInputStream(body);
            } else if (encoding.equals("deflate")) {
                body = new InflaterInputStream(body);
            } else if (!encoding.isEmpty() && !encoding.equals("identity")) {
                errors.accept(new InputError(where, "record " + number + " has a body in an encoding crosscheck cannot read ("
                        + encoding + "); skipped"));
                return null;
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
            return new Body(bytes, HtmlArticle.charsetIn(contentType));
        } catch (IOException e) {
            errors.accept(new InputError(where, "record " + number + ": its " + (encoding.isEmpty() ? "body" : encoding + " body")
                    + " cannot be decoded (" + e.getMessage() + "); skipped"));
            return null;
        }
    }

    /** Joins the chunks of a chunked body; a malformed chunk ends it where it breaks. */
    static byte[] dechunk(BufferedInputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine;
            try {
                sizeLine = line(in, 1024);
            } catch (EOFException | HeaderTooLongException e) {
                break;
            }
            int semi = sizeLine.indexOf(';');
            String hex = (semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size <= 0) {
                break;
            }
            byte[] chunk = in.readNBytes((int) Math.min(size, Integer.MAX_VALUE - 16));
            out.write(chunk);
            if (chunk.length < size) {
                break;
            }
            try {
                line(in, 16);
            } catch (EOFException | HeaderTooLongException e) {
                break;
            }
        }
        return out.toByteArray();
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml+xml");
    }

    /** Skips {@code length} bytes without keeping them; false when the stream ends first. */
    private static boolean skip(InputStream in, long length) throws IOException {
        long left = length;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                n = 1;
            }
            left -= n;
        }
        return true;
    }

    private static void skipBlankLines(BufferedInputStream in) throws IOException {
        while (true) {
            in.mark(1);
            int c = in.read();
            if (c != '\r' && c != '\n') {
                if (c >= 0) {
                    in.reset();
                }
                return;
            }
        }
    }

    static final class HeaderTooLongException extends IOException {
        HeaderTooLongException(int limit) {
            super("has a header line or section over " + limit + " bytes");
        }
    }

    /** Header fields up to the blank line, names in lower case, the first of repeated names kept. */
    private static Map<String, String> headers(BufferedInputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = line(in, MAX_HEADER_BYTES);
            total += line.length() + 2;
            if (total > MAX_HEADER_BYTES) {
                throw new HeaderTooLongException(MAX_HEADER_BYTES);
            }
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
    }

    /** One line without its CR LF (or LF), read as UTF-8; at most {@code limit} bytes. */
    static String line(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (buf.size() == 0) {
                    throw new EOFException("ends before its headers do");
                }
                break;
            }
            if (c == '\n') {
                break;
            }
            if (buf.size() >= limit) {
                throw new HeaderTooLongException(limit);
            }
            buf.write(c);
        }
        byte[] b = buf.toByteArray();
        int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
