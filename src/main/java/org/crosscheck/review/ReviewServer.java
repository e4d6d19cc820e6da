package org.crosscheck.review;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.store.StoreException;

/**
 * The review app's HTTP server (Javalin on Jetty): the page and the JSON API of {@link ReviewApi}
 * over one store, safe by default.
 *
 * <ul>
 *   <li>It listens on the address it is given, 127.0.0.1 unless {@code --bind} says otherwise;
 *       port 0 picks a free port.</li>
 *   <li>Every request needs the {@link AccessToken}, random per start: the API as
 *       {@code Authorization: Bearer TOKEN}; the page and its script and style also as
 *       {@code ?token=TOKEN}. Without it: 401. No cookies are set.</li>
 *   <li>Every answer carries a strict Content-Security-Policy (this server's own script and style
 *       only, no frames), {@code nosniff}, no referrer and no caching.</li>
 *   <li>Request bodies are capped ({@link JsonBody#LIMIT}); a failure in one request is answered
 *       500 with a JSON message and the server goes on.</li>
 * </ul>
 */
public final class ReviewServer implements AutoCloseable {

    /** What the page and the API may load and run: nothing but this server's own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private final Javalin app;
    private final ReviewStore store;
    private final AccessToken token;
    private final String host;

    private ReviewServer(Javalin app, ReviewStore store, AccessToken token, String host) {
        this.app = app;
        this.store = store;
        this.token = token;
        this.host = host;
    }

    /**
     * Opens {@code storeFile} and serves it on {@code host}:{@code port} (0: any free port).
     * {@code busyTimeout} is how long a decision waits for a batch being written. Internal errors
     * of requests are told on {@code err}.
     */
    public static ReviewServer start(Path storeFile, RuleSet rules, String host, int port, Duration busyTimeout,
                                     PrintWriter err) {
        ReviewStore store = ReviewStore.open(storeFile, rules, busyTimeout);
        try {
            AccessToken token = AccessToken.random();
            Page page = new Page(token);
            ReviewApi api = new ReviewApi(store);
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = host;
                config.jetty.port = port;
                config.http.maxRequestSize = JsonBody.LIMIT;
                // Jetty keeps the header lines a connection has sent and, by default, matches a new
                // line against them ignoring case: a token that differed from the one just sent
                // only in the case of a letter was read as that token (and the token, after such a
                // near token, as the near one). Matched exactly, a cached line is the line sent.
                config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
                config.routes.before(ctx -> guard(ctx, token));
                page.assets().forEach((path, asset) -> config.routes.get(path,
                        ctx -> ctx.contentType(asset.contentType()).result(asset.bytes())));
                config.routes.get("/api/findings", api::listFindings);
                config.routes.get("/api/findings/{fingerprint}", api::finding);
                config.routes.get("/api/findings/{fingerprint}/history", api::history);
                config.routes.post("/api/findings/{fingerprint}/decision", api::decide);
                config.routes.post("/api/decisions", api::decideMany);
                config.routes.exception(ApiError.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
                config.routes.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage()));
                config.routes.exception(StoreException.class, (e, ctx) -> {
                    if (e.kind() == StoreException.Kind.BUSY) {
                        ctx.header("Retry-After", "5");
                        refuse(ctx, 503, e.getMessage());
                    } else {
                        internal(ctx, e, err);
                    }
                });
                config.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e, err));
                config.router.javaLangErrorHandler((res, error) -> {
                    err.println("crosscheck review: internal error: " + error);
                    err.flush();
                    res.setStatus(500);
                    HEADERS.forEach(res::setHeader);
                    res.setContentType("application/json; charset=utf-8");
                    try {
                        res.getOutputStream().write(JsonRenderer.MAPPER.writeValueAsBytes(
                                new Views.Error(500, "internal error: " + error.getClass().getSimpleName())));
                    } catch (IOException e) {
                        // the client went away; nothing more to tell it
                    }
                });
            }).start();
            return new ReviewServer(app, store, token, host);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Sets the headers every answer carries, and refuses a request without the token. */
    private static void guard(Context ctx, AccessToken token) {
        HEADERS.forEach(ctx::header);
        boolean api = ctx.path().equals("/api") || ctx.path().startsWith("/api/");
        if (token.matchesBearer(ctx.header("Authorization")) || (!api && token.matches(ctx.queryParam("token")))) {
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"crosscheck review\"");
        throw new ApiError(401, api ? "the API needs the header Authorization: Bearer TOKEN, with the token that "
                + "crosscheck review printed" : "open the address that crosscheck review printed, with its ?token=");
    }

    private static void refuse(Context ctx, int status, String message) {
        HEADERS.forEach(ctx::header);
        ReviewApi.refuse(ctx, status, message);
    }

    private static void internal(Context ctx, Exception e, PrintWriter err) {
        err.println("crosscheck review: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
        err.flush();
        refuse(ctx, 500, "internal error, the server goes on: " + e.getMessage());
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The token, random per start. */
    public String token() {
        return token.value();
    }

    /** The address to open: {@code http://HOST:PORT/?token=TOKEN}. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/?token=" + token.value();
    }

    /** The first line {@code crosscheck review} prints, exactly as the review contract says. */
    public String startLine() {
        return "crosscheck review: " + url();
    }

    /** The store it serves. */
    public Path storeFile() {
        return store.file();
    }

    /** Stops serving and closes the store. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            store.close();
        }
    }
}
