package io.trunkline.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain java.net.http client for the tests: the simulators are checked against the vendor docs, not our SDK clients. */
final class Http {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String root;
    private final String authorization;

    Http(String root, String authorization) {
        this.root = root;
        this.authorization = authorization;
    }

    static Http bearer(String root, String key) {
        return new Http(root, "Bearer " + key);
    }

    static Http anonymous(String root) {
        return new Http(root, null);
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    Response put(String path, String json) {
        return send("PUT", path, json);
    }

    Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Response send(String method, String path, String json) {
        try {
            return sendOrThrow(method, path, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response sendOrThrow(String method, String path, String json) throws IOException {
        String url = path.startsWith("http") ? path : root + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A response with its body parsed lazily as JSON. */
    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
