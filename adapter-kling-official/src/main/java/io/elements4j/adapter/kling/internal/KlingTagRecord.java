package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/**
 * A tag on an element: {@code {"tag_id": "o_102"}} or {@code {"id": "o_102", "name": "…", "description": "…"}}; the
 * description is not read. A class bound field by field, for the reason {@link KlingTaskRecord} gives.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class KlingTagRecord {

    private String tag_id;

    @JsonDeserialize(using = ExactTextDeserializer.class)
    private String id;

    private String name;

    private KlingTagRecord() {}

    /** {@code tag_id}, as Kling's own answers name the tag. */
    public String tag_id() {
        return tag_id;
    }

    /** {@code id}, as the new standard and the relays name the tag. */
    public String id() {
        return id;
    }

    /** {@code name}, when the answer gives one. */
    public String name() {
        return name;
    }
}
