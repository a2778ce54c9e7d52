package io.elements4j.sandbox.useapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimTag;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimVoice;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The body of {@code POST /elements}, checked the way useapi.net's element docs documents: the first broken rule is the 400's
 * {@code error} text.
 *
 * @param voice an official voice, or the URL of a clip to make a custom voice from
 */
record CreateElementRequest(
        String name,
        Option<String> coverImage,
        Option<String> video,
        Seq<String> extraImages,
        boolean generateViews,
        Option<String> description,
        Option<SimTag> tag,
        Option<Either<SimVoice, String>> voice) {

    static final int MAX_NAME = 15;
    static final int MAX_DESCRIPTION = 100;
    private static final Seq<String> EXTRAS = List.of("extraImage1", "extraImage2", "extraImage3");

    /** The request, or the vendor's error message for the first rule it breaks. */
    static Either<String, CreateElementRequest> parse(ObjectNode body) {
        Option<String> name = SimJson.text(body, "name");
        if (name.isEmpty()) {
            return Either.left("Parameter name is required");
        }
        if (name.get().codePointCount(0, name.get().length()) > MAX_NAME) {
            return Either.left("Parameter name must be " + MAX_NAME + " characters or fewer, got "
                    + name.get().codePointCount(0, name.get().length()));
        }
        Either<String, Option<String>> cover = url(body, "coverImage");
        Either<String, Option<String>> video = url(body, "video");
        if (cover.isLeft() || video.isLeft()) {
            return Either.left(cover.swap().getOrElse(() -> video.swap().get()));
        }
        if (cover.get().isDefined() && video.get().isDefined()) {
            return Either.left("Parameters coverImage and video cannot be used together");
        }
        if (cover.get().isEmpty() && video.get().isEmpty()) {
            return Either.left("Parameter coverImage (IMAGE element) or video (VIDEO element) is required");
        }
        Seq<Either<String, Option<String>>> extras = EXTRAS.map(field -> url(body, field));
        Option<String> badExtra = extras.find(Either::isLeft).map(e -> e.getLeft());
        if (badExtra.isDefined()) {
            return Either.left(badExtra.get());
        }
        Seq<String> extraImages = extras.flatMap(Either::get);
        if (video.get().isDefined() && !extraImages.isEmpty()) {
            return Either.left("Parameters extraImage1, extraImage2 and extraImage3 can only be used with coverImage");
        }
        JsonNode views = body.get("generateViews");
        if (views != null && !views.isNull() && !views.isBoolean()) {
            return Either.left("Parameter generateViews must be true or false");
        }
        boolean generateViews = views != null && views.asBoolean(false);
        if (generateViews && video.get().isDefined()) {
            return Either.left("Parameter generateViews can only be used with coverImage");
        }
        if (generateViews && !extraImages.isEmpty()) {
            return Either.left(
                    "Parameter generateViews cannot be used together with extraImage1, extraImage2 or extraImage3");
        }
        Option<String> description = SimJson.text(body, "description");
        if (description.exists(d -> d.codePointCount(0, d.length()) > MAX_DESCRIPTION)) {
            return Either.left("Parameter description must be " + MAX_DESCRIPTION + " characters or fewer");
        }
        Option<String> tagText = SimJson.text(body, "tag");
        Option<SimTag> tag = tagText.flatMap(UseapiCatalogue::tag);
        if (tagText.isDefined() && tag.isEmpty()) {
            return Either.left(
                    "Parameter tag '" + tagText.get() + "' is not a valid tag id or tagKey, see GET /elements/tags");
        }
        Option<String> voiceText = SimJson.text(body, "voice");
        Option<Either<SimVoice, String>> voice = Option.none();
        if (voiceText.isDefined()) {
            String given = voiceText.get().trim();
            Option<SimVoice> official = UseapiCatalogue.voice(given);
            if (official.isEmpty() && !isUrl(given)) {
                return Either.left("Parameter voice '" + given
                        + "' is neither a voice id or name from GET /elements/voices nor a video URL");
            }
            Either<SimVoice, String> chosen = official.isDefined() ? Either.left(official.get()) : Either.right(given);
            voice = Option.some(chosen);
        }
        // The tag is auto-detected as character when absent (see UseapiSimulator), so only an explicit other tag fails.
        if (voice.isDefined() && tag.exists(t -> !t.equals(UseapiCatalogue.CHARACTER))) {
            return Either.left("Parameter voice is only supported for elements with the character tag");
        }
        return Either.right(new CreateElementRequest(
                name.get(), cover.get(), video.get(), extraImages, generateViews, description, tag, voice));
    }

    /** A URL field: absent, or an http(s) URL string. */
    private static Either<String, Option<String>> url(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Either.right(Option.none());
        }
        String text = value.isTextual() ? value.asText().trim() : "";
        if (!isUrl(text)) {
            return Either.left("Parameter " + field + " must be a URL");
        }
        return Either.right(Option.some(text));
    }

    private static boolean isUrl(String text) {
        return text.startsWith("https://") || text.startsWith("http://");
    }
}
