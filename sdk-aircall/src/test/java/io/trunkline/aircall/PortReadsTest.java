package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.testsupport.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PortReadsTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallContactCenter center = AircallContactCenter.create(
            AircallClientFor.noRetries(aircall, time));

    @BeforeEach
    void company() {
        AircallCompany.stub(aircall);
    }

    @Test
    void findLineAnswersFromTheListedNumbersAndResolvesItsE164FromDigits() {
        AircallContactCenter snapshot = center.snapshot();
        ContactCenter.LineState line = snapshot.findLine(5678).orElseThrow();
        snapshot.findLine(5678);
        snapshot.findLineByDid(PhoneNumber.parse("+33198765432"));

        assertThat(line).isEqualTo(new ContactCenter.LineState(5678, "Support escalation", PhoneNumber.parse("+33198765432"), true,
                "Europe/Paris"));
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers")).withHeader("Authorization", equalTo(BASIC)));
        aircall.verify(0, getRequestedFor(urlPathEqualTo("/v1/numbers/5678")));
    }


    @Test
    void findLineIsEmptyWhenAircallAnswers404() {
        assertThat(center.findLine(9999)).isEmpty();
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers/9999")));
    }

    @Test
    void findLineRefusesALineWhoseDigitsAreNotInternational() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers/42")).willReturn(okJson(
                "{ \"number\": { \"id\": 42, \"name\": \"Odd\", \"digits\": \"01 23 45 67 89\" } }")));

        assertThatThrownBy(() -> center.findLine(42)).isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall").hasMessageContaining("line 42").hasMessageContaining("01 23 45 67 89");
    }

    @Test
    void findTeamCountsTheUsersItEmbeds() {
        assertThat(center.findTeam(678)).contains(new ContactCenter.TeamState(678, "Support L1", 2));
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/teams/678")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void findTeamReportsAnEmptyTeamAsZeroUsers() {
        aircall.stubFor(get(urlPathEqualTo("/v1/teams/679")).willReturn(okJson(
                "{ \"team\": { \"id\": 679, \"name\": \"Night shift\", \"users\": [] } }")));

        assertThat(center.findTeam(679)).contains(new ContactCenter.TeamState(679, "Night shift", 0));
    }

    @Test
    void findTeamIsEmptyWhenAircallAnswers404() {
        aircall.stubFor(get(urlPathEqualTo("/v1/teams/1")).willReturn(AircallCompany.notFound()));

        assertThat(center.findTeam(1)).isEmpty();
    }

    @Test
    void findUserReadsTheV2UsersApi() {
        assertThat(center.findUser(456)).contains(new ContactCenter.UserState(456, "Jane Doe"));
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v2/users/456")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void findUserIsEmptyWhenAircallAnswers404() {
        aircall.stubFor(get(urlPathEqualTo("/v2/users/1")).willReturn(AircallCompany.notFound()));

        assertThat(center.findUser(1)).isEmpty();
    }

    @Test
    void serverErrorsPropagateAsVendorApiExceptions() {
        aircall.stubFor(get(urlPathEqualTo("/v1/teams/678")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> center.findTeam(678)).isInstanceOf(VendorApiException.class)
                .satisfies(e -> assertThat(((VendorApiException) e).statusCode()).isEqualTo(500));
    }

    @Test
    void refusedCredentialsPropagateAsAuthenticationExceptions() {
        aircall.stubFor(get(urlPathEqualTo("/v2/users/456")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Forbidden\"}")));

        assertThatThrownBy(() -> center.findUser(456)).isInstanceOf(AuthenticationException.class);
    }
}
