package io.trunkline.it;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SimulatorClock;
import io.trunkline.testkit.SynthflowAction;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowNumber;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.VendorProfile;
import java.time.Duration;
import java.util.List;

/**
 * Both vendor simulators on one {@link SimulatorClock}, preloaded with what the guide assumes
 * exists before Trunkline runs: an Aircall line per DID using Smartflows, two other lines that
 * transfers dial, a team with users, and one inbound Synthflow assistant per DID.
 */
final class Vendors implements AutoCloseable {

    static final String WORKSPACE = "1710107690998x536152705164378100";
    static final long TEAM_ID = 678;
    static final long USER_ID = 456;
    static final long TEAM_LINE_ID = 5678;
    static final long USER_LINE_ID = 9012;
    static final String TEAM_LINE = "+33144556677";
    static final String USER_LINE = "+33144556688";
    static final Duration REGISTRATION_DELAY = Duration.ofSeconds(90);

    final SimulatorClock clock = SimulatorClock.create();
    final SynthflowSimulator synthflow;
    final AircallSimulator aircall;
    final VendorProfile profile;
    private final int dids;

    /** @param dids how many integrations to prepare (DIDs and assistants), on documented-only simulators */
    Vendors(int dids) {
        this(dids, VendorProfile.DOCUMENTED_ONLY);
    }

    /**
     * @param dids how many integrations to prepare
     * @param profile what the simulators grant; under the ledger's profile Synthflow also shows a
     *     freshly bound assistant only after {@link #REGISTRATION_DELAY}
     */
    Vendors(int dids, VendorProfile profile) {
        this(dids, profile, AircallSimulator.builder());
    }

    Vendors(int dids, VendorProfile profile, AircallSimulator.Builder aircallBuilder) {
        this.dids = dids;
        this.profile = profile;
        this.synthflow = SynthflowSimulator.builder().clock(clock).apiKey(Secrets.synthflowApiKey())
                .workspaceId(WORKSPACE).profile(profile)
                .registrationDelay(profile.documentedOnly() ? Duration.ZERO : REGISTRATION_DELAY).build();
        this.aircall = aircallBuilder.clock(clock).profile(profile).apiId(Secrets.AIRCALL_API_ID)
                .apiToken(Secrets.aircallApiToken()).bearerToken(Secrets.aircallBearer()).build();
        preload();
    }

    /** The n-th DID (0-based): +33 1 23 45 67 89, then +33 1 23 45 68 00, ... */
    static PhoneNumber did(int n) {
        return PhoneNumber.parse("+3312345" + String.format("%04d", 6789 + n * 11));
    }

    /** The n-th integration's assistant id, shaped like Synthflow's model_id. */
    static String assistantId(int n) {
        return String.format("1726559381711x1087085874779%05d", n);
    }

    static long lineId(int n) {
        return 1000 + n;
    }

    /** Clears both simulators and preloads them again; the clock keeps running forward. */
    void reset() {
        synthflow.reset();
        aircall.reset();
        preload();
    }

    private void preload() {
        AircallUser agent = aircall.addUser(AircallUser.builder("Camille Martin", "camille@example.com").id(USER_ID)
                .build());
        aircall.addUser(AircallUser.builder("Louis Bernard", "louis@example.com").id(457).build());
        aircall.addTeam(AircallTeam.builder("Paris support").id(TEAM_ID).addUserId(agent.id()).addUserId(457).build());
        aircall.addNumber(AircallNumber.builder(TEAM_LINE).id(TEAM_LINE_ID).name("Support team line")
                .flowEditorEnabled(true).build());
        aircall.addNumber(AircallNumber.builder(USER_LINE).id(USER_LINE_ID).name("Camille direct line")
                .flowEditorEnabled(true).build());
        for (int n = 0; n < dids; n++) {
            aircall.addNumber(AircallNumber.builder(did(n).e164()).id(lineId(n)).name("AI line " + n)
                    .flowEditorEnabled(true).timeZone("Europe/Paris").build());
            synthflow.addAssistant(SynthflowAssistant.builder("Aircall AI receptionist " + n, "inbound")
                    .modelId(assistantId(n)).voiceEngineVersion("2.1").build());
        }
    }

    /** @return Synthflow numbers whose DID is {@code did} (more than one would be a duplicate) */
    long numbersFor(PhoneNumber did) {
        return synthflow.numbers().stream().filter(n -> n.slug().equals(did.e164().substring(1))).count();
    }

    List<SynthflowNumber> numbers() {
        return synthflow.numbers();
    }

    List<SynthflowAction> actions() {
        return synthflow.actions();
    }

    /** @return how many actions are attached to the n-th assistant, counting each attachment */
    long attachmentsOf(int n) {
        return synthflow.actions().stream().filter(a -> a.assistantIds().contains(assistantId(n))).count();
    }

    @Override
    public void close() {
        synthflow.close();
        aircall.close();
    }
}
