/**
 * The benchmark groups, their fixtures and the report. Not public API: this module is never
 * published and these classes change with the benchmarks.
 */
package io.trunkline.bench.internal;
