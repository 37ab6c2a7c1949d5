package io.trunkline.core.lifecycle;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.CallWindow;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A call a person placed to the integrated DID, for {@link IntegrationEngine#verify} to look up on
 * both sides: no API shows whether the SIP trunk registered, but a call that reached the assistant
 * proves it. Verify searches the contact center's and the AI platform's call logs for a call that
 * started in the window.
 *
 * <pre>{@code
 * Instant dialled = Instant.now();
 * // ... call the DID from a phone, talk to the AI, hang up ...
 * VerificationReport report = engine.verify(integration, VerifyOptions.defaults()
 *         .testCall(TestCall.placedBetween(dialled.minusSeconds(60), Instant.now())
 *                 .caller(PhoneNumber.parse("+14155550100"))));
 * System.out.println(report.check("registration"));
 * }</pre>
 */
public final class TestCall {

    private final Instant from;
    private final Instant to;
    private final PhoneNumber caller;

    private TestCall(Instant from, Instant to, PhoneNumber caller) {
        this.from = from;
        this.to = to;
        this.caller = caller;
    }

    /**
     * @param from the earliest start of the call, e.g. just before dialling
     * @param to the latest start of the call, e.g. now
     * @return a test call from any caller
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static TestCall placedBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the test call window ends (" + to + ") before it starts (" + from + ")");
        }
        return new TestCall(from, to, null);
    }

    /**
     * @param caller the number the call was placed from; narrows the AI platform's search (Synthflow:
     *     {@code lead_phone_number})
     * @return a copy with the caller
     */
    public TestCall caller(PhoneNumber caller) {
        return new TestCall(from, to, Objects.requireNonNull(caller, "caller"));
    }

    /** @return the earliest start of the call */
    public Instant from() {
        return from;
    }

    /** @return the latest start of the call */
    public Instant to() {
        return to;
    }

    /** @return the number the call was placed from, when given */
    public Optional<PhoneNumber> caller() {
        return Optional.ofNullable(caller);
    }

    /**
     * @param did the DID that was called
     * @return the window both ports search
     */
    CallWindow window(PhoneNumber did) {
        CallWindow window = CallWindow.of(did, from, to);
        return caller == null ? window : window.caller(caller);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestCall t && from.equals(t.from) && to.equals(t.to) && Objects.equals(caller, t.caller);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, caller);
    }

    /** @return the window and the caller, if any */
    @Override
    public String toString() {
        return "TestCall[" + from + " .. " + to + (caller == null ? "" : ", from " + caller) + "]";
    }
}
