/**
 * SIP tools for the Aircall–Synthflow link: a reachability probe that sends an {@code OPTIONS}
 * request over UDP, TCP or TLS and explains the outcome ({@link io.trunkline.diagnostics.sip.SipProbe}),
 * and builders/parsers for the headers the integration uses: {@code X-EI}
 * ({@link io.trunkline.diagnostics.sip.ExternalIdHeader}), custom {@code X-} headers
 * ({@link io.trunkline.diagnostics.sip.CustomSipHeader}) and {@code Diversion}
 * ({@link io.trunkline.diagnostics.sip.DiversionHeader}).
 *
 * <p>Everything here is hand-written on the JDK's sockets: trunkline-diagnostics has no SIP library
 * dependency.
 * Header values are checked for CR, LF and other control characters before use, so untrusted
 * input cannot inject SIP headers.
 */
package io.trunkline.diagnostics.sip;
