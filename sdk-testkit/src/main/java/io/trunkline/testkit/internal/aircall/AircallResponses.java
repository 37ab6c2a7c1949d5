package io.trunkline.testkit.internal.aircall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What every Aircall resource answers the same way: {@code page}/{@code per_page} lists with their
 * {@code meta}, single items under their resource name, links to this simulator, timestamps, ids in
 * the path and the error bodies.
 */
final class AircallResponses {

    /** Aircall's documented page size limits. */
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 50;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Known only once the server has started, hence not final. */
    private String rootUrl = "";

    void rootUrl(String rootUrl) {
        this.rootUrl = rootUrl;
    }

    /** @return an absolute link to this simulator, e.g. a {@code direct_link} */
    String link(String path) {
        return rootUrl + path;
    }

    static String time(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /**
     * Aircall's {@code page}/{@code per_page} paging. {@code per_page} above 50 is clamped to 50
     * (the documented maximum) and below 1 to 1; {@code page} below 1 counts as 1. {@code order=desc}
     * reverses the creation order. Links are absolute URLs to this simulator.
     */
    <T> SimResponse list(RecordedRequest r, String key, List<T> all, Function<T, ObjectNode> render) {
        int perPage = (int) Math.max(1, Math.min(MAX_PER_PAGE,
                r.queryParameter("per_page").map(v -> longParam("per_page", v)).orElse((long) DEFAULT_PER_PAGE)));
        int page = (int) Math.max(1, r.queryParameter("page").map(v -> longParam("page", v)).orElse(1L));
        List<T> ordered = new ArrayList<>(all);
        if ("desc".equalsIgnoreCase(r.queryParameter("order").orElse("asc"))) {
            Collections.reverse(ordered);
        }
        int from = (int) Math.min((long) (page - 1) * perPage, ordered.size());
        int to = Math.min(from + perPage, ordered.size());
        ArrayNode items = Json.array();
        ordered.subList(from, to).forEach(item -> items.add(render.apply(item)));
        ObjectNode meta = Json.object()
                .put("count", to - from)
                .put("total", ordered.size())
                .put("current_page", page)
                .put("per_page", perPage);
        if (to < ordered.size()) {
            meta.put("next_page_link", pageLink(r, page + 1, perPage));
        } else {
            meta.putNull("next_page_link");
        }
        if (page > 1) {
            meta.put("previous_page_link", pageLink(r, page - 1, perPage));
        } else {
            meta.putNull("previous_page_link");
        }
        ObjectNode body = Json.object();
        body.set(key, items);
        body.set("meta", meta);
        return SimResponse.json(200, Json.write(body));
    }

    private String pageLink(RecordedRequest r, int page, int perPage) {
        StringBuilder link = new StringBuilder(rootUrl).append(r.path()).append('?');
        r.query().forEach((name, values) -> {
            if (!"page".equals(name) && !"per_page".equals(name)) {
                values.forEach(v -> link.append(encode(name)).append('=').append(encode(v)).append('&'));
            }
        });
        return link.append("page=").append(page).append("&per_page=").append(perPage).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static SimResponse single(String key, ObjectNode item) {
        return single(200, key, item);
    }

    static SimResponse single(int status, String key, ObjectNode item) {
        ObjectNode body = Json.object();
        body.set(key, item);
        return SimResponse.json(status, Json.write(body));
    }

    /** @return the item with the id in the path; a path id that is not a number is an unknown id */
    static <T> T byId(LongFunction<Optional<T>> lookup, String rawId) {
        try {
            return lookup.apply(Long.parseLong(rawId)).orElseThrow(AircallResponses::notFound);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    static long longParam(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw badRequest(name + " must be an integer");
        }
    }

    static SimResponse message(int status, String message) {
        return SimResponse.json(status, Json.write(Json.object().put("message", message)));
    }

    static ApiError notFound() {
        return new ApiError(message(404, "Not Found"));
    }

    /** Aircall does not document its validation error body; the simulator sends {@code error} and {@code troubleshoot}. */
    static ApiError badRequest(String troubleshoot) {
        return new ApiError(SimResponse.json(400, Json.write(Json.object()
                .put("error", "Bad Request").put("troubleshoot", troubleshoot))));
    }
}
