package io.trunkline.examples;

import io.trunkline.core.model.Transport;
import io.trunkline.testkit.VendorProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** QuickStart's inputs: flags first, then environment variables, then the demo defaults. */
final class QuickStartOptions {

    static final String USAGE = """
            Usage: QuickStart [options]

            Without credentials QuickStart starts embedded simulators of Synthflow and Aircall and runs the
            whole lifecycle against them. With SYNTHFLOW_API_KEY, SYNTHFLOW_WORKSPACE_ID, AIRCALL_API_ID and
            AIRCALL_API_TOKEN set it talks to the real vendors and only plans, unless --apply is given.
            SYNTHFLOW_BASE_URL and AIRCALL_BASE_URL override the hosts (regional Synthflow hosts, proxies).

            Options (each also readable from the environment variable in brackets):
              --did <E.164>              the Aircall line's DID            [TRUNKLINE_DID]
              --assistant <model_id>     the Synthflow inbound assistant   [TRUNKLINE_ASSISTANT_ID]
              --engine-version <v>       its engine version, e.g. 2.0      [TRUNKLINE_ENGINE_VERSION]
              --termination-uri <uri>    Aircall's SIP address for transfers [TRUNKLINE_TERMINATION_URI]
              --transport <udp|tcp|tls>  SIP transport (default udp)       [TRUNKLINE_TRANSPORT]
              --fallback-team <id>       team rung when the AI does not answer [TRUNKLINE_FALLBACK_TEAM]
              --transfer-line <id>       line the AI transfers to; its Smartflow rings the fallback team
                                                                           [TRUNKLINE_TRANSFER_LINE]
              --state-file <path>        where Trunkline records what it created
                                         (default: trunkline.state with real vendors, in memory otherwise)
              --apply                    with real vendors: apply the plan instead of only printing it
              --preflight                check the vendor assumption ledger against the accounts with
                                         reads only (CONFIRMED / REFUTED / UNKNOWN), then stop; writes nothing
              --simulator-profile <p>    without credentials: documented-only (default), or ledger-assumptions
                                         to let the simulators grant what Trunkline's assumption ledger assumes
              --help                     this text
            """;

    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final boolean apply;
    private final boolean help;
    private final boolean preflight;

    private QuickStartOptions(Map<String, String> flags, Map<String, String> env, boolean apply, boolean help,
                              boolean preflight) {
        this.flags = flags;
        this.env = env;
        this.apply = apply;
        this.help = help;
        this.preflight = preflight;
    }

    /**
     * @throws IllegalArgumentException for an unknown flag or a flag without its value
     */
    static QuickStartOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> flags = new java.util.HashMap<>();
        boolean apply = false;
        boolean help = false;
        boolean preflight = false;
        List<String> valued = List.of("--did", "--assistant", "--engine-version", "--termination-uri", "--transport",
                "--fallback-team", "--transfer-line", "--state-file", "--simulator-profile");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--apply")) {
                apply = true;
            } else if (arg.equals("--preflight")) {
                preflight = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value; see --help");
                }
                flags.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + arg + "; see --help");
            }
        }
        return new QuickStartOptions(flags, env, apply, help, preflight);
    }

    boolean preflight() {
        return preflight;
    }

    VendorProfile simulatorProfile() {
        String value = Optional.ofNullable(flags.get("--simulator-profile")).orElse("documented-only");
        return switch (value) {
            case "documented-only" -> VendorProfile.DOCUMENTED_ONLY;
            case "ledger-assumptions" -> VendorProfile.LEDGER_ASSUMPTIONS;
            default -> throw new IllegalArgumentException("--simulator-profile must be documented-only or "
                    + "ledger-assumptions, not " + value);
        };
    }

    boolean help() {
        return help;
    }

    boolean apply() {
        return apply;
    }

    /** @return the names of the credential variables that are missing (all four missing = simulators) */
    List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("SYNTHFLOW_API_KEY", "SYNTHFLOW_WORKSPACE_ID", "AIRCALL_API_ID", "AIRCALL_API_TOKEN")) {
            if (optionalEnv(name).isEmpty()) {
                missing.add(name);
            }
        }
        return missing;
    }

    String did() {
        return value("--did", "TRUNKLINE_DID", SamplePlans.DID);
    }

    String assistantId() {
        return value("--assistant", "TRUNKLINE_ASSISTANT_ID", SamplePlans.ASSISTANT_ID);
    }

    String engineVersion() {
        return value("--engine-version", "TRUNKLINE_ENGINE_VERSION", "2.0");
    }

    String terminationUri() {
        return value("--termination-uri", "TRUNKLINE_TERMINATION_URI", "sip:aircall-trunk.example.com");
    }

    Transport transport() {
        String value = value("--transport", "TRUNKLINE_TRANSPORT", "udp");
        try {
            return Transport.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--transport must be udp, tcp or tls, not " + value);
        }
    }

    long fallbackTeam() {
        return number("--fallback-team", "TRUNKLINE_FALLBACK_TEAM", SamplePlans.SUPPORT_TEAM);
    }

    long transferLine() {
        return number("--transfer-line", "TRUNKLINE_TRANSFER_LINE", DemoVendors.SECOND_LINE_ID);
    }

    Optional<Path> stateFile() {
        return Optional.ofNullable(flags.get("--state-file")).map(Path::of);
    }

    String env(String name) {
        return optionalEnv(name).orElseThrow(() -> new IllegalArgumentException(name + " is not set"));
    }

    Optional<String> optionalEnv(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private String value(String flag, String variable, String fallback) {
        return Optional.ofNullable(flags.get(flag)).or(() -> optionalEnv(variable)).orElse(fallback);
    }

    private long number(String flag, String variable, long fallback) {
        String value = value(flag, variable, Long.toString(fallback));
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number (the ID in the Aircall dashboard URL), not " + value);
        }
    }
}
