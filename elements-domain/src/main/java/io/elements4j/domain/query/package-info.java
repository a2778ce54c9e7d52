/**
 * Finding and removing elements: page requests, pages, listing filters and the outcome of a delete.
 */
package io.elements4j.domain.query;
