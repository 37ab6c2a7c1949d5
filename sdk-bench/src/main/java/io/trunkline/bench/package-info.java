/**
 * Trunkline's performance benchmarks, run by {@link io.trunkline.bench.BenchMain}: call economy
 * against a careful hand-written script, bulk provisioning under Aircall's rate limit, the client
 * path's overhead over raw OkHttp, validation and planning scale, and footprint. Not published; see
 * {@code docs/performance.md}.
 */
package io.trunkline.bench;
