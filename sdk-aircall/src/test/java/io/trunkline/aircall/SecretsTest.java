package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.trunkline.aircall.AircallWireMock.API_TOKEN;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.model.Secret;
import io.trunkline.testsupport.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No credential may reach a toString, an exception message or a stack trace. */
class SecretsTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallClient client = AircallWireMock.client(aircall, time);
    private final String base64 = BASIC.substring("Basic ".length());
    private final List<String> forbidden = List.of(API_TOKEN, base64, "oauth-SECRET-555");

    private void assertClean(String text) {
        for (String secret : forbidden) {
            assertThat(text).doesNotContain(secret);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void configAndClientToStringMaskEveryCredential() {
        AircallConfig bearer = AircallConfig.builder().accessToken(Secret.of("oauth-SECRET-555")).build();

        assertClean(client.config().toString());
        assertClean(client.toString());
        assertClean(bearer.toString());
        assertThat(client.config().toString()).contains("apiToken=" + Secret.MASK).contains("apiId=" + Secret.MASK);
        assertThat(bearer.toString()).contains("accessToken=" + Secret.MASK);
    }

    @Test
    void authenticationFailuresNeverEchoTheCredentials() {
        aircall.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Forbidden\"}")));

        TrunklineException e = catchThrowableOfType(TrunklineException.class, client::ping);

        assertClean(stackTrace(e));
    }
}
