/**
 * The SIP implementation behind {@link io.trunkline.diagnostics.sip}: message building and parsing and the
 * OPTIONS client transactions over UDP, TCP and TLS. <strong>Not public API</strong>: anything here
 * may change or disappear in any release; use the types in {@code io.trunkline.diagnostics.sip} instead.
 */
package io.trunkline.diagnostics.internal.sip;
