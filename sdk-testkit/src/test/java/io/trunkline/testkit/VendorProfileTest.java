package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.model.Secret;
import io.trunkline.testkit.internal.DocumentedFields;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each simulator profile grants, and that the documented-only one grants nothing undocumented. */
class VendorProfileTest {

    private static final String DID = "+33123456789";

    private static String importBody(SynthflowSimulator synthflow, String extra) {
        return "{\"workspace_id\":\"" + synthflow.workspaceId() + "\",\"phone_number\":\"" + DID
                + "\",\"provider_name\":\"custom\",\"termination_uri\":\"sip:aircall.example.com\"" + extra + "}";
    }

    private static String liveTransfer(String extra) {
        return "{\"LIVE_TRANSFER\":{\"phone\":\"+33198765432\",\"transfer_mode\":\"warm_transfer\","
                + "\"instructions\":\"Human\",\"initiating_msg\":\"One moment\"" + extra + "}}";
    }

    @Nested
    class Synthflow {

        @ParameterizedTest
        @EnumSource(VendorProfile.class)
        void anUnknownSlugIsA400DocumentedOnlyAndA404UnderTheLedger(VendorProfile profile) {
            try (SynthflowSimulator synthflow = SynthflowSimulator.builder().profile(profile).build()) {
                Http http = Http.bearer(synthflow.baseUrl(), synthflow.apiKey().reveal());

                Http.Response r = http.get("/numbers/33999999999?workspace=" + synthflow.workspaceId());

                assertThat(r.status()).isEqualTo(profile.documentedOnly() ? 400 : 404);
                if (profile.documentedOnly()) {
                    assertThat(r.json().get("detail").asText()).isEqualTo("Phone number not found");
                }
                assertThat(http.delete("/numbers/33999999999").status()).isEqualTo(profile.documentedOnly() ? 400 : 404);
            }
        }

        @ParameterizedTest
        @EnumSource(VendorProfile.class)
        void aLiveTransfersSettingsAreEchoedOnlyUnderTheLedger(VendorProfile profile) {
            try (SynthflowSimulator synthflow = SynthflowSimulator.builder().profile(profile).build()) {
                Http http = Http.bearer(synthflow.baseUrl(), synthflow.apiKey().reveal());
                String id = http.post("/actions", liveTransfer("")).json().at("/response/action_id").asText();

                JsonNode listed = http.get("/actions?limit=20&offset=0").json().at("/response/actions/0");
                JsonNode read = http.get("/actions/" + id).json().at("/response/actions/0");

                for (JsonNode action : new JsonNode[] {listed, read}) {
                    JsonNode hardCoded = action.get("parameters_hard_coded");
                    assertThat(hardCoded.isObject()).isTrue();
                    assertThat(hardCoded.has("phone")).isEqualTo(!profile.documentedOnly());
                    assertThat(hardCoded.has("transfer_mode")).isEqualTo(!profile.documentedOnly());
                }
            }
        }

        @Test
        void documentedOnlyRefusesBodyFieldsTheOpenApiDoesNotDeclare() {
            try (SynthflowSimulator synthflow = SynthflowSimulator.builder().build()) {
                Http http = Http.bearer(synthflow.baseUrl(), synthflow.apiKey().reveal());

                Http.Response number = http.post("/custom-numbers", importBody(synthflow, ",\"sip_uri\":\"sip:x\""));
                Http.Response action = http.post("/actions", liveTransfer(",\"sip_uri\":\"sip:queue@aircall\""));

                assertThat(number.status()).isEqualTo(400);
                assertThat(number.body()).contains("sip_uri");
                assertThat(action.status()).isEqualTo(400);
                assertThat(action.body()).contains("unknown field(s) [sip_uri]");
                assertThat(synthflow.numbers()).isEmpty();
                assertThat(synthflow.actions()).isEmpty();
            }
        }

        @Test
        void theLedgerProfileIgnoresUndeclaredFields() {
            try (SynthflowSimulator synthflow = SynthflowSimulator.builder().profile(VendorProfile.LEDGER_ASSUMPTIONS)
                    .build()) {
                Http http = Http.bearer(synthflow.baseUrl(), synthflow.apiKey().reveal());

                assertThat(http.post("/custom-numbers", importBody(synthflow, ",\"sip_uri\":\"sip:x\"")).status())
                        .isEqualTo(200);
            }
        }

        @Test
        void documentedOnlyRefusesARegistrationDelayItCannotShow() {
            assertThatThrownBy(() -> SynthflowSimulator.builder().registrationDelay(Duration.ofSeconds(90)).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEDGER_ASSUMPTIONS");
            try (SynthflowSimulator synthflow = SynthflowSimulator.builder().build()) {
                assertThatThrownBy(() -> synthflow.registrationDelay(Duration.ofSeconds(1)))
                        .isInstanceOf(IllegalStateException.class);
            }
        }

        @Test
        void theDeclaredFieldsAreTheOnesOfThePublishedOpenApiExtract() throws IOException {
            JsonNode operations = openApiOperations();
            Set<String> liveTransfer = new HashSet<>();
            for (JsonNode op : operations) {
                String key = op.get("method").asText() + " " + op.get("path").asText();
                JsonNode properties = op.path("body").path("properties");
                if (DocumentedFields.BODY_FIELDS.containsKey(key)) {
                    assertThat(DocumentedFields.BODY_FIELDS.get(key)).as(key).isEqualTo(names(properties));
                }
                properties.path("LIVE_TRANSFER").path("oneOf").forEach(v -> liveTransfer.addAll(names(v.get("properties"))));
            }
            assertThat(DocumentedFields.LIVE_TRANSFER_FIELDS).isEqualTo(liveTransfer);
        }

        /**
         * A copy of the team's extract of Synthflow's published OpenAPI (shared/vendor-apis, beside the
         * repository), kept in this module's test resources so the check runs from any clone.
         */
        private static JsonNode openApiOperations() throws IOException {
            try (InputStream extract = VendorProfileTest.class.getResourceAsStream(
                    "/vendor-apis/synthflow-openapi-extract.json")) {
                assertThat(extract).as("the OpenAPI extract in src/test/resources/vendor-apis").isNotNull();
                return new ObjectMapper().readTree(extract).get("operations");
            }
        }

        private Set<String> names(JsonNode properties) {
            Set<String> names = new HashSet<>();
            if (properties.isArray()) {
                properties.forEach(p -> names.add(p.asText()));
            }
            for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            return names;
        }
    }

    @Nested
    class Aircall {

        @ParameterizedTest
        @EnumSource(VendorProfile.class)
        void rateLimitHeadersComeWithOrdinaryAnswersOnlyUnderTheLedger(VendorProfile profile) {
            try (AircallSimulator aircall = AircallSimulator.builder().profile(profile).rateLimit(1, Duration.ofHours(1))
                    .apiId("id").apiToken(Secret.of("token")).build()) {
                Http http = AircallSimulatorTest.basic(aircall, "id", "token");

                Http.Response ordinary = http.get("/v1/ping");
                Http.Response limited = http.get("/v1/ping");

                assertThat(ordinary.status()).isEqualTo(200);
                assertThat(ordinary.header("X-AircallApi-Limit") != null).isEqualTo(!profile.documentedOnly());
                assertThat(limited.status()).isEqualTo(429);
                assertThat(limited.header("X-AircallApi-Reset")).isNotNull();
            }
        }

        @ParameterizedTest
        @EnumSource(VendorProfile.class)
        void flowEditorEnabledIsAbsentOnClassicNumbersDocumentedOnly(VendorProfile profile) {
            try (AircallSimulator aircall = AircallSimulator.builder().profile(profile).apiId("id")
                    .apiToken(Secret.of("token")).build()) {
                aircall.addNumber(AircallNumber.builder("+33144556677").id(1).flowEditorEnabled(true).build());
                aircall.addNumber(AircallNumber.builder("+33144556688").id(2).build());
                Http http = AircallSimulatorTest.basic(aircall, "id", "token");

                assertThat(http.get("/v1/numbers/1").json().at("/number/flow_editor_enabled").asBoolean()).isTrue();
                assertThat(http.get("/v1/numbers/2").json().get("number").has("flow_editor_enabled"))
                        .isEqualTo(!profile.documentedOnly());
            }
        }

        @Test
        void documentedOnlyRefusesRateLimitHeadersOnEveryAnswer() {
            assertThatThrownBy(() -> AircallSimulator.builder().rateLimitHeaders(AircallSimulator.RateLimitHeaders.ALWAYS).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEDGER_ASSUMPTIONS");
        }
    }
}
