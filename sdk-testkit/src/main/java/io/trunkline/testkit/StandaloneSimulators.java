package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Runs both simulators as a standalone process on given loopback ports, for tests written in other
 * languages or run from another process (several SDK replicas against one pair of vendors, say).
 *
 * <pre>
 * java -cp trunkline-testkit.jar:… io.trunkline.testkit.StandaloneSimulators \
 *     --synthflow-port 18081 --aircall-port 18082 [--profile documented-only|ledger-assumptions]
 * </pre>
 *
 * <p>It prints the base URLs and the workspace, then runs until its standard input closes. The
 * credentials the simulators accept come from {@code SYNTHFLOW_API_KEY}, {@code AIRCALL_API_ID} and
 * {@code AIRCALL_API_TOKEN} when set — so the caller, which knows them, need not read them back;
 * otherwise simulator-only credentials are generated and printed as {@code export} lines. They open
 * nothing but these simulators.
 */
public final class StandaloneSimulators {

    private StandaloneSimulators() {
    }

    /**
     * @param args {@code --synthflow-port N --aircall-port M [--profile documented-only|ledger-assumptions]}
     * @throws IOException when standard input fails
     */
    public static void main(String[] args) throws IOException {
        int status = run(args, System.getenv(), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Starts the simulators, prints where they listen, and blocks until standard input closes.
     *
     * @param args the flags
     * @param env where the credentials may come from
     * @param out where to print
     * @return 0 after a clean stop, 2 for bad usage
     * @throws IOException when standard input fails
     */
    static int run(String[] args, Map<String, String> env, PrintStream out) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println("usage: StandaloneSimulators --synthflow-port N --aircall-port M "
                    + "[--profile documented-only|ledger-assumptions]");
            return 2;
        }
        SynthflowSimulator.Builder synthflowBuilder = SynthflowSimulator.builder().port(options.synthflowPort)
                .profile(options.profile);
        AircallSimulator.Builder aircallBuilder = AircallSimulator.builder().port(options.aircallPort)
                .profile(options.profile);
        value(env, "SYNTHFLOW_API_KEY").map(Secret::of).ifPresent(synthflowBuilder::apiKey);
        value(env, "AIRCALL_API_ID").ifPresent(aircallBuilder::apiId);
        value(env, "AIRCALL_API_TOKEN").map(Secret::of).ifPresent(aircallBuilder::apiToken);
        try (SynthflowSimulator synthflow = synthflowBuilder.build(); AircallSimulator aircall = aircallBuilder.build()) {
            out.println("export SYNTHFLOW_BASE_URL=" + synthflow.baseUrl());
            out.println("export SYNTHFLOW_WORKSPACE_ID=" + synthflow.workspaceId());
            out.println("export AIRCALL_BASE_URL=" + aircall.baseUrl());
            if (value(env, "SYNTHFLOW_API_KEY").isEmpty()) {
                out.println("export SYNTHFLOW_API_KEY=" + synthflow.apiKey().reveal() + "  # simulator-only");
            }
            if (value(env, "AIRCALL_API_ID").isEmpty() || value(env, "AIRCALL_API_TOKEN").isEmpty()) {
                out.println("export AIRCALL_API_ID=" + aircall.apiId() + "  # simulator-only");
                out.println("export AIRCALL_API_TOKEN=" + aircall.apiToken().reveal() + "  # simulator-only");
            }
            out.println("# simulators ready (profile " + options.profile + "); close standard input to stop");
            out.flush();
            awaitEndOfInput();
        }
        return 0;
    }

    private static void awaitEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // keep serving until the parent closes our input (or the process is stopped)
        }
    }

    private static java.util.Optional<String> value(Map<String, String> env, String name) {
        return java.util.Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    /** The parsed flags. */
    private record Options(int synthflowPort, int aircallPort, VendorProfile profile) {

        static Options parse(String[] args) {
            Integer synthflow = null;
            Integer aircall = null;
            VendorProfile profile = VendorProfile.DOCUMENTED_ONLY;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--synthflow-port" -> synthflow = port(args[i], args[i + 1]);
                    case "--aircall-port" -> aircall = port(args[i], args[i + 1]);
                    case "--profile" -> profile = profile(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (synthflow == null || aircall == null) {
                throw new IllegalArgumentException("--synthflow-port and --aircall-port are required");
            }
            return new Options(synthflow, aircall, profile);
        }

        private static int port(String flag, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException(flag + " must be a port from 1 to 65535, not " + value);
        }

        private static VendorProfile profile(String value) {
            return switch (value) {
                case "documented-only" -> VendorProfile.DOCUMENTED_ONLY;
                case "ledger-assumptions" -> VendorProfile.LEDGER_ASSUMPTIONS;
                default -> throw new IllegalArgumentException("--profile must be documented-only or ledger-assumptions, "
                        + "not " + value);
            };
        }
    }
}
