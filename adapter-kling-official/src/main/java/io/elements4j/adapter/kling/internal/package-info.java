/**
 * Kling's wire shapes (the bodies sent as Jackson records, the answers as classes bound field by field), its Feign
 * interface and the mapper between them and the domain.
 * Public only so the adapter package can use them; not part of elements4j's API, and never seen outside the adapter.
 */
package io.elements4j.adapter.kling.internal;
