/** Troubleshooting tools: the SIP probe, Diagnose and call simulation. */
module io.trunkline.diagnostics {
    requires transitive io.trunkline.core;
    requires org.slf4j;

    exports io.trunkline.diagnostics.diagnose;
    exports io.trunkline.diagnostics.simulation;
    exports io.trunkline.diagnostics.sip;
}
