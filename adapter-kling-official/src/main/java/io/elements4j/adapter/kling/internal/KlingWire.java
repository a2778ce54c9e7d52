package io.elements4j.adapter.kling.internal;

import io.vavr.control.Option;

/**
 * How a host speaks Kling's element API: Kling itself, or a relay that passes Kling's paths and bodies on behind its
 * own base URL and token, with small differences.
 *
 * @param keyed          whether {@code external_task_id} is sent and tasks are found by it (a lost create is then
 *                       recovered by that key); a relay that documents no key gets none
 * @param relayedCreate  whether a create may be answered by the relay's own task object instead of Kling's envelope
 * @param defaultTag     the tag sent when a draft has none, for a relay that requires {@code tag_list}
 * @param advancedDelete whether {@code delete-advanced-elements} is tried before {@code delete-elements}, or only
 *                       the latter is used
 */
public record KlingWire(boolean keyed, boolean relayedCreate, Option<String> defaultTag, boolean advancedDelete) {

    /** Kling's own API. */
    public static final KlingWire OFFICIAL = new KlingWire(true, false, Option.none(), true);

    /**
     * The body as this host takes it: without a key where it takes none, with the default tag where one is due.
     *
     * @param kling the body as Kling takes it
     * @return the body for this host
     */
    public CreateElementRequest body(CreateElementRequest kling) {
        java.util.List<CreateElementRequest.TagRef> tags = kling.tag_list() != null
                ? kling.tag_list()
                : defaultTag
                        .map(tag -> java.util.List.of(new CreateElementRequest.TagRef(tag)))
                        .getOrNull();
        return new CreateElementRequest(
                kling.element_name(),
                kling.element_description(),
                kling.reference_type(),
                kling.element_image_list(),
                kling.element_video_list(),
                kling.element_voice_id(),
                tags,
                kling.callback_url(),
                keyed ? kling.external_task_id() : null);
    }
}
