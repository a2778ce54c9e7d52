/**
 * Evolink's kling-custom-element model ({@code POST /v1/videos/generations} + {@code GET /v1/tasks/{id}}; Evolink's element docs,
 * docs/vendors.md). Only {@link io.elements4j.adapter.evolink.EvolinkElementsProvider} is public; Evolink's JSON
 * records, its Feign interface and the mapping live in {@code internal}.
 *
 * <p>Choices the documents leave open:
 * <ul>
 *   <li>the {@code element_id} of a finished task is looked for in {@code result_data[i].element_id}, then
 *       {@code result_data.element_id}, then any {@code element_id} below {@code result_data}, as exact text; a
 *       completed task without one is a {@code ProviderFailure}, never a success without an element;</li>
 *   <li>a voice "extracted from the video" sends no {@code element_voice_id}: Kling extracts a speaking voice from
 *       the reference video itself, and Evolink has no field for it;</li>
 *   <li>every 5xx answer to a create, 503 included, is ambiguous and not re-sent (Evolink takes no idempotency key);
 *       a 429 proves the create was not taken, so the shared retry policy sends it again after the wait.</li>
 * </ul>
 */
package io.elements4j.adapter.evolink;
