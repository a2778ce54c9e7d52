package io.elements4j.adapter.kling.internal;

import feign.Param;
import feign.RequestLine;
import java.util.List;

/**
 * Kling's element and voice endpoints (Kling's element API docs), as Feign methods. Every parameter is sent with
 * {@code decodeSlash = false}: a slash in an id (an {@code external_task_id} is the caller's) stays inside its path
 * segment as {@code %2F}, and Feign skips the regular expression it would otherwise run over every value it expands.
 * No method declares {@code Content-Type}: {@code VendorHttp} sends {@code application/json} with every body, and a
 * header declared here would be copied and expanded from its template on every call.
 */
public interface KlingApi {

    @RequestLine("POST /v1/general/advanced-custom-elements")
    KlingEnvelope<KlingTaskRecord> create(CreateElementRequest request);

    /** The same create through a relay, which may answer Kling's envelope or a task object of its own. */
    @RequestLine("POST /v1/general/advanced-custom-elements")
    RelayedCreate createRelayed(CreateElementRequest request);

    /** By the task id, or by the {@code external_task_id} it was created with. */
    @RequestLine(value = "GET /v1/general/advanced-custom-elements/{id}", decodeSlash = false)
    KlingEnvelope<KlingTaskRecord> task(@Param("id") String taskIdOrExternalTaskId);

    @RequestLine(
            value = "GET /v1/general/advanced-custom-elements?pageNum={pageNum}&pageSize={pageSize}",
            decodeSlash = false)
    KlingEnvelope<List<KlingTaskRecord>> list(@Param("pageNum") int pageNum, @Param("pageSize") int pageSize);

    @RequestLine(
            value = "GET /v1/general/advanced-presets-elements?pageNum={pageNum}&pageSize={pageSize}",
            decodeSlash = false)
    KlingEnvelope<List<KlingTaskRecord>> presets(@Param("pageNum") int pageNum, @Param("pageSize") int pageSize);

    /** The current delete path. */
    @RequestLine("POST /v1/general/delete-advanced-elements")
    KlingEnvelope<KlingDeletion> deleteAdvanced(DeleteElementRequest request);

    /** The delete path of Kling's element API docs and the old API; both delete from the same store. */
    @RequestLine("POST /v1/general/delete-elements")
    KlingEnvelope<KlingDeletion> deleteLegacy(DeleteElementRequest request);

    @RequestLine(value = "GET /v1/general/presets-voices?pageNum={pageNum}&pageSize={pageSize}", decodeSlash = false)
    KlingEnvelope<List<KlingTaskRecord>> presetVoices(@Param("pageNum") int pageNum, @Param("pageSize") int pageSize);

    @RequestLine(value = "GET /v1/general/custom-voices?pageNum={pageNum}&pageSize={pageSize}", decodeSlash = false)
    KlingEnvelope<List<KlingTaskRecord>> customVoices(@Param("pageNum") int pageNum, @Param("pageSize") int pageSize);
}
