package org.crosscheck.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.crosscheck.report.JsonRenderer;

/**
 * A request's body read as one JSON object, at most {@link #LIMIT} bytes: a larger body is
 * refused (413) before it is read whole, and a body that is not a JSON object (400) with the
 * parser's words.
 */
final class JsonBody {

    /** The largest body a request may send: 64 KiB. */
    static final int LIMIT = 64 * 1024;

    private JsonBody() {
    }

    /** Reads and parses the body; {@code declaredLength} is the Content-Length header's, or -1. */
    static JsonNode read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > LIMIT) {
            throw tooLarge(in, declaredLength);
        }
        byte[] bytes = in.readNBytes(LIMIT + 1);
        if (bytes.length > LIMIT) {
            throw tooLarge(in, -1);
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest("the request needs a JSON object as its body");
        }
        JsonNode node;
        try {
            node = JsonRenderer.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("bad JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        return node;
    }

    /**
     * The refusal of a body over the limit. A body of up to {@link #DRAINED} bytes is read to its
     * end and dropped first, so that a client still sending it reads the 413 rather than a reset
     * connection; a larger one is refused at once, and the connection may close under it.
     */
    private static ApiError tooLarge(InputStream in, long declaredLength) throws IOException {
        if (declaredLength <= DRAINED) {
            long left = DRAINED;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0 && in.read() < 0) {
                    break;
                }
                left -= Math.max(1, skipped);
            }
        }
        return new ApiError(413, "the body is larger than " + LIMIT + " bytes");
    }

    /** How much of a body over the limit is read and dropped before it is refused: 1 MiB. */
    static final int DRAINED = 1024 * 1024;
}
