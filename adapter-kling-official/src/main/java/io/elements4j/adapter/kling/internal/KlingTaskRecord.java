package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import java.util.List;

/**
 * A task record: the {@code data} of a create or a query, an item of the element and voice lists, and the body of
 * a (legacy) callback. Read leniently: ids as numbers or strings, the new-standard names ({@code id},
 * {@code status}, {@code message}, {@code create_time}, {@code update_time}, {@code external_id}, {@code outputs})
 * as aliases, anything unknown ignored. {@code final_balance_deduction} (see docs/vendors.md), which every record of a
 * page may carry and nothing here uses, is named as ignored: Jackson then skips it outright.
 *
 * <p><b>Why a class and not a record.</b> A list page carries up to 500 of these, each with an element, its photos and
 * tags: about ten objects a record. Jackson builds a Java record through its canonical constructor, so for every
 * object it first collects the values in a buffer, then fills in each component the JSON left out (and these records
 * declare components that only relays or the new standard send). A class with fields and a private no-argument
 * constructor is bound field by field instead: binding a 100-record page takes about a tenth less CPU and 15 % less
 * memory ({@code benchmarks/RESULTS.md}, section 1d). The fields are private and never change after binding; read
 * them through the accessors, named as a record's would be.
 */
@JsonIgnoreProperties("final_balance_deduction")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class KlingTaskRecord {

    @JsonAlias("id")
    @JsonDeserialize(using = ExactTextDeserializer.class)
    private String task_id;

    @JsonAlias("status")
    private String task_status;

    @JsonAlias("message")
    private String task_status_msg;

    private TaskInfo task_info;
    private String external_id;
    private TaskResult task_result;
    private List<KlingOutput> outputs;

    @JsonAlias("create_time")
    private Long created_at;

    @JsonAlias("update_time")
    private Long updated_at;

    private String final_unit_deduction;

    private KlingTaskRecord() {}

    /**
     * A task just accepted, of which only the id and state are known: what a relay's own answer to a create says.
     *
     * @param taskId the task's id
     * @return a record in state {@code submitted}
     */
    public static KlingTaskRecord submitted(String taskId) {
        KlingTaskRecord record = new KlingTaskRecord();
        record.task_id = taskId;
        record.task_status = "submitted";
        return record;
    }

    /** {@code task_id}, or the new standard's {@code id}: the exact decimal text of a 64-bit number. */
    public String task_id() {
        return task_id;
    }

    /** {@code task_status} ({@code status}): {@code submitted}, {@code processing}, {@code succeed}, {@code failed}. */
    public String task_status() {
        return task_status;
    }

    /** {@code task_status_msg} ({@code message}): why a task failed. */
    public String task_status_msg() {
        return task_status_msg;
    }

    /** {@code task_info}: what the task was created with. */
    public TaskInfo task_info() {
        return task_info;
    }

    /** The new standard's {@code external_id}: the key the task was created with. */
    public String external_id() {
        return external_id;
    }

    /** {@code task_result}: the elements or voices the task made. */
    public TaskResult task_result() {
        return task_result;
    }

    /** The new standard's {@code outputs}, of which the {@code element} ones matter here. */
    public List<KlingOutput> outputs() {
        return outputs;
    }

    /** {@code created_at} ({@code create_time}), epoch milliseconds. */
    public Long created_at() {
        return created_at;
    }

    /** {@code updated_at} ({@code update_time}), epoch milliseconds. */
    public Long updated_at() {
        return updated_at;
    }

    /** {@code final_unit_deduction}: the units the task cost, as Kling writes them. */
    public String final_unit_deduction() {
        return final_unit_deduction;
    }

    /** {@code task_info}: what the task was created with. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class TaskInfo {

        private String external_task_id;

        private TaskInfo() {}

        /** The key the task was created with. */
        public String external_task_id() {
            return external_task_id;
        }
    }

    /** {@code task_result}: the elements an element task made, or the voices of a voice record. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class TaskResult {

        private List<KlingElementRecord> elements;
        private List<KlingVoiceRecord> voices;

        private TaskResult() {}

        /** {@code elements}: what an element task made. */
        public List<KlingElementRecord> elements() {
            return elements;
        }

        /** {@code voices}: the voices of a voice record. */
        public List<KlingVoiceRecord> voices() {
            return voices;
        }
    }
}
