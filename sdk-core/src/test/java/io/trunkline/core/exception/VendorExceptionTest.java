package io.trunkline.core.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.internal.diagnostic.LiveChecks;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders of the vendor exceptions: what they carry, the message they write, what they refuse. */
class VendorExceptionTest {

    @Test
    void eachBuilderBuildsItsOwnTypeWithEveryFact() {
        ResourceNotFoundException e = ResourceNotFoundException.builder().vendor(Vendor.SYNTHFLOW)
                .operation("get number").request("GET", "/v2/numbers/33123456789").statusCode(404)
                .vendorMessage("No route matched").errorCode("not_found").requestId("req-7")
                .advice("Check the identifier").build();

        assertThat(e.vendor()).isEqualTo(Vendor.SYNTHFLOW);
        assertThat(e.operation()).isEqualTo("get number");
        assertThat(e.request()).contains("GET /v2/numbers/33123456789");
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.vendorMessage()).contains("No route matched");
        assertThat(e.errorCode()).contains("not_found");
        assertThat(e.requestId()).contains("req-7");
        assertThat(e.retryable()).isFalse();
        assertThat(e).hasMessage("Synthflow get number failed: No route matched; status: 404; request-id: req-7. "
                + "Check the identifier");
    }

    @Test
    void theSubtypeBuildersKeepTheirTypes() {
        List<VendorApiException> built = List.of(
                AuthenticationException.builder().vendor(Vendor.AIRCALL).operation("ping").statusCode(403).build(),
                RateLimitedException.builder().vendor(Vendor.AIRCALL).operation("ping").build(),
                VendorApiException.builder().vendor(Vendor.AIRCALL).operation("ping").statusCode(409).build());

        assertThat(built).map(Object::getClass).containsExactly(AuthenticationException.class,
                RateLimitedException.class, VendorApiException.class);
        assertThat(built).allSatisfy(e -> assertThat(e.errorCode()).isEmpty());
    }

    @Test
    void aRateLimitIsA429AndKeepsTheWaitTheVendorAskedFor() {
        RateLimitedException e = RateLimitedException.builder().vendor(Vendor.AIRCALL).operation("list numbers")
                .retryAfter(Duration.ofSeconds(30)).retryable(true).build();

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void aSilentVendorErrorSaysSoAndWhoseFaultItIs() {
        VendorApiException server = VendorApiException.builder().vendor(Vendor.AIRCALL).operation("ping")
                .statusCode(503).build();
        VendorApiException client = VendorApiException.builder().vendor(Vendor.AIRCALL).operation("ping")
                .statusCode(400).build();

        assertThat(server).hasMessageStartingWith("Aircall ping failed: HTTP 503 with an empty error body. ")
                .hasMessageContaining("the fault is on its side");
        assertThat(client).hasMessageContaining("check the request against Aircall's API reference");
    }

    @Test
    void aConnectionFailureNamesVendorOperationAndProblemAndKeepsItsCause() {
        IOException cause = new IOException("reset");
        VendorConnectionException e = VendorConnectionException.builder().vendor(Vendor.AIRCALL)
                .operation("list numbers").problem("the connection failed; retry").cause(cause).retryable(true)
                .build();

        assertThat(e).hasMessage("Aircall list numbers failed: the connection failed; retry").hasCause(cause);
        assertThat(e.retryable()).isTrue();
        assertThat(e.request()).isEmpty();
        assertThat(e).isInstanceOf(VendorException.class);
    }

    @Test
    void missingFactsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> VendorApiException.builder().operation("ping").statusCode(500).build())
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("vendor:");
        assertThatThrownBy(() -> VendorApiException.builder().vendor(Vendor.AIRCALL).statusCode(500).build())
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("operation:");
        assertThatThrownBy(() -> VendorApiException.builder().vendor(Vendor.AIRCALL).operation("ping").build())
                .isInstanceOf(InvalidConfigurationException.class).hasMessageStartingWith("statusCode: 0");
        assertThatThrownBy(() -> VendorConnectionException.builder().vendor(Vendor.AIRCALL).operation("ping").build())
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("problem:");
    }

    @Test
    void failuresOutsideTheVendorsAreNotRetryable() {
        assertThat(new PlanningException(List.of(LiveChecks.lineNotFound("+33123456789"))).retryable()).isFalse();
        assertThat(new StalePlanException("a number appeared").retryable()).isFalse();
    }

    @Test
    void vendorsAreNamedAsTheirUsersWriteThem() {
        assertThat(Vendor.SYNTHFLOW.displayName()).isEqualTo("Synthflow");
        assertThat(Vendor.AIRCALL.displayName()).isEqualTo("Aircall");
    }
}
