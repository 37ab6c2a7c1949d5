package io.trunkline.testkit;

/**
 * How much the simulators grant beyond what the vendors document.
 *
 * <p>Where Synthflow's or Aircall's documentation is silent, Trunkline makes a choice and writes it
 * in its assumption ledger ({@code docs/vendor-assumptions.md}). A simulator in
 * {@link #DOCUMENTED_ONLY} grants none of those choices, so a test that passes under it proves that
 * Trunkline works with the least the vendors promise; {@link #LEDGER_ASSUMPTIONS} grants what the
 * ledger assumes, so a test can show what Trunkline does when a live check confirms an assumption.
 * Run reliability suites under both.
 */
public enum VendorProfile {

    /**
     * Only what the vendor documentation states (the default):
     * <ul>
     *   <li>Synthflow: a {@code LIVE_TRANSFER}'s settings are not echoed in
     *       {@code parameters_hard_coded} (the OpenAPI shows only an SMS action's
     *       {@code sms_message_text} there); an unknown {@code /v2/numbers/{slug}} answers 400
     *       (the OpenAPI documents only 200 and 400); an assistant bound to a number is listed in the
     *       number's {@code assistants} at once (no registration delay is visible through the API);
     *       request-body fields the OpenAPI does not declare are refused with 400.</li>
     *   <li>Aircall: the {@code X-AircallApi-*} rate-limit headers come only with a 429 (documented as
     *       available "when the rate limit has been reached"); {@code flow_editor_enabled} (documented
     *       as optional) is absent on numbers that are not managed by the Smartflows editor.</li>
     * </ul>
     */
    DOCUMENTED_ONLY,

    /**
     * Also grants what Trunkline's assumption ledger assumes, as the simulators did before the
     * documented-only profile existed: Synthflow echoes a {@code LIVE_TRANSFER}'s settings in
     * {@code parameters_hard_coded} under their create-body names, answers 404 for an unknown number
     * slug, may list a freshly bound assistant in the number's {@code assistants} only after
     * {@link SynthflowSimulator#registrationDelay a delay}, and ignores undeclared body fields; Aircall
     * sends its rate-limit headers on every answer and always reports {@code flow_editor_enabled}.
     */
    LEDGER_ASSUMPTIONS;

    /** @return whether this profile grants only documented behaviour */
    public boolean documentedOnly() {
        return this == DOCUMENTED_ONLY;
    }
}
