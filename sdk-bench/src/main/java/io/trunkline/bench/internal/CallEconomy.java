package io.trunkline.bench.internal;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.testkit.SynthflowNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Group 1: how many HTTP requests Trunkline sends for each lifecycle phase of one guide-shaped
 * integration, against the same work done by {@link HandWrittenScript}, both counted from the
 * simulators' request journals. Each phase runs with new clients and adapters, as a separate
 * process would (only the state store, or the script's memory, carries over).
 */
public final class CallEconomy {

    /** The phases, in the order they run. */
    static final List<String> PHASES = List.of("first apply", "re-apply", "verify", "drift check", "destroy");

    private static final Duration AIRCALL_WINDOW = Duration.ofMinutes(1);
    private static final int AIRCALL_LIMIT = 120;
    private static final double READ_ALLOWANCE = 1.10;

    private final OkHttpClient http = new OkHttpClient();

    /** Per phase, per vendor. */
    private record Counts(RequestTally aircall, RequestTally synthflow, List<String> requests) {
        RequestTally total() {
            return aircall.plus(synthflow);
        }
    }

    /** @return the group's result */
    public GroupResult run() {
        IntegrationPlan plan = BenchPlans.integration(0);
        List<String> sanity = new ArrayList<>();
        Map<String, Counts> sdk = runTrunkline(plan, sanity);
        Map<String, Counts> script = runScript(plan, sanity);
        return result(sdk, script, sanity);
    }

    private Map<String, Counts> runTrunkline(IntegrationPlan plan, List<String> sanity) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        StateStore store = StateStore.inMemory();
        try (SeededSimulators vendors = new SeededSimulators(1, AIRCALL_LIMIT, AIRCALL_WINDOW)) {
            Function<String, IntegrationEngine> fresh = phase -> vendors.engine(http, store, AIRCALL_LIMIT, AIRCALL_WINDOW);
            // plan + apply in one call, as a CLI's apply without a saved plan: converge
            counts.put("first apply", measure(vendors, () ->
                    fresh.apply("first apply").converge(plan, ApplyListener.NONE, ManualStepConfirmer.NONE)));
            counts.put("re-apply", measure(vendors, () -> {
                ChangePlan again = fresh.apply("re-apply").converge(plan, ApplyListener.NONE, ManualStepConfirmer.NONE).plan();
                if (again.hasWrites()) {
                    sanity.add("Trunkline's re-apply plan still had writes: " + again.counts());
                }
            }));
            counts.put("verify", measure(vendors, () -> {
                VerificationReport report = fresh.apply("verify").verify(plan,
                        new VerifyOptions(Duration.ofSeconds(10), Duration.ofSeconds(1), VerifyOptions.Listener.NONE));
                report.checks().stream().filter(c -> c.status() == io.trunkline.core.lifecycle.VerificationReport.Check.Status.FAILED)
                        .forEach(c -> sanity.add("Trunkline verify failed " + c.name() + ": " + c.reason()));
            }));
            driftOutOfBand(vendors, plan);
            counts.put("drift check", measure(vendors, () -> {
                if (!fresh.apply("drift check").plan(plan).hasWrites()) {
                    sanity.add("Trunkline's plan did not show the out-of-band change");
                }
            }));
            counts.put("destroy", measure(vendors, () -> {
                IntegrationEngine engine = fresh.apply("destroy");
                engine.apply(engine.planDestroy(plan), ApplyListener.NONE);
            }));
            checkTornDown(vendors, "Trunkline", sanity);
        }
        return counts;
    }

    private Map<String, Counts> runScript(IntegrationPlan plan, List<String> sanity) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        HandWrittenScript.Memory memory = new HandWrittenScript.Memory();
        try (SeededSimulators vendors = new SeededSimulators(1, AIRCALL_LIMIT, AIRCALL_WINDOW)) {
            Function<String, HandWrittenScript> fresh = phase -> new HandWrittenScript(vendors.synthflowEndpoints(http),
                    vendors.aircallEndpoints(http, AIRCALL_LIMIT, AIRCALL_WINDOW), memory);
            counts.put("first apply", measure(vendors, () -> expectNone("script first apply", fresh.apply("").converge(plan), sanity)));
            counts.put("re-apply", measure(vendors, () -> expectNone("script re-apply", fresh.apply("").converge(plan), sanity)));
            counts.put("verify", measure(vendors, () -> expectNone("script verify", fresh.apply("").verify(plan), sanity)));
            driftOutOfBand(vendors, plan);
            counts.put("drift check", measure(vendors, () -> {
                if (fresh.apply("").driftCheck(plan).isEmpty()) {
                    sanity.add("the script did not see the out-of-band change");
                }
            }));
            counts.put("destroy", measure(vendors, () -> fresh.apply("").destroy(plan)));
            checkTornDown(vendors, "script", sanity);
        }
        return counts;
    }

    /** Someone edits the SIP number's termination URI in the Synthflow dashboard. */
    private static void driftOutOfBand(SeededSimulators vendors, IntegrationPlan plan) {
        SynthflowNumber number = vendors.synthflow().number(plan.phoneNumber().e164()).orElseThrow();
        vendors.synthflow().addNumber(number.toBuilder().terminationUri("sip:moved-by-hand.example.com").build());
    }

    private static void checkTornDown(SeededSimulators vendors, String who, List<String> sanity) {
        if (!vendors.synthflow().numbers().isEmpty() || !vendors.synthflow().actions().isEmpty()) {
            sanity.add(who + " left " + vendors.synthflow().numbers().size() + " number(s) and "
                    + vendors.synthflow().actions().size() + " action(s) after destroy");
        }
    }

    private static void expectNone(String what, List<String> problems, List<String> sanity) {
        if (!problems.isEmpty()) {
            sanity.add(what + ": " + problems);
        }
    }

    private static Counts measure(SeededSimulators vendors, Runnable phase) {
        int aircall = RequestTally.mark(vendors.aircall());
        int synthflow = RequestTally.mark(vendors.synthflow());
        phase.run();
        List<String> requests = new ArrayList<>();
        RequestTally.linesSince(vendors.aircall(), aircall).forEach(r -> requests.add("Aircall " + r));
        RequestTally.linesSince(vendors.synthflow(), synthflow).forEach(r -> requests.add("Synthflow " + r));
        return new Counts(RequestTally.since(vendors.aircall(), aircall), RequestTally.since(vendors.synthflow(), synthflow),
                requests);
    }

    private static GroupResult result(Map<String, Counts> sdk, Map<String, Counts> script, List<String> sanity) {
        List<List<String>> rows = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String phase : PHASES) {
            Counts t = sdk.get(phase);
            Counts s = script.get(phase);
            rows.add(row(phase, "Aircall", t.aircall(), s.aircall()));
            rows.add(row(phase, "Synthflow", t.synthflow(), s.synthflow()));
            RequestTally tt = t.total();
            RequestTally st = s.total();
            rows.add(row(phase, "both", tt, st));
            checks.add(new Check(phase + ": writes", "= script's " + st.writes(), String.valueOf(tt.writes()),
                    tt.writes() == st.writes()));
            checks.add(new Check(phase + ": reads", String.format(Locale.ROOT, "<= script's %d + 10%% (%.1f)",
                    st.reads(), st.reads() * READ_ALLOWANCE), String.valueOf(tt.reads()), tt.reads() <= st.reads() * READ_ALLOWANCE));
            figures.put(phase, Map.of(
                    "trunkline", Map.of("aircall", t.aircall(), "synthflow", t.synthflow(), "requests", t.requests()),
                    "script", Map.of("aircall", s.aircall(), "synthflow", s.synthflow(), "requests", s.requests())));
        }
        checks.add(new Check("re-apply writes", "= 0", String.valueOf(sdk.get("re-apply").total().writes()),
                sdk.get("re-apply").total().writes() == 0));
        figures.put("sanityProblems", sanity);
        List<String> notes = new ArrayList<>();
        notes.add("One guide-shaped integration (DID, SIP number, inbound assistant, one warm transfer to a team via a"
                + " separate Aircall line). Reads = GET, writes = any other method, from the simulators' request journals.");
        notes.add("Each phase uses new clients and adapters, as a separate run would; only Trunkline's state store and"
                + " the script's memory (the ids it created) carry over. Apply and re-apply are one converge call (plan"
                + " and apply under one DID lock, as an apply without a saved plan). Drift: the SIP number's termination"
                + " URI is changed in the simulator behind both tools' backs, then one plan is made (nothing applied).");
        notes.add("Both run on the simulators' DOCUMENTED_ONLY profile. Baseline: HandWrittenScript, the minimal careful"
                + " sequence (check before create, check the Aircall side it depends on); its exact requests are listed"
                + " in docs/performance.md. Documented behaviour costs it one assumption-free step: an unknown number"
                + " slug answers 400, so it confirms absence with GET /v2/numbers; and it knows its transfer action"
                + " only by the id it remembers (nothing documented says which action dials which number).");
        sanity.forEach(p -> notes.add("SANITY PROBLEM: " + p));
        return new GroupResult("call-economy", "1. Call economy (HTTP requests per phase)",
                List.of("phase", "vendor", "Trunkline GET", "Trunkline writes", "script GET", "script writes"),
                rows, checks, notes, figures);
    }

    private static List<String> row(String phase, String vendor, RequestTally sdk, RequestTally script) {
        return List.of(phase, vendor, String.valueOf(sdk.reads()), String.valueOf(sdk.writes()),
                String.valueOf(script.reads()), String.valueOf(script.writes()));
    }
}
