package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/** The {@code data} of a delete answer: {@code {"task_id": "…", "task_status": "succeed"}}. */
public record KlingDeletion(
        @JsonDeserialize(using = ExactTextDeserializer.class)
        String task_id,

        String task_status,
        String task_status_msg) {}
