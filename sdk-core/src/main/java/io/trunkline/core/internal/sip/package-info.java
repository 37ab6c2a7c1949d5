/**
 * The SIP implementation behind {@link io.trunkline.core.sip}: message building and parsing and the
 * OPTIONS client transactions over UDP, TCP and TLS. <strong>Not public API</strong>: anything here
 * may change or disappear in any release; use the types in {@code io.trunkline.core.sip} instead.
 */
package io.trunkline.core.internal.sip;
