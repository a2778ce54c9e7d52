/** Jackson 3 (tools.jackson) support: {@link io.elements4j.jackson3.ElementsJackson3Module}. */
package io.elements4j.jackson3;
