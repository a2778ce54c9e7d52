package io.elements4j.adapter.useapi.internal;

import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * useapi.net's Kling elements endpoints, relative to {@code https://api.useapi.net/v1/kling}. GET and DELETE take
 * {@code email} (and the listing's parameters) in the query; POST takes it in the body.
 */
public interface UseapiApi {

    /** {@code POST /elements}: synchronous, answers the created elements. */
    @RequestLine("POST /elements")
    CreatedElements create(CreateElementBody body);

    /** {@code GET /elements/?pageNum&pageSize&tag&official&email}. */
    @RequestLine("GET /elements/")
    ElementsPage list(@QueryMap Map<String, Object> query);

    /** {@code GET /elements/{id}?email}: one element object. */
    @RequestLine(value = "GET /elements/{id}", decodeSlash = false)
    UseapiElement element(@Param("id") String id, @QueryMap Map<String, Object> query);

    /** {@code DELETE /elements/{id}?email}: {@code {deleted: number}}; read as text, the success status is undocumented. */
    @RequestLine(value = "DELETE /elements/{id}", decodeSlash = false)
    String delete(@Param("id") String id, @QueryMap Map<String, Object> query);

    /** {@code GET /elements/tags/?email}. */
    @RequestLine("GET /elements/tags/")
    TagsAnswer tags(@QueryMap Map<String, Object> query);

    /** {@code GET /elements/voices/?email}. */
    @RequestLine("GET /elements/voices/")
    VoicesAnswer voices(@QueryMap Map<String, Object> query);
}
