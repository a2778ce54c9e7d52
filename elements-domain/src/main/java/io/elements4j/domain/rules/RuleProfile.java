package io.elements4j.domain.rules;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.tag.TagKind;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One vendor's limits on a draft, as data. {@link ReferenceRules} checks a draft against a profile; each adapter
 * declares its own profile in its provider's metadata. A limit the vendor does not have is {@code Option.none()}.
 *
 * <p>Build one with {@link #builder}, which starts from a vendor that takes nothing but a name and an optional
 * description and says each limit by name:
 *
 * <pre>{@code
 * RuleProfile rules = RuleProfile.builder("acme-example")
 *         .name(NameRule.atMost(40))
 *         .description(DescriptionRule.optional(200))
 *         .images(ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG, MediaFormat.PNG)))
 *         .tags(TagRules.atMost(2).onlyOf(TagKind.CHARACTER, TagKind.ANIMAL))
 *         .build();
 * }</pre>
 *
 * @param vendor      the provider id, for messages ("acme allows at most 20 characters")
 * @param name        name length
 * @param description whether a description is required, and its length
 * @param images      image-element limits; none when the vendor cannot build image elements
 * @param video       video-element limits; none when the vendor cannot build video elements
 * @param voice       which voice bindings are allowed, on which elements
 * @param tags        how many tags a draft may carry (0: the vendor takes none), and of which kinds
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
     * @param vendor the vendor's name, as messages show it
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

        /** A description the draft may leave out, of at most {@code maxLength} characters. */
        public static DescriptionRule optional(int maxLength) {
            return atMost(false, maxLength);
        }

        /** A description the draft must give, of at most {@code maxLength} characters. */
        public static DescriptionRule required(int maxLength) {
            return atMost(true, maxLength);
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
            return new ImageRules(
                    minExtras, maxExtras, formats, Option.none(), Option.none(), Option.none(), Option.none());
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
    public record VoiceRules(
            Set<VoiceBindingKind> bindings, Set<ReferenceKind> allowedOn, boolean requiresCharacterTag) {
        /**
         * Creates the value, checking every component.
         */
        public VoiceRules {
            Objects.requireNonNull(bindings, "bindings");
            Objects.requireNonNull(allowedOn, "allowedOn");
        }

        /** No voice at all: a draft that binds one is refused. */
        public static VoiceRules none() {
            return new VoiceRules(HashSet.empty(), HashSet.empty(), false);
        }
    }

    /**
     * How many tags a draft may carry, and of which kinds. A vendor whose catalogue lacks some of the element
     * catalogue's tags (one that lists {@code o_102} to {@code o_108}, say, so {@link TagKind#HOTTEST} is no tag of
     * its own) names the kinds it takes, and a draft tagged with another kind is refused before anything is sent.
     *
     * @param maxTags how many tags a draft may carry; 0 means the vendor takes none
     * @param kinds   the catalogue tags the vendor takes on a create
     */
    public record TagRules(int maxTags, Set<TagKind> kinds) {

        /** Checks every component; a negative count is refused. */
        public TagRules {
            Objects.requireNonNull(kinds, "kinds");
            if (maxTags < 0) {
                throw new IllegalArgumentException("maxTags must be 0 or more: " + maxTags);
            }
        }

        /** Up to {@code maxTags} tags of any kind the catalogue has. */
        public TagRules(int maxTags) {
            this(maxTags, HashSet.of(TagKind.values()));
        }

        /** The vendor takes no tags. */
        public static TagRules none() {
            return new TagRules(0);
        }

        /** Up to {@code maxTags} tags of any kind; narrow the kinds with {@link #onlyOf} or {@link #except}. */
        public static TagRules atMost(int maxTags) {
            return new TagRules(maxTags);
        }

        /** These rules, taking only the kinds named. */
        public TagRules onlyOf(TagKind first, TagKind... more) {
            return new TagRules(maxTags, HashSet.of(more).add(Objects.requireNonNull(first, "first")));
        }

        /** These rules, taking every kind they took but the ones named. */
        public TagRules except(TagKind... refused) {
            return new TagRules(maxTags, kinds.removeAll(HashSet.of(refused)));
        }

        /** Whether a draft may carry a tag of this kind (and any tag at all). */
        public boolean accepts(TagKind kind) {
            return maxTags > 0 && kinds.contains(kind);
        }
    }

    /**
     * Callback URL limits.
     *
     * @param maxLength      longest URL (2048 is common)
     * @param httpsOnly      whether only https is accepted
     * @param publicHostOnly whether private, loopback and link-local hosts are refused
     */
    public record CallbackRules(int maxLength, boolean httpsOnly, boolean publicHostOnly) {

        /** Callback URLs of at most {@code maxLength} characters, https only, to public hosts only. */
        public static CallbackRules httpsToPublicHosts(int maxLength) {
            return new CallbackRules(maxLength, true, true);
        }
    }

    /**
     * A profile for {@code vendor} that takes a name of any length, an optional description of any length and
     * nothing else — no images, no video, no voice, no tags, no callback URL, media by URL only — until told
     * otherwise.
     *
     * @param vendor the provider id, as messages name it
     */
    public static Builder builder(String vendor) {
        return new Builder(vendor);
    }

    /** Builds a {@link RuleProfile} one named limit at a time; see {@link RuleProfile#builder}. */
    public static final class Builder {
        private final String vendor;
        private NameRule name = new NameRule(Option.none());
        private DescriptionRule description = new DescriptionRule(false, Option.none());
        private Option<ImageRules> images = Option.none();
        private Option<VideoRules> video = Option.none();
        private VoiceRules voice = VoiceRules.none();
        private TagRules tags = TagRules.none();
        private Option<CallbackRules> callbacks = Option.none();
        private boolean inlineMedia;

        private Builder(String vendor) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
        }

        /** The name's length limit. */
        public Builder name(NameRule value) {
            name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** Whether a description is required, and its length limit. */
        public Builder description(DescriptionRule value) {
            description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** The vendor makes image elements, within these limits. */
        public Builder images(ImageRules value) {
            images = Option.some(Objects.requireNonNull(value, "images"));
            return this;
        }

        /** The vendor makes video elements, within these limits. */
        public Builder video(VideoRules value) {
            video = Option.some(Objects.requireNonNull(value, "video"));
            return this;
        }

        /** The voice bindings the vendor takes. */
        public Builder voice(VoiceRules value) {
            voice = Objects.requireNonNull(value, "voice");
            return this;
        }

        /** How many tags, of which kinds. */
        public Builder tags(TagRules value) {
            tags = Objects.requireNonNull(value, "tags");
            return this;
        }

        /** The vendor takes a callback URL, within these limits. */
        public Builder callbacks(CallbackRules value) {
            callbacks = Option.some(Objects.requireNonNull(value, "callbacks"));
            return this;
        }

        /** The vendor also takes media inline, as Base64, besides URLs. */
        public Builder inlineMediaAllowed() {
            inlineMedia = true;
            return this;
        }

        /** The profile. */
        public RuleProfile build() {
            return new RuleProfile(vendor, name, description, images, video, voice, tags, callbacks, inlineMedia);
        }
    }
}
