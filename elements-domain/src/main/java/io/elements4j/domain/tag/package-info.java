/**
 * Element tags: the kinds every vendor shares (character, animal, item...) and the catalogue that maps them to a
 * vendor's own tag ids.
 */
package io.elements4j.domain.tag;
