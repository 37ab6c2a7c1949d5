package io.trunkline.spring.boot.internal;

import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.TrunklineException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * With {@code trunkline.startup.verify-credentials=true}: sends each vendor's documented credential
 * read once the context's beans exist, and stops start-up, through the failure analysis, when a
 * vendor refuses the credentials. A vendor that cannot be reached only logs a warning: an outage
 * must not keep the application from starting, and the health indicators report it.
 */
public final class StartupCredentialCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCredentialCheck.class);

    private final List<VendorProbe> probes;

    /** @param probes one per vendor the starter built a client for */
    public StartupCredentialCheck(List<VendorProbe> probes) {
        this.probes = List.copyOf(Objects.requireNonNull(probes, "probes"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (VendorProbe probe : probes) {
            try (probe) {
                probe.read().run();
            } catch (AuthenticationException e) {
                throw new InvalidTrunklinePropertiesException(probe.prefix(), List.of(probe.vendor()
                        + " refused the credentials of " + probe.prefix() + ".* (HTTP " + e.statusCode() + " on "
                        + probe.endpoint() + "): " + probe.credentialsFix()));
            } catch (TrunklineException e) {
                LOG.warn("Could not check the {} credentials at start-up ({} answered no usable result: {}); "
                        + "starting anyway, the health indicator will report it", probe.vendor(), probe.endpoint(),
                        e.getClass().getSimpleName());
            }
        }
    }
}
