package io.trunkline.testkit.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.testkit.FaultInjection;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SimulatedFault;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One WireMock server on a random loopback port whose every request goes, through a single
 * catch-all stub and a response transformer, to a {@link RequestHandler}. It owns what both
 * simulators share: the lock, the request journal and the fault schedule.
 */
public final class SimulatorServer implements AutoCloseable {

    private final Object lock = new Object();
    private final String name;
    private final RequestHandler handler;
    private final FaultSchedule faults = new FaultSchedule(lock);
    private final List<RecordedRequest> journal = new ArrayList<>();
    private final WireMockServer server;

    /**
     * Starts the server.
     *
     * @param name the transformer name, unique per simulator kind (e.g. {@code "synthflow-simulator"})
     * @param handler the simulated API
     */
    public SimulatorServer(String name, RequestHandler handler) {
        this(name, handler, 0);
    }

    /**
     * Starts the server on a given loopback port.
     *
     * @param name the transformer name, unique per simulator kind (e.g. {@code "synthflow-simulator"})
     * @param handler the simulated API
     * @param port the port on 127.0.0.1, or 0 for any free one
     */
    public SimulatorServer(String name, RequestHandler handler, int port) {
        this.name = Objects.requireNonNull(name, "name");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, got " + port);
        }
        this.server = new WireMockServer(options()
                .port(port)
                .bindAddress("127.0.0.1")
                .gzipDisabled(true)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .extensions(new Transformer()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    /** @return e.g. {@code http://127.0.0.1:53817}, without a trailing slash */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return the lock that guards the simulated state; hold it to read a consistent snapshot */
    public Object lock() {
        return lock;
    }

    /**
     * @param action what to do with the lock held
     * @param <T> the result type
     * @return the action's result
     */
    public <T> T locked(Supplier<T> action) {
        synchronized (lock) {
            return action.get();
        }
    }

    /** @return the fault schedule */
    public FaultInjection faults() {
        return faults;
    }

    /**
     * @param filter which requests to keep
     * @return the matching recorded requests, oldest first
     */
    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        synchronized (lock) {
            return journal.stream().filter(filter).toList();
        }
    }

    /** Forgets recorded requests and scheduled faults. */
    public void clearJournalAndFaults() {
        synchronized (lock) {
            journal.clear();
            faults.clear();
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private SimResponse serve(RecordedRequest request) {
        synchronized (lock) {
            journal.add(request);
            Optional<SimulatedFault> fault = faults.take(request);
            if (fault.isEmpty()) {
                return handler.handle(request);
            }
            SimulatedFault f = fault.get();
            if (f instanceof SimulatedFault.Delay delay) {
                return handler.handle(request).delayed(Math.toIntExact(delay.delay().toMillis()));
            }
            if (f instanceof SimulatedFault.AfterCommit) {
                handler.handle(request);
            }
            return FaultResponses.render(f);
        }
    }

    private static RecordedRequest record(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.computeIfAbsent(header.key(), k -> new ArrayList<>()).addAll(header.values());
        }
        byte[] body = request.getBody();
        return new RecordedRequest(request.getMethod().getName(), path,
                parseQuery(q < 0 ? "" : url.substring(q + 1)), headers,
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    /** Form-style decoding: a literal {@code +} becomes a space, which is why vendors ask for {@code %2B}. */
    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return serve(record(serveEvent.getRequest())).toDefinition();
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
