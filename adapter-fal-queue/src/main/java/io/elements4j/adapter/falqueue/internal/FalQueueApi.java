package io.elements4j.adapter.falqueue.internal;

import feign.Param;
import feign.RequestLine;

/** GMI Cloud's request queue, relative to the base URL {@code https://console.gmicloud.ai/api/v1/ie/requestqueue/apikey}. */
public interface FalQueueApi {

    @RequestLine("POST /requests")
    FalQueueRequest submit(SubmitRequest request);

    /** One endpoint for status and result. A {@code /} in the id is sent encoded, so an id cannot leave the path. */
    @RequestLine(value = "GET /requests/{requestId}", decodeSlash = false)
    FalQueueRequest request(@Param("requestId") String requestId);
}
