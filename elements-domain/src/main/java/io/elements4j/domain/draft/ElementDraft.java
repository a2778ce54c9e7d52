package io.elements4j.domain.draft;

import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a user asks to create. A draft holds any values at all: whether they suit a vendor is the
 * {@link io.elements4j.domain.rules.ReferenceRules reference rules}' question, answered with every violation at once.
 *
 * <p>The {@link IdempotencyKey} is minted once when the draft is built and kept by every {@code with…} copy, so
 * retrying the same draft can never create two elements on a vendor that honours the key.
 *
 * @param name           the element's name
 * @param description    its description (required by most vendors)
 * @param references     the photos or the video it is built from
 * @param tags           tags in the order given, without duplicates
 * @param voice          the voice to bind, if any
 * @param generateViews  let the vendor generate the extra views of a photo element instead of taking extra photos
 *                       (it may make several elements); only vendors with the {@code GENERATE_VIEWS} capability
 *                       take it, and the facade refuses it, naming this field, on the others
 * @param callbackUrl    where the vendor should report completion, if it supports callbacks
 * @param idempotencyKey the key minted for this draft
 */
public record ElementDraft(
        String name,
        Option<String> description,
        References references,
        Seq<Tag> tags,
        VoiceBinding voice,
        boolean generateViews,
        Option<String> callbackUrl,
        IdempotencyKey idempotencyKey) {

    /**
     * Creates the value, checking every component.
     */
    public ElementDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        tags = List.ofAll(tags).distinct();
    }

    /**
     * A draft for an image element built from a frontal photo.
     *
     * @return a draft for an image element built from a frontal photo
     */
    public static Builder image(String name, MediaSource frontal) {
        return new Builder(name, References.images(frontal));
    }

    /**
     * A draft for a video element built from one reference video.
     *
     * @return a draft for a video element built from one reference video
     */
    public static Builder video(String name, MediaSource video) {
        return new Builder(name, References.video(video));
    }

    /**
     * A builder for a new element draft.
     *
     * @return a builder for a new element draft
     */
    public static Builder builder(String name, References references) {
        return new Builder(name, references);
    }

    /**
     * A builder that starts from this value, to change some of its parts.
     *
     * @return a builder that starts from this value, to change some of its parts
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, references);
        b.description = description;
        b.tags = tags;
        b.voice = voice;
        b.generateViews = generateViews;
        b.callbackUrl = callbackUrl;
        b.idempotencyKey = Option.some(idempotencyKey);
        return b;
    }

    /**
     * Whether this element draft has tag.
     *
     * @return whether this element draft has tag
     */
    public boolean hasTag(TagKind kind) {
        return tags.contains(Tag.of(kind));
    }

    /** Builds drafts; {@link #build()} mints the idempotency key unless one was given. */
    public static final class Builder {
        private String name;
        private References references;
        private Option<String> description = Option.none();
        private Seq<Tag> tags = List.empty();
        private VoiceBinding voice = VoiceBinding.none();
        private boolean generateViews;
        private Option<String> callbackUrl = Option.none();
        private Option<IdempotencyKey> idempotencyKey = Option.none();

        private Builder(String name, References references) {
            this.name = Objects.requireNonNull(name, "name");
            this.references = Objects.requireNonNull(references, "references");
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the references.
         *
         * @param value the references
         * @return this builder
         */
        public Builder references(References value) {
            this.references = Objects.requireNonNull(value, "references");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = Option.of(value);
            return this;
        }

        /**
         * Adds further reference images to an image draft.
         *
         * @return this builder
         */
        public Builder extras(MediaSource... extras) {
            if (!(references instanceof References.ImageReferences images)) {
                throw new IllegalStateException(
                        "extra images belong to an image element; this draft is a video element");
            }
            this.references = new References.ImageReferences(
                    images.frontal(), images.extras().appendAll(List.of(extras)));
            return this;
        }

        /**
         * Sets the tag.
         *
         * @return this builder
         */
        public Builder tag(TagKind kind) {
            this.tags = tags.append(Tag.of(kind));
            return this;
        }

        /**
         * Sets the tags.
         *
         * @param value the tags
         * @return this builder
         */
        public Builder tags(Seq<Tag> value) {
            this.tags = List.ofAll(Objects.requireNonNull(value, "tags"));
            return this;
        }

        /**
         * Sets the voice.
         *
         * @param value the voice
         * @return this builder
         */
        public Builder voice(VoiceBinding value) {
            this.voice = Objects.requireNonNull(value, "voice");
            return this;
        }

        /**
         * Asks the vendor to generate the extra views of a photo element instead of taking extra photos. Only a
         * vendor with the {@code GENERATE_VIEWS} capability takes it; elsewhere the facade refuses the draft with a
         * rule violation on {@code generateViews}.
         *
         * @param value whether the vendor generates the views
         * @return this builder
         */
        public Builder generateViews(boolean value) {
            this.generateViews = value;
            return this;
        }

        /**
         * Sets the callback url.
         *
         * @param value the callback url
         * @return this builder
         */
        public Builder callbackUrl(String value) {
            this.callbackUrl = Option.of(value);
            return this;
        }

        /**
         * Sets the idempotency key.
         *
         * @param value the idempotency key
         * @return this builder
         */
        public Builder idempotencyKey(IdempotencyKey value) {
            this.idempotencyKey = Option.of(value);
            return this;
        }

        /**
         * Builds the element draft from what was set.
         *
         * @return the built value
         */
        public ElementDraft build() {
            return new ElementDraft(
                    name,
                    description,
                    references,
                    tags,
                    voice,
                    generateViews,
                    callbackUrl,
                    idempotencyKey.getOrElse(IdempotencyKey::generate));
        }
    }
}
