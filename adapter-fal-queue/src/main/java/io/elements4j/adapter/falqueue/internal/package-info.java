/**
 * GMI Cloud's request-queue wire format as records shaped exactly like its JSON, the Feign interface with its paths,
 * the readers for what the queue leaves undocumented (where the element id sits in {@code outcome}, the error body),
 * and the mapper between these records and the domain. Nothing here is part of the library's API.
 */
package io.elements4j.adapter.falqueue.internal;
