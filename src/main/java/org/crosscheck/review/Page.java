package org.crosscheck.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The review page: one HTML file, its script and its style, read from this package's resources
 * and served as they are, with nothing fetched from elsewhere. The page's links to its script and
 * style carry the token, which the server writes into it ({@code {{token}}}); the token is
 * base64url, so it needs no escaping there.
 */
final class Page {

    /** A served file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final String TOKEN_MARK = "{{token}}";

    private final Map<String, Asset> assets;

    Page(AccessToken token) {
        String html = text("review.html");
        if (!html.contains(TOKEN_MARK)) {
            throw new IllegalStateException("review.html has no " + TOKEN_MARK + " mark for its links");
        }
        assets = Map.of(
                "/", new Asset(html.replace(TOKEN_MARK, token.value()).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"),
                "/review.js", new Asset(text("review.js").getBytes(StandardCharsets.UTF_8), "text/javascript; charset=utf-8"),
                "/review.css", new Asset(text("review.css").getBytes(StandardCharsets.UTF_8), "text/css; charset=utf-8"));
    }

    /** The files by their path. */
    Map<String, Asset> assets() {
        return assets;
    }

    private static String text(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the review page's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review page's " + name, e);
        }
    }
}
