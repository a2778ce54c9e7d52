package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/** A tag on an element: {@code {"tag_id": "o_102"}} or {@code {"id": "o_102", "name": "…", "description": "…"}}. */
public record KlingTagRecord(
        String tag_id,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String id,

        String name,
        String description) {}
