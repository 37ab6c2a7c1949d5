package io.trunkline.testkit.internal.synthflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.internal.Json;
import java.util.List;

/** Synthflow's {@code limit}/{@code offset} paging (defaults 20 and 0) and its {@code pagination} object. */
final class Page {

    private final int limit;
    private final int offset;

    private Page(int limit, int offset) {
        this.limit = limit;
        this.offset = offset;
    }

    static Page of(RecordedRequest r, SynthflowErrors errors) {
        return new Page(parse(r, "limit", 20, errors), parse(r, "offset", 0, errors));
    }

    private static int parse(RecordedRequest r, String name, int fallback, SynthflowErrors errors) {
        String value = r.queryParameter(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                throw errors.detail(400, name + " must not be negative, got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw errors.detail(400, name + " must be an integer, got " + value);
        }
    }

    <T> List<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return all.subList(from, to);
    }

    ObjectNode pagination(int total) {
        return pagination(total, limit, offset);
    }

    static ObjectNode pagination(int total, int limit, int offset) {
        return Json.object().put("total_records", total).put("limit", limit).put("offset", offset);
    }
}
