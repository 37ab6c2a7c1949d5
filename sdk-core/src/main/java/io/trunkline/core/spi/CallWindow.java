package io.trunkline.core.spi;

import io.trunkline.core.model.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to look for a test call: calls to a DID that started between two instants, optionally from
 * a known caller. Both ports search the same window, so the contact center's record of a call and
 * the AI platform's record of it can be told apart from other calls.
 *
 * <pre>{@code
 * CallWindow window = CallWindow.of(did, dialledAt.minusSeconds(30), dialledAt.plusSeconds(300))
 *         .caller(PhoneNumber.parse("+14155550100"));
 * }</pre>
 *
 * @param did the integrated DID that was called
 * @param from the earliest call start to include
 * @param to the latest call start to include
 * @param callerNumber the number the call was placed from, or {@code null} when not known (see
 *     {@link #caller()})
 */
public record CallWindow(PhoneNumber did, Instant from, Instant to, PhoneNumber callerNumber) {

    /**
     * Checks the values.
     *
     * @param did the integrated DID that was called
     * @param from the earliest call start to include
     * @param to the latest call start to include
     * @param callerNumber the number the call was placed from, or {@code null} when not known (see
     *     {@link #caller()})
     */
    public CallWindow {
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * @param did the DID that was called
     * @param from the earliest call start to include
     * @param to the latest call start to include
     * @return a window for any caller
     */
    public static CallWindow of(PhoneNumber did, Instant from, Instant to) {
        return new CallWindow(did, from, to, null);
    }

    /**
     * @param caller the number the test call was placed from
     * @return a copy that narrows the search to that caller where the vendor can filter by it
     */
    public CallWindow caller(PhoneNumber caller) {
        return new CallWindow(did, from, to, Objects.requireNonNull(caller, "caller"));
    }

    /** @return the number the call was placed from, when known */
    public Optional<PhoneNumber> caller() {
        return Optional.ofNullable(callerNumber);
    }

    /**
     * @param instant a call's start
     * @return whether it lies in the window, bounds included
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }
}
