/**
 * The architecture rules every elements4j adapter runs: one test class per adapter calls
 * {@link io.elements4j.architecture.AdapterArchitecture#check()}; and the line around the client's implementation
 * that every module using the client keeps ({@link io.elements4j.architecture.ClientBoundary#check()}).
 */
package io.elements4j.architecture;
