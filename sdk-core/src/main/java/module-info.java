/**
 * Trunkline's engine: the integration model, its validation, the plan/apply/verify lifecycle and the
 * ports the vendor modules implement. Knows no vendor and no HTTP.
 *
 * <p>Internal packages are exported only to the Trunkline modules that use them; they are not API.
 */
@SuppressWarnings("module") // the qualified exports name modules compiled after this one
module io.trunkline.core {
    requires org.slf4j;

    exports io.trunkline.core;
    exports io.trunkline.core.diagnostic;
    exports io.trunkline.core.exception;
    exports io.trunkline.core.lifecycle;
    exports io.trunkline.core.model;
    exports io.trunkline.core.spi;
    exports io.trunkline.core.time;

    exports io.trunkline.core.internal to io.trunkline.synthflow, io.trunkline.aircall;
    exports io.trunkline.core.internal.diagnostic to io.trunkline.diagnostics;
    exports io.trunkline.core.internal.finding to io.trunkline.diagnostics;
    exports io.trunkline.core.internal.net to io.trunkline.synthflow, io.trunkline.aircall;
    exports io.trunkline.core.internal.text to io.trunkline.diagnostics;
    exports io.trunkline.core.internal.time to io.trunkline.http, io.trunkline.aircall;
    exports io.trunkline.core.internal.validation to io.trunkline.testkit, io.trunkline.diagnostics;
}
