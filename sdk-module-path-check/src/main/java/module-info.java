/**
 * A consumer of Trunkline on the module path: the smoke check's program (never published). It
 * requires every published module by name, so resolving it checks their descriptors, and running
 * it exercises the reflection that Retrofit, Jackson and WireMock do across module boundaries.
 */
module io.trunkline.modulepathcheck {
    requires io.trunkline.core;
    requires io.trunkline.synthflow;
    requires io.trunkline.aircall;
    requires io.trunkline.testkit;
    requires io.trunkline.diagnostics;
    requires io.trunkline.state.jdbc;
}
