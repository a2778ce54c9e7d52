package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import java.util.List;

/**
 * A task record: the {@code data} of a create or a query, an item of the element and voice lists, and the body of
 * a (legacy) callback. Read leniently: ids as numbers or strings, the new-standard names ({@code id},
 * {@code status}, {@code message}, {@code create_time}, {@code update_time}, {@code external_id}, {@code outputs})
 * as aliases, anything unknown ignored. {@code final_balance_deduction} (see docs/vendors.md), which every record of a
 * page may carry and nothing here uses, is named as ignored: Jackson then skips it outright, where an unknown field
 * of a record is first copied aside.
 */
@JsonIgnoreProperties("final_balance_deduction")
public record KlingTaskRecord(
        @JsonAlias("id") @JsonDeserialize(using = ExactTextDeserializer.class)
        String task_id,

        @JsonAlias("status") String task_status,
        @JsonAlias("message") String task_status_msg,
        TaskInfo task_info,
        @JsonAlias("external_id") String external_id,
        TaskResult task_result,
        List<KlingOutput> outputs,
        @JsonAlias("create_time") Long created_at,
        @JsonAlias("update_time") Long updated_at,
        String final_unit_deduction) {

    /** {@code task_info}: what the task was created with. */
    public record TaskInfo(String external_task_id) {}

    /** {@code task_result}: the elements an element task made, or the voices of a voice record. */
    public record TaskResult(List<KlingElementRecord> elements, List<KlingVoiceRecord> voices) {}
}
