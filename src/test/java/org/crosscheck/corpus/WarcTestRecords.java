package org.crosscheck.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** WARC records built in tests, as a crawler writes them. */
public final class WarcTestRecords {
    private WarcTestRecords() {
    }

    /** One WARC record: version line, headers, the block, and the two line ends that close it. */
    public static byte[] record(String type, String uri, String contentType, byte[] block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static byte[] http(String status, String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 " + status + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    public static byte[] response(String uri, String status, String headers, byte[] body) {
        return record("response", uri, "application/http; msgtype=response", http(status, headers, body));
    }

    /** A 200 response whose body is the page, in UTF-8. */
    public static byte[] response(String uri, String page) {
        return response(uri, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", page.getBytes(StandardCharsets.UTF_8));
    }
}
