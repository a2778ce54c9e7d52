/** Jackson 2 support: {@link io.elements4j.jackson.ElementsJacksonModule}. */
package io.elements4j.jackson;
