package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import java.util.List;

/**
 * An item of a new-standard callback's {@code outputs}. Only {@code type: "element"} matters here (see docs/vendors.md):
 * {@code {id, name, description, element_type, materials[{type, role, url, id, name, owned_by}], owned_by, status,
 * tags[{id, name, description}]}}.
 */
public record KlingOutput(
        String type,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String id,

        String name,
        String description,
        String element_type,
        List<Material> materials,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String owned_by,

        String status,
        List<KlingTagRecord> tags) {

    /** {@code {type: image|video|voice, role: frontal|refer, url, id, name, owned_by}} */
    public record Material(
            String type,
            String role,
            String url,

            @JsonDeserialize(using = ExactTextDeserializer.class)
            String id,

            String name,

            @JsonDeserialize(using = ExactTextDeserializer.class)
            String owned_by) {}
}
