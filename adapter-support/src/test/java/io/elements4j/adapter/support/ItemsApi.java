package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import feign.Param;
import feign.RequestLine;

/** A vendor API shaped like ours: a lookup, a create and a delete. */
interface ItemsApi {

    @RequestLine("GET /items/{id}")
    Item item(@Param("id") String id);

    @RequestLine("POST /items")
    Item create(NewItem item);

    @RequestLine("DELETE /items/{id}")
    String delete(@Param("id") String id);

    record Item(@JsonDeserialize(using = ExactTextDeserializer.class) String id, String name) {
    }

    record NewItem(String name, String external_task_id) {
    }
}
