/**
 * The architecture rules every elements4j adapter runs: one test class per adapter calls
 * {@link io.elements4j.architecture.AdapterArchitecture#check()}.
 */
package io.elements4j.architecture;
