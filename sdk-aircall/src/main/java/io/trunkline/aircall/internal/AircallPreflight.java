package io.trunkline.aircall.internal;

import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.core.spi.AssumptionVerdict.Verdict;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.spi.VendorAssumption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link AircallAssumptions} against a live company with reads only: {@code GET /v1/ping}
 * for the rate-limit headers, {@code GET /v1/numbers} for {@code flow_editor_enabled}.
 */
public final class AircallPreflight {

    private final AircallEndpoints aircall;
    private final Clock clock;

    /**
     * @param aircall the Aircall endpoints
     * @param clock the clock the reset header is compared with
     */
    public AircallPreflight(AircallEndpoints aircall, Clock clock) {
        this.aircall = aircall;
        this.clock = clock;
    }

    /** @return one verdict per ledger entry, in ledger order */
    public List<AssumptionVerdict> run() {
        aircall.ping();
        Map<String, String> headers = aircall.lastRateLimitHeaders();
        List<AircallNumber> numbers = aircall.numbers().toList();
        return List.of(rateHeaders(headers),
                unknown(AircallAssumptions.REFUSES_429_BEFORE_WORK, "no read-only check can tell; ask Aircall support"),
                resetUnit(headers.get("X-AircallApi-Reset")),
                flowEditorField(numbers),
                unknown(AircallAssumptions.LINE_REACHED_BY_DID, "needs a test call that is transferred"));
    }

    private static AssumptionVerdict rateHeaders(Map<String, String> headers) {
        String evidence = "GET /v1/ping answered with " + (headers.isEmpty() ? "no X-AircallApi-* header" : headers);
        return new AssumptionVerdict(AircallAssumptions.RATE_HEADERS_ON_EVERY_ANSWER,
                headers.size() == 3 ? Verdict.CONFIRMED : Verdict.REFUTED, evidence);
    }

    private AssumptionVerdict resetUnit(String reset) {
        VendorAssumption entry = AircallAssumptions.RESET_UNIT;
        if (reset == null || !reset.matches("[0-9]{1,19}")) {
            return unknown(entry, "no X-AircallApi-Reset header to read");
        }
        long value = Long.parseLong(reset);
        Instant asSeconds = Instant.ofEpochSecond(Math.min(value, Instant.MAX.getEpochSecond()));
        boolean plausibleSeconds = Duration.between(clock.instant(), asSeconds).abs().compareTo(Duration.ofHours(1)) <= 0;
        String evidence = "X-AircallApi-Reset " + reset + " read as seconds is " + asSeconds;
        return new AssumptionVerdict(entry, plausibleSeconds ? Verdict.CONFIRMED : Verdict.REFUTED, evidence);
    }

    private static AssumptionVerdict flowEditorField(List<AircallNumber> numbers) {
        long reported = numbers.stream().filter(n -> n.flowEditorEnabled() != null).count();
        long managed = numbers.stream().filter(n -> Boolean.TRUE.equals(n.flowEditorEnabled())).count();
        String evidence = numbers.size() + " number(s): " + reported + " report flow_editor_enabled (" + managed
                + " true), " + (numbers.size() - reported) + " omit it";
        // Omitted on some numbers is what the docs allow; it refutes the entry only when no number reports it.
        Verdict verdict = numbers.isEmpty() ? Verdict.UNKNOWN : reported == 0 ? Verdict.REFUTED : Verdict.CONFIRMED;
        return new AssumptionVerdict(AircallAssumptions.FLOW_EDITOR_FIELD, verdict, evidence);
    }

    private static AssumptionVerdict unknown(VendorAssumption entry, String evidence) {
        return new AssumptionVerdict(entry, Verdict.UNKNOWN, evidence);
    }
}
