/**
 * Every unchecked exception Trunkline throws, all rooted in
 * {@link io.trunkline.core.exception.TrunklineException}: bad input
 * ({@link io.trunkline.core.exception.InvalidConfigurationException},
 * {@link io.trunkline.core.exception.PlanValidationException}), plans live state makes impossible or
 * stale ({@link io.trunkline.core.exception.PlanningException},
 * {@link io.trunkline.core.exception.StalePlanException}), a failed apply
 * ({@link io.trunkline.core.exception.ApplyFailedException}), and vendor failures
 * ({@link io.trunkline.core.exception.VendorException}: an error answer,
 * {@link io.trunkline.core.exception.VendorApiException} and its subtypes, or no usable answer,
 * {@link io.trunkline.core.exception.VendorConnectionException}). Vendor modules map HTTP failures
 * onto these so that callers never see a raw HTTP or JSON library exception;
 * {@link io.trunkline.core.exception.TrunklineException#retryable()} says whether doing the same thing
 * again may succeed.
 */
package io.trunkline.core.exception;
