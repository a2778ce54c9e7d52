/**
 * Kling elements through GMI Cloud's request queue (GMI Cloud's queue guide: {@code POST /requests}, {@code GET /requests/{id}},
 * model {@code kling-create-element}), under the provider id {@code gmi-cloud} (formerly {@code fal-queue}, still accepted). Only
 * {@link io.elements4j.adapter.falqueue.FalQueueElementsProvider} is public; the vendor's wire records, Feign
 * interface, mapper and error classifier live in {@code internal}.
 */
package io.elements4j.adapter.falqueue;
