package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * One photo or video of a draft, with where it sits ({@code field}), how a message names it ({@code label}) and the
 * facts the rules judge, worked out once per validation however many rules read them.
 */
record Medium(String field, String label, MediaSource source, MediaFacts facts) {

    private Medium(String field, String label, MediaSource source) {
        this(field, label, source, source == null ? null : source.effectiveFacts());
    }

    /** A draft's photos and video, named once for all the rules of one validation. */
    record Media(Seq<Medium> images, Seq<Medium> video) {

        static Media of(ElementDraft draft) {
            return new Media(imagesOf(draft), videoOf(draft));
        }
    }

    /** The frontal photo and the extras, in order; empty for a video draft. */
    private static Seq<Medium> imagesOf(ElementDraft draft) {
        if (!(draft.references() instanceof References.ImageReferences images)) {
            return List.empty();
        }
        // a plain loop into an array of the known size: this runs on every create (a Java list in between, as
        // toJavaArray makes, was most of this method's time)
        Seq<MediaSource> extras = images.extras();
        Medium[] media = new Medium[extras.size() + 1];
        media[0] = new Medium(Fields.FRONTAL, "frontal image", images.frontal());
        int index = 0;
        for (MediaSource extra : extras) {
            media[index + 1] = extra(index, extra);
            index++;
        }
        return List.of(media);
    }

    /** The extra photo at {@code index}; the first ones' field and label are made once, as every rule names them. */
    private static Medium extra(int index, MediaSource source) {
        return index < FIRST_EXTRAS.length
                ? new Medium(FIRST_EXTRAS[index].field, FIRST_EXTRAS[index].label, source)
                : named(index, source);
    }

    private static Medium named(int index, MediaSource source) {
        return new Medium(Fields.extra(index), "extra image " + (index + 1), source);
    }

    /** The first extras' names, without a source. */
    private static final Medium[] FIRST_EXTRAS = new Medium[16];

    static {
        for (int i = 0; i < FIRST_EXTRAS.length; i++) {
            FIRST_EXTRAS[i] = named(i, null);
        }
    }

    /** The reference video; empty for an image draft. */
    private static Seq<Medium> videoOf(ElementDraft draft) {
        return draft.references() instanceof References.VideoReference video
                ? List.of(new Medium(Fields.VIDEO, "video", video.video()))
                : List.empty();
    }

    /** A rule about one photo or video, given its known facts and the vendor's rules for media of its kind. */
    @FunctionalInterface
    interface Check<R> {
        Option<RuleViolation> check(Medium medium, MediaFacts facts, R rules, String vendor);
    }

    /**
     * {@code rule} on each of {@code media}, the violations in order. A loop with nothing made per medium: every
     * rule runs on every photo of every create.
     */
    static <R> Seq<RuleViolation> violations(Seq<Medium> media, R rules, String vendor, Check<R> rule) {
        Seq<RuleViolation> found = List.empty();
        for (Medium medium : media) {
            Option<RuleViolation> violation = rule.check(medium, medium.facts(), rules, vendor);
            if (violation.isDefined()) {
                found = found.append(violation.get());
            }
        }
        return found;
    }

    static boolean isVideo(Medium medium) {
        return medium.field().equals(Fields.VIDEO);
    }
}
