/**
 * An element as a vendor reports it: its id, status, origin (custom or preset), kind of references, media, tags and
 * voice.
 */
package io.elements4j.domain.element;
