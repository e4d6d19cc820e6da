package org.crosscheck.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.report.JsonRenderer;
import org.crosscheck.store.Decisions;

/**
 * The review API's handlers, over the store. Every answer is JSON; a refused request gets an
 * {@link ApiError} with its status and a message.
 *
 * <ul>
 *   <li>{@code GET /api/findings}: the queue, filtered ({@link QueueFilter}), with counts per status.</li>
 *   <li>{@code GET /api/findings/{fingerprint}}: one finding in full, with its history.</li>
 *   <li>{@code GET /api/findings/{fingerprint}/history}: its decisions, oldest first.</li>
 *   <li>{@code POST /api/findings/{fingerprint}/decision}: logs a decision ({@link DecisionInput}).</li>
 *   <li>{@code POST /api/decisions}: logs one decision on many findings, named or filtered, all or none.</li>
 * </ul>
 */
final class ReviewApi {

    /** A finding's log, for {@code GET /api/findings/{fingerprint}/history}. */
    record History(String fingerprint, List<Views.HistoryEntry> history) {
    }

    private final ReviewStore store;

    ReviewApi(ReviewStore store) {
        this.store = store;
    }

    void listFindings(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!QueueFilter.NAMES.contains(name)) {
                throw ApiError.badRequest("unknown filter '" + name + "'; expected any of " + QueueFilter.NAMES);
            }
        }
        QueueFilter filter = QueueFilter.of(ctx::queryParam);
        json(ctx, 200, store.queue().listing(filter));
    }

    void finding(Context ctx) {
        String fingerprint = ctx.pathParam("fingerprint");
        Queue queue = store.queue();
        Queue.Item item = queue.item(fingerprint).orElseThrow(() -> unknown(fingerprint));
        json(ctx, 200, queue.detail(item, store.history(fingerprint)));
    }

    void history(Context ctx) {
        String fingerprint = ctx.pathParam("fingerprint");
        List<Decisions.Decision> history = store.history(fingerprint);
        if (history.isEmpty() && store.queue().item(fingerprint).isEmpty()) {
            throw unknown(fingerprint);
        }
        json(ctx, 200, new History(fingerprint, history.stream().map(Views.HistoryEntry::of).toList()));
    }

    void decide(Context ctx) throws IOException {
        String fingerprint = ctx.pathParam("fingerprint");
        DecisionInput input = DecisionInput.one(JsonBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong()));
        if (store.queue().item(fingerprint).isEmpty()) {
            throw unknown(fingerprint);
        }
        Decisions.Decision d = decideAll(List.of(input.request(fingerprint))).get(0);
        Queue after = store.queue();
        Views.Summary now = after.item(fingerprint).map(after::summary).orElse(null);
        json(ctx, 201, new Views.Decided(Views.HistoryEntry.of(d), now));
    }

    void decideMany(Context ctx) throws IOException {
        DecisionInput input = DecisionInput.bulk(JsonBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong()));
        Queue queue = store.queue();
        List<String> fingerprints;
        if (input.fingerprints() != null) {
            List<String> unknown = input.fingerprints().stream().filter(f -> queue.item(f).isEmpty()).distinct().toList();
            if (!unknown.isEmpty()) {
                throw ApiError.notFound("no standing finding has fingerprint" + (unknown.size() == 1 ? " " : "s ")
                        + String.join(", ", unknown) + "; nothing was decided");
            }
            fingerprints = input.fingerprints().stream().distinct().toList();
        } else {
            fingerprints = queue.matching(input.filter()).stream().map(i -> i.finding().fingerprint()).toList();
        }
        if (fingerprints.isEmpty()) {
            json(ctx, 200, new Views.BulkDecided(0, List.of()));
            return;
        }
        List<Decisions.Request> requests = new ArrayList<>();
        fingerprints.forEach(f -> requests.add(input.request(f)));
        List<Decisions.Decision> logged = decideAll(requests);
        json(ctx, 201, new Views.BulkDecided(logged.size(), logged.stream().map(Views.HistoryEntry::of).toList()));
    }

    /** Logs the decisions; a finding that went away since the queue was read is refused as unknown. */
    private List<Decisions.Decision> decideAll(List<Decisions.Request> requests) {
        try {
            return store.decide(requests);
        } catch (Decisions.UnknownFindingException e) {
            throw ApiError.notFound(e.getMessage() + "; nothing was decided");
        }
    }

    private static ApiError unknown(String fingerprint) {
        return ApiError.notFound("no standing finding has fingerprint " + fingerprint);
    }

    /** Answers with {@code body} as JSON. */
    static void json(Context ctx, int status, Object body) {
        byte[] bytes;
        try {
            bytes = JsonRenderer.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(bytes);
    }

    /** Answers with a refusal: the status and why. */
    static void refuse(Context ctx, int status, String message) {
        json(ctx, status, new Views.Error(status, message == null ? "" : message));
    }
}
