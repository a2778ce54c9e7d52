package io.elements4j.adapter.useapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.IdShape;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.adapter.support.Shown;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceId;
import io.elements4j.domain.voice.VoiceOrigin;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import org.mapstruct.Named;

/** The judgement calls in reading useapi's elements, for {@link UseapiMapper}. Every method is total: no exceptions. */
public final class UseapiConversions {

    private static final String VIDEO = "video";
    /** Every catalogue tag kind, read once ({@code values()} copies its array on every call). */
    private static final TagKind[] KINDS = TagKind.values();
    /** useapi's element ids: {@code u_…} (the account's) or {@code o_…} (official), then letters or digits. */
    private static final IdShape ELEMENT_ID = IdShape.of(
            "element id",
            "[uo]_[A-Za-z0-9]{1,40}",
            42,
            "a useapi element id (u_… for the account's, o_… for official ones)");

    /** Why an element cannot be read (no id, a {@code type} we do not know), or none when it can. */
    public static Option<String> problem(UseapiElement element) {
        if (element == null) {
            return Option.some("an element was null");
        }
        if (element.id() == null || element.id().isBlank()) {
            return Option.some("an element has no id");
        }
        if (!ELEMENT_ID.fits(element.id())) {
            return Option.some("element id " + Shown.prefix(element.id())
                    + " is not a useapi element id (u_… for the account's, o_… for official ones)");
        }
        if (element.type() != null
                && !element.type().isBlank()
                && declaredKind(element.type()).isEmpty()) {
            return Option.some(
                    "element " + element.id() + " has type '" + element.type() + "', which is neither IMAGE nor VIDEO");
        }
        return Option.none();
    }

    /** Why a voice cannot be read (no id), or none when it can. */
    public static Option<String> problem(UseapiVoice voice) {
        return voice == null || voice.id() == null || voice.id().isBlank()
                ? Option.some("a voice has no id")
                : Option.none();
    }

    public ElementId elementId(String id) {
        return ElementId.of(id);
    }

    public VoiceId voiceId(String id) {
        return VoiceId.of(id);
    }

    public Origin origin(Boolean official) {
        return Boolean.TRUE.equals(official) ? Origin.OFFICIAL : Origin.CUSTOM;
    }

    /** The voice catalogue lists official voices without saying so: only an explicit {@code false} is custom. */
    public VoiceOrigin voiceOrigin(Boolean official) {
        return Boolean.FALSE.equals(official) ? VoiceOrigin.CUSTOM : VoiceOrigin.OFFICIAL;
    }

    /** useapi's times are epoch milliseconds. */
    public Option<Instant> instant(Long epochMillis) {
        return Option.of(epochMillis).map(Instant::ofEpochMilli);
    }

    /** A clip URL from the undocumented {@code resource}: a string, or an object's {@code resource}/{@code url}. */
    public Option<String> clipUrl(JsonNode resource) {
        if (resource == null) {
            return Option.none();
        }
        JsonNode url = resource.isObject() ? first(resource, "resource", "url") : resource;
        return url.isTextual() && !url.textValue().isBlank() ? Option.of(url.textValue()) : Option.none();
    }

    /** The declared {@code type}; without one, VIDEO when a resource is the video, else IMAGE. */
    @Named("kind")
    public ReferenceKind kind(UseapiElement element) {
        if (element.type() != null) {
            Option<ReferenceKind> declared = declaredKind(element.type());
            if (declared.isDefined()) {
                return declared.get();
            }
        }
        return videoResource(element) != null ? ReferenceKind.VIDEO : ReferenceKind.IMAGE;
    }

    /** The current shape's {@code tagList} items, of whatever shape, then the older shape's single {@code tag}. */
    @Named("tags")
    public Seq<Tag> tags(UseapiElement element) {
        java.util.List<Tag> found = new java.util.ArrayList<>(4);
        if (element.tagList() != null) {
            for (JsonNode node : element.tagList()) {
                addTag(found, node);
            }
        }
        addTag(found, element.tag());
        return List.ofAll(found);
    }

    /** The tag {@code node} stands for, if any, unless it is already there (the first of equal tags is kept). */
    private static void addTag(java.util.List<Tag> into, JsonNode node) {
        Option<Tag> tag = tag(node);
        if (tag.isDefined() && !into.contains(tag.get())) {
            into.add(tag.get());
        }
    }

    /** The element's {@code voice}, or a voice its resources carry (useapi.net's element docs's model allows both). */
    @Named("boundVoice")
    public Option<Voice> boundVoice(UseapiElement element) {
        UseapiVoice voice = element.voice();
        if (voice == null && element.resources() != null) {
            for (UseapiResource resource : element.resources()) {
                if (resource != null && resource.voice() != null) {
                    voice = resource.voice();
                    break;
                }
            }
        }
        return voice == null || problem(voice).isDefined()
                ? Option.none()
                : Option.some(UseapiMapper.INSTANCE.voice(voice));
    }

    /** Cover ({@code cover} or {@code coverImage}), secondary views ({@code resources} or {@code imageResources}), video. */
    @Named("media")
    public ElementMedia media(UseapiElement element) {
        // One pass over the resources, as each element of a page is read: the first cover and the secondary views in
        // order (the video is the first video resource, as for the kind). A cover object wins over coverImage even
        // when its URL is blank.
        String cover = element.cover() != null ? element.cover().resource() : element.coverImage();
        boolean coverNamed = element.cover() != null || element.coverImage() != null;
        java.util.List<String> references = new java.util.ArrayList<>(4);
        if (element.resources() != null) {
            for (UseapiResource resource : element.resources()) {
                if (resource == null) {
                    continue;
                }
                if (!coverNamed && isCover(resource)) {
                    cover = resource.resource();
                    coverNamed = true;
                }
                if ("secondary".equals(resource.resourceKey()) && present(resource.resource())) {
                    references.add(resource.resource());
                }
            }
        }
        if (element.imageResources() != null) {
            for (String image : element.imageResources()) {
                if (present(image)) {
                    references.add(image);
                }
            }
        }
        UseapiResource video = videoResource(element);
        return new ElementMedia(
                present(cover) ? Option.some(cover) : Option.none(),
                List.ofAll(references),
                video != null && present(video.resource()) ? Option.some(video.resource()) : Option.none());
    }

    /** A tag of any shape: a string or number (id or key), or an object with an id, a key and a name under any of their usual names. */
    public static Option<Tag> tag(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Option.none();
        }
        if (node.isValueNode()) {
            return LenientIds.exactText(node)
                    .filter(UseapiConversions::present)
                    .map(t -> TagCatalogue.resolve(t, t, catalogueId(t)));
        }
        if (!node.isObject()) {
            return Option.none();
        }
        String id = LenientIds.exactText(first(node, "id", "tagId", "tag_id")).getOrElse("");
        String key = text(first(node, "tagKey", "key", "tag_key"));
        String name = text(first(node, "name", "tagName", "tag_name", "tagDesc"));
        if (id.isBlank() && key.isBlank() && name.isBlank()) {
            return Option.none();
        }
        return Option.some(TagCatalogue.resolve(id.isBlank() ? key : id, name, key, catalogueId(key)));
    }

    /**
     * useapi.net's {@code tagKey} for a catalogue tag, where useapi documents one. Its published list stops after
     * {@code o_106}, so Hottest, Effect and Others have none (their catalogue id is sent instead).
     *
     * @param kind the catalogue tag
     * @return its {@code tagKey}, if useapi documents one
     */
    public static Option<String> tagKey(TagKind kind) {
        return switch (kind) {
            case CHARACTER -> Option.some("character");
            case ANIMAL -> Option.some("animal");
            case ITEM -> Option.some("prop");
            case COSTUME -> Option.some("costume");
            case SCENE -> Option.some("scene");
            default -> Option.none();
        };
    }

    /** What useapi reads for a tag: its {@code tagKey} where there is one, else the catalogue id, else the raw id. */
    public static String wireTag(Tag tag) {
        return tag instanceof Tag.Known known
                ? tagKey(known.kind()).getOrElse(known.kind().id())
                : tag.id();
    }

    /** The catalogue id a useapi {@code tagKey} stands for ({@code prop} is {@code o_104}); else the key as it is. */
    private static String catalogueId(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (TagKind kind : KINDS) {
            if (tagKey(kind).contains(wanted)) {
                return kind.id();
            }
        }
        return key;
    }

    private static Option<ReferenceKind> declaredKind(String type) {
        return switch (type.trim().toUpperCase(Locale.ROOT)) {
            case "IMAGE" -> Option.some(ReferenceKind.IMAGE);
            case "VIDEO" -> Option.some(ReferenceKind.VIDEO);
            default -> Option.none();
        };
    }

    /** The first resource that is the element's video, or null. */
    private static UseapiResource videoResource(UseapiElement element) {
        if (element.resources() != null) {
            for (UseapiResource resource : element.resources()) {
                if (resource != null && VIDEO.equals(resource.resourceKey())) {
                    return resource;
                }
            }
        }
        return null;
    }

    private static boolean isCover(UseapiResource r) {
        return Boolean.TRUE.equals(r.cover()) || "cover".equals(r.resourceKey());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (!value.isMissingNode() && !value.isNull()) {
                return value;
            }
        }
        return node.path(names[0]);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue().trim() : "";
    }
}
