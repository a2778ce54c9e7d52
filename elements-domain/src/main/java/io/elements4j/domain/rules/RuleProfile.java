package io.elements4j.domain.rules;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One vendor's limits on a draft, as data. {@link ReferenceRules} checks a draft against a profile; each adapter
 * declares its own profile in its provider's metadata. A limit the vendor does not have is {@code Option.none()}.
 *
 * @param vendor      the provider id, for messages ("acme allows at most 20 characters")
 * @param name        name length
 * @param description whether a description is required, and its length
 * @param images      image-element limits; none when the vendor cannot build image elements
 * @param video       video-element limits; none when the vendor cannot build video elements
 * @param voice       which voice bindings are allowed, on which elements
 * @param tags        how many tags a draft may carry (0: the vendor takes none)
 * @param callbacks   callback URL limits; none when the vendor takes no callback URL
 * @param inlineMedia whether media may be sent inline as Base64 or must be URLs
 */
public record RuleProfile(
        String vendor,
        NameRule name,
        DescriptionRule description,
        Option<ImageRules> images,
        Option<VideoRules> video,
        VoiceRules voice,
        TagRules tags,
        Option<CallbackRules> callbacks,
        boolean inlineMedia) {

    /**
     * Creates the value, checking every component.
     *
     * @param callbacks the callbacks
     * @param description the description
     * @param images the images
     * @param inlineMedia the inline media
     * @param name the name
     * @param tags the tags
     * @param vendor the vendor's name, as messages show it
     * @param video the video
     * @param voice the voice
     */
    public RuleProfile {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(callbacks, "callbacks");
    }

    /**
     * A name is never blank, and has at most {@code maxLength} characters (Unicode code points), if limited.
     *
     * @param maxLength the longest name; none when the vendor sets no limit
     */
    public record NameRule(Option<Integer> maxLength) {
        /**
         * Creates the value, checking every component.
         *
         * @param maxLength the longest name; none when the vendor sets no limit
         */
        public NameRule {
            Objects.requireNonNull(maxLength, "maxLength");
        }

        /**
         * A name of at most {@code maxLength} characters.
         *
         * @param maxLength the longest name
         * @return the rule
         */
        public static NameRule atMost(int maxLength) {
            return new NameRule(Option.some(maxLength));
        }
    }

    /**
     * Whether a description must be given, and at most {@code maxLength} characters, if limited.
     *
     * @param required  whether a description must be given
     * @param maxLength the longest description; none when the vendor sets no limit
     */
    public record DescriptionRule(boolean required, Option<Integer> maxLength) {
        /**
         * Creates the value, checking every component.
         *
         * @param required  whether a description must be given
         * @param maxLength the longest description; none when the vendor sets no limit
         */
        public DescriptionRule {
            Objects.requireNonNull(maxLength, "maxLength");
        }

        /**
         * A description of at most {@code maxLength} characters.
         *
         * @param required  whether a description must be given
         * @param maxLength the longest description
         * @return the rule
         */
        public static DescriptionRule atMost(boolean required, int maxLength) {
            return new DescriptionRule(required, Option.some(maxLength));
        }
    }

    /**
     * Image-element limits. Drafts that ask the vendor to generate the extra views are not counted against
     * {@code minExtras}; whether a vendor can is its {@code GENERATE_VIEWS} capability.
     *
     * @param minExtras fewest extra images besides the frontal one
     * @param maxExtras most extra images
     * @param formats   accepted formats
     * @param maxBytes  largest file; none when not limited
     * @param minEdge   smallest width and height, in pixels; none when not limited
     * @param minAspect smallest width/height (1:2.5 = 0.4); none when not limited
     * @param maxAspect largest width/height (2.5:1 = 2.5); none when not limited
     */
    public record ImageRules(
            int minExtras,
            int maxExtras,
            Set<MediaFormat> formats,
            Option<Long> maxBytes,
            Option<Integer> minEdge,
            Option<Double> minAspect,
            Option<Double> maxAspect) {
        /**
         * Creates the value, checking every component.
         *
         * @param minExtras fewest extra images besides the frontal one
         * @param maxExtras most extra images
         * @param formats   accepted formats
         * @param maxBytes  largest file; none when not limited
         * @param minEdge   smallest width and height, in pixels; none when not limited
         * @param minAspect smallest width/height; none when not limited
         * @param maxAspect largest width/height; none when not limited
         */
        public ImageRules {
            Objects.requireNonNull(formats, "formats");
            Objects.requireNonNull(maxBytes, "maxBytes");
            Objects.requireNonNull(minEdge, "minEdge");
            Objects.requireNonNull(minAspect, "minAspect");
            Objects.requireNonNull(maxAspect, "maxAspect");
        }

        /**
         * Image limits on extras and formats only: any size, any edge, any aspect.
         *
         * @param minExtras fewest extra images besides the frontal one
         * @param maxExtras most extra images
         * @param formats   accepted formats
         * @return the rules
         */
        public static ImageRules unlimited(int minExtras, int maxExtras, Set<MediaFormat> formats) {
            return new ImageRules(minExtras, maxExtras, formats, Option.none(), Option.none(), Option.none(),
                    Option.none());
        }
    }

    /**
     * Video-element limits.
     *
     * @param minDuration  shortest video, if limited
     * @param maxDuration  longest video; none when the vendor trims or sets no limit
     * @param formats      accepted containers
     * @param maxBytes     largest file, if limited
     * @param minShortEdge smallest short edge in pixels (1080 for "1080p"), if limited
     * @param maxShortEdge largest short edge, if limited (1080 for exactly "1080p")
     * @param aspects      accepted aspect ratios; empty means any
     */
    public record VideoRules(
            Option<Duration> minDuration,
            Option<Duration> maxDuration,
            Set<MediaFormat> formats,
            Option<Long> maxBytes,
            Option<Integer> minShortEdge,
            Option<Integer> maxShortEdge,
            Seq<AspectRatio> aspects) {
        /**
         * Creates the value, checking every component.
         *
         * @param aspects the aspects
         * @param formats the formats
         * @param maxBytes the max bytes
         * @param maxDuration the max duration
         * @param maxShortEdge the max short edge
         * @param minDuration the min duration
         * @param minShortEdge the min short edge
         */
        public VideoRules {
            Objects.requireNonNull(minDuration, "minDuration");
            Objects.requireNonNull(maxDuration, "maxDuration");
            Objects.requireNonNull(formats, "formats");
            Objects.requireNonNull(maxBytes, "maxBytes");
            Objects.requireNonNull(minShortEdge, "minShortEdge");
            Objects.requireNonNull(maxShortEdge, "maxShortEdge");
            Objects.requireNonNull(aspects, "aspects");
        }
    }

    /**
     * Voice limits.
     *
     * @param bindings              the binding kinds accepted; empty means no voice at all
     * @param allowedOn             the element kinds a voice may be bound to
     * @param requiresCharacterTag  whether the draft must carry the Character tag to bind a voice
     */
    public record VoiceRules(Set<VoiceBindingKind> bindings, Set<ReferenceKind> allowedOn, boolean requiresCharacterTag) {
        /**
         * Creates the value, checking every component.
         *
         * @param allowedOn the allowed on
         * @param bindings the bindings
         * @param requiresCharacterTag the requires character tag
         */
        public VoiceRules {
            Objects.requireNonNull(bindings, "bindings");
            Objects.requireNonNull(allowedOn, "allowedOn");
        }
    }

    /** How many tags a draft may carry; 0 means the vendor takes none. */
    public record TagRules(int maxTags) {
    }

    /**
     * Callback URL limits.
     *
     * @param maxLength      longest URL (2048 is common)
     * @param httpsOnly      whether only https is accepted
     * @param publicHostOnly whether private, loopback and link-local hosts are refused
     */
    public record CallbackRules(int maxLength, boolean httpsOnly, boolean publicHostOnly) {
    }
}
