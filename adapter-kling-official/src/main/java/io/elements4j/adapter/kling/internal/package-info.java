/**
 * Kling's wire shapes as Jackson records, its Feign interface and the MapStruct mapper between them and the domain.
 * Public only so the adapter package can use them; not part of elements4j's API, and never seen outside the adapter.
 */
package io.elements4j.adapter.kling.internal;
