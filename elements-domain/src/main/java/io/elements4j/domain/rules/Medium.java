package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * One photo or video of a draft, with where it sits ({@code field}) and how a message names it ({@code label}).
 */
record Medium(String field, String label, MediaSource source) {

    /** The frontal photo and the extras, in order; empty for a video draft. */
    static Seq<Medium> imagesOf(ElementDraft draft) {
        if (!(draft.references() instanceof References.ImageReferences images)) {
            return List.empty();
        }
        return List.of(new Medium(Fields.FRONTAL, "frontal image", images.frontal()))
                .appendAll(images.extras()
                        .zipWithIndex()
                        .map(extra -> new Medium(Fields.extra(extra._2), extraLabel(extra._2), extra._1)));
    }

    /** How messages name the extra photo at {@code index}: "extra image 1" for the first. */
    private static String extraLabel(int index) {
        return index < EXTRA_LABELS.length ? EXTRA_LABELS[index] : "extra image " + (index + 1);
    }

    private static final String[] EXTRA_LABELS = new String[16];

    static {
        for (int i = 0; i < EXTRA_LABELS.length; i++) {
            EXTRA_LABELS[i] = "extra image " + (i + 1);
        }
    }

    /** The reference video; empty for an image draft. */
    static Seq<Medium> videoOf(ElementDraft draft) {
        return draft.references() instanceof References.VideoReference video
                ? List.of(new Medium(Fields.VIDEO, "video", video.video()))
                : List.empty();
    }

    static Seq<Medium> allOf(ElementDraft draft) {
        return imagesOf(draft).appendAll(videoOf(draft));
    }

    static boolean isVideo(Medium medium) {
        return medium.field().equals(Fields.VIDEO);
    }

    MediaFacts facts() {
        return source.effectiveFacts();
    }
}
