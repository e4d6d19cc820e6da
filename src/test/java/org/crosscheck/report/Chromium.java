package org.crosscheck.report;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium, driven over the DevTools protocol with Java's own WebSocket client:
 * enough to load a page, run a script in it, and take a screenshot. Started with the flags that
 * keep it off the network.
 */
final class Chromium implements AutoCloseable {

    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    static Path find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    Chromium(Path binary, Path profile) throws Exception {
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
                        JsonNode m = JsonRenderer.MAPPER.readTree(message.toString());
                        if (m.has("id")) {
                            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                            if (f != null) {
                                f.complete(m);
                            }
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JsonRenderer.MAPPER.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JsonRenderer.MAPPER.valueToTree(params));
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JsonRenderer.MAPPER.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = f.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Runs {@code expression} in the page and returns its value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        return r.get("result").get("value");
    }

    void open(Path file) throws Exception {
        call("Page.navigate", Map.of("url", file.toUri().toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!"complete".equals(eval("document.readyState").asText())
                || !eval("document.location.href").asText().startsWith("file:")) {
            if (System.nanoTime() > deadline) {
                throw new IOException("page did not load");
            }
            Thread.sleep(50);
        }
    }

    byte[] screenshot() throws Exception {
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
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
        java.util.List<ProcessHandle> family = new java.util.ArrayList<>(process.descendants().toList());
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
