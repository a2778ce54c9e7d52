/**
 * Photos and videos to send: {@link io.elements4j.domain.media.MediaSource} (a URL, or inline bytes such as a local
 * file's, which the {@code elements-media} module reads), the {@link io.elements4j.domain.media.MediaFacts} known about
 * them and their {@link io.elements4j.domain.media.MediaFormat}. Nothing here reads a file.
 */
package io.elements4j.domain.media;
