/**
 * Not public API: how the starter builds the SDK's objects from properties, checks them, reports
 * start-up failures, probes the vendors' health and records metrics. May change in any release.
 */
package io.trunkline.spring.boot.internal;
