package io.elements4j.conformance;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import java.time.Duration;

/** Drafts that are valid under a given rule profile, so one suite serves every vendor. */
final class SuiteDrafts {

    private static final MediaFacts IMAGE = MediaFacts.unknown().withDimensions(1024, 1536).withSizeBytes(400_000);
    private static final MediaFacts VIDEO = MediaFacts.unknown().withDimensions(1920, 1080)
            .withDuration(Duration.ofSeconds(5)).withSizeBytes(12_000_000);

    private final RuleProfile profile;

    SuiteDrafts(RuleProfile profile) {
        this.profile = profile;
    }

    /** An image element with as many extra images as the vendor needs (at least one, when allowed). */
    ElementDraft.Builder image(String name) {
        ElementDraft.Builder draft = ElementDraft.image(name, MediaSource.url("https://example.com/e4j/front.jpg", IMAGE))
                .description("A conformance-suite character");
        int extras = profile.images().map(i -> Math.min(Math.max(i.minExtras(), 1), i.maxExtras())).getOrElse(0);
        for (int i = 1; i <= extras; i++) {
            draft.extras(MediaSource.url("https://example.com/e4j/angle-" + i + ".png", IMAGE));
        }
        return draft;
    }

    /** A video element, tagged Character where that tag is taken (useapi binds voices only to characters). */
    ElementDraft.Builder video(String name, VoiceBinding voice) {
        ElementDraft.Builder draft = ElementDraft.video(name, MediaSource.url("https://example.com/e4j/reference.mp4", VIDEO))
                .description("A conformance-suite speaker").voice(voice);
        if (profile.tags().accepts(TagKind.CHARACTER)) {
            draft.tag(TagKind.CHARACTER);
        }
        return draft;
    }

    boolean acceptsTags() {
        return profile.tags().maxTags() > 0;
    }

    /** A tag the vendor takes, {@code preferred} when it does: the profile's tag rules decide. */
    TagKind takenTag(TagKind preferred) {
        return profile.tags().accepts(preferred) ? preferred
                : io.vavr.collection.List.of(TagKind.values()).find(profile.tags()::accepts).getOrElse(preferred);
    }

    /** A tag of a kind the vendor does not take, if it takes some kinds and not others. */
    io.vavr.control.Option<TagKind> refusedTag() {
        return acceptsTags() ? io.vavr.collection.List.of(TagKind.values()).find(k -> !profile.tags().accepts(k))
                : io.vavr.control.Option.none();
    }
}
