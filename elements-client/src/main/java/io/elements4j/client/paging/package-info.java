/**
 * Walking every page of a listing lazily, one request per page as it is needed.
 */
package io.elements4j.client.paging;
