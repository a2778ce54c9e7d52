/**
 * The JSON shape of the domain's values, shared by the Jackson 2 and Jackson 3 modules and matching the
 * {@code elements} CLI's {@code --json} output: {@link io.elements4j.json.DomainJson}.
 */
package io.elements4j.json;
