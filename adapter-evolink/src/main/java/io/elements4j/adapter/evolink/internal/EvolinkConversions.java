package io.elements4j.adapter.evolink.internal;

import io.elements4j.adapter.evolink.internal.CustomElementRequest.ElementImageList;
import io.elements4j.adapter.evolink.internal.CustomElementRequest.ElementVideoList;
import io.elements4j.adapter.evolink.internal.CustomElementRequest.ReferImage;
import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.adapter.support.LenientTimes;
import io.vavr.control.Option;
import java.time.Instant;
import org.mapstruct.Named;

/**
 * The small conversions {@link EvolinkMapper} needs between Evolink's JSON values and the domain's Vavr types. The
 * draft side is {@link KlingElementFields}, shared with the other adapters that forward to Kling's element API; only
 * Evolink's nesting of the media is here.
 */
public final class EvolinkConversions {

    /** {@code element_image_list}: the frontal photo and the extras, each {@code {"image_url": …}}; none on a video element. */
    @Named("imageList")
    public ElementImageList imageList(KlingElementFields fields) {
        return fields.frontalImage() == null
                ? null
                : new ElementImageList(
                        fields.frontalImage(),
                        fields.referImages().stream().map(ReferImage::new).toList());
    }

    /** {@code element_video_list}: on Evolink one object with one URL; none on an image element. */
    @Named("videoList")
    public ElementVideoList videoList(KlingElementFields fields) {
        return fields.referVideo() == null ? null : new ElementVideoList(fields.referVideo());
    }

    /** Evolink's percentage, kept within 0–100. */
    static Option<Integer> progress(Integer percent) {
        return Option.of(percent).map(p -> Math.max(0, Math.min(100, p)));
    }

    /** Evolink documents epoch seconds; milliseconds are no mystery. Zero or absent: none. */
    static Option<Instant> epoch(Long value) {
        return Option.of(value).filter(v -> v > 0).map(LenientTimes::epochSecondsOrMillis);
    }

    /** Evolink's business code for a failed task ({@code content_policy_violation}, …), for callers to branch on. */
    static Option<String> failureCode(TaskObject.TaskError error) {
        return error == null
                ? Option.none()
                : Option.of(error.code()).map(String::strip).filter(c -> !c.isEmpty());
    }

    /** The failure reason: Evolink's message and its code, e.g. {@code Content policy violation. (content_policy_violation)}. */
    static Option<String> failureReason(TaskObject.TaskError error) {
        if (error == null) {
            return Option.none();
        }
        Option<String> message = Option.of(error.message()).map(String::strip).filter(m -> !m.isEmpty());
        Option<String> code = failureCode(error);
        if (message.isEmpty()) {
            return code;
        }
        return Option.some(message.get() + code.map(c -> " (" + c + ")").getOrElse(""));
    }
}
