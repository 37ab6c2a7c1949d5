/**
 * The unchecked exceptions Trunkline throws, all rooted in
 * {@link io.trunkline.core.exception.TrunklineException}. Vendor modules map HTTP failures onto
 * {@link io.trunkline.core.exception.VendorApiException} and its subtypes so that callers never see
 * a raw HTTP or JSON library exception.
 */
package io.trunkline.core.exception;
