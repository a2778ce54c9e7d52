package io.elements4j.adapter.evolink.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Evolink's task object, as both the create and {@code GET /v1/tasks/{id}} answer it; only the snake_case fields
 * name their JSON property. Read leniently: any field may
 * be missing (null here), unknown ones are ignored, and {@code result_data} stays a tree because Evolink does not
 * document where in it the {@code element_id} sits.
 */
public record TaskObject(
        Long created,
        String id,
        String model,
        String object,
        Integer progress,
        String status,
        @JsonProperty("task_info") TaskInfo taskInfo,
        String type,
        Usage usage,
        @JsonProperty("result_data") JsonNode resultData,
        TaskError error) {

    public record TaskInfo(
            @JsonProperty("can_cancel") Boolean canCancel,
            @JsonProperty("estimated_time") Long estimatedTime) {}

    public record Usage(
            @JsonProperty("billing_rule") String billingRule,
            @JsonProperty("credits_reserved") BigDecimal creditsReserved,
            @JsonProperty("user_group") String userGroup) {}

    /** Present on failed (and cancelled) tasks: a string business code and a message. */
    public record TaskError(String code, String message) {}
}
