/**
 * The WaveSpeed simulator: {@code POST /api/v3/kwaivgi/kling-elements-advanced},
 * {@code GET /api/v3/predictions/{id}/result} and signed webhooks.
 */
package io.elements4j.sandbox.wavespeed;
