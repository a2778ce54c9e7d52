package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Drafts for tests. {@link #aPhotoDraft()} and {@link #aVideoDraft()} pass every vendor's rules; each method
 * changes one thing, so a test states only what it is about.
 */
final class DraftBuilder {

    private String name = "Maeva";
    private Option<String> description = Option.some("A woman in a red dress");
    private MediaSource frontal = Media.photo("front");
    private List<MediaSource> extras = List.of(Media.photo("side"));
    private Option<MediaSource> video = Option.none();
    private List<Tag> tags = List.empty();
    private VoiceBinding voice = VoiceBinding.none();
    private boolean generateViews;
    private Option<String> callbackUrl = Option.none();

    /** A frontal photo and one extra, both 1024x1024 jpg of 1 MB. */
    static DraftBuilder aPhotoDraft() {
        return new DraftBuilder();
    }

    /** A 5 s 1920x1080 mp4 of 50 MB. */
    static DraftBuilder aVideoDraft() {
        return new DraftBuilder().withVideo(Media.video());
    }

    DraftBuilder named(String value) {
        this.name = value;
        return this;
    }

    DraftBuilder describedAs(String value) {
        this.description = Option.some(value);
        return this;
    }

    DraftBuilder withoutDescription() {
        this.description = Option.none();
        return this;
    }

    DraftBuilder withFrontal(MediaSource value) {
        this.frontal = value;
        return this;
    }

    DraftBuilder withFrontalFacts(MediaFacts facts) {
        return withFrontal(Media.photo("front.jpg", facts));
    }

    /** {@code count} extra photos, all valid. */
    DraftBuilder withExtras(int count) {
        this.extras = List.range(0, count).map(i -> Media.photo("extra-" + i));
        return this;
    }

    DraftBuilder withExtras(MediaSource... values) {
        this.extras = List.of(values);
        return this;
    }

    DraftBuilder withVideo(MediaSource value) {
        this.video = Option.some(value);
        return this;
    }

    DraftBuilder withVideoFacts(MediaFacts facts) {
        return withVideo(Media.video("clip.mp4", facts));
    }

    DraftBuilder taggedAs(TagKind... kinds) {
        this.tags = List.of(kinds).map(Tag::of);
        return this;
    }

    DraftBuilder withTags(Iterable<Tag> values) {
        this.tags = List.ofAll(values);
        return this;
    }

    DraftBuilder withVoice(VoiceBinding value) {
        this.voice = value;
        return this;
    }

    DraftBuilder generatingViews() {
        this.generateViews = true;
        return this;
    }

    DraftBuilder withCallback(String url) {
        this.callbackUrl = Option.some(url);
        return this;
    }

    ElementDraft build() {
        References references = video.<References>map(References::video)
                .getOrElse(() -> new References.ImageReferences(frontal, extras));
        ElementDraft.Builder builder =
                ElementDraft.builder(name, references).tags(tags).voice(voice).generateViews(generateViews);
        description.forEach(builder::description);
        callbackUrl.forEach(builder::callbackUrl);
        return builder.build();
    }
}
