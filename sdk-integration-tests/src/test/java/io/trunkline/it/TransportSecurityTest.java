package io.trunkline.it;

import io.trunkline.http.HttpOptions;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowConfig;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials only travel encrypted and to a verified server: plain http is refused except to
 * loopback hosts, neither configuration offers a switch that weakens TLS, and an https server with
 * an untrusted (self-signed) certificate fails with a Trunkline exception.
 */
@Order(5)
class TransportSecurityTest {

    private static final Pattern WEAKENS_TLS = Pattern.compile(
            "(?i).*(trust|insecure|unsafe|hostname|verif|ssl|certificate|tls|plaintext|allowHttp).*");

    private static WireMockServer selfSigned;
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger LOOPBACK = new AtomicInteger();
    private static final AtomicInteger UNTRUSTED = new AtomicInteger();
    private static final AtomicInteger OPTIONS = new AtomicInteger();

    @BeforeAll
    static void startSelfSignedServer() {
        selfSigned = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort());
        selfSigned.start();
        selfSigned.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @AfterAll
    static void stop() {
        selfSigned.stop();
        Figures.write("transport", java.util.Map.of("plainHttpUrlsRefused", REFUSED.get(),
                "loopbackHttpUrlsAccepted", LOOPBACK.get(), "builderOptionsChecked", OPTIONS.get(),
                "tlsWeakeningOptions", 0, "untrustedCertificateCallsFailingTyped", UNTRUSTED.get()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://api.synthflow.ai/v2", "http://10.0.0.7:8080/v2", "http://localhost.example.com/v2",
            "http://127.0.0.1.nip.io/v2"})
    void synthflowRefusesPlainHttpToAnyHostButLoopback(String url) {
        assertThatThrownBy(() -> synthflow(url)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("https").hasMessageContaining("loopback");
        REFUSED.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://api.aircall.io", "http://10.0.0.7:8080", "http://localhost.example.com",
            "http://127.0.0.1.nip.io"})
    void aircallRefusesPlainHttpToAnyHostButLoopback(String url) {
        assertThatThrownBy(() -> aircall(url)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("https").hasMessageContaining("loopback");
        REFUSED.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"})
    void bothAcceptPlainHttpToLoopbackHostsForSimulators(String root) {
        assertThatCode(() -> synthflow(root + "/v2")).doesNotThrowAnyException();
        assertThatCode(() -> aircall(root)).doesNotThrowAnyException();
        LOOPBACK.addAndGet(2);
    }

    @Test
    void neitherConfigurationOffersASwitchThatWeakensTls() {
        List<String> options = Arrays.stream(SynthflowConfig.Builder.class.getMethods())
                .map(Method::getName).toList();
        List<String> aircallOptions = Arrays.stream(AircallConfig.Builder.class.getMethods())
                .map(Method::getName).toList();
        List<String> httpOptions = Arrays.stream(HttpOptions.Builder.class.getMethods())
                .map(Method::getName).toList();
        assertThat(options).contains("baseUrl", "http").noneMatch(n -> WEAKENS_TLS.matcher(n).matches());
        assertThat(aircallOptions).contains("baseUrl", "http").noneMatch(n -> WEAKENS_TLS.matcher(n).matches());
        assertThat(httpOptions).contains("readTimeout", "okHttpClient").noneMatch(n -> WEAKENS_TLS.matcher(n).matches());
        OPTIONS.addAndGet((int) (options.stream().distinct().count() + aircallOptions.stream().distinct().count()
                + httpOptions.stream().distinct().count()));
    }

    @Test
    void synthflowOverHttpsToAnUntrustedCertificateFailsTyped() {
        SynthflowAgentPlatform platform = SynthflowAgentPlatform.create(
                synthflow("https://localhost:" + selfSigned.httpsPort() + "/v2"));
        assertThatThrownBy(() -> platform.findAssistant("1726559381711x108708587477942990"))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow").hasMessageContaining("get assistant")
                .satisfies(e -> assertThat(e).hasCauseInstanceOf(SSLException.class));
        assertThat(selfSigned.getAllServeEvents()).as("no request got through the handshake").isEmpty();
        UNTRUSTED.incrementAndGet();
    }

    @Test
    void aircallOverHttpsToAnUntrustedCertificateFailsTyped() {
        AircallContactCenter aircall = AircallContactCenter.create(AircallClient.create(
                aircall("https://localhost:" + selfSigned.httpsPort())));
        assertThatThrownBy(() -> aircall.findLineByDid(PhoneNumber.parse("+33123456789")))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall").hasMessageContaining("list numbers")
                .satisfies(e -> assertThat(e).hasCauseInstanceOf(SSLException.class));
        assertThat(selfSigned.getAllServeEvents()).as("no request got through the handshake").isEmpty();
        UNTRUSTED.incrementAndGet();
    }

    private static final HttpOptions ONE_QUICK_ATTEMPT = HttpOptions.builder().maxAttempts(1)
            .readTimeout(Duration.ofSeconds(5)).build();

    private static SynthflowConfig synthflow(String url) {
        return SynthflowConfig.builder().apiKey(Secrets.synthflowApiKey()).workspaceId(Vendors.WORKSPACE)
                .baseUrl(url).http(ONE_QUICK_ATTEMPT).build();
    }

    private static AircallConfig aircall(String url) {
        return AircallConfig.builder().apiId(Secret.of(Secrets.AIRCALL_API_ID)).apiToken(Secrets.aircallApiToken())
                .baseUrl(url).http(ONE_QUICK_ATTEMPT).build();
    }
}
