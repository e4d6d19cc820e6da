package org.crosscheck.corpus;

import static org.crosscheck.corpus.WarcTestRecords.http;
import static org.crosscheck.corpus.WarcTestRecords.record;
import static org.crosscheck.corpus.WarcTestRecords.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcTest {

    static final String PAGE = "<html><head><title>Bridge reopens</title><meta property=\"og:site_name\" content=\"City News\">"
            + "<meta property=\"article:published_time\" content=\"2022-06-01T09:00:00Z\"></head><body><nav><a href=/>Home</a></nav>"
            + "<p>The bridge reopened on Tuesday after repairs that took three months, the council said.</p></body></html>";

    static byte[] html(String uri, String page) {
        return WarcTestRecords.response(uri, page);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(bytes);
        }
        return b.toByteArray();
    }

    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int half = body.length / 2;
        out.writeBytes((Integer.toHexString(half) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, half);
        out.writeBytes(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, half, body.length - half);
        out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    record Read(List<Document> docs, List<InputError> errors) {
        List<String> ids() {
            return docs.stream().map(Document::id).toList();
        }
    }

    static Read read(byte[] warc, long cap) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        new Warc(cap).read(new java.io.ByteArrayInputStream(warc), "crawl", "crawl.warc", new HashSet<>(), docs::add, errors::add);
        return new Read(docs, errors);
    }

    @Test
    void htmlResponsesAndResourcesBecomeArticlesAndEverythingElseIsSkipped() throws IOException {
        byte[] gzipped = gzip(PAGE.replace("bridge", "tunnel").getBytes(StandardCharsets.UTF_8));
        byte[] warc = concat(
                record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
                record("request", "https://city.example/a", "application/http; msgtype=request",
                        "GET /a HTTP/1.1\r\nHost: city.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                html("https://city.example/a", PAGE),
                response("https://city.example/b", "200 OK",
                        "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gzipped)),
                response("https://city.example/logo.png", "200 OK", "Content-Type: image/png\r\n", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                response("https://city.example/gone", "404 Not Found", "Content-Type: text/html\r\n",
                        "<p>Not found, and this page is not an article at all.</p>".getBytes(StandardCharsets.UTF_8)),
                record("resource", "file:///archive/c.html", "text/html", PAGE.replace("bridge", "ferry").getBytes(StandardCharsets.UTF_8)),
                record("revisit", "https://city.example/a", "application/http; msgtype=response", new byte[0]),
                record("metadata", "https://city.example/a", "application/warc-fields", "via: x\r\n".getBytes(StandardCharsets.UTF_8)));
        Read r = read(warc, Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("crawl#3", "crawl#4", "crawl#7"), r.ids(), "ids count every record from 1");
        Document a = r.docs().get(0);
        assertEquals("Bridge reopens\n\nThe bridge reopened on Tuesday after repairs that took three months, the council said.", a.text());
        assertEquals("City News", a.source());
        assertEquals("2022-06-01T09:00:00Z", a.published());
        assertEquals("WARC record 3 of crawl.warc, https://city.example/a", a.readNotes().get(0));
        assertTrue(r.docs().get(1).text().contains("The tunnel reopened"), "chunked and gzip-encoded bodies are decoded");
        assertTrue(r.docs().get(2).text().contains("The ferry reopened"), "a resource record is the page itself");
    }

    @Test
    void theHttpCharsetIsHonoured() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] body = "<p>\u201CThe caf\u00E9 reopens,\u201D the owner said on Monday, long after the flood.</p>".getBytes(cp1252);
        Read r = read(response("https://x.example/", "200 OK", "Content-Type: text/html; charset=windows-1252\r\n", body),
                Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        assertEquals("\u201CThe caf\u00E9 reopens,\u201D the owner said on Monday, long after the flood.", r.docs().get(0).text());
        assertTrue(r.docs().get(0).readNotes().contains("decoded as windows-1252, as the HTTP response declares"));
    }

    @Test
    void aRecordOverTheCapIsSkippedWithoutReadingAndTheNextIsRead() throws IOException {
        String big = PAGE.replace("<p>", "<p>" + "Filler words in a very long page. ".repeat(400));
        byte[] warc = concat(html("https://x.example/big", big), html("https://x.example/small", PAGE));
        Read r = read(warc, 4_000);
        assertEquals(List.of("crawl#2"), r.ids());
        assertEquals(1, r.errors().size());
        assertEquals("crawl.warc#1", r.errors().get(0).path());
        assertTrue(r.errors().get(0).message().startsWith("record 1 (https://x.example/big) is larger than the per-document cap"),
                r.errors().get(0).message());
    }

    @Test
    void aGzipBombInsideAResponseStopsAtTheCap() throws IOException {
        byte[] bomb = gzip(("<p>" + "a".repeat(5_000_000) + "</p>").getBytes(StandardCharsets.UTF_8));
        byte[] warc = concat(response("https://x.example/bomb", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb),
                html("https://x.example/ok", PAGE));
        Read r = read(warc, 100_000);
        assertEquals(List.of("crawl#2"), r.ids());
        assertEquals("crawl.warc#1", r.errors().get(0).path());
        assertTrue(r.errors().get(0).message().contains("larger than the per-document cap"), r.errors().toString());
    }

    @Test
    void brokenFilesAreReportedWhereTheyBreakKeepingWhatCameBefore() throws IOException {
        byte[] whole = html("https://x.example/a", PAGE);
        byte[] cut = html("https://x.example/b", PAGE);
        Read truncated = read(concat(whole, java.util.Arrays.copyOf(cut, cut.length - 60)), Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        assertEquals(List.of("crawl#1"), truncated.ids());
        int block = http("200 OK", "Content-Type: text/html; charset=utf-8\r\n", PAGE.getBytes(StandardCharsets.UTF_8)).length;
        // The record ends with its block and four bytes of line ends; sixty bytes cut leave the block 56 short.
        assertEquals("record 2 is cut short (" + (block - 56) + " of " + block + " bytes); reading of this file stopped",
                truncated.errors().get(0).message());

        byte[] metadata = record("metadata", "https://x.example/a", "application/warc-fields", new byte[100]);
        Read skippedCut = read(concat(whole, java.util.Arrays.copyOf(metadata, metadata.length - 50)), Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        assertEquals(List.of("crawl#1"), skippedCut.ids());
        assertEquals(List.of(new InputError("crawl.warc#2", "record 2 is cut short; reading of this file stopped")),
                skippedCut.errors(), "a record that is skipped can be cut short too (found by fuzzing)");

        Read notWarc = read("This is a plain text file.\nNothing more.\n".getBytes(StandardCharsets.UTF_8), 1_000);
        assertEquals(List.of(), notWarc.ids());
        assertEquals(List.of(new InputError("crawl.warc#1", "not a WARC file; reading of this file stopped")), notWarc.errors());

        Read badLength = read(("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n").getBytes(StandardCharsets.UTF_8), 1_000);
        assertEquals("record 1 has no valid Content-Length; reading of this file stopped", badLength.errors().get(0).message());

        Read endless = read(("WARC/1.0\r\nX: " + "y".repeat(70_000)).getBytes(StandardCharsets.UTF_8), 1_000);
        assertTrue(endless.errors().get(0).message().contains("over 65536 bytes"), endless.errors().toString());

        Read noHtml = read(response("https://x.example/p.png", "200 OK", "Content-Type: image/png\r\n", new byte[10]), 1_000);
        assertEquals(List.of(new InputError("crawl.warc", "no HTML responses among its 1 WARC records")), noHtml.errors());
    }

    @Test
    void compressedWarcFilesInAFolderAreRead(@TempDir Path dir) throws Exception {
        // A .warc.gz holds one gzip member a record, concatenated.
        byte[] warc = concat(gzip(record("warcinfo", null, "application/warc-fields", "a: b\r\n".getBytes(StandardCharsets.UTF_8))),
                gzip(html("https://city.example/a", PAGE)));
        Files.write(dir.resolve("crawl.warc.gz"), warc);
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Corpus.open(List.of(dir), Corpus.DEFAULT_MAX_DOCUMENT_BYTES).forEach(docs::add, errors::add);
        assertEquals(List.of(), errors);
        assertEquals(List.of("crawl#2"), docs.stream().map(Document::id).toList());
        assertEquals("crawl.warc.gz", Path.of(docs.get(0).path()).getFileName().toString());
    }
}
