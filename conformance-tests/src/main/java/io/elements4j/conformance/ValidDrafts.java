package io.elements4j.conformance;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Drafts that are valid under a provider's rule profile, so one suite, and one kit, serve every vendor: a test
 * starts from a draft that passes and changes only what it is about. The media are URLs on {@code example.com} with
 * facts that pass every built-in profile (a 1024×1536 photo of 400 kB; a 5 s 1920×1080 video of 12 MB).
 */
public final class ValidDrafts {

    /** The frontal image of {@link #image}. */
    public static final String FRONT = "https://example.com/e4j/front.jpg";
    /** The video of {@link #video}. */
    public static final String VIDEO = "https://example.com/e4j/reference.mp4";
    /** The description of {@link #image}. */
    public static final String IMAGE_DESCRIPTION = "A conformance-suite character";
    /** The description of {@link #video}. */
    public static final String VIDEO_DESCRIPTION = "A conformance-suite speaker";

    /** What is known of every image: 1024×1536 pixels, 400 kB. */
    public static final MediaFacts IMAGE_FACTS =
            MediaFacts.unknown().withDimensions(1024, 1536).withSizeBytes(400_000);
    /** What is known of the video: 5 s, 1920×1080 pixels, 12 MB. */
    public static final MediaFacts VIDEO_FACTS = MediaFacts.unknown()
            .withDimensions(1920, 1080)
            .withDuration(Duration.ofSeconds(5))
            .withSizeBytes(12_000_000);

    private final RuleProfile profile;

    /**
     * Drafts for one provider.
     *
     * @param profile the provider's rule profile
     */
    public ValidDrafts(RuleProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * The {@code i}-th extra image's URL: {@code https://example.com/e4j/angle-<i>.png}.
     *
     * @param i from 1
     * @return the URL
     */
    public static String extra(int i) {
        return "https://example.com/e4j/angle-" + i + ".png";
    }

    /**
     * An image element ({@link #FRONT}, {@link #IMAGE_DESCRIPTION}) with as many extra images ({@link #extra}) as
     * the vendor needs: at least one, when the profile allows one.
     *
     * @param name the element's name
     * @return a builder to change before {@code build()}
     */
    public ElementDraft.Builder image(String name) {
        return image(
                name,
                profile.images()
                        .map(i -> Math.min(Math.max(i.minExtras(), 1), i.maxExtras()))
                        .getOrElse(0));
    }

    /**
     * An image element ({@link #FRONT}, {@link #IMAGE_DESCRIPTION}) with this many extra images ({@link #extra}),
     * such as none beside generated views.
     *
     * @param name   the element's name
     * @param extras how many extra images
     * @return a builder to change before {@code build()}
     */
    public ElementDraft.Builder image(String name, int extras) {
        ElementDraft.Builder draft =
                ElementDraft.image(name, MediaSource.url(FRONT, IMAGE_FACTS)).description(IMAGE_DESCRIPTION);
        for (int i = 1; i <= extras; i++) {
            draft.extras(MediaSource.url(extra(i), IMAGE_FACTS));
        }
        return draft;
    }

    /**
     * A video element ({@link #VIDEO}, {@link #VIDEO_DESCRIPTION}) with a voice.
     *
     * @param name  the element's name
     * @param voice the voice to bind, or {@link VoiceBinding#none()}
     * @return a builder to change before {@code build()}
     */
    public ElementDraft.Builder video(String name, VoiceBinding voice) {
        return ElementDraft.video(name, MediaSource.url(VIDEO, VIDEO_FACTS))
                .description(VIDEO_DESCRIPTION)
                .voice(voice);
    }

    /**
     * Whether the vendor takes tags on a draft at all.
     *
     * @return true when the profile allows at least one tag
     */
    public boolean acceptsTags() {
        return profile.tags().maxTags() > 0;
    }

    /**
     * A tag the vendor takes: {@code preferred} when the profile's tag rules take it, else the first kind they do.
     *
     * @param preferred the kind a test would rather use
     */
    public TagKind takenTag(TagKind preferred) {
        return profile.tags().accepts(preferred)
                ? preferred
                : List.of(TagKind.values()).find(profile.tags()::accepts).getOrElse(preferred);
    }

    /** A tag of a kind the vendor does not take, when it takes some kinds and not others. */
    public Option<TagKind> refusedTag() {
        return acceptsTags()
                ? List.of(TagKind.values()).find(kind -> !profile.tags().accepts(kind))
                : Option.none();
    }
}
