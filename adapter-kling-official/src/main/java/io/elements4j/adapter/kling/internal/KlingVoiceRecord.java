package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/**
 * A voice: an element's {@code element_voice_info} ({@code {}} when none is bound) or an item of a voice record's
 * {@code task_result.voices}. {@code owned_by} is {@code kling} for the official library, else the creator's id.
 */
public record KlingVoiceRecord(
        @JsonDeserialize(using = ExactTextDeserializer.class)
        String voice_id,

        String voice_name,
        String trial_url,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String owned_by) {}
