package io.trunkline.bench.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.trunkline.aircall.internal.AircallEndpoints;
import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import io.trunkline.synthflow.internal.SynthflowEndpoints;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SynthflowNumber;
import io.trunkline.testkit.VendorSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Group 3's JMH benchmarks: one read through the SDK's client path (Retrofit, Jackson, the shared HTTP
 * pipeline, Aircall's pacer) against the same request sent with plain OkHttp (body read as bytes,
 * not parsed), both against one local WireMock server that answers with exactly what the simulators
 * answer. The raw request copies the SDK's method, path, query and headers from a simulator journal,
 * so both send the same bytes. The Aircall client paces itself, and pacing is not what this group
 * measures: it gets Aircall's 120 permits but a window of one millisecond, so it keeps its real
 * bookkeeping and never waits. (A budget of millions per second would not measure the real
 * bookkeeping: the pacer keeps one slot per permit.)
 */
@State(Scope.Benchmark)
public class ClientOverheadBenchmark {

    private static final int LINE = 0;
    /** Aircall's documented budget... */
    static final int AIRCALL_PERMITS = 120;
    /** ...in a window so short that the client never waits at the rates reached here. */
    static final Duration AIRCALL_WINDOW = Duration.ofMillis(1);

    private WireMockServer server;
    private SynthflowEndpoints synthflow;
    private AircallEndpoints aircall;
    private OkHttpClient raw;
    private Request rawSynthflow;
    private Request rawAircall;
    private String slug;
    private long lineId;

    /** What the SDK sent and what the simulator answered, to replay against WireMock. */
    private record Exchange(RecordedRequest request, String contentType, String body) {
    }

    /** Records one exchange per vendor against the simulators, then serves them from WireMock. */
    @Setup
    public void start() {
        raw = new OkHttpClient();
        slug = NumberSlug.of(BenchPlans.did(LINE));
        lineId = BenchPlans.lineId(LINE);
        Exchange sf;
        Exchange ac;
        try (SeededSimulators vendors = new SeededSimulators(1, SeededSimulators.UNPACED, Duration.ofSeconds(1))) {
            vendors.synthflow().addNumber(SynthflowNumber.builder(BenchPlans.did(LINE))
                    .friendlyName("Support line 0").terminationUri(BenchPlans.TERMINATION_URI).build());
            SynthflowEndpoints sfEndpoints = vendors.synthflowEndpoints(raw);
            AircallEndpoints acClient = vendors.aircallEndpoints(raw, AIRCALL_PERMITS, AIRCALL_WINDOW);
            sf = record(vendors.synthflow(), () -> sfEndpoints.getNumber(slug));
            ac = record(vendors.aircall(), () -> acClient.number(lineId));
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true)
                    .disableRequestJournal().stubRequestLoggingDisabled(true).notifier(new ConsoleNotifier(false)));
            server.start();
            stub(sf);
            stub(ac);
            String root = "http://127.0.0.1:" + server.port();
            synthflow = SynthflowEndpoints.create(sfEndpoints.config().toBuilder().baseUrl(root + "/v2").build());
            aircall = AircallEndpoints.create(acClient.config().toBuilder().baseUrl(root).build());
            rawSynthflow = replay(root, sf.request());
            rawAircall = replay(root, ac.request());
        }
    }

    private Exchange record(VendorSimulator simulator, Supplier<Object> sdkCall) {
        sdkCall.get();
        List<RecordedRequest> journal = simulator.requests();
        RecordedRequest sent = journal.get(journal.size() - 1);
        try (Response answer = raw.newCall(replay(simulator.baseUrl().replaceFirst("/v2$", ""), sent)).execute()) {
            return new Exchange(sent, answer.header("Content-Type", "application/json"), answer.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stub(Exchange exchange) {
        server.stubFor(get(urlPathEqualTo(exchange.request().path())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", exchange.contentType()).withBody(exchange.body())));
    }

    private static Request replay(String root, RecordedRequest sent) {
        HttpUrl.Builder url = HttpUrl.get(root + sent.path()).newBuilder();
        sent.query().forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
        Request.Builder request = new Request.Builder().url(url.build());
        for (String header : List.of("Authorization", "User-Agent", "Accept")) {
            sent.header(header).ifPresent(value -> request.header(header, value));
        }
        return request.build();
    }

    /** Stops the server. */
    @TearDown
    public void stop() {
        server.stop();
    }

    /** @return the number, read through the Synthflow client */
    @Benchmark
    public NumberDetails sdkSynthflowGetNumber() {
        return synthflow.getNumber(slug);
    }

    /** @return the same answer's bytes, read with plain OkHttp */
    @Benchmark
    public byte[] rawSynthflowGetNumber() {
        return call(rawSynthflow);
    }

    /** @return the line, read through the Aircall client */
    @Benchmark
    public AircallNumber sdkAircallNumber() {
        return aircall.number(lineId);
    }

    /** @return the same answer's bytes, read with plain OkHttp */
    @Benchmark
    public byte[] rawAircallNumber() {
        return call(rawAircall);
    }

    private byte[] call(Request request) {
        try (Response response = raw.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("the stub answered " + response.code());
            }
            return response.body().bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
