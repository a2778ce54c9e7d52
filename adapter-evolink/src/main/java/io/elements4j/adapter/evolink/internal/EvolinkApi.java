package io.elements4j.adapter.evolink.internal;

import feign.Param;
import feign.RequestLine;

/** Evolink's two element endpoints (Evolink's element docs). Authentication is added by the HTTP setup. */
public interface EvolinkApi {

    /** Starts a {@code kling-custom-element} task. */
    @RequestLine("POST /v1/videos/generations")
    TaskObject create(CustomElementRequest request);

    /** The task as it stands; the id must start with {@code task-unified-}. A slash in it stays one path segment. */
    @RequestLine(value = "GET /v1/tasks/{taskId}", decodeSlash = false)
    TaskObject task(@Param("taskId") String taskId);
}
