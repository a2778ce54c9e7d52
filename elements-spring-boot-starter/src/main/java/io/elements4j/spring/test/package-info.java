/**
 * Spring test support: {@code @ElementsSandbox} (from elements-sandbox) on a {@code @SpringBootTest} or a test
 * slice points the auto-configured {@code Elements} at the simulator of the adapter on the class path, on virtual
 * time, so such a test never reaches a vendor.
 */
package io.elements4j.spring.test;
