/**
 * Voices: the voices a vendor offers and how a draft binds one to an element (an existing voice, one taken from the
 * video, or one made from a clip).
 */
package io.elements4j.domain.voice;
