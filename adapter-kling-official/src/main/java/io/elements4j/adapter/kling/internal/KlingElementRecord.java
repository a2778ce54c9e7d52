package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import java.util.List;

/**
 * An element as Kling reports it. {@code element_id} is a 64-bit number above 2^53 and is kept as its exact text;
 * {@code element_type} (a reseller's name for it) is read as {@code reference_type}; tags come as
 * {@code {tag_id}} or {@code {id, name, description}}.
 */
public record KlingElementRecord(
        @JsonDeserialize(using = ExactTextDeserializer.class)
        String element_id,

        String element_name,
        String element_description,
        @JsonAlias("element_type") String reference_type,
        ElementImageList element_image_list,
        ElementVideoList element_video_list,
        KlingVoiceRecord element_voice_info,
        List<KlingTagRecord> tag_list,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String owned_by,

        String status) {}
