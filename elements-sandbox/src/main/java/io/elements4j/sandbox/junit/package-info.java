/**
 * A JUnit 5 extension for host apps' tests: {@link io.elements4j.sandbox.junit.ElementsSandbox} starts the simulator
 * of the provider on the class path and injects a configured {@code Elements}.
 */
package io.elements4j.sandbox.junit;
