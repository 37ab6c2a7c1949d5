package io.trunkline.it;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enumerates the endpoints the SDK calls during plan/apply, verify and destroy from the simulators'
 * request journals of a clean run, so the fault matrix follows the code instead of a list that
 * could drift from it.
 */
final class Endpoints {

    private Endpoints() {
    }

    /**
     * Runs the guide integration cleanly (converge = plan + apply, verify, plan destroy + apply) on
     * freshly reset simulators and lists every endpoint called, with the phases that called it.
     *
     * @param vendors the simulators; reset before and after
     * @return the endpoints, sorted by vendor, method and path
     */
    static List<Endpoint> discover(Vendors vendors) {
        vendors.reset();
        IntegrationPlan integration = Plans.integration(0);
        Lifecycle lifecycle = new Lifecycle(Sdk.against(vendors).build().engine, integration, 1);
        List<Endpoint> endpoints = new ArrayList<>();
        int[] seen = {0, 0};
        Runnable[] phases = {lifecycle::converge, lifecycle::verify, lifecycle::destroy};
        String[] names = {"plan/apply", "verify", "destroy"};
        for (int p = 0; p < phases.length; p++) {
            phases[p].run();
            collect("Synthflow", vendors.synthflow, seen, 0, names[p], endpoints);
            collect("Aircall", vendors.aircall, seen, 1, names[p], endpoints);
        }
        vendors.reset();
        endpoints.sort(null);
        return List.copyOf(endpoints);
    }

    private static void collect(String vendor, VendorSimulator simulator, int[] seen, int slot, String phase,
                                List<Endpoint> endpoints) {
        List<RecordedRequest> journal = simulator.requests();
        for (RecordedRequest request : journal.subList(seen[slot], journal.size())) {
            Endpoint candidate = Endpoint.of(vendor, request);
            Optional<Endpoint> known = endpoints.stream().filter(candidate::sameRoute).findFirst();
            (known.isPresent() ? known.get() : add(candidate, endpoints)).phases().add(phase);
        }
        seen[slot] = journal.size();
    }

    private static Endpoint add(Endpoint endpoint, List<Endpoint> endpoints) {
        endpoints.add(endpoint);
        return endpoint;
    }
}
