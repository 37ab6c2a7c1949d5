package io.trunkline.core.validation;

import java.util.Objects;

/**
 * One problem found by validation: how serious, which rule, where (a field path such as
 * {@code smartflow.steps[1].timeout}), what is wrong and how to fix it. Messages never contain
 * secret values.
 *
 * @param severity error or warning
 * @param rule the rule that found it; its name is the stable code
 * @param path the field path in the plan, e.g. {@code destination.auth.allowlist[2]}
 * @param message what is wrong
 * @param fix how to fix it
 */
public record Diagnostic(Severity severity, Rule rule, String path, String message, String fix) {

    /** Checks for nulls. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** @return the rule's stable code, e.g. {@code DID_MISMATCH} */
    public String code() {
        return rule.code();
    }

    /**
     * @return two lines: {@code ERROR DID_MISMATCH at sipNumber.did: <message>}, then
     *     {@code   Fix: <fix>}, so that the fix never reads as the end of the message
     */
    @Override
    public String toString() {
        return severity + " " + code() + " at " + path + ": " + message + "\n  Fix: " + fix;
    }
}
