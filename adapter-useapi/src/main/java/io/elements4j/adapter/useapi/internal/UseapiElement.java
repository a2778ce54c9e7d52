package io.elements4j.adapter.useapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import java.util.List;

/**
 * An element as useapi sends it, in either documented shape: the current one (useapi.net's element docs's {@code elements[]}, the
 * February 2026 list page: {@code type, cover, resources[], tagList, voice}) or the January 2026 list page's
 * ({@code coverImage, tag {id, tagKey, tagDesc}, imageResources[]}). useapi's model says every field is optional.
 *
 * @param type     {@code IMAGE} or {@code VIDEO}; absent in older answers
 * @param tagList  tags of no documented shape ({@code object[]}), read as trees
 * @param tag      the older shape's single tag
 */
public record UseapiElement(
        @JsonDeserialize(using = ExactTextDeserializer.class)
        String id,

        String name,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String userId,

        String type,
        String description,
        UseapiResource cover,
        List<UseapiResource> resources,
        List<JsonNode> tagList,
        UseapiVoice voice,
        Integer currentVersion,
        Long createTime,
        Long updateTime,
        Boolean favored,
        Boolean official,
        String coverImage,
        JsonNode tag,
        List<String> imageResources) {}
