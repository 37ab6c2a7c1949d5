package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The simulators as a separate process on given ports, reached over HTTP like any vendor. */
class StandaloneSimulatorsTest {

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void runsAsAnotherProcessOnTheGivenPortsWithTheCallersCredentialsUntilItsInputCloses() throws Exception {
        int synthflowPort = freePort();
        int aircallPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StandaloneSimulators.class.getName(),
                "--synthflow-port", String.valueOf(synthflowPort), "--aircall-port", String.valueOf(aircallPort),
                "--profile", "documented-only");
        builder.environment().put("SYNTHFLOW_API_KEY", "sf-standalone-key");
        builder.environment().put("AIRCALL_API_ID", "standalone-id");
        builder.environment().put("AIRCALL_API_TOKEN", "standalone-token");
        Process simulators = builder.redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(simulators.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> exported = new HashMap<>();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("# simulators ready")) {
                if (line.startsWith("export ")) {
                    String[] pair = line.substring(7).split("=", 2);
                    exported.put(pair[0], pair[1]);
                }
            }
            assertThat(line).as("the ready line").contains("profile DOCUMENTED_ONLY");
            assertThat(exported).containsEntry("SYNTHFLOW_BASE_URL", "http://127.0.0.1:" + synthflowPort + "/v2")
                    .containsEntry("AIRCALL_BASE_URL", "http://127.0.0.1:" + aircallPort)
                    .doesNotContainKeys("SYNTHFLOW_API_KEY", "AIRCALL_API_TOKEN");

            Http synthflow = Http.bearer(exported.get("SYNTHFLOW_BASE_URL"), "sf-standalone-key");
            assertThat(synthflow.get("/numbers?workspace=" + exported.get("SYNTHFLOW_WORKSPACE_ID")).status()).isEqualTo(200);
            assertThat(synthflow.get("/numbers/33999999999?workspace=" + exported.get("SYNTHFLOW_WORKSPACE_ID")).status())
                    .as("documented-only: an unknown slug is a 400").isEqualTo(400);
            assertThat(Http.bearer(exported.get("SYNTHFLOW_BASE_URL"), "wrong").get("/assistants").status()).isEqualTo(401);
            Http aircall = new Http(exported.get("AIRCALL_BASE_URL"), "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("standalone-id:standalone-token".getBytes(StandardCharsets.UTF_8)));
            assertThat(aircall.get("/v1/ping").status()).isEqualTo(200);

            simulators.getOutputStream().close();
            assertThat(simulators.waitFor(30, TimeUnit.SECONDS)).as("stops when its input closes").isTrue();
            assertThat(simulators.exitValue()).isZero();
        } finally {
            simulators.destroyForcibly();
        }
    }

    @Test
    void badUsageSaysWhatIsMissing() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        int status = StandaloneSimulators.run(new String[] {"--synthflow-port", "0x50"}, Map.of(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--synthflow-port must be a port from 1 to 65535, not 0x50")
                .contains("usage: StandaloneSimulators");
    }
}
