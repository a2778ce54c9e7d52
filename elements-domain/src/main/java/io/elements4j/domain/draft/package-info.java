/**
 * What a host app asks to create: an {@link io.elements4j.domain.draft.ElementDraft} (name, description, reference
 * photos or video, tags, voice, callback) and its idempotency key.
 *
 * <p>The domain is pure: no {@code null} crosses its API (absent values are {@link io.vavr.control.Option},
 * collections are Vavr's immutable ones), and outcomes are {@link io.vavr.control.Either} / {@link
 * io.vavr.control.Validation}.
 */
package io.elements4j.domain.draft;
