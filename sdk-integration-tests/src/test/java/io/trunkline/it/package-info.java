/**
 * Cross-module reliability and security tests: the lifecycle engine with the Synthflow and Aircall
 * adapters against the testkit simulators — fault injection, crash and resume, concurrency, a
 * secret-leak scan and transport security — and the check that keeps docs/reliability.md in step.
 * Test code only; not published.
 */
package io.trunkline.it;
