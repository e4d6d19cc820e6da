package org.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.report.JsonRenderer;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, driven over the DevTools protocol with Java's own WebSocket client:
 * enough to load a page, run a script in it, press keys, take a screenshot, and hear what the
 * page did (console messages, uncaught exceptions, dialogs, log entries such as a blocked
 * resource). Started with the flags that keep it off the network. A dialog that opens is
 * dismissed at once, and recorded.
 */
public final class Chromium implements AutoCloseable {

    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    /** The events recorded: Page.javascriptDialogOpening, Runtime.consoleAPICalled, Runtime.exceptionThrown, Log.entryAdded. */
    public static final List<String> RECORDED = List.of("Page.javascriptDialogOpening", "Runtime.consoleAPICalled",
            "Runtime.exceptionThrown", "Log.entryAdded");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    /** The browser, or null when this machine has none. */
    public static Path find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    /**
     * The browser for a test: a machine without one skips the test with a message, except in CI
     * (CI set), where a missing browser fails it.
     */
    public static Path required() {
        Path chromium = find();
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("Debian's chromium is required in CI (.ci/run installs it)");
            }
            Assumptions.assumeTrue(false, "skipped: no chromium on this machine (apt-get install chromium)");
        }
        return chromium;
    }

    public Chromium(Path binary, Path profile) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--window-size=1200,900", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("chromium did not start; see " + profile.resolve("chromium.log"));
            }
            Thread.sleep(100);
        }
        String port = Files.readAllLines(portFile).get(0).strip();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JsonRenderer.MAPPER.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode t : targets) {
            if (t.get("type").asText().equals("page")) {
                page = t.get("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (page == null) {
            throw new IOException("chromium has no page to drive");
        }
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    try {
                        received(JsonRenderer.MAPPER.readTree(message.toString()));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        for (String domain : List.of("Page", "Runtime", "Log")) {
            call(domain + ".enable", Map.of());
        }
    }

    private void received(JsonNode m) {
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        String method = m.path("method").asText();
        if (RECORDED.contains(method)) {
            events.add(m);
        }
        if (method.equals("Page.javascriptDialogOpening")) {
            send("Page.handleJavaScriptDialog", Map.of("accept", false));
        }
    }

    /** Sends a command without waiting for its answer (from the listener, which must not block). */
    private CompletableFuture<JsonNode> send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode msg = JsonRenderer.MAPPER.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JsonRenderer.MAPPER.valueToTree(params));
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        try {
            socket.sendText(JsonRenderer.MAPPER.writeValueAsString(msg), true);
        } catch (IOException e) {
            f.completeExceptionally(e);
        }
        return f;
    }

    public JsonNode call(String method, Map<String, Object> params) throws Exception {
        JsonNode reply = send(method, params).get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Runs {@code expression} in the page and returns its value (a promise is awaited). */
    public JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        return r.get("result").get("value");
    }

    /** Waits until {@code expression} is true in the page; fails, saying {@code what}, after 20 seconds. */
    public void waitFor(String expression, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            JsonNode v = eval("Boolean(" + expression + ")");
            if (v != null && v.asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not get there: " + what + " (" + expression + ")");
            }
            Thread.sleep(50);
        }
    }

    public void open(Path file) throws Exception {
        navigate(file.toUri().toString());
    }

    /** Loads {@code url} and waits until the document has loaded. */
    public void navigate(String url) throws Exception {
        String scheme = URI.create(url).getScheme() + ":";
        call("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete' && document.location.href.startsWith('" + scheme + "')",
                "the page loaded");
    }

    /** Reloads the page and waits until it has loaded again. */
    public void reload() throws Exception {
        eval("window.__beforeReload = true");
        call("Page.reload", Map.of("ignoreCache", true));
        waitFor("!window.__beforeReload && document.readyState === 'complete'", "the page reloaded");
    }

    /** Presses a key as a person would: key down (with its character, if it has one), then key up. */
    public void press(String key) throws Exception {
        Map<String, Object> down = new LinkedHashMap<>();
        down.put("type", "keyDown");
        down.put("key", key);
        if (key.length() == 1) {
            down.put("text", key);
        } else {
            down.put("code", key);
            Integer code = Map.of("ArrowDown", 40, "ArrowUp", 38, "Escape", 27, "Enter", 13).get(key);
            if (code != null) {
                down.put("windowsVirtualKeyCode", code);
            }
        }
        call("Input.dispatchKeyEvent", down);
        Map<String, Object> up = new LinkedHashMap<>(down);
        up.put("type", "keyUp");
        up.remove("text");
        call("Input.dispatchKeyEvent", up);
    }

    /** The recorded events of {@code method}, oldest first. */
    public List<JsonNode> events(String method) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("method").asText().equals(method)) {
                out.add(e);
            }
        }
        return out;
    }

    /** A PNG of the viewport. */
    public byte[] screenshot() throws Exception {
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
    }

    /** A PNG of the element {@code selector} finds, whole even where it runs past the viewport. */
    public byte[] screenshot(String selector) throws Exception {
        JsonNode box = eval("(() => { const r = document.querySelector(" + JsonRenderer.MAPPER.writeValueAsString(selector)
                + ").getBoundingClientRect(); return {x: r.x + window.scrollX, y: r.y + window.scrollY, w: r.width, h: r.height}; })()");
        Map<String, Object> clip = Map.of("x", box.get("x").asDouble(), "y", box.get("y").asDouble(),
                "width", box.get("w").asDouble(), "height", box.get("h").asDouble(), "scale", 1);
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot",
                Map.of("format", "png", "clip", clip, "captureBeyondViewport", true)).get("data").asText());
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the process is ended below either way
        }
        // Chromium's helpers (renderer, GPU, crash handler) outlive the main process by a moment and
        // keep writing to the profile; wait for all of them, or the temporary folder cannot be removed.
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        family.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle h : family) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception timedOut) {
                h.destroyForcibly();
            }
        }
    }
}
