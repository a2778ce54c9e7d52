package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * An element-creation task as Kling keeps it: {@code submitted → processing → succeed | failed}, with the elements
 * it produced (whose {@code status} turns {@code deleted} when deleted).
 */
final class KlingTask {

    static final String SUBMITTED = "submitted";
    static final String PROCESSING = "processing";
    static final String SUCCEED = "succeed";
    static final String FAILED = "failed";

    final String taskId;
    final Option<String> externalTaskId;
    final long createdAt;
    final boolean preset;
    final Option<KlingCreateRequest> request;
    final Option<String> failure;
    final List<ObjectNode> elements = new ArrayList<>();
    long updatedAt;
    String status = SUBMITTED;
    String statusMessage = "";
    int pollsLeft;

    KlingTask(
            String taskId,
            Option<String> externalTaskId,
            long createdAt,
            boolean preset,
            Option<KlingCreateRequest> request,
            Option<String> failure,
            int pollsLeft) {
        this.taskId = taskId;
        this.externalTaskId = externalTaskId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.preset = preset;
        this.request = request;
        this.failure = failure;
        this.pollsLeft = pollsLeft;
    }

    boolean isTerminal() {
        return SUCCEED.equals(status) || FAILED.equals(status);
    }

    /** The {@code data} of a create answer. */
    ObjectNode created() {
        ObjectNode data = SimJson.object().put("task_id", taskId);
        data.set("task_info", taskInfo());
        return data.put("task_status", status).put("created_at", createdAt).put("updated_at", updatedAt);
    }

    /** A task record, as the single query and each item of the lists show it. */
    ObjectNode record() {
        ObjectNode data = SimJson.object()
                .put("task_id", taskId)
                .put("task_status", status)
                .put("task_status_msg", statusMessage);
        data.set("task_info", taskInfo());
        ArrayNode produced = SimJson.array();
        elements.forEach(e -> produced.add(e.deepCopy()));
        data.putObject("task_result").set("elements", produced);
        if (!preset) {
            data.put("final_unit_deduction", "0");
            data.putObject("final_balance_deduction").put("quota", "0").put("list_price", "0");
        }
        return data.put("created_at", createdAt).put("updated_at", updatedAt);
    }

    private ObjectNode taskInfo() {
        ObjectNode info = SimJson.object();
        externalTaskId.forEach(id -> info.put("external_task_id", id));
        return info;
    }
}
