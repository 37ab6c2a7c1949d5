package io.trunkline.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A loopback reverse proxy in front of a simulator for the faults the simulators cannot produce:
 * a 2xx body with unexpected extra fields or without its required fields, and Aircall's 429 with
 * {@code X-AircallApi-*} reset headers. Everything else passes through unchanged. Logs nothing
 * (it sees Authorization headers).
 */
final class FaultProxy implements AutoCloseable {

    /** What the proxy does to the matching responses. */
    enum Mutation {
        /** Adds an unknown field (with a nested object and array) to every JSON object of a 2xx body. */
        EXTRA_FIELDS,
        /** Keeps only {@code status} of a 2xx body's top-level object, so every required field is gone. */
        MISSING_FIELDS,
        /** Answers 429 with X-AircallApi-Limit/Remaining 0/Reset = now + 3 s, without forwarding. */
        AIRCALL_RESET_429,
        /** Answers 422 with a FastAPI validation error whose {@code input} echoes the request body. */
        ECHO_422
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding",
            "host", "upgrade", "expect", "keep-alive");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String target;
    private final Clock clock;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Rule rule;

    /**
     * @param targetRoot the simulator's root URL, e.g. {@code http://127.0.0.1:5000}
     * @param clock the simulators' clock, for reset timestamps
     */
    FaultProxy(String targetRoot, Clock clock) {
        this.target = targetRoot;
        this.clock = clock;
        // Without TCP_NODELAY the JDK server's small writes meet delayed ACKs: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Mutates the next {@code count} matching responses (only 2xx JSON ones count for body mutations). */
    void arm(int count, String method, String pathPattern, Mutation mutation) {
        rule = new Rule(method, pathPattern, mutation, new AtomicInteger(count), new AtomicInteger());
    }

    /** @return how many responses the armed rule changed */
    int triggered() {
        Rule r = rule;
        return r == null ? 0 : r.triggered.get();
    }

    void disarm() {
        rule = null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            Rule r = rule;
            boolean matches = r != null && r.remaining.get() > 0 && r.method.equals(method)
                    && matchesPattern(r.pathPattern, path);
            if (matches && r.mutation == Mutation.AIRCALL_RESET_429) {
                r.remaining.decrementAndGet();
                r.triggered.incrementAndGet();
                long reset = clock.instant().plusSeconds(3).getEpochSecond();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-AircallApi-Limit", "120");
                exchange.getResponseHeaders().add("X-AircallApi-Remaining", "0");
                exchange.getResponseHeaders().add("X-AircallApi-Reset", String.valueOf(reset));
                send(exchange, 429, "{\"message\":\"Too Many Requests\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (matches && r.mutation == Mutation.ECHO_422) {
                r.remaining.decrementAndGet();
                r.triggered.incrementAndGet();
                byte[] sent;
                try (InputStream in = exchange.getRequestBody()) {
                    sent = in.readAllBytes();
                }
                ObjectNode error = JSON.createObjectNode();
                ObjectNode item = error.putArray("detail").addObject();
                item.putArray("loc").add("body").add("sip_password");
                item.put("msg", "value is not a valid password");
                item.set("input", JSON.getNodeFactory().textNode(new String(sent, StandardCharsets.UTF_8)));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 422, JSON.writeValueAsBytes(error));
                return;
            }
            HttpResponse<byte[]> response = forward(exchange, method);
            byte[] body = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (matches && response.statusCode() / 100 == 2 && contentType.contains("json") && body.length > 0
                    && r.remaining.getAndDecrement() > 0) {
                body = mutate(body, r.mutation == Mutation.EXTRA_FIELDS ? FaultProxy::addFields : FaultProxy::dropFields);
                r.triggered.incrementAndGet();
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            send(exchange, response.statusCode(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, String method) throws IOException, InterruptedException {
        byte[] requestBody;
        try (InputStream in = exchange.getRequestBody()) {
            requestBody = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .method(method, requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(requestBody));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] mutate(byte[] body, UnaryOperator<JsonNode> change) {
        try {
            return JSON.writeValueAsBytes(change.apply(JSON.readTree(body)));
        } catch (IOException notJson) {
            return body;
        }
    }

    private static JsonNode addFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> addFields(e.getValue()));
            ObjectNode extra = object.putObject("x_unexpected_field");
            extra.put("added_by", "a newer API version");
            ArrayNode nested = extra.putArray("nested");
            nested.add(1).add("two").addNull().addObject().put("deeper", true);
        } else if (node instanceof ArrayNode array) {
            array.forEach(FaultProxy::addFields);
        }
        return node;
    }

    private static JsonNode dropFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                if (!"status".equals(it.next().getKey())) {
                    it.remove();
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.removeAll();
            array.addObject();
        }
        return node;
    }

    private static boolean matchesPattern(String pattern, String path) {
        String[] p = pattern.split("/", -1);
        String[] s = path.split("/", -1);
        if (p.length != s.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!"*".equals(p[i]) && !p[i].equals(s[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Rule(String method, String pathPattern, Mutation mutation, AtomicInteger remaining,
                        AtomicInteger triggered) {
    }
}
