package io.elements4j.adapter.useapi.internal;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A draft as useapi's {@code POST /elements} body.
 *
 * <ul>
 *   <li>Photos: {@code coverImage} and {@code extraImage1..3}, or {@code coverImage} and {@code generateViews: true}.
 *       Video: {@code video}. URLs only: useapi takes no inline media (upload with {@code POST /assets} first).</li>
 *   <li>One tag, as useapi's {@code tagKey} where one is known ({@code character}, {@code prop}, …), else its id.</li>
 *   <li>Voice: an existing voice's id (or name) or a clip URL, both in {@code voice}. "Extract from the reference
 *       video" sends <em>no</em> voice: useapi extracts one by itself from a VIDEO element tagged character (when the
 *       video has 5–60 s of speech; otherwise it silently binds none).</li>
 * </ul>
 */
public final class CreateRequests {

    private CreateRequests() {}

    /**
     * The body for a draft, or why useapi cannot take it (inline media).
     *
     * @param email the account to create in, when several are configured
     * @return the body, or an {@code InvalidRequest} naming the field
     */
    public static Either<ElementsError, CreateElementBody> body(ElementDraft draft, Option<String> email) {
        Option<String> tag = draft.tags().headOption().map(UseapiConversions::wireTag);
        String voice = voice(draft.voice());
        String description = draft.description().getOrNull();
        String account = email.getOrNull();
        if (draft.references() instanceof References.VideoReference video) {
            return url(video.video(), "video")
                    .map(v -> new CreateElementBody(
                            account,
                            draft.name(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            v,
                            description,
                            tag.getOrNull(),
                            voice));
        }
        References.ImageReferences images = (References.ImageReferences) draft.references();
        Either<ElementsError, String> cover = url(images.frontal(), "coverImage");
        Seq<Either<ElementsError, String>> extras =
                images.extras().zipWithIndex().map(extra -> url(extra._1, "extraImage" + (extra._2 + 1)));
        Option<ElementsError> refused =
                cover.swap().toOption().orElse(() -> extras.find(Either::isLeft).map(Either::getLeft));
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        Seq<String> urls = extras.map(Either::get);
        return Either.right(new CreateElementBody(
                account,
                draft.name(),
                cover.get(),
                nth(urls, 0),
                nth(urls, 1),
                nth(urls, 2),
                draft.generateViews() ? Boolean.TRUE : null,
                null,
                description,
                tag.getOrNull(),
                voice));
    }

    private static String nth(Seq<String> urls, int index) {
        return index < urls.size() ? urls.get(index) : null;
    }

    private static String voice(VoiceBinding binding) {
        if (binding instanceof VoiceBinding.Existing existing) {
            return existing.id().value();
        }
        if (binding instanceof VoiceBinding.FromClip clip) {
            return clip.clipUrl();
        }
        return null; // none, or ExtractFromVideo: useapi extracts from a character video when no voice is sent
    }

    private static Either<ElementsError, String> url(MediaSource source, String field) {
        if (source instanceof MediaSource.Url url) {
            return Either.right(url.url());
        }
        return Either.left(new ElementsError.InvalidRequest(
                field + " is inline bytes; " + UseapiErrors.VENDOR
                        + " takes media as URLs only (upload it with POST /assets first)",
                List.empty(),
                Option.none(),
                Option.none()));
    }
}
