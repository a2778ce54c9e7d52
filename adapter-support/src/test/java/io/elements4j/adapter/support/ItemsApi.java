package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** A vendor API shaped like ours: a lookup, a create and a delete; and the same wrapped in a Kling-like answer. */
interface ItemsApi {

    @RequestLine("GET /items/{id}")
    Item item(@Param("id") String id);

    @RequestLine("POST /items")
    Item create(NewItem item);

    @RequestLine("GET /items?q={q}&limit={limit}")
    String search(@Param("q") String q, @Param("limit") int limit);

    @RequestLine("DELETE /items/{id}")
    String delete(@Param("id") String id);

    @RequestLine("GET /answers/{id}")
    Answer answer(@Param("id") String id);

    @RequestLine("POST /answers")
    Answer createAnswered(NewItem item);

    /** Declares its own {@code Accept} and {@code Content-Type}, which the standard headers must not override. */
    @RequestLine("POST /items/plain")
    @Headers({"Accept: text/plain", "Content-Type: application/merge-patch+json"})
    String createPlain(NewItem item);

    record Item(
            @JsonDeserialize(using = ExactTextDeserializer.class)
            String id,

            String name) {}

    /** A Kling-like answer: {@code code} 0 on success, the item as {@code data}. */
    record Answer(Long code, String message, String request_id, Item data) {}

    record NewItem(String name, String external_task_id) {}
}
