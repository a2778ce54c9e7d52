/**
 * Photos and videos to send: {@link io.elements4j.domain.media.MediaSource} (a URL, inline bytes, or a local file
 * read by its headers), the {@link io.elements4j.domain.media.MediaFacts} known about them and their {@link
 * io.elements4j.domain.media.MediaFormat}.
 */
package io.elements4j.domain.media;
