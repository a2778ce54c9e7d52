package io.elements4j.sandbox.useapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimTag;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimVoice;

/** useapi's element object, in the current shape (useapi.net's element docs, list page of Feb 2026) or the older list shape (Jan 2026). */
final class ElementJson {

    static final long USER_ID = 12345678L;

    private ElementJson() {}

    /** {@code id, name, userId, type, description, cover, resources[], tagList, voice, currentVersion, createTime, …}. */
    static ObjectNode current(SimElement e) {
        ObjectNode node = SimJson.object()
                .put("id", e.id())
                .put("name", e.name())
                .put("userId", e.official() ? 0L : USER_ID)
                .put("type", e.video() ? "VIDEO" : "IMAGE")
                .put("description", e.description());
        e.cover().forEach(cover -> node.set("cover", resource(cover)));
        ArrayNode resources = node.putArray("resources");
        e.resources().forEach(r -> resources.add(resource(r)));
        ArrayNode tags = node.putArray("tagList");
        e.tag().forEach(t -> tags.add(tag(t)));
        e.voice().forEach(v -> node.set("voice", voice(v)));
        long millis = e.createdAt().toEpochMilli();
        return node.put("currentVersion", 1)
                .put("createTime", millis)
                .put("updateTime", millis)
                .put("favored", false)
                .put("official", e.official());
    }

    /** The January 2026 list shape: {@code coverImage}, a single {@code tag {id, tagKey, tagDesc}}, {@code imageResources[]}. */
    static ObjectNode legacy(SimElement e) {
        ObjectNode node = SimJson.object().put("id", e.id()).put("name", e.name());
        e.cover().forEach(cover -> node.put("coverImage", cover.url()));
        node.put("description", e.description());
        e.tag()
                .forEach(t -> node.set(
                        "tag",
                        SimJson.object()
                                .put("id", t.id())
                                .put("tagKey", t.tagKey())
                                .put("tagDesc", t.name())));
        ArrayNode images = node.putArray("imageResources");
        e.resources().filter(r -> !r.isCover()).forEach(r -> images.add(r.url()));
        long millis = e.createdAt().toEpochMilli();
        return node.put("favored", false)
                .put("official", e.official())
                .put("createTime", millis)
                .put("updateTime", millis);
    }

    static ObjectNode tag(SimTag t) {
        return SimJson.object()
                .put("id", t.id())
                .put("tagKey", t.tagKey())
                .put("name", t.name())
                .put("official", true)
                .put("type", "element");
    }

    /** {@code {id, name, official}}, plus the clip a custom voice was made from. */
    static ObjectNode voice(SimVoice v) {
        ObjectNode node =
                SimJson.object().put("id", v.id()).put("name", v.name()).put("official", v.official());
        v.clipUrl().forEach(url -> node.set("resource", SimJson.object().put("resource", url)));
        return node;
    }

    private static ObjectNode resource(SimElement.Resource r) {
        ObjectNode node = SimJson.object().put("resource", r.url());
        r.size().forEach(size -> node.put("width", size.width()).put("height", size.height()));
        return node.put("resourceKey", r.resourceKey())
                .put("cover", r.isCover())
                .put("slotKey", r.slotKey());
    }
}
