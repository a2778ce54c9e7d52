/**
 * Spring Boot auto-configuration for elements4j: an {@code Elements} bean from {@code elements.*} properties, a
 * health indicator when the health module is present, and Micrometer metrics when Micrometer is.
 */
package io.elements4j.spring;
